"""The transport of the Jira Service Management connector: the site's address in its forms,
authentication, JSON in and out, Atlassian's error answers and rate limits as HelpClient's typed
errors.

Addresses: a Cloud site (``https://example.atlassian.net``), a Data Center base URL with its
context path (``https://jira.example.com/jira``), or — signed in through OAuth — Atlassian's API
gateway for one site (``https://api.atlassian.com/ex/jira/{cloudId}``). Each takes the same
``/rest/servicedeskapi/…`` and ``/rest/api/2/…`` paths. A customer portal's address
(``…/servicedesk/customer/portal/3``) is cut back to the site's: that is what people copy.

Errors: the service-desk API answers ``{"errorMessage": …, "i18nErrorMessage": {…}}``, the
platform API ``{"errorMessages": […], "errors": {field: message}}``. Rate limits ("Rate
limiting", Jira Cloud platform): HTTP 429 with ``Retry-After`` (seconds) and/or
``X-RateLimit-Reset`` (an ISO 8601 time, ``yyyy-MM-ddTHH:mmZ``), plus ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-NearLimit`` on answers. The wait becomes
:class:`RateLimited.retry_after`, which the outbox and the poller honour.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.auth import AuthBase

from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import parse_retry_after, to_helpdesk_error
from helpclient.backends.jsm.records import Page, page_of
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import (
    BadResponse,
    ConfigurationError,
    HelpdeskError,
    NotAHelpdesk,
    RateLimited,
    Rejected,
)

log = logging.getLogger(__name__)

SERVICE_DESK_API = "servicedeskapi"
PLATFORM_API = "api/2"
#: Atlassian's API gateway: an OAuth app reaches a site at ``/ex/jira/{cloudId}`` there
GATEWAY_HOST = "api.atlassian.com"
_GATEWAY_PATH = re.compile(r"^/ex/jira/[0-9a-fA-F-]{8,64}$")
_TAIL = re.compile(r"(/rest(/.*)?|/servicedesk/customer(/.*)?|/browse/[^/]*)$")
_MAX_MESSAGE = 300
#: a runaway-paging guard: far beyond one user's requests, comments or files
MAX_PAGES = 200

Params = Mapping[str, str | int | Sequence[str]]


def normalize_base_url(base_url: str) -> str:
    """The site's base URL (see the module docstring); ConfigurationError when it is not one."""
    url = base_url.strip().rstrip("/")
    url = _TAIL.sub("", url).rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(
            f"“{base_url}” is not a web address. Enter your Jira Service Management site, for "
            "example https://example.atlassian.net.")
    if parts.hostname == GATEWAY_HOST and not _GATEWAY_PATH.match(parts.path):
        raise ConfigurationError(
            f"“{base_url}” is Atlassian's API gateway without a site. Enter your site's "
            "address, for example https://example.atlassian.net.")
    return url


def jsm_message(response: requests.Response) -> str:
    """Atlassian's own explanation in an error answer, shortened; "" when it gave none."""
    try:
        data = json.loads(response.content or b"")
    except (ValueError, RecursionError):
        return ""
    if not isinstance(data, dict):
        return ""
    said: list[str] = []
    for key in ("errorMessage", "message"):
        if isinstance(data.get(key), str):
            said.append(data[key])
    messages = data.get("errorMessages")
    if isinstance(messages, list):
        said += [m for m in messages[:5] if isinstance(m, str)]
    errors = data.get("errors")
    if isinstance(errors, dict):
        said += [f"{k}: {v}" for k, v in list(errors.items())[:5] if isinstance(v, str)]
    text = " ".join("; ".join(s for s in said if s.strip()).split())
    return text if len(text) <= _MAX_MESSAGE else text[: _MAX_MESSAGE - 1] + "…"


def reset_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds until ``X-RateLimit-Reset`` (ISO 8601); None when absent or unreadable."""
    if not value or not value.strip():
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def jsm_error(response: requests.Response) -> HelpdeskError:
    """The typed error for an error answer of Jira Service Management."""
    status = response.status_code
    if status == 429:
        wait = parse_retry_after(response.headers.get("Retry-After"))
        if wait is None:
            wait = reset_seconds(response.headers.get("X-RateLimit-Reset"))
        when = f" in {wait:.0f} seconds" if wait is not None else " later"
        return RateLimited("Jira Service Management asked HelpClient to slow down. It will "
                           f"try again{when}.", retry_after=wait)
    if status in (400, 409, 422):
        return Rejected(jsm_message(response) or f"HTTP {status}")
    return to_helpdesk_error(response)


class JsmClient:
    """Authenticated calls to ``<site>/rest/…``; failures become HelpdeskErrors.

    ``api_base``, when given, tells where the API of the site ``base_url`` is reached (an
    OAuth sign-in's gateway address, looked up when first needed); messages name the site."""

    def __init__(self, base_url: str, auth: AuthBase,
                 session: requests.Session | SessionPool,
                 api_base: Callable[[], str] | None = None) -> None:
        self.base = base_url
        self._auth = auth
        self._session = session
        self._api_base = api_base or (lambda: base_url)

    def url(self, api: str, path: str) -> str:
        """The full address of ``path`` in ``api`` (:data:`SERVICE_DESK_API`, ...)."""
        return f"{self._api_base()}/rest/{api}/{path.lstrip('/')}"

    def _send(self, method: str, url: str, *, params: Params | None, json_body: Any,
              data: Any, headers: Mapping[str, str] | None) -> requests.Response:
        try:
            response = self._session.request(
                method, url, params=params, json=json_body, data=data,
                headers=dict(headers or {}), auth=self._auth,
                stream=True)  # read by read_answer: bounded in size and time
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        if response.headers.get("X-RateLimit-NearLimit", "").lower() == "true":
            log.info("Jira Service Management: near its rate limit (%s of %s left)",
                     response.headers.get("X-RateLimit-Remaining", "?"),
                     response.headers.get("X-RateLimit-Limit", "?"))
        return response

    def call(self, method: str, path: str, *, api: str = SERVICE_DESK_API,
             params: Params | None = None, json_body: Any = None, data: Any = None,
             headers: Mapping[str, str] | None = None) -> Any:
        """One API request; its parsed JSON answer (None for an empty one), or a typed
        HelpdeskError."""
        response = self._send(method, self.url(api, path), params=params, json_body=json_body,
                              data=data, headers=headers)
        with response:
            content = read_answer(response)
            is_json = "json" in response.headers.get("Content-Type", "").lower()
            if not is_json and content.strip() and (
                    response.status_code < 400 or response.status_code in (404, 405)):
                raise self.not_jsm(response.status_code)
            if response.status_code >= 400:
                raise jsm_error(response)
            try:
                return json.loads(content) if content.strip() else None
            except RecursionError as exc:  # json recurses once per level of nesting
                raise BadResponse(
                    f"The server at {self.base} sent an answer nested too deeply to read."
                ) from exc
            except ValueError as exc:
                raise BadResponse(
                    f"The server at {self.base} sent an answer that is not complete JSON "
                    "(cut off, or garbled on the way).") from exc

    def pages(self, path: str, params: Mapping[str, str], limit: int,
              what: str) -> Iterator[Page]:
        """The pages of a paged answer (``start``/``limit``), until the last one. The next
        page starts after what this one held: a server may give fewer than ``limit``."""
        start = 0
        for _ in range(MAX_PAGES):
            page = page_of(self.call("GET", path, params={**params, "start": start,
                                                          "limit": limit}), what)
            yield page
            if page.is_last or not page.values:
                return
            start += len(page.values)

    def fetch(self, path: str, *, accept: str = "*/*") -> tuple[bytes, str]:
        """A body of any type (a file, an article's page) and its content type; errors in
        JSON as :meth:`call` reads them."""
        response = self._send("GET", self.url(SERVICE_DESK_API, path), params=None,
                              json_body=None, data=None, headers={"Accept": accept})
        with response:
            content = read_answer(response)
            if response.status_code >= 400:
                raise jsm_error(response)
            return content, response.headers.get("Content-Type", "")

    def not_jsm(self, status: int) -> NotAHelpdesk:
        """The error for an answer that is not the service-desk API's."""
        return NotAHelpdesk(
            f"The server at {self.base} answered, but not as Jira Service Management's REST "
            f"API (HTTP {status}). Check the helpdesk address in the settings: it should be "
            "your site, like https://example.atlassian.net.")
