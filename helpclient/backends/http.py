"""The shared HTTP layer of every backend: one configured ``requests.Session``.

Every connector builds its session with :func:`make_session` so that all of them trust the same
certificates (the operating system's store, through ``truststore``, plus an optional extra CA from
policy), go through the system proxies, never wait forever, and identify themselves the same way.
Failures become typed errors in :mod:`helpclient.backends.http_errors`.
"""

from __future__ import annotations

import base64
import json
import logging
import platform
import re
import ssl
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
import truststore
import urllib3
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from urllib3.util.retry import Retry

from helpclient import APP_NAME, __version__
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.core.errors import BadResponse, ConfigurationError, ServerTimeout

if TYPE_CHECKING:  # typing-only names of the requests stubs
    from requests.adapters import _HostParams, _PoolKwargs

__all__ = [
    "ANSWER_SECONDS",
    "DEFAULT_TIMEOUT",
    "MAX_ANSWER_BYTES",
    "Utf8BasicAuth",
    "build_user_agent",
    "json_answer",
    "make_session",
    "read_answer",
    "tls_context",
]

log = logging.getLogger("helpclient.http")

#: (connect, read) seconds applied to every request that does not choose its own timeout.
DEFAULT_TIMEOUT: tuple[float, float] = (10.0, 30.0)

#: The most one answer may take to arrive once it started, in seconds: the read timeout only
#: bounds each wait for the next bytes, so a server that trickles a byte at a time would
#: otherwise hold a worker for ever.
ANSWER_SECONDS = 300.0

#: The largest answer read into memory. RT sends attachments base64-encoded inside JSON (10 MB
#: files by default, so ~14 MB answers); nothing a helpdesk sends a user comes near this.
MAX_ANSWER_BYTES = 128 * 1024 * 1024

_READ_BLOCK = 64 * 1024

#: bytes per socket write of a request body: urllib3's 16 KiB default makes a 1 GiB upload spend
#: its time in Python calls instead of on the wire.
UPLOAD_BLOCK = 1024 * 1024

# Query parameters whose values must never reach a log file (some APIs accept tokens in the URL).
_SECRET_PARAMS = re.compile(r"token|key|secret|password|passwd|auth|session|sig", re.IGNORECASE)



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
        super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]  # untyped in requests' stubs
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


def tls_context(extra_ca_file: Path | None = None) -> ssl.SSLContext:
    """The TLS trust of every connection: the operating system's store (``truststore``) plus
    ``extra_ca_file``, a PEM bundle from policy, when given. Raises
    :class:`ConfigurationError` if the CA file is unusable."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if extra_ca_file is not None:
        try:
            context.load_verify_locations(cafile=str(extra_ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                f"The extra certificate file {extra_ca_file} could not be read ({exc}). "
                "Ask your IT department to check the HelpClient policy."
            ) from exc
    return context


def make_session(user_agent: str, extra_ca_file: Path | None = None) -> requests.Session:
    """A ``requests.Session`` for talking to one helpdesk.

    TLS is verified against the operating system's trust store (plus ``extra_ca_file``, a PEM
    bundle from policy, when given); system proxies apply (``trust_env``); every request gets
    :data:`DEFAULT_TIMEOUT` unless it passes its own; a failed connection is retried once.
    ``user_agent`` is a short detail put into the standard User-Agent (see
    :func:`build_user_agent`). Raises :class:`ConfigurationError` if the CA file is unusable.
    """
    session = requests.Session()
    adapter = _SafeAdapter(tls_context(extra_ca_file))
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = build_user_agent(user_agent)
    session.headers["Accept"] = "application/json"
    session.hooks["response"].append(_log_response)
    return session


def read_answer(response: requests.Response, *, max_bytes: int | None = None,
                seconds: float | None = None) -> bytes:
    """The body of a response made with ``stream=True``, read within ``seconds`` and at most
    ``max_bytes`` (after decompression; by default :data:`ANSWER_SECONDS` and
    :data:`MAX_ANSWER_BYTES`): ServerTimeout or BadResponse beyond, and the typed error of
    :func:`to_helpdesk_error` when the connection fails. Afterwards ``response.content`` and
    ``response.text`` give the same bytes."""
    max_bytes = MAX_ANSWER_BYTES if max_bytes is None else max_bytes
    seconds = ANSWER_SECONDS if seconds is None else seconds
    deadline = time.monotonic() + seconds
    host = urlsplit(response.url or "").hostname or "the server"
    too_large = BadResponse(f"The server {host} sent an answer larger than "
                            f"{max_bytes // (1024 * 1024)} MB; HelpClient stopped reading it.")
    if response.raw is None:  # a transport adapter that hands the body over already read
        if len(response.content or b"") > max_bytes:
            raise too_large
        return response.content or b""
    body = bytearray()
    try:
        while True:
            # read1 returns what one socket read brought, so the deadline is checked often
            chunk = response.raw.read1(_READ_BLOCK, decode_content=True)
            if not chunk:
                break
            body += chunk
            if len(body) > max_bytes:
                raise too_large
            if time.monotonic() > deadline:
                raise ServerTimeout(
                    f"The server {host} did not finish its answer in {seconds:.0f} seconds. "
                    "It may be busy, or the network is slow. It will be tried again later.")
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise to_helpdesk_error(exc) from exc
    # what requests itself does once it has read a body, so error mapping can read it again
    content = bytes(body)
    response._content = content
    return content


def json_answer(content: bytes, base: str) -> Any:
    """The JSON of an answer read whole (None when empty); BadResponse when it is cut off,
    garbled or nested beyond reason. ``base`` names the server in the message."""
    try:
        return json.loads(content) if content else None
    except RecursionError as exc:  # json recurses once per level of nesting
        raise BadResponse(
            f"The server at {base} sent an answer nested too deeply to read.") from exc
    except ValueError as exc:
        raise BadResponse(
            f"The server at {base} sent an answer that is not complete JSON "
            "(cut off, or garbled on the way).") from exc


class Utf8BasicAuth(AuthBase):
    """HTTP Basic with the login and password encoded as UTF-8 (RFC 7617's ``charset=UTF-8``,
    which Rails and Zendesk decode): requests' own Basic auth encodes Latin-1, so a Cyrillic
    password would never leave the machine. Its repr names ``product`` and never shows the
    password."""

    def __init__(self, login: str, password: str, product: str) -> None:
        self._value = base64.b64encode(f"{login}:{password}".encode()).decode("ascii")
        self._product = product

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Basic {self._value}"
        return request

    def __repr__(self) -> str:
        return f"<{self._product} password auth>"
