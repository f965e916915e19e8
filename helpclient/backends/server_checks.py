"""The quick checks' view of servers (core's ``ServerProbe``): where a connection goes first,
names, connection and TLS exactly as the connectors take them (:mod:`.reachability`: the proxy
``requests`` would choose, the app's trust with the extra CA), and the helpdesk's clock from
the ``Date`` header of its answer."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import requests

from helpclient.backends.http import make_session, tls_context
from helpclient.backends.reachability import connect, handshake, resolve, route_to
from helpclient.core.checks.probes import Hop, Reach
from helpclient.core.errors import (
    CertificateError,
    ConfigurationError,
    HelpdeskError,
    HostNotFound,
    ServerTimeout,
)


class ServerChecks:
    """``ServerProbe`` through the app's network path; ``extra_ca_file`` as in the settings."""

    def __init__(self, extra_ca_file: Path | None = None) -> None:
        self.extra_ca_file = extra_ca_file

    def first_hop(self, url: str) -> Hop:
        """Where a connection to ``url`` goes first (ValueError: not an http(s) address)."""
        try:
            route = route_to(url)
        except ConfigurationError as exc:
            raise ValueError(exc.message) from exc
        return Hop(route.host, route.port, route.proxy)

    def resolve(self, host: str, port: int, timeout: float) -> list[str]:
        """``host``'s addresses (OSError, TimeoutError when it does not resolve in time)."""
        try:
            return resolve(host, port, timeout)
        except ServerTimeout as exc:
            raise TimeoutError(exc.message) from exc
        except HelpdeskError as exc:
            raise OSError(exc.message) from exc

    def reach(self, url: str, timeout: float) -> Reach:
        """Name, connection and TLS handshake within ``timeout`` seconds in all; the step
        that failed and why."""
        began = time.monotonic()
        end = began + timeout

        def left() -> float:
            return max(0.05, end - time.monotonic())

        try:
            route = route_to(url)
        except ConfigurationError as exc:
            return Reach(url, "address", exc.message, time.monotonic() - began)
        try:
            # the trust on its own: an unusable CA file is a failed TLS step, not the socks
            # proxy's "handshake not taken alone" that the handshake's ConfigurationError means
            context = tls_context(self.extra_ca_file) if route.tls else None
        except ConfigurationError as exc:
            return Reach(url, "tls", exc.message, time.monotonic() - began)
        try:
            step = "dns"
            addresses = resolve(route.host, route.port, left())
            step = "connect"
            connect(addresses, route.port, left())
            if context is not None:
                step = "tls"
                handshake(route, context, left())
        except ConfigurationError as exc:
            if step == "tls":  # a socks proxy: the handshake through it is not taken alone
                return Reach(url, seconds=time.monotonic() - began)
            return Reach(url, step, exc.message, time.monotonic() - began)
        except HostNotFound as exc:
            return Reach(url, "dns", exc.message, time.monotonic() - began)
        except CertificateError as exc:
            return Reach(url, "tls", exc.message, time.monotonic() - began)
        except HelpdeskError as exc:
            return Reach(url, step, exc.message, time.monotonic() - began)
        return Reach(url, seconds=time.monotonic() - began)

    def server_date(self, url: str, timeout: float) -> datetime:
        """The ``Date`` of the server's answer to a HEAD of ``url`` (any status will do: even
        an error page carries the server's time)."""
        try:
            session = make_session("clock check", self.extra_ca_file)
        except ConfigurationError as exc:
            raise ValueError(exc.message) from exc
        try:
            with session:
                answer = session.head(url, timeout=(timeout, timeout), allow_redirects=False)
        except requests.RequestException as exc:
            raise OSError(f"{type(exc).__name__}: {exc}") from exc
        header = answer.headers.get("Date", "")
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError) as exc:
            raise ValueError(f"no usable Date header ({header[:40]!r})") from exc
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
