"""Failures of HTTP calls as the typed errors of :mod:`helpclient.core.errors`: every connector
maps them with :func:`to_helpdesk_error`, so the UI shows the same plain-language message for the
same problem whatever the helpdesk, with the server's own explanation when it gave one."""

from __future__ import annotations

import email.utils
import json
import math
import socket
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from urllib3.exceptions import NameResolutionError

from helpclient.core.errors import (
    AuthError,
    BadResponse,
    CertificateError,
    ConfigurationError,
    HelpdeskError,
    HostNotFound,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
    RateLimited,
    Rejected,
    ServerTimeout,
    ServerUnreachable,
    TooLarge,
    Transient,
)

__all__ = ["parse_retry_after", "rate_limit_wait", "server_message", "to_helpdesk_error"]

# Server messages are shown to users: keep them short and single-paragraph.
_MAX_MESSAGE_CHARS = 300
# A message is a few levels deep at most ({"errors": [{"message": …}]}); deeper is hostile.
_MAX_MESSAGE_DEPTH = 4


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP-date; None if absent
    or unreadable. Dates in the past give 0."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # HTTP-dates are GMT by definition
        when = when.replace(tzinfo=UTC)
    reference = now or datetime.now(UTC)
    return max((when - reference).total_seconds(), 0.0)


def rate_limit_wait(headers: Mapping[str, str]) -> float | None:
    """Seconds a rate-limited server asked to wait, from an answer's ``headers``: its
    ``Retry-After``, else the IETF draft's ``RateLimit-Reset`` (seconds until the window
    resets; Zendesk sends both); None when it said neither."""
    wait = parse_retry_after(headers.get("Retry-After"))
    if wait is None:
        reset = (headers.get("RateLimit-Reset") or "").strip()
        if reset.isascii() and reset.isdigit() and len(reset) <= 9:
            wait = float(reset)
    return wait


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_MESSAGE_CHARS:
        text = text[: _MAX_MESSAGE_CHARS - 1].rstrip() + "…"
    return text


def _message_from_json(data: Any, depth: int = 0) -> str:
    """The human message in the common shapes of JSON error bodies."""
    if isinstance(data, str):
        return data[: _MAX_MESSAGE_CHARS * 2]
    if depth >= _MAX_MESSAGE_DEPTH:
        return ""
    if isinstance(data, list):
        return "; ".join(m for m in (_message_from_json(d, depth + 1) for d in data[:5]) if m)
    if isinstance(data, dict):
        for key in ("message", "error_description", "error", "errors", "description", "detail"):
            if key in data:
                found = _message_from_json(data[key], depth + 1)
                if found:
                    return found
    return ""


def server_message(response: requests.Response) -> str:
    """The server's own explanation in an error response, shortened; "" when it gave none
    (HTML error pages are ignored: they are not meant for this kind of display)."""
    content_type = response.headers.get("Content-Type", "").lower()
    try:
        text = response.text
    except (requests.RequestException, UnicodeError, LookupError):
        return ""
    if not text.strip():
        return ""
    if "json" in content_type or text.lstrip()[:1] in "{[":
        try:
            return _clean(_message_from_json(json.loads(text)))
        except (ValueError, RecursionError):  # not JSON, or nested beyond reason
            pass
    if "text/plain" in content_type:
        return _clean(text)
    return ""


def _host_of(url: str | None) -> str:
    if not url:
        return "the server"
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests → urllib3 → socket/ssl)."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        stack.extend(a for a in current.args if isinstance(a, BaseException))
        for attr in ("reason", "__cause__", "__context__"):
            inner = getattr(current, attr, None)
            if isinstance(inner, BaseException):
                stack.append(inner)


def _error_for_exception(exc: BaseException) -> HelpdeskError:
    url = getattr(getattr(exc, "request", None), "url", None)
    host = _host_of(url)
    causes = list(_causes(exc))
    if any(isinstance(c, (NameResolutionError, socket.gaierror)) for c in causes):
        return HostNotFound(
            f"The server name {host} could not be found. "
            "Check the address, or your network connection."
        )
    if any(isinstance(c, ssl.SSLCertVerificationError) for c in causes) or (
        isinstance(exc, requests.exceptions.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(exc)
    ):
        return CertificateError(
            f"The server's security certificate is not trusted, so HelpClient did not connect "
            f"to {host}. Nothing was sent. Ask your IT department to check the server's "
            "certificate (or the HelpClient policy for an extra trusted certificate)."
        )
    if isinstance(exc, requests.exceptions.SSLError):
        return ServerUnreachable(
            f"A secure connection to {host} could not be established. Check that the address "
            "is right (https:// or http://) and try again later."
        )
    if isinstance(exc, requests.exceptions.ProxyError):
        return ServerUnreachable(
            "The proxy server could not be reached. Check your network connection or the "
            "system proxy settings."
        )
    # Before the connection errors: requests reports a read timeout that urllib3 gave up
    # retrying as a ConnectionError, though the connection was made.
    if isinstance(exc, requests.exceptions.ConnectTimeout) or any(
            isinstance(c, urllib3.exceptions.ConnectTimeoutError) for c in causes):
        return ServerUnreachable(
            f"Could not connect to {host} in time: the server is down or unreachable from this "
            "network, or the network is very slow. It will be tried again later."
        )
    if isinstance(exc, requests.exceptions.Timeout) or any(
            isinstance(c, (urllib3.exceptions.ReadTimeoutError, TimeoutError)) for c in causes):
        return ServerTimeout(
            f"The server {host} accepted the connection but did not answer in time. It may be "
            "busy or stuck. It will be tried again later."
        )
    if isinstance(exc, (requests.exceptions.ContentDecodingError,
                        urllib3.exceptions.DecodeError)):
        return BadResponse(f"The server {host} sent an answer that could not be decompressed.")
    if isinstance(
        exc,
        (
            requests.exceptions.InvalidURL,
            requests.exceptions.MissingSchema,
            requests.exceptions.InvalidSchema,
        ),
    ):
        return ConfigurationError(
            "The helpdesk address is not a valid web address. "
            "Check it in the settings (it should start with https://)."
        )
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return NotAHelpdesk(
            f"The server {host} keeps redirecting instead of answering. "
            "Check the helpdesk address in the settings."
        )
    if isinstance(
        exc,
        (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            ConnectionError,
            urllib3.exceptions.ProtocolError,  # cut off while the answer was read
        ),
    ):
        return ServerUnreachable(
            f"Could not connect to {host}: the server is down or unreachable from this network. "
            "It will be tried again later."
        )
    if isinstance(exc, requests.RequestException):
        return Transient(f"The connection to {host} failed ({type(exc).__name__}).")
    return HelpdeskError(f"Unexpected error while talking to {host}: {exc}")


def _error_for_response(response: requests.Response) -> HelpdeskError:
    status = response.status_code
    said = server_message(response)
    host = _host_of(response.url)
    detail = f" The server said: {said}" if said else ""
    if status == 401:
        return AuthError(
            "The helpdesk did not accept your sign-in: the token may be wrong, expired or "
            f"revoked. Sign in again.{detail}"
        )
    if status == 403:
        return PermissionDenied(
            "The helpdesk does not allow you to do this. Ask your IT department if you "
            f"think you should be able to.{detail}"
        )
    if status in (404, 410):
        return NotFound(f"That item does not exist or you cannot see it.{detail}")
    if status == 429:
        retry_after = rate_limit_wait(response.headers)
        when = f" in {retry_after:.0f} seconds" if retry_after is not None else " later"
        return RateLimited(
            f"The helpdesk is busy and asked HelpClient to slow down. It will try again{when}.",
            retry_after=retry_after,
        )
    if status == 413:
        return TooLarge(
            "The request is too large for the helpdesk. Remove or shrink some attachments "
            f"and try again.{detail}"
        )
    if status == 408 or status >= 500:
        return Transient(
            f"The helpdesk server {host} had a problem (HTTP {status}). "
            f"It will be tried again later.{detail}"
        )
    if 400 <= status < 500:
        if said:
            return Rejected(said)  # the server's own words; the UI says what they mean
        return Rejected(f"HTTP {status}")
    return NotAHelpdesk(
        f"The server {host} gave an unexpected answer (HTTP {status}). "
        "Check the helpdesk address in the settings."
    )


def to_helpdesk_error(failure: requests.Response | BaseException) -> HelpdeskError:
    """The typed, plain-language error for a failed request: either the exception that requests
    or urllib3 raised, or an HTTP response with an error status. Callers ``raise`` the result
    (``from`` the original exception)."""
    if isinstance(failure, requests.Response):
        return _error_for_response(failure)
    if isinstance(failure, HelpdeskError):
        return failure
    return _error_for_exception(failure)
