"""The network path to a helpdesk taken step by step — name, connection, TLS — the way the
connectors' sessions (:mod:`helpclient.backends.http`) take it: through the proxy that
``requests`` would choose, with the same trust. ``check-config`` uses it to say *which* step fails.

Each step raises the shared typed errors (``HostNotFound``, ``ServerUnreachable``,
``ServerTimeout``, ``CertificateError``) with a short technical reason for IT.
"""

from __future__ import annotations

import base64
import http.client
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import requests.utils

from helpclient.core.errors import (
    CertificateError,
    ConfigurationError,
    HostNotFound,
    ServerTimeout,
    ServerUnreachable,
)

_DEFAULT_PORTS = {"http": 80, "https": 443, "socks4": 1080, "socks5": 1080, "socks5h": 1080,
                  "socks4a": 1080}


@dataclass(frozen=True)
class Route:
    """Where a connection to the helpdesk goes first: the server itself or a proxy."""

    server_host: str
    server_port: int
    tls: bool
    #: the proxy's URL as configured (it may carry credentials: never shown, see ``proxy``)
    proxy_url: str = field(default="", repr=False)

    @property
    def proxy(self) -> str:
        """The proxy as ``scheme://host:port`` (no credentials), or ""."""
        if not self.proxy_url:
            return ""
        parts = urlsplit(self.proxy_url)
        return f"{parts.scheme}://{_host_port(parts.hostname or '', self._proxy_port)}"

    @property
    def host(self) -> str:
        """The host the TCP connection goes to."""
        return (urlsplit(self.proxy_url).hostname or "") if self.proxy_url else self.server_host

    @property
    def port(self) -> int:
        """The port the TCP connection goes to."""
        return self._proxy_port if self.proxy_url else self.server_port

    @property
    def _proxy_port(self) -> int:
        parts = urlsplit(self.proxy_url)
        return parts.port or _DEFAULT_PORTS.get(parts.scheme, 80)


def route_to(url: str) -> Route:
    """The route ``requests`` takes to ``url`` from this process: the proxy of the environment
    (``HTTPS_PROXY``, ``NO_PROXY``…) or of the system's settings (Windows, macOS), else direct.
    ConfigurationError when ``url`` is no http(s) address."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ConfigurationError(f"“{url}” is not a valid web address ({exc}).") from exc
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"“{url}” is not an http:// or https:// address.")
    proxy = requests.utils.select_proxy(url, requests.utils.get_environ_proxies(url)) or ""
    if proxy and "://" not in proxy:  # as requests' adapter: "proxy:3128" is http://proxy:3128
        proxy = f"http://{proxy}"
    return Route(parts.hostname, port or _DEFAULT_PORTS[parts.scheme], parts.scheme == "https",
                 proxy)


def resolve(host: str, port: int, timeout: float) -> list[str]:
    """The addresses ``host`` resolves to, in the order a connection tries them."""
    # getaddrinfo takes no timeout: wait for it in a daemon thread that may be left behind
    result: list[Any] = []

    def lookup() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            result.append(exc)

    thread = threading.Thread(target=lookup, name="resolve", daemon=True)
    thread.start()
    thread.join(timeout)
    if not result:
        raise ServerTimeout(f"{host}: the name was not resolved within {timeout:g} s")
    if isinstance(result[0], OSError):
        reason = result[0].strerror if isinstance(result[0], socket.gaierror) else result[0]
        raise HostNotFound(f"{host}: the name does not resolve ({reason})")
    addresses: list[str] = []
    for *_, sockaddr in result[0]:
        if str(sockaddr[0]) not in addresses:
            addresses.append(str(sockaddr[0]))
    return addresses


def connect(addresses: list[str], port: int, timeout: float) -> tuple[str, float]:
    """The first of ``addresses`` that accepts a TCP connection on ``port``, and the seconds
    it took; ServerUnreachable (or ServerTimeout) with the last failure otherwise."""
    failure: OSError | None = None
    for address in addresses:
        began = time.monotonic()
        try:
            with socket.create_connection((address, port), timeout=timeout):
                return address, time.monotonic() - began
        except OSError as exc:
            failure = exc
    where = f"{_host_port(addresses[-1], port)}" if addresses else f"port {port}"
    if isinstance(failure, TimeoutError):
        raise ServerTimeout(f"{where}: no answer to the connection within {timeout:g} s")
    reason = getattr(failure, "strerror", None) or failure or "no address"
    raise ServerUnreachable(f"{where}: {reason}")


@dataclass(frozen=True)
class Certificate:
    """What the server's verified certificate says (empty where the OS's verifier does not
    hand the details back)."""

    subject: str
    issuer: str
    not_after: datetime | None
    protocol: str


def handshake(route: Route, context: ssl.SSLContext, timeout: float) -> Certificate:
    """A TLS handshake with the server — through the proxy's CONNECT tunnel when the route has
    an http:// proxy — verified with ``context`` exactly as the connectors verify it."""
    if route.proxy_url:
        proxy = urlsplit(route.proxy_url)
        if proxy.scheme != "http":
            raise ConfigurationError(f"a {proxy.scheme}:// proxy: the handshake through it is "
                                     "not checked on its own")
        conn = http.client.HTTPSConnection(route.host, route.port, timeout=timeout,
                                           context=context)
        conn.set_tunnel(route.server_host, route.server_port, headers=_proxy_headers(proxy))
    else:
        conn = http.client.HTTPSConnection(route.server_host, route.server_port,
                                           timeout=timeout, context=context)
    try:
        conn.connect()
        if not isinstance(conn.sock, ssl.SSLSocket):  # connect() wraps it; a guard for mypy
            raise ServerUnreachable(f"{route.server_host}: no TLS connection was made")
        return _certificate(conn.sock)
    except ssl.SSLCertVerificationError as exc:
        raise CertificateError(
            f"{route.server_host}: {exc.verify_message or exc.reason or exc}") from exc
    except ssl.SSLError as exc:
        raise ServerUnreachable(
            f"{route.server_host}: the TLS handshake failed ({exc.reason or exc})") from exc
    except TimeoutError as exc:
        raise ServerTimeout(
            f"{route.server_host}: no TLS answer within {timeout:g} s") from exc
    except OSError as exc:  # "Tunnel connection failed: 407 …" comes as a plain OSError
        raise ServerUnreachable(f"{route.server_host}: {exc.strerror or exc}") from exc
    finally:
        conn.close()


def _proxy_headers(proxy: Any) -> dict[str, str]:
    """Proxy-Authorization from credentials in the proxy's URL, as requests sends it."""
    if not proxy.username:
        return {}
    pair = f"{unquote(proxy.username)}:{unquote(proxy.password or '')}".encode()
    return {"Proxy-Authorization": f"Basic {base64.b64encode(pair).decode()}"}


def _certificate(sock: ssl.SSLSocket) -> Certificate:
    info: dict[str, Any] = dict(sock.getpeercert() or {})
    not_after = None
    if isinstance(info.get("notAfter"), str):
        not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(info["notAfter"]), UTC)
    return Certificate(_name(info.get("subject")), _name(info.get("issuer")), not_after,
                       sock.version() or "")


def _name(rdns: Any) -> str:
    """The common name (else the organisation) of a getpeercert() name."""
    fields: dict[str, str] = {}
    for rdn in rdns or ():
        for key, value in rdn:
            fields.setdefault(str(key), str(value))
    return fields.get("commonName") or fields.get("organizationName") or ""


def _host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
