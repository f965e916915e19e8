"""Servers that take the connection and then keep the client waiting, over real loopback sockets:
the user must hear that the server did not answer in time (not that it could not be reached),
and no worker may wait without end."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from helpclient.backends import http
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.errors import ServerTimeout, ServerUnreachable

TOKEN = "1-27-a96a9767cb8a1f56b03636163d0e1c65"


@contextmanager
def tcp_server(handle: Callable[[socket.socket], None]) -> Iterator[str]:
    """A loopback server running ``handle`` for each connection; yields its base URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            held.append(conn)
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def never_answers(conn: socket.socket) -> None:
    """Accept, read the request, say nothing."""
    conn.recv(65536)


def trickles(conn: socket.socket) -> None:
    """Answer the headers at once, then the body one byte every 0.1 s, each well within the
    read timeout: only a deadline for the whole answer ends this."""
    conn.recv(65536)
    try:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 100000\r\n\r\n")
        for _ in range(100_000):
            conn.sendall(b" ")
            time.sleep(0.1)
    except OSError:  # the client gave up and closed: that is the point
        return


@pytest.fixture
def short_timeouts(monkeypatch):
    monkeypatch.setattr(http, "DEFAULT_TIMEOUT", (2.0, 0.5))
    monkeypatch.setattr(http, "ANSWER_SECONDS", 1.0)


def test_a_server_that_never_answers_did_not_answer_in_time(short_timeouts):
    with tcp_server(never_answers) as url, RequestTrackerBackend(url, TOKEN) as backend:
        started = time.monotonic()
        with pytest.raises(ServerTimeout) as caught:
            backend.whoami()
    assert time.monotonic() - started < 5
    assert "did not answer in time" in caught.value.message
    assert "Could not connect" not in caught.value.message
    assert isinstance(caught.value, ServerUnreachable)  # still retried like any outage


def test_a_server_that_trickles_its_answer_is_cut_off(short_timeouts):
    with tcp_server(trickles) as url, RequestTrackerBackend(url, TOKEN) as backend:
        started = time.monotonic()
        with pytest.raises(ServerTimeout) as caught:
            backend.list_my_tickets()
    assert time.monotonic() - started < 5
    assert "did not finish its answer" in caught.value.message


def test_a_closed_port_is_still_unreachable(short_timeouts):
    probe = socket.create_server(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with (RequestTrackerBackend(f"http://127.0.0.1:{port}", TOKEN) as backend,
          pytest.raises(ServerUnreachable) as caught):
        backend.whoami()
    assert not isinstance(caught.value, ServerTimeout)
    assert "Could not connect to 127.0.0.1" in caught.value.message
