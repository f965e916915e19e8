"""A stand-in OAuth 2.0 authorization server (Doorkeeper's routes, as Zammad mounts them) and a
Zammad ``users/me`` behind it: a real HTTP server on 127.0.0.1, so the loopback listener, the
browser's redirect, the token requests and the connector's Bearer requests all cross real sockets.

- ``GET /oauth/authorize`` checks the client, the loopback redirect URI and the S256 challenge,
  then sends the browser back with ``code`` and ``state`` (or with ``error=access_denied`` when
  :attr:`AuthServer.deny` is set, or a forged ``state`` when :attr:`AuthServer.forge_state` is).
- ``POST /oauth/token`` exchanges a code (checking the PKCE verifier) or a refresh token
  (rotated: the old one is spent; ``invalid_grant`` once :attr:`AuthServer.refresh_expired`).
- ``POST /oauth/revoke`` (RFC 7009) revokes a refresh token with its access tokens.
- ``GET /api/v1/users/me`` answers a valid Bearer token by the *server's* clock, which may run
  ahead (:attr:`AuthServer.skew`); tokens say when they were made by that clock (``created_at``,
  as Doorkeeper does), which a client must not trust.

Atlassian's shape (:attr:`AuthServer.atlassian`): the authorize page at ``/authorize`` as at
auth.atlassian.com (it insists on ``audience=api.atlassian.com`` and ``prompt=consent``), the
token request as JSON with the app's secret (:data:`CLIENT_SECRET`), answers without
``created_at``, and ``GET /oauth/token/accessible-resources`` listing :attr:`AuthServer.sites`
for a valid token. :class:`Forward` carries the connector's requests to Atlassian's hosts here.

``browser(url)`` plays the system browser: it follows the redirects on a thread of its own.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import secrets
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter

CLIENT_ID = "helpclient-desktop"
CLIENT_SECRET = "atlassian-app-secret"
USER = {"id": 7, "login": "nicole.braun@zammad.org", "firstname": "Nicole",
        "lastname": "Braun", "email": "nicole.braun@zammad.org", "phone": ""}


@dataclass
class AuthServer:
    """What the stand-in remembers, and the switches a test turns."""

    lifetime: int = 7200  # expires_in of each access token
    skew: float = 0.0  # how far the server's clock runs ahead of the test's
    clock: Callable[[], float] = time.time  # the test's clock; the server's is this + skew
    deny: bool = False
    forge_state: bool = False
    refresh_expired: bool = False
    codes: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → challenge, uri
    access: dict[str, tuple[float, str]] = field(default_factory=dict)  # → expiry, refresh
    refresh: set[str] = field(default_factory=set)
    revoked: list[str] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)  # every code and token handed out
    log: list[str] = field(default_factory=list)  # "METHOD path" of each request
    token_forms: list[dict[str, str]] = field(default_factory=list)
    atlassian: bool = False  # Atlassian's routes and token requests
    sites: list[dict[str, object]] = field(default_factory=list)  # accessible-resources
    authorize_queries: list[dict[str, str]] = field(default_factory=list)
    url: str = ""

    def now(self) -> float:
        """The server's clock."""
        return self.clock() + self.skew

    def grant(self, refresh_token: str = "") -> dict[str, object]:
        """New tokens (a new refresh token, the old one spent)."""
        self.refresh.discard(refresh_token)
        access, refresh = secrets.token_urlsafe(16), secrets.token_urlsafe(16)
        self.access[access] = (self.now() + self.lifetime, refresh)
        self.refresh.add(refresh)
        self.issued += [access, refresh]
        answer: dict[str, object] = {
            "access_token": access, "token_type": "Bearer", "expires_in": self.lifetime,
            "refresh_token": refresh, "scope": "full", "created_at": int(self.now())}
        if self.atlassian:
            del answer["created_at"]
            answer["scope"] = "read:servicedesk-request write:servicedesk-request offline_access"
        return answer

    def valid(self, access: str) -> bool:
        """Whether ``access`` is a live token now, by the server's clock."""
        expiry, _ = self.access.get(access, (0.0, ""))
        return self.now() < expiry


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _handler(state: AuthServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def _json(self, status: int, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _form(self) -> dict[str, str]:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length).decode()
            if state.atlassian:  # Atlassian's token endpoint takes JSON
                if "json" not in (self.headers.get("Content-Type") or ""):
                    return {}
                return {k: str(v) for k, v in json.loads(raw or "{}").items()}
            return {k: v[0] for k, v in parse_qs(raw).items()}

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            state.log.append(f"GET {parts.path}")
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if parts.path == ("/authorize" if state.atlassian else "/oauth/authorize"):
                state.authorize_queries.append(query)
                self._authorize(query)
            elif parts.path == "/oauth/token/accessible-resources" and state.atlassian:
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                if state.valid(token):
                    self._json(200, state.sites)
                else:
                    self._json(401, {"code": 401, "message": "Unauthorized"})
            elif parts.path == "/api/v1/users/me":
                token = (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                if state.valid(token):
                    self._json(200, USER)
                else:
                    self._json(401, {"error": "Invalid token", "error_human": "Invalid token"})
            else:
                self._json(404, {"error": "not found"})

        def _authorize(self, query: dict[str, str]) -> None:
            uri = query.get("redirect_uri", "")
            ok = (query.get("client_id") == CLIENT_ID and query.get("response_type") == "code"
                  and uri.startswith("http://127.0.0.1:") and uri.endswith("/")
                  and query.get("code_challenge_method") == "S256"
                  and len(query.get("code_challenge", "")) == 43)
            if state.atlassian:
                ok = ok and query.get("audience") == "api.atlassian.com" and query.get(
                    "prompt") == "consent"
            if not ok:
                self._json(400, {"error": "invalid_request"})
                return
            back = {"state": "forged" if state.forge_state else query.get("state", "")}
            if state.deny:
                back |= {"error": "access_denied",
                         "error_description": "The resource owner denied the request."}
            else:
                code = secrets.token_urlsafe(12)
                state.codes[code] = (query["code_challenge"], uri)
                state.issued.append(code)
                back["code"] = code
            self.send_response(302)
            self.send_header("Location", f"{uri}?{urlencode(back)}")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_POST(self) -> None:
            path = urlsplit(self.path).path
            state.log.append(f"POST {path}")
            form = self._form()
            if path == "/oauth/token":
                state.token_forms.append(form)
                self._token(form)
            elif path == "/oauth/revoke":
                token = form.get("token", "")
                state.revoked.append(token)
                state.refresh.discard(token)
                for access, (_, refresh) in list(state.access.items()):
                    if token in (access, refresh):
                        del state.access[access]
                self._json(200, {})
            else:
                self._json(404, {"error": "not found"})

        def _token(self, form: dict[str, str]) -> None:
            if form.get("client_id") != CLIENT_ID or (
                    state.atlassian and form.get("client_secret") != CLIENT_SECRET):
                self._json(401, {"error": "invalid_client"})
            elif form.get("grant_type") == "authorization_code":
                challenge, uri = state.codes.pop(form.get("code", ""), ("", ""))
                if not challenge or uri != form.get("redirect_uri") or _challenge(
                        form.get("code_verifier", "")) != challenge:
                    self._json(400, {"error": "invalid_grant",
                                     "error_description": "The code or its verifier is wrong."})
                else:
                    self._json(200, state.grant())
            elif form.get("grant_type") == "refresh_token":
                token = form.get("refresh_token", "")
                if state.refresh_expired or token not in state.refresh:
                    self._json(400, {"error": "invalid_grant",
                                     "error_description": "The refresh token is invalid."})
                else:
                    self._json(200, state.grant(token))
            else:
                self._json(400, {"error": "unsupported_grant_type"})

    return Handler


class RunningAuthServer:
    """The stand-in, serving on 127.0.0.1 from a thread until :meth:`stop`."""

    def __init__(self, state: AuthServer) -> None:
        self.state = state
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
        self._server.daemon_threads = True
        state.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class Forward(HTTPAdapter):
    """Carries requests for another host (``https://auth.atlassian.com/…``) to the stand-in at
    ``url``, same path and query: a session mounts it for the hosts the stand-in plays."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self._url = url

    def send(self, request: requests.PreparedRequest, *args: Any,
             **kwargs: Any) -> requests.Response:
        """Send ``request`` to the stand-in instead."""
        parts = urlsplit(request.url or "")
        request.url = f"{self._url}{parts.path}{'?' + parts.query if parts.query else ''}"
        return super().send(request, *args, **kwargs)


def on_stand_in(url: str, stand_in: str) -> str:
    """``url`` (Atlassian's authorize page) with the stand-in's scheme and host."""
    parts = urlsplit(url)
    return f"{stand_in}{parts.path}?{parts.query}"


def browser(url: str) -> threading.Thread:
    """What the system browser does with the authorize URL: opens it and follows the
    redirects, back to the app's loopback listener — on a thread of its own, as a browser is
    a process of its own."""
    def visit() -> None:
        # urllib, not requests: its requests would go into the test's log through urllib3,
        # and the redirect's query holds the code — a log the app's code never writes
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with contextlib.suppress(OSError), opener.open(url, timeout=10) as answer:
            answer.read()

    thread = threading.Thread(target=visit, daemon=True)
    thread.start()
    return thread
