"""Byte pipes on 127.0.0.1 for tests: a TLS front for a plain-HTTP server (the real Request
Tracker behind a certificate of the test's own CA) and a forward proxy that only tunnels
(``CONNECT``, as HTTPS through a company proxy goes), recording where it was asked to go."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress


def _pipe(a: socket.socket, b: socket.socket) -> None:
    """Copy both ways until either side closes, then close both."""

    def copy(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (a, b):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    threads = [threading.Thread(target=copy, args=pair, daemon=True) for pair in ((a, b), (b, a))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    a.close()
    b.close()


@contextmanager
def _serve(handle: Callable[[socket.socket], None]) -> Iterator[int]:
    """Accept on a free port of 127.0.0.1, each connection handled on its own thread."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)  # closing a socket does not wake a thread blocked in accept()
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(None)
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


@contextmanager
def tls_front(upstream_port: int, context: ssl.SSLContext) -> Iterator[str]:
    """``https://127.0.0.1:PORT`` serving ``context``'s certificate in front of the plain
    HTTP server on ``upstream_port``."""

    def handle(conn: socket.socket) -> None:
        try:
            secure = context.wrap_socket(conn, server_side=True)
        except (OSError, ssl.SSLError):  # a client that refused our certificate
            conn.close()
            return
        _pipe(secure, socket.create_connection(("127.0.0.1", upstream_port)))

    with _serve(handle) as port:
        yield f"https://127.0.0.1:{port}"


@contextmanager
def connect_proxy() -> Iterator[tuple[str, list[str]]]:
    """An HTTP proxy that tunnels ``CONNECT host:port`` and refuses anything else:
    ``(its URL, the targets it was asked for)``."""
    targets: list[str] = []

    def handle(conn: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = conn.recv(4096)
            if not chunk:
                conn.close()
                return
            head += chunk
        method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
        if method != "CONNECT":
            conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            conn.close()
            return
        targets.append(target)
        host, port = target.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)))
        conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        _pipe(conn, upstream)

    with _serve(handle) as port:
        yield f"http://127.0.0.1:{port}", targets
