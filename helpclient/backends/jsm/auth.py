"""The ``Authorization`` header of each way a customer signs in to Jira Service Management.

* Cloud: the account's e-mail address and an API token (id.atlassian.com → Security → API
  tokens) as HTTP Basic — :attr:`SignInMethod.PASSWORD` with the address as login and the token
  as secret (Atlassian's "Basic auth for REST APIs").
* Data Center: the same Basic header with the user name and password, or a personal access
  token (profile → Personal Access Tokens) as ``Authorization: Bearer …`` —
  :attr:`SignInMethod.TOKEN`.

OAuth 2.0 (3LO) comes with the shared OAuth implementation: its sign-in method adds one branch
to :func:`auth_for` (a refreshing bearer token), and its site is addressed as
``https://api.atlassian.com/ex/jira/{cloudId}``, which :func:`.client.normalize_base_url`
already accepts.
"""

from __future__ import annotations

import base64

import requests
from requests.auth import AuthBase

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


def auth_for(credentials: Credentials) -> AuthBase:
    """The request authentication for ``credentials``; AuthError when there is nothing usable
    to sign in with, ConfigurationError for a method this connector does not speak."""
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
