"""The ``Authorization`` header of each way a customer signs in to Zammad (REST API intro,
"Authentication"): an access token (``Token token=…``), login and password (HTTP Basic), or
OAuth2 — Zammad's Doorkeeper, through the browser — with ``Bearer`` tokens renewed by the shared
implementation (``helpclient.backends.oauth``) for the application IT created in Zammad
(``server.oauth_client_id``).
"""

from __future__ import annotations

from collections.abc import Callable

import requests
from requests.auth import AuthBase

from helpclient.backends.http import Utf8BasicAuth
from helpclient.backends.oauth import Requester, bearer_for, zammad_provider
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError


class TokenAuth(AuthBase):
    """``Authorization: Token token=…``; its repr never shows the token."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Token token={self._token}"
        return request

    def __repr__(self) -> str:
        return "<Zammad token auth>"


def auth_for(credentials: Credentials, *, base_url: str = "", requester: Requester | None = None,
             oauth_client: tuple[str, str] = ("", ""),
             on_tokens: Callable[[Credentials], None] | None = None) -> AuthBase:
    """The request authentication for ``credentials``; AuthError when there is nothing to sign
    in with, ConfigurationError for a method Zammad's connector does not speak. An OAuth
    sign-in renews its tokens at Zammad's ``base_url`` through ``requester`` for the client
    ``oauth_client`` (id, secret), handing renewed ones to ``on_tokens``."""
    if credentials.method is SignInMethod.OAUTH and requester is not None:
        provider = zammad_provider(base_url, *oauth_client)
        return bearer_for(credentials, provider, requester, on_tokens)
    if not credentials.complete:
        raise AuthError("No Zammad access token or password is set. Sign in first.")
    if credentials.method is SignInMethod.TOKEN:
        if any(c.isspace() or not c.isprintable() for c in credentials.secret):
            raise AuthError("This is not a Zammad access token: it has spaces or line breaks "
                            "in it. Copy the token again from Zammad (Profile → Token Access).")
        return TokenAuth(credentials.secret)
    if credentials.method is SignInMethod.PASSWORD:
        if ":" in credentials.login:  # Basic authentication ends the login at the first colon
            raise AuthError("A Zammad login cannot contain a colon.")
        return Utf8BasicAuth(credentials.login, credentials.secret, "Zammad")
    raise ConfigurationError(f"Zammad cannot sign in with {credentials.method.value}.")
