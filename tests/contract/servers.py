"""The two loopback servers of the contract suite.

``ReplayServer`` plays a scenario's recorded steps back: each request the connector makes must
be the next recorded one (see ``exchanges.match_request``), and gets its recorded answer; support
steps are checked off by the replayed support driver in between. Anything else is a mismatch,
answered 501 with the differences (so the connector's error names them) and reported again when
the test ends, as are recorded requests the connector never made.

``RecordingProxy`` sits between a connector and a live helpdesk: it forwards every request,
keeps both sides (to write scenario files from), and can answer one request with a documented
fault instead of the live answer (the request still reaches the server, so it is a real one).
"""

from __future__ import annotations

import http.client
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from exchanges import SeenRequest, describe, match_request, render_response

Answer = tuple[int, dict[str, str], bytes]
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "te",
               "proxy-connection", "upgrade", "host", "date", "server"}


def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
    if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int(handler.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                handler.rfile.readline()
                return b"".join(chunks)
            chunks.append(handler.rfile.read(size))
            handler.rfile.readline()
    return handler.rfile.read(int(handler.headers.get("Content-Length") or 0))


class _Handler(BaseHTTPRequestHandler):
    def _any(self) -> None:
        seen = SeenRequest(self.command, self.path,
                           {k.lower(): v for k, v in self.headers.items()}, _read_body(self))
        status, headers, body = self.server.answer(seen)  # type: ignore[attr-defined]
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _any  # noqa: N815 - http.server names

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(answer: Callable[[SeenRequest], Answer]) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 answering every request with ``answer``; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.answer = answer  # type: ignore[attr-defined]
    # a short poll: shutdown() waits for it, once per test
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _mismatch(message: str) -> Answer:
    body = json.dumps({"message": message}).encode()
    return 501, {"Content-Type": "application/json"}, body


class ReplayServer:
    """Serves ``steps`` in order from :attr:`url` (set while :meth:`running`)."""

    def __init__(self, steps: list[dict[str, Any]], scenario: str) -> None:
        self.steps = steps
        self.scenario = scenario
        self.url = ""
        self.requests: list[SeenRequest] = []
        self.problems: list[str] = []
        self._next = 0
        self._lock = threading.Lock()

    @contextmanager
    def running(self) -> Iterator[str]:
        with serving(self._answer) as url:
            self.url = url
            yield url

    def _answer(self, request: SeenRequest) -> Answer:
        with self._lock:
            self.requests.append(request)
            number = len(self.requests)
            if self.problems:  # one mismatch derails the rest: say so once, not at every step
                return _mismatch(f"replay of {self.scenario} stopped at an earlier mismatch")
            if self._next >= len(self.steps):
                return self._fail(f"request {number}, {request.summary()}, comes after the last "
                                  "recorded step")
            step = self.steps[self._next]
            if "request" not in step:
                return self._fail(f"request {number}, {request.summary()}, came where support "
                                  f"should {step['support']} (step {self._next + 1})")
            differences = match_request(step["request"], request)
            if differences:
                return self._fail(f"request {number} is not the recorded "
                                  f"{describe(step['request'])} (step {self._next + 1}): "
                                  + "; ".join(differences))
            self._next += 1
            return render_response(step["response"], self.url)

    def _fail(self, message: str) -> Answer:
        self.problems.append(message)
        return _mismatch(f"replay of {self.scenario}: {message}")

    def support(self, action: str, args: Mapping[str, Any]) -> Any:
        """Check off support's next step (``action`` with ``args``); its recorded result."""
        with self._lock:
            if self.problems:
                raise AssertionError(f"replay of {self.scenario} failed: {self.problems[0]}")
            if self._next >= len(self.steps):
                raise AssertionError(f"support's {action} comes after the last recorded step")
            step = self.steps[self._next]
            if step.get("support") != action or step.get("args") != dict(args):
                wanted = (f"support's {step['support']} {step.get('args')}" if "support" in step
                          else f"the request {describe(step['request'])}")
                raise AssertionError(f"step {self._next + 1} of {self.scenario} is {wanted}, "
                                     f"not support's {action} {dict(args)}")
            self._next += 1
            return step.get("result")

    def unused(self) -> list[str]:
        """The recorded steps nobody reached (the connector made fewer requests)."""
        left = self.steps[self._next:]
        return [describe(s["request"]) if "request" in s else f"support: {s['support']}"
                for s in left]


@dataclass(frozen=True)
class Relayed:
    """One request the proxy forwarded, and the answer the connector got."""

    request: SeenRequest
    status: int
    headers: dict[str, str]
    body: bytes


class RecordingProxy:
    """Forwards to ``upstream`` and keeps every exchange (and support step) in :attr:`log`."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self._host, self._port = parts.hostname or "127.0.0.1", parts.port or 80
        self.url = ""
        self.log: list[Relayed | dict[str, Any]] = []
        self.requests = 0
        self._fault: dict[str, Any] | None = None
        self._lock = threading.Lock()

    @contextmanager
    def running(self) -> Iterator[str]:
        with serving(self._answer) as url:
            self.url = url
            yield url

    def fault_next(self, response: dict[str, Any]) -> None:
        """Answer the next request with this recorded ``response`` (after forwarding it)."""
        self._fault = response

    def note(self, step: dict[str, Any]) -> None:
        """Keep a support step in order with the exchanges."""
        with self._lock:
            self.log.append(step)

    def _answer(self, request: SeenRequest) -> Answer:
        headers = {k: v for k, v in request.headers.items() if k not in _HOP_BY_HOP}
        connection = http.client.HTTPConnection(self._host, self._port, timeout=60)
        try:
            connection.request(request.method, request.target, body=request.body or None,
                               headers=headers)
            upstream = connection.getresponse()
            status, body = upstream.status, upstream.read()
            answer = {k: v for k, v in upstream.getheaders() if k.lower() not in _HOP_BY_HOP}
        finally:
            connection.close()
        with self._lock:
            self.requests += 1
            fault, self._fault = self._fault, None
            if fault is not None:
                status, answer, body = render_response(fault, self.url)
            # kept before the answer leaves, so a support step the test takes next is after it
            self.log.append(Relayed(request, status, answer, body))
        return status, answer, body
