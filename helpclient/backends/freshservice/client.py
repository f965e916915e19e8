"""The transport of the Freshservice connector: the API address, the API key, JSON in and out,
``Link`` header paging, the account-wide rate limit, and Freshservice's error answers as
HelpClient's typed errors.

API v2 ("Authentication", "Pagination", "Rate limit", "Error Codes"): HTTP Basic with the API
key as user name and any password (``X``); errors come as JSON ``{"code", "message"}`` or
``{"description", "errors": [{"field", "message", "code"}]}``; a list answer names its next
page in ``Link: <…>; rel="next"`` and has none on the last page; every answer counts against
the account's per-minute limit (``X-Ratelimit-Remaining``), and a 429 says how long to wait
(``Retry-After``), which :class:`~helpclient.backends.rate_gate.RateGate` holds every request
of this connector to.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

from helpclient.backends.base import site_address
from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.rate_gate import RateGate
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import (
    AuthError,
    BadResponse,
    HelpdeskError,
    NotAHelpdesk,
)

API_PATH = "/api/v2"
PRODUCT = "Freshservice"
#: a runaway-paging guard: 100 pages of 100 is far beyond one employee's requests
MAX_PAGES = 100

Params = Mapping[str, str | int]


class ApiKeyAuth(AuthBase):
    """``Authorization: Basic base64(key:X)``; its repr never shows the key."""

    def __init__(self, key: str) -> None:
        if not key or any(c.isspace() or not c.isprintable() or c == ":" for c in key):
            raise AuthError("This is not a Freshservice API key: copy it again from your "
                            "profile settings in Freshservice.")
        self._value = base64.b64encode(f"{key}:X".encode()).decode("ascii")

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Basic {self._value}"
        return request

    def __repr__(self) -> str:
        return "<Freshservice API key auth>"


def normalize_base_url(base_url: str) -> str:
    """The helpdesk's address without a trailing slash or ``/api/v2``; ConfigurationError when
    it is not an http(s) URL."""
    return site_address(base_url, API_PATH, "Freshservice", "https://yourcompany.freshservice.com")


def is_json(response: requests.Response) -> bool:
    """Whether the answer says it is JSON."""
    return "json" in response.headers.get("Content-Type", "").lower()


class FreshserviceClient:
    """Authenticated calls to ``<base>/api/v2/``; failures become HelpdeskErrors."""

    def __init__(self, base_url: str, auth: AuthBase, session: requests.Session | SessionPool,
                 gate: RateGate | None = None) -> None:
        self.base = base_url
        self.api = f"{base_url}{API_PATH}"
        self._auth = auth
        self._session = session
        self.gate = gate or RateGate(PRODUCT)

    def _send(self, method: str, url: str, *, params: Params | None = None, json_body: Any = None,
              data: Any = None, content_type: str | None = None) -> requests.Response:
        self.gate.check()  # before anything leaves: a wait the server asked for still holds
        headers = {"Content-Type": content_type} if content_type else None
        try:
            response = self._session.request(
                method, url, params=params, json=json_body, data=data, headers=headers,
                auth=self._auth, stream=True)  # read by read_answer: bounded in size and time
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        self.gate.note(response.status_code, response.headers)
        return response

    def _parsed(self, response: requests.Response) -> Any:
        content = read_answer(response)
        if not is_json(response) and (response.status_code < 400
                                      or response.status_code in (404, 405)):
            # 5xx/429/413 pages come from a proxy in front and are about load, not the address
            raise self.not_freshservice(response.status_code)
        if response.status_code >= 400:
            raise self.error(response)
        try:
            return json.loads(content) if content else None
        except RecursionError as exc:  # json recurses once per level of nesting
            raise BadResponse(
                f"The server at {self.base} sent an answer nested too deeply to read.") from exc
        except ValueError as exc:
            raise BadResponse(f"The server at {self.base} sent an answer that is not complete "
                              "JSON (cut off, or garbled on the way).") from exc

    def call(self, method: str, path: str, *, params: Params | None = None,
             json_body: Any = None, data: Any = None, content_type: str | None = None) -> Any:
        """One API request; its parsed JSON answer, or a typed HelpdeskError."""
        response = self._send(method, f"{self.api}/{path.lstrip('/')}", params=params,
                              json_body=json_body, data=data, content_type=content_type)
        with response:
            return self._parsed(response)

    def pages(self, path: str, params: Params) -> Iterator[Any]:
        """Each page's JSON answer of a list, following ``Link: <…>; rel="next"`` while there
        is one (at most :data:`MAX_PAGES`)."""
        url: str | None = f"{self.api}/{path.lstrip('/')}"
        query: Params | None = params
        for _ in range(MAX_PAGES):
            if url is None:
                return
            response = self._send("GET", url, params=query)
            with response:
                yield self._parsed(response)
                url, query = self._next_page(response), None

    def _next_page(self, response: requests.Response) -> str | None:
        """The next page's address from the ``Link`` header — only on this helpdesk's API:
        the server's word is not enough to send the API key elsewhere."""
        try:
            found = response.links.get("next", {}).get("url", "").strip()
        except (ValueError, AttributeError):
            raise BadResponse(f"{PRODUCT} sent a “Link” header HelpClient cannot read.") \
                from None
        if not found:
            return None
        mine, theirs = urlsplit(self.api), urlsplit(found)
        if ((theirs.scheme, theirs.netloc) != (mine.scheme, mine.netloc)
                or not theirs.path.startswith(mine.path + "/")):
            raise BadResponse(f"{PRODUCT} named a next page outside its API ({found[:200]}); "
                              "HelpClient did not follow it.")
        return found

    def download(self, path: str) -> bytes:
        """A file's bytes (``attachments/{id}``, which may redirect to the file's storage:
        requests sends the key to this helpdesk only, never to the storage's host)."""
        response = self._send("GET", f"{self.api}/{path.lstrip('/')}")
        with response:
            content = read_answer(response)
            if response.status_code >= 400:
                if not is_json(response) and response.status_code in (404, 405):
                    raise self.not_freshservice(response.status_code)
                raise self.error(response)
            return content

    def error(self, response: requests.Response) -> HelpdeskError:
        """The typed error for an error answer (the shared mapping words it; 401 names the
        API key)."""
        if response.status_code == 401:
            return AuthError("Freshservice did not accept your API key: it may have been "
                             "reset, or your account deactivated. Sign in again with the key "
                             "from your profile settings.")
        return to_helpdesk_error(response)

    def not_freshservice(self, status: int) -> NotAHelpdesk:
        """Something else answers at the address."""
        return NotAHelpdesk(
            f"The server at {self.base} answered, but it is not Freshservice's API (HTTP "
            f"{status}). Check the helpdesk address in the settings: it should be like "
            "https://yourcompany.freshservice.com.")
