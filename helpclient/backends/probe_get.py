"""The one request a probe makes: a GET asked before (or without) signing in, read within the
probe's time and a small size, with the server's failures as the shared typed errors — so that
"is this my helpdesk?" tells a busy or broken server from something else answering."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import requests

from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error


def probe_get(session: requests.Session, url: str, *, timeout: float, max_bytes: int,
              headers: Mapping[str, str] | None = None) -> tuple[int, bytes]:
    """(status, body) of a GET of ``url``; transport failures, timeouts (408), rate limits
    (429) and server errors (5xx) raise the typed error :func:`to_helpdesk_error` gives."""
    try:
        response = session.get(url, headers=dict(headers or {}), stream=True, timeout=timeout)
    except requests.RequestException as exc:
        raise to_helpdesk_error(exc) from exc
    with response:
        body = read_answer(response, max_bytes=max_bytes, seconds=timeout)
        if response.status_code in (408, 429) or response.status_code >= 500:
            raise to_helpdesk_error(response)
        return response.status_code, body


class ProbeBase:
    """What every connector's probe keeps: the helpdesk's address (normalised the connector's
    way, see :meth:`normalize`) and its API's (``API_SUFFIX`` appended), the time bound of its
    requests, and the session it was given or the extra CA to make its own with."""

    API_SUFFIX = ""

    def __init__(self, base_url: str, *, extra_ca_file: Path | None = None,
                 timeout: float = 10.0, session: requests.Session | None = None) -> None:
        """``timeout`` bounds the connection and each answer, in seconds."""
        self._base = self.normalize(base_url)
        self._api = f"{self._base}{self.API_SUFFIX}"
        self._timeout = timeout
        self._session = session
        self._extra_ca_file = extra_ca_file

    def normalize(self, base_url: str) -> str:
        """The helpdesk's address as its connector writes it."""
        return base_url.rstrip("/")
