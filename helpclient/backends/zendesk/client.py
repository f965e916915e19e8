"""The transport of the Zendesk connector: the API address, authentication, JSON in and out,
Zendesk's error answers as HelpClient's typed errors, and its rate limit.

Zendesk answers ``/api/v2`` in JSON, errors too: ``{"error": "RecordNotFound", "description":
"Not found"}``, and for a refused change ``{"error": "RecordInvalid", "description": "Record
validation errors", "details": {"base": [{"description": "…"}]}}`` — the descriptions are the
words meant for people. A web page where JSON belongs means the address is not Zendesk's API.

**Rate limits** ("Rate limits", "Best practices for avoiding rate limiting"): every answer
tells how many requests the account has left this minute (``X-Rate-Limit-Remaining``; list
endpoints also the IETF draft's ``ratelimit-remaining`` and ``ratelimit-reset``). The limit is
the whole account's, shared by every employee's HelpClient, so when an answer says none are
left this client sends nothing more until the window resets (``ratelimit-reset`` seconds, or
the rest of the minute) and raises :class:`RateLimited` at once instead; a 429 is honoured the
same way for its ``Retry-After``: the shared :class:`~helpclient.backends.rate_gate.RateGate`
(Freshservice's limit is account-wide too). The outbox and the poller wait as told (the shared
retry logic reads ``RateLimited.retry_after``).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests
from requests.auth import AuthBase

from helpclient.backends.base import site_address
from helpclient.backends.http import json_answer, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.rate_gate import RateGate
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import (
    AuthError,
    HelpdeskError,
    NotAHelpdesk,
    Rejected,
)

API_PATH = "/api/v2"
_MAX_WORDS = 300


def normalize_base_url(base_url: str) -> str:
    """Zendesk's web address without a trailing slash or ``/api/v2``; ConfigurationError if it
    is not an http(s) URL."""
    return site_address(base_url, API_PATH, "Zendesk", "https://yourcompany.zendesk.com")


def _words(data: Any) -> str:
    """The people's words of a Zendesk error body: the details' descriptions, else the
    description, else the error's name."""
    if not isinstance(data, dict):
        return ""
    found: list[str] = []
    details = data.get("details")
    if isinstance(details, dict):
        for problems in list(details.values())[:5]:
            for problem in problems[:5] if isinstance(problems, list) else ():
                if isinstance(problem, dict) and isinstance(problem.get("description"), str):
                    found.append(problem["description"])
    for key in ("description", "error"):
        if not found and isinstance(data.get(key), str):
            found.append(data[key])
    text = " ".join("; ".join(found).split())
    return text if len(text) <= _MAX_WORDS else text[: _MAX_WORDS - 1] + "…"


def zendesk_error(response: requests.Response) -> HelpdeskError:
    """The typed error for an error answer of Zendesk's (see the module docstring)."""
    if response.status_code in (400, 409, 422):
        try:
            said = _words(json.loads(response.content or b"null"))
        except (ValueError, RecursionError):
            said = ""
        if said:
            return Rejected(f"Zendesk refused this: {said}")
    return to_helpdesk_error(response)


class ZendeskClient:
    """Calls to ``<base>/api/v2/``, authenticated when ``auth`` is given; failures become
    HelpdeskErrors; the account's rate limit is respected (see the module docstring)."""

    def __init__(self, base_url: str, auth: AuthBase | None,
                 session: requests.Session | SessionPool,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base = base_url
        self.api = f"{base_url}{API_PATH}"
        self._auth = auth
        self._session = session
        self.gate = RateGate("Zendesk", clock)

    @property
    def signed_in(self) -> bool:
        """Whether requests carry the user's credentials."""
        return self._auth is not None

    def require_sign_in(self) -> None:
        """AuthError unless there are credentials (only the knowledge base is public)."""
        if self._auth is None:
            raise AuthError("No Zendesk e-mail address and password are set. Sign in first.")

    def send(self, method: str, url: str, *, params: Mapping[str, str | int] | None = None,
             json_body: Any = None, data: Any = None, content_type: str | None = None,
             anonymous: bool = False) -> tuple[requests.Response, bytes]:
        """One request to ``url`` (whole) and its answer read; the rate limit honoured.
        ``anonymous`` sends no credentials (the knowledge base, a file on another host)."""
        self.gate.check()  # before anything leaves: a wait Zendesk asked for still holds
        headers = {"Content-Type": content_type} if content_type else None
        try:
            response = self._session.request(
                method, url, params=params, json=json_body, data=data, headers=headers,
                auth=None if anonymous else self._auth,
                stream=True)  # read by read_answer: bounded in size and time
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        with response:
            content = read_answer(response)
        self.gate.note(response.status_code, response.headers)
        return response, content

    def call(self, method: str, path: str, *, params: Mapping[str, str | int] | None = None,
             json_body: Any = None, data: Any = None, content_type: str | None = None,
             anonymous: bool = False) -> Any:
        """One API request; its parsed JSON answer, or a typed HelpdeskError."""
        if not anonymous:
            self.require_sign_in()
        response, content = self.send(method, f"{self.api}/{path.lstrip('/')}", params=params,
                                      json_body=json_body, data=data,
                                      content_type=content_type, anonymous=anonymous)
        is_json = "json" in response.headers.get("Content-Type", "").lower()
        # 5xx/429/413 pages come from the proxy in front and are about load, not about the
        # address: the shared mapping words them
        if not is_json and (response.status_code < 400 or response.status_code in (404, 405)):
            raise self.not_zendesk(response.status_code)
        if response.status_code >= 400:
            raise zendesk_error(response)
        return json_answer(content, self.base)

    def not_zendesk(self, status: int) -> NotAHelpdesk:
        """What a web page where the API should answer means."""
        return NotAHelpdesk(
            f"The server at {self.base} answered, but it is not Zendesk's API (HTTP {status}). "
            "Check the helpdesk address in the settings: it should be your Zendesk address, "
            "like https://yourcompany.zendesk.com.")
