"""The ``Authorization`` header of each way a customer signs in to Jira Service Management.

* Cloud: the account's e-mail address and an API token (id.atlassian.com → Security → API
  tokens) as HTTP Basic — :attr:`SignInMethod.PASSWORD` with the address as login and the token
  as secret (Atlassian's "Basic auth for REST APIs").
* Data Center: the same Basic header with the user name and password, or a personal access
  token (profile → Personal Access Tokens) as ``Authorization: Bearer …`` —
  :attr:`SignInMethod.TOKEN`.

* Cloud, through the browser: OAuth 2.0 (3LO) with Atlassian's authorization server for the app
  IT registered (``server.oauth_client_id`` and ``_secret``) — :attr:`SignInMethod.OAUTH`, a
  ``Bearer`` token the shared implementation (``helpclient.backends.oauth``) renews before it
  expires. Such a token reaches the site only through Atlassian's API gateway,
  ``https://api.atlassian.com/ex/jira/{cloudId}`` (:mod:`.gateway` finds the cloudId).
"""

from __future__ import annotations

import base64
from collections.abc import Callable

import requests
from requests.auth import AuthBase

from helpclient.backends.oauth import Requester, atlassian_provider, bearer_for
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError


class HeaderAuth(AuthBase):
    """A fixed ``Authorization`` value; its repr never shows it."""

    def __init__(self, value: str, kind: str) -> None:
        self._value = value
        self._kind = kind

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = self._value
        return request

    def __repr__(self) -> str:
        return f"<Jira Service Management {self._kind} auth>"


def _printable(secret: str) -> bool:
    return bool(secret) and not any(c.isspace() or not c.isprintable() for c in secret)


def auth_for(credentials: Credentials, *, requester: Requester | None = None,
             oauth_client: tuple[str, str] = ("", ""),
             on_tokens: Callable[[Credentials], None] | None = None) -> AuthBase:
    """The request authentication for ``credentials``; AuthError when there is nothing usable
    to sign in with, ConfigurationError for a method this connector does not speak. An OAuth
    sign-in renews its tokens at Atlassian through ``requester`` for the app ``oauth_client``
    (id, secret), handing renewed ones to ``on_tokens``."""
    if credentials.method is SignInMethod.OAUTH and requester is not None:
        return bearer_for(credentials, atlassian_provider(*oauth_client), requester, on_tokens)
    if not credentials.complete:
        raise AuthError("No Jira Service Management API token is set. Sign in first.")
    if credentials.method is SignInMethod.PASSWORD:
        email = credentials.login.strip()
        if ":" in email:  # Basic authentication ends the login at the first colon
            raise AuthError("Sign in to Jira Service Management with the e-mail address of "
                            "your Atlassian account (a login cannot contain a colon).")
        # an API token pasted with a line break loses it; a Data Center password with spaces
        # in it is sent as typed
        token = credentials.secret.strip() if _printable(credentials.secret.strip()) \
            else credentials.secret
        # UTF-8, as Atlassian reads it (requests' own Basic auth would encode Latin-1)
        pair = base64.b64encode(f"{email}:{token}".encode()).decode("ascii")
        return HeaderAuth(f"Basic {pair}", "API token")
    if credentials.method is SignInMethod.TOKEN:
        if not _printable(credentials.secret):
            raise AuthError("This is not a personal access token: it has spaces or line "
                            "breaks in it. Copy the token again from your Jira profile.")
        return HeaderAuth(f"Bearer {credentials.secret}", "personal access token")
    raise ConfigurationError(
        f"Jira Service Management cannot sign in with {credentials.method.value}.")
