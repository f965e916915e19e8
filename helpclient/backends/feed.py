"""Fetching IT's known-problems feed (``announcements.feed_url``) with the session every backend
uses: TLS verified against the system's store plus the policy's CA, the system's proxies, and
bounds on time and size. The answer is parsed by :func:`helpclient.core.known.feed.parse_feed`.

A fleet asks the same file over and over, so each fetch is conditional (``If-None-Match`` /
``If-Modified-Since``): an unchanged feed costs the web server a 304 and no body.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import requests

from helpclient.backends.http import make_session, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.core.errors import ConfigurationError, NotAHelpdesk
from helpclient.core.feed_address import check_feed_url
from helpclient.core.known.feed import parse_feed
from helpclient.core.known.model import Announcement

log = logging.getLogger(__name__)

#: A feed of fifty announcements is a few dozen KB; anything near this is not a feed.
MAX_FEED_BYTES = 1024 * 1024
#: (connect, read) seconds, and the most the whole answer may take.
FEED_TIMEOUT = (5.0, 10.0)
FEED_SECONDS = 20.0


class FeedReader:
    """Reads one feed address; keeps the last answer to ask "changed since?" next time.
    Thread-safe: one fetch at a time."""

    def __init__(self, url: str, extra_ca_file: Path | None = None,
                 session: requests.Session | None = None) -> None:
        """Raises ConfigurationError for an address that cannot be a feed (see
        :func:`check_feed_url`) or an unreadable CA file."""
        problem = check_feed_url(url) or ("" if url.strip() else "is empty")
        if problem:
            raise ConfigurationError(f"The known-problems feed address {problem}. Ask your IT "
                                     "department to check the HelpClient policy.")
        self.url = url.strip()
        self._session = session or make_session("announcements", extra_ca_file)
        self._lock = threading.Lock()
        self._validators: dict[str, str] = {}
        self._last: list[Announcement] = []
        self.problems: list[str] = []  # what the last answer's bad announcements were

    def fetch(self) -> list[Announcement]:
        """The feed's announcements (blocking). Raises a typed HelpdeskError: unreachable,
        timed out, too large, not a feed."""
        with self._lock:
            try:
                response = self._session.get(self.url, headers=self._validators, stream=True,
                                             timeout=FEED_TIMEOUT)
            except requests.RequestException as exc:
                raise to_helpdesk_error(exc) from exc
            with response:
                if response.status_code == 304 and self._validators:
                    return self._last
                body = read_answer(response, max_bytes=MAX_FEED_BYTES, seconds=FEED_SECONDS)
                if response.status_code >= 400:
                    raise to_helpdesk_error(response)
                if response.status_code != 200:
                    raise NotAHelpdesk(f"The known-problems feed {self.url} answered HTTP "
                                       f"{response.status_code} instead of the feed.")
                result = parse_feed(body, "feed")
            for problem in result.problems:
                log.warning("known-problems feed %s: %s", self.url, problem)
            self.problems = result.problems
            self._last = result.announcements
            self._validators = {name: response.headers[header] for header, name in
                                (("ETag", "If-None-Match"),
                                 ("Last-Modified", "If-Modified-Since"))
                                if header in response.headers}
            return self._last

    def close(self) -> None:
        """Close the HTTP session."""
        self._session.close()
