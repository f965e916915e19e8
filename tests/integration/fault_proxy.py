"""A fault-injecting HTTP proxy for tests: sits between HelpClient and a real Request Tracker.

Every request is read whole (the body at a throttled pace, so a test can act in the middle of an
upload), then handled by the first matching :class:`Rule`, or forwarded unchanged. Faults:

* ``status``      answer with a status (and headers) *without* forwarding: 429, 500, 503, 413, 401
* ``status_after`` forward to RT (the ticket is created), then answer a status instead (502)
* ``reset_after`` forward, then reset the connection without an answer
* ``stall_after`` forward, then say nothing for ``seconds`` (past the client's read timeout)
* ``hook``        forward, then call ``hook`` before relaying the answer (a test kills the client)

``on_body_progress(received, total)`` is called while a request body arrives.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "proxy-connection",
        "te", "upgrade", "host"}


@dataclass
class Rule:
    """Apply ``action`` to the next ``times`` requests whose "METHOD /path" contains ``match``."""

    match: str
    action: str
    times: int = 1
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    hook: Callable[[], None] | None = None


@dataclass
class Seen:
    """One request the proxy handled."""

    method: str
    path: str
    action: str
    at: float
    forwarded: bool


class FaultProxy:
    """The proxy's state, shared with its handler threads."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self.rules: list[Rule] = []
        self.seen: list[Seen] = []
        self.lock = threading.Lock()
        self.on_body_progress: Callable[[int, int], None] | None = None
        self.throttle = 0.0  # seconds to pause per 256 KiB of request body

    def add(self, rule: Rule) -> None:
        """Queue a fault."""
        with self.lock:
            self.rules.append(rule)

    def take(self, line: str) -> Rule | None:
        """The rule for this request, consuming one use of it."""
        with self.lock:
            for rule in self.rules:
                if rule.match in line and rule.times > 0:
                    rule.times -= 1
                    return rule
        return None

    def forwarded(self, match: str) -> int:
        """How many requests containing ``match`` reached RT."""
        return sum(1 for s in self.seen if s.forwarded and match in f"{s.method} {s.path}")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    proxy: FaultProxy

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _read_body(self) -> bytes | None:
        total = int(self.headers.get("Content-Length") or 0)
        chunks: list[bytes] = []
        received = 0
        while received < total:
            chunk = self.rfile.read(min(256 * 1024, total - received))
            if not chunk:
                return None  # the client went away mid-upload: RT never sees this request
            chunks.append(chunk)
            received += len(chunk)
            if self.proxy.on_body_progress is not None:
                self.proxy.on_body_progress(received, total)
            if self.proxy.throttle:
                time.sleep(self.proxy.throttle)
        return b"".join(chunks)

    def _forward(self, body: bytes) -> tuple[int, str, list[tuple[str, str]], bytes]:
        conn = http.client.HTTPConnection(self.proxy.upstream_host, self.proxy.upstream_port,
                                          timeout=120)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
            headers["Content-Length"] = str(len(body))
            conn.request(self.command, self.path, body=body, headers=headers)
            response = conn.getresponse()
            return (response.status, response.reason, response.getheaders(), response.read())
        finally:
            conn.close()

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in _HOP:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.close_connection = True

    def _reset(self) -> None:
        # SO_LINGER 0: close() sends RST, as a crashing middlebox would
        with contextlib.suppress(OSError):
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
        with contextlib.suppress(OSError):
            self.connection.close()
        self.close_connection = True

    def _handle(self) -> None:
        try:
            self._handle_request()
        except OSError:  # the client was killed or gave up: what a real server sees too
            self.close_connection = True

    def _handle_request(self) -> None:
        line = f"{self.command} {self.path}"
        body = self._read_body()
        if body is None:
            self.proxy.seen.append(Seen(self.command, self.path, "truncated", time.time(), False))
            self.close_connection = True
            return
        rule = self.proxy.take(line)
        action = rule.action if rule else "pass"
        forwarded = action != "status"
        self.proxy.seen.append(Seen(self.command, self.path, action, time.time(), forwarded))
        if rule is not None and rule.action == "status":
            self._answer(rule.status, list(rule.headers.items()),
                         b'{"message": "injected fault"}' if rule.status != 413 else b"")
            return
        try:
            status, _reason, headers, answer = self._forward(body)
        except OSError:
            self._reset()
            return
        if rule is None or rule.action == "pass":
            self._answer(status, headers, answer)
        elif rule.action == "status_after":
            self._answer(rule.status, [("Content-Type", "text/html")], b"<h1>Bad gateway</h1>")
        elif rule.action == "reset_after":
            self._reset()
        elif rule.action == "stall_after":
            time.sleep(rule.seconds)
            self._reset()
        elif rule.action == "hook":
            assert rule.hook is not None
            rule.hook()
            self._answer(status, headers, answer)

    do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 (http.server's names)


@contextlib.contextmanager
def fault_proxy(upstream: str) -> Iterator[tuple[FaultProxy, str]]:
    """A proxy to ``upstream`` on 127.0.0.1; yields (its state, its base URL)."""
    state = FaultProxy(upstream)
    handler = type("Handler", (_Handler,), {"proxy": state})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
