"""The legacy REST transport of the GLPI connector: session, headers, JSON, paging, uploads.

Every call but ``initSession`` carries the ``Session-Token`` that ``initSession`` gave (and the
``App-Token`` when one is configured). Sessions end on the server after PHP's session lifetime
(24 minutes of inactivity by default): a call answered ``ERROR_SESSION_TOKEN_INVALID`` opens a
new session and is made once more — safe for writes too, since GLPI checks the session before
it does anything. The idle time after which this server ended a session is learnt, and a
session idle that long is replaced before use rather than refused first (a poll every few
hours then costs the sign-in and the poll, not also a refused request). :meth:`GlpiClient.close`
ends the session (``killSession``).

Collections come in ranges (``range=0-49``); the answer's ``Content-Range: 0-49/120`` says how
many there are, and HTTP 206 that the answer is partial (GLPI also says 206 for the last page
of several, so the range, not the status, decides when to stop).
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import tzinfo
from typing import Any
from urllib.parse import urlsplit

import requests

from helpclient.backends.glpi import errors, records
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.multipart import MultipartBody
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import BadResponse, ConfigurationError, NotAHelpdesk

log = logging.getLogger(__name__)

Params = list[tuple[str, str]]
#: builds a request body for one attempt (files are opened in the given stack)
BodyFactory = Callable[[contextlib.ExitStack], MultipartBody]

_MAX_PAGES = 200  # a runaway-paging guard: 200 pages of 50 is far beyond one user's tickets
_MAX_ERROR_BYTES = 1024 * 1024
_MAX_DOWNLOAD = 2 * 1024**3  # GLPI's own upload limit is far below
_CHUNK = 64 * 1024
_RANGE = re.compile(r"^\s*(\d+)-(-?\d+)/(\d+)\s*$")
# sessions ended after less idle time than this were ended for another reason
_MIN_LIFETIME = 300.0
# sign in again a little before the learnt lifetime: the server's clean-up is not punctual
_LIFETIME_MARGIN = 0.9
_API_SUFFIXES = ("/apirest.php", "/api.php/v1", "/api.php/v2", "/api.php", "/api")


@dataclass(frozen=True)
class Answer:
    """A successful answer: status, headers and the parsed JSON."""

    status: int
    headers: Mapping[str, str]
    data: Any


def normalize_base_url(base_url: str) -> str:
    """GLPI's web address without a trailing slash or API path; ConfigurationError when it is
    not an http(s) URL."""
    url = base_url.strip().rstrip("/")
    for suffix in _API_SUFFIXES:
        if url.endswith(suffix):
            url = url[: -len(suffix)].rstrip("/")
            break
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"“{base_url}” is not a web address. Enter GLPI's address, for example "
            "https://glpi.example.com (or https://example.com/glpi).")
    return url


def content_range(headers: Mapping[str, str]) -> tuple[int, int, int] | None:
    """(first, last, total) of a ``Content-Range: 0-49/120`` header; None when absent or
    unreadable."""
    match = _RANGE.match(headers.get("Content-Range", ""))
    if not match:
        return None
    first, last, total = (int(g) for g in match.groups())
    return first, last, total


class GlpiClient:
    """Authenticated JSON calls to ``<base>/apirest.php/``; failures become HelpdeskErrors."""

    def __init__(self, base_url: str, credentials: GlpiCredentials,
                 session: requests.Session | SessionPool, zone: tzinfo,
                 clock: Callable[[], float] = time.time) -> None:
        """``zone`` is where dates are read when the server's session does not tell
        (see :mod:`helpclient.backends.glpi.clock`); ``clock`` gives seconds (wall time, so
        that a computer's sleep counts as the idle time it is for the server)."""
        self.base = base_url
        self.api = f"{base_url}/apirest.php"
        self._credentials = credentials
        self._http = session
        self._fallback_zone = zone
        self._clock = clock
        self._lock = threading.Lock()
        self._info: records.SessionInfo | None = None
        self._last_used = 0.0
        # the shortest idle time after which this server had ended a session (learnt)
        self._lifetime: float | None = None

    # -- the API session -------------------------------------------------------------------------

    def session(self) -> records.SessionInfo:
        """The open API session, opened (``initSession``) if there is none."""
        with self._lock:  # one sign-in at a time: concurrent callers wait for it
            if self._info is not None and self._lifetime is not None and \
                    self._clock() - self._last_used >= self._lifetime * _LIFETIME_MARGIN:
                # idle as long as a session this server ended: sign in at once rather than
                # have a request refused first (one request saved per slow poll)
                log.info("GLPI session idle past its lifetime: signing in again")
                self._info = None
            if self._info is None:
                self._info = self._init_session()
                self._last_used = self._clock()
            return self._info

    @property
    def has_session(self) -> bool:
        """Whether an API session is open (as far as this client knows)."""
        with self._lock:
            return self._info is not None

    def refresh(self) -> records.SessionInfo:
        """The session as the server sees it now (``getFullSession``): who is signed in and the
        zone of their dates, renewed when the old session had ended."""
        answer = self.call("GET", "getFullSession")
        info = self.session()
        fresh = records.full_session(answer.data, info.token, answer.headers.get("Date"),
                                     self._fallback_zone)
        with self._lock:
            if self._info is not None and self._info.token == fresh.token:
                self._info = fresh
        return fresh

    def _headers(self, token: str = "") -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self._credentials.app_token:
            headers["App-Token"] = self._credentials.app_token
        if token:
            headers["Session-Token"] = token
        return headers

    def _init_session(self) -> records.SessionInfo:
        headers = {**self._headers(), "Authorization": self._credentials.authorization()}
        response = self._send("GET", "initSession", [("get_full_session", "true")], headers)
        with response:
            content = read_answer(response)
            data = self._checked(response, content, signing_in=True)
        if records.has_session(data):
            info = records.session_info(data, response.headers.get("Date"), self._fallback_zone)
        else:  # before GLPI 9.5: the session is asked for separately
            token = records.session_token(data)
            response = self._send("GET", "getFullSession", None, self._headers(token))
            with response:
                data = self._checked(response, read_answer(response), signing_in=True)
            info = records.full_session(data, token, response.headers.get("Date"),
                                        self._fallback_zone)
        log.info("GLPI session opened for user %s", info.user_id)
        return info

    def _forget(self, token: str, idle: float) -> None:
        """Drop the session ``token`` the server no longer knows (unless already replaced);
        ``idle``: how long it had not been used, which the server found too long."""
        with self._lock:
            if idle >= _MIN_LIFETIME:  # not a session ended early (killed, server restarted)
                self._lifetime = idle if self._lifetime is None else min(self._lifetime, idle)
            if self._info is not None and self._info.token == token:
                log.info("GLPI session ended on the server: signing in again")
                self._info = None

    def close(self) -> None:
        """End the API session on the server (``killSession``); failures are ignored, the
        session then ends by itself."""
        with self._lock:
            info, self._info = self._info, None
        if info is None:
            return
        try:
            # short: it runs when the app quits, and the session ends by itself anyway
            response = self._send("GET", "killSession", None, self._headers(info.token),
                                  timeout=(2.0, 2.0))
            response.close()
        except Exception as exc:  # closing must not fail the app's shutdown
            log.info("GLPI session not ended (%s)", type(exc).__name__)

    # -- calls -----------------------------------------------------------------------------------

    def _send(self, method: str, path: str, params: Params | None, headers: dict[str, str],
              *, data: Any = None, timeout: Any = None) -> requests.Response:
        try:
            return self._http.request(method, f"{self.api}/{path}", params=params,
                                      headers=headers, data=data, stream=True, timeout=timeout)
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc

    def _checked(self, response: requests.Response, content: bytes, *,
                 signing_in: bool = False) -> Any:
        """The JSON of an answer, or the typed error it stands for."""
        status = response.status_code
        is_json = "json" in response.headers.get("Content-Type", "").lower()
        # GLPI answers every API call in JSON, errors included: a web page (or a JSON-less
        # 404) means the address points at something else; 5xx/429/413 pages from proxies
        # are left to the shared mapping, they are about load, not the address
        if not is_json and (status < 400 or status in (404, 405)):
            raise NotAHelpdesk(
                f"The server at {self.base} answered, but not as GLPI's REST API does (HTTP "
                f"{status}). Check the helpdesk address in the settings: it should be GLPI's "
                "web address, like https://glpi.example.com.")
        if status >= 400:
            raise errors.to_error(response, signing_in=signing_in)
        try:
            return json.loads(content) if content.strip() else None
        except RecursionError as exc:
            raise BadResponse(f"The server at {self.base} sent an answer nested too deeply "
                              "to read.") from exc
        except ValueError as exc:
            raise BadResponse(f"The server at {self.base} sent an answer that is not valid "
                              "JSON (cut off?).") from exc

    def call(self, method: str, path: str, *, params: Params | None = None,
             json_body: Any = None, body: BodyFactory | None = None) -> Answer:
        """One API request in the session (signed in again once if the session ended)."""
        for attempt in (1, 2):
            info = self.session()
            idle = self._clock() - self._last_used
            headers = self._headers(info.token)
            with contextlib.ExitStack() as files:
                data: Any = None
                if json_body is not None:
                    data = json.dumps(json_body).encode()
                elif body is not None:
                    data = body(files)
                    headers["Content-Type"] = data.content_type
                response = self._send(method, path, params, headers, data=data)
                with response:
                    content = read_answer(response)
            if attempt == 1 and self._session_ended(response, content, info.token, idle):
                continue
            self._last_used = self._clock()
            return Answer(response.status_code, response.headers,
                          self._checked(response, content))
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _session_ended(self, response: requests.Response, content: bytes, token: str,
                       idle: float) -> bool:
        if response.status_code not in (400, 401):
            return False
        found = errors.glpi_error(content)
        if found is None or found[0] not in errors.SESSION_INVALID:
            return False
        self._forget(token, idle)
        return True

    def collect(self, path: str, params: Params, page_size: int,
                extract: Callable[[Any], list[Any]], limit: int = 0) -> list[Any]:
        """Every item of a ranged collection (``search/…`` or sub-items), or the first
        ``limit``: pages follow ``Content-Range`` until its total."""
        items: list[Any] = []
        size = max(1, min(limit, page_size) if limit else page_size)
        start = 0
        for _ in range(_MAX_PAGES):
            try:
                answer = self.call("GET", path,
                                   params=[*params, ("range", f"{start}-{start + size - 1}")])
            except errors.RangeExceeded:  # items went away while paging: nothing more
                break
            batch = extract(answer.data)
            items.extend(batch)
            if limit and len(items) >= limit:
                return items[:limit]
            found = content_range(answer.headers)
            if answer.status == 200 or not batch:
                break
            if found is not None:
                if found[1] + 1 >= found[2]:
                    break
                start = max(found[1] + 1, start + 1)
            elif len(batch) < size:
                break
            else:
                start += len(batch)
        return items

    def download(self, path: str) -> Iterator[bytes]:
        """A file's bytes in chunks (``Accept: application/octet-stream``); the request is
        made, and its errors raised, before this returns."""
        for attempt in (1, 2):
            info = self.session()
            idle = self._clock() - self._last_used
            headers = {**self._headers(info.token), "Accept": "application/octet-stream"}
            response = self._send("GET", path, None, headers)
            if response.status_code < 400:
                self._last_used = self._clock()
                return self._chunks(response)
            with response:
                content = read_answer(response, max_bytes=_MAX_ERROR_BYTES)
            if attempt == 1 and self._session_ended(response, content, info.token, idle):
                continue
            self._checked(response, content)
        raise AssertionError("unreachable: the second attempt returns or raises")

    def _chunks(self, response: requests.Response) -> Iterator[bytes]:
        received = 0
        try:
            for chunk in response.iter_content(_CHUNK):
                received += len(chunk)
                if received > _MAX_DOWNLOAD:
                    raise BadResponse("The helpdesk sent a file larger than 2 GB; HelpClient "
                                      "stopped reading it.")
                yield chunk
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        finally:
            response.close()
