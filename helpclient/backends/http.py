"""The shared HTTP layer of every backend: one configured ``requests.Session`` and one error mapper.

Every connector builds its session with :func:`make_session` so that all of them trust the same
certificates (the operating system's store, through ``truststore``, plus an optional extra CA from
policy), go through the system proxies, never wait forever, and identify themselves the same way.
Every connector turns failures into the typed errors of :mod:`helpclient.core.errors` with
:func:`to_helpdesk_error`, so the UI shows the same plain-language message for the same problem
whatever the helpdesk.
"""

from __future__ import annotations

import email.utils
import json
import logging
import math
import platform
import re
import socket
import ssl
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NameResolutionError
from urllib3.util.retry import Retry

from helpclient import APP_NAME, __version__
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    ConfigurationError,
    HelpdeskError,
    HostNotFound,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
    RateLimited,
    Rejected,
    ServerUnreachable,
    Transient,
)

if TYPE_CHECKING:  # typing-only names of the requests stubs
    from requests.adapters import _HostParams, _PoolKwargs

__all__ = [
    "DEFAULT_TIMEOUT",
    "build_user_agent",
    "make_session",
    "parse_retry_after",
    "server_message",
    "to_helpdesk_error",
]

log = logging.getLogger("helpclient.http")

#: (connect, read) seconds applied to every request that does not choose its own timeout.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)

#: bytes per socket write of a request body: urllib3's 16 KiB default makes a 1 GiB upload spend
#: its time in Python calls instead of on the wire.
UPLOAD_BLOCK = 1024 * 1024

# Query parameters whose values must never reach a log file (some APIs accept tokens in the URL).
_SECRET_PARAMS = re.compile(r"token|key|secret|password|passwd|auth|session|sig", re.IGNORECASE)

# Server messages are shown to users: keep them short and single-paragraph.
_MAX_MESSAGE_CHARS = 300


def build_user_agent(detail: str = "") -> str:
    """``HelpClient/<version> (<OS> <release>; Python <version>[; detail])``.

    It deliberately never contains "Mozilla": some helpdesks (Request Tracker among them) answer a
    browser-looking client with a redirect to the login page instead of a 401.
    """
    parts = [f"{platform.system() or 'unknown'} {platform.release()}".strip()]
    parts.append(f"Python {platform.python_version()}")
    if detail:
        parts.append(detail.replace("(", "").replace(")", ""))
    return f"{APP_NAME}/{__version__} ({'; '.join(parts)})"


class _SafeAdapter(HTTPAdapter):
    """An adapter whose TLS trust comes from one ``truststore`` context and nothing else.

    Per-request ``verify`` values are ignored on purpose: there is no way to switch verification
    off, and requests' default certifi bundle is not added on top of the OS store. It also applies
    :data:`DEFAULT_TIMEOUT` when the caller gives none.
    """

    def __init__(self, ssl_context: ssl.SSLContext) -> None:
        self._ssl_context = ssl_context
        # Connection errors mean nothing reached the server, so retrying them is safe even for
        # POST; read errors and HTTP statuses are left to the caller (the outbox retries with
        # backoff after asking the server whether the ticket already exists).
        retries = Retry(
            total=1,
            connect=1,
            read=0,
            status=0,
            other=0,
            backoff_factor=0.5,
            raise_on_status=False,
            allowed_methods=None,
        )
        super().__init__(max_retries=retries)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs["ssl_context"] = self._ssl_context
        pool_kwargs["blocksize"] = UPLOAD_BLOCK
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self._ssl_context
        proxy_kwargs["blocksize"] = UPLOAD_BLOCK
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: bool | str, cert: Any = None
    ) -> tuple[_HostParams, _PoolKwargs]:
        # verify=True: CERT_REQUIRED and no CA file, whatever the caller or REQUESTS_CA_BUNDLE said.
        return super().build_connection_pool_key_attributes(request, True, cert)

    def cert_verify(self, conn: Any, url: str, verify: bool | str, cert: Any) -> None:
        super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]
        # requests would load certifi's bundle into our context; the OS store (and the policy CA
        # already in the context) is the only trust we want.
        conn.ca_certs = None
        conn.ca_cert_dir = None

    def send(  # noqa: PLR0917 - the signature is requests'
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: bool | str = True,
        cert: Any = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        if timeout is None:
            timeout = DEFAULT_TIMEOUT
        return super().send(
            request, stream=stream, timeout=timeout, verify=True, cert=cert, proxies=proxies
        )


def _redact_url(url: str) -> str:
    """The URL with secret-looking query values replaced, for logging."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (k, "***" if _SECRET_PARAMS.search(k) else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def _log_response(response: requests.Response, *args: Any, **kwargs: Any) -> None:
    # Method, URL (redacted), status and time only: headers and bodies may hold tokens.
    log.debug(
        "%s %s -> %s (%.0f ms)",
        response.request.method,
        _redact_url(response.url),
        response.status_code,
        response.elapsed.total_seconds() * 1000,
    )


def make_session(user_agent: str, extra_ca_file: Path | None = None) -> requests.Session:
    """A ``requests.Session`` for talking to one helpdesk.

    TLS is verified against the operating system's trust store (plus ``extra_ca_file``, a PEM
    bundle from policy, when given); system proxies apply (``trust_env``); every request gets
    :data:`DEFAULT_TIMEOUT` unless it passes its own; a failed connection is retried once.
    ``user_agent`` is a short detail put into the standard User-Agent (see
    :func:`build_user_agent`). Raises :class:`ConfigurationError` if the CA file is unusable.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if extra_ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(extra_ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                f"The extra certificate file {extra_ca_file} could not be read ({exc}). "
                "Ask your IT department to check the HelpClient policy."
            ) from exc
    session = requests.Session()
    adapter = _SafeAdapter(context)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = build_user_agent(user_agent)
    session.headers["Accept"] = "application/json"
    session.hooks["response"].append(_log_response)
    return session


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


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _MAX_MESSAGE_CHARS:
        text = text[: _MAX_MESSAGE_CHARS - 1].rstrip() + "…"
    return text


def _message_from_json(data: Any) -> str:
    """The human message in the common shapes of JSON error bodies."""
    if isinstance(data, str):
        return data
    if isinstance(data, list):
        return "; ".join(m for m in (_message_from_json(d) for d in data[:5]) if m)
    if isinstance(data, dict):
        for key in ("message", "error_description", "error", "errors", "description", "detail"):
            if key in data:
                found = _message_from_json(data[key])
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
        except ValueError:
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
    if isinstance(exc, requests.exceptions.Timeout):
        return ServerUnreachable(
            f"The server {host} did not answer in time. It may be busy or down, or your network "
            "is slow. It will be tried again later."
        )
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
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        when = f" in {retry_after:.0f} seconds" if retry_after is not None else " later"
        return RateLimited(
            f"The helpdesk is busy and asked HelpClient to slow down. It will try again{when}.",
            retry_after=retry_after,
        )
    if status == 413:
        return Rejected(
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
