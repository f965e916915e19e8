"""The loopback redirect of a native app (RFC 8252 §7.3): a one-shot HTTP listener on
``127.0.0.1`` at a free port, which the browser reaches after the authorization page.

It takes the first request to its path that carries an answer (``code``, ``error`` or
``state``), shows the browser a short page, and hands the query to the caller. Nothing about
the request is logged: its query holds the authorization code.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

from helpclient.backends.oauth.provider import LOOPBACK_HOST
from helpclient.core.browser_sign_in import BrowserPages, SignInCancelled, SignInTimedOut
from helpclient.core.errors import ConfigurationError

__all__ = ["LoopbackListener", "Redirect"]

log = logging.getLogger(__name__)

_POLL_SECONDS = 0.2  # how often a wait looks at its cancel flag
_ANSWER_KEYS = ("code", "error", "state")


@dataclass(frozen=True)
class Redirect:
    """The query of the browser's redirect: one value per name (the first, when repeated)."""

    params: dict[str, str]

    def get(self, name: str) -> str:
        """The value of ``name``, or ""."""
        return self.params.get(name, "")


def _page(pages: BrowserPages) -> bytes:
    title, done = html.escape(pages.title), html.escape(pages.done)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body style='font-family: sans-serif; margin: 3em'><h1>{title}</h1>"
            f"<p>{done}</p></body></html>").encode()


class LoopbackListener:
    """Listens on ``127.0.0.1:port`` (0: a free one) from construction until :meth:`close`."""

    def __init__(self, pages: BrowserPages, port: int = 0) -> None:
        self._answer: Redirect | None = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._waiting = False  # a wait closes the socket itself when it ends
        handler = _handler_class(pages, self._answered)
        try:
            self._server = HTTPServer((LOOPBACK_HOST, port), handler)
        except OSError as exc:
            raise ConfigurationError(
                f"HelpClient could not listen on {LOOPBACK_HOST}:{port} for the browser's "
                f"answer ({exc.strerror or exc}). Another program may be using that port."
            ) from exc
        self._server.timeout = _POLL_SECONDS

    @property
    def redirect_uri(self) -> str:
        """Where the authorization server sends the browser back."""
        return f"http://{LOOPBACK_HOST}:{self._server.server_address[1]}/"

    def _answered(self, redirect: Redirect) -> None:
        if self._answer is None:
            self._answer = redirect

    def wait(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> Redirect:
        """The browser's redirect; SignInTimedOut after ``seconds``, SignInCancelled once
        :meth:`cancel` was called."""
        deadline = clock() + seconds
        with self._lock:
            self._waiting = True
        try:
            while self._answer is None:
                if self._cancelled.is_set():
                    raise SignInCancelled("The sign-in was cancelled.")
                if clock() >= deadline:
                    raise SignInTimedOut(
                        f"The browser did not come back within {seconds / 60:.0f} minutes.")
                self._server.handle_request()  # returns after _POLL_SECONDS without a request
            return self._answer
        finally:
            self.close()

    def cancel(self) -> None:
        """Stop waiting (from any thread); without a wait under way, stop listening now."""
        self._cancelled.set()
        with self._lock:
            if not self._waiting:
                self.close()

    def close(self) -> None:
        """Stop listening (idempotent)."""
        self._server.server_close()


def _handler_class(pages: BrowserPages,
                   answered: Callable[[Redirect], None]) -> type[BaseHTTPRequestHandler]:
    body = _page(pages)

    class Handler(BaseHTTPRequestHandler):
        # a browser that opens a connection and sends nothing must not hold the wait
        timeout = 5

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {name: values[0] for name, values in parse_qs(parts.query).items()}
            if parts.path != "/" or not any(key in query for key in _ANSWER_KEYS):
                self.send_error(404)  # the browser's favicon request, a stray visitor
                return
            answered(Redirect(query))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Nothing: the request line holds the authorization code."""

    return Handler
