"""OAuth 2.0 for a desktop app, once for every connector that signs in with it: the
authorization code grant with PKCE (S256) through the system browser and a loopback redirect
``http://127.0.0.1:<free port>/`` (RFC 8252), ``state`` checked, tokens renewed before they
expire, revoked at sign-out (RFC 7009, or the server's own way).

The seam for a connector (Zammad's is the model, ``backends/zammad/auth.py``):

1. Describe the server: an :class:`OAuthProvider` — endpoints, the client id (and secret, when
   the server wants one) IT registered, scopes, extra authorize parameters. Factories for the
   servers HelpClient knows are in :mod:`~helpclient.backends.oauth.providers`
   (:func:`zammad_provider`, :func:`atlassian_provider`, :func:`zendesk_provider`).
2. Add ``SignInMethod.OAUTH`` to the type's ``SIGN_IN_METHODS`` and return the provider from
   ``helpclient.backends.oauth_provider`` for that type: the sign-in dialog then offers "Sign in
   with your browser" when a client id is configured, runs :class:`BrowserAuthorization`, and
   keeps the resulting ``Credentials`` (method OAUTH, with their ``OAuthTokens``) in the keyring.
3. In the connector, when ``credentials.method is SignInMethod.OAUTH``, authenticate requests
   with :func:`bearer_for` (an :class:`OAuthBearer`): it sends ``Bearer``, renews before expiry
   and hands renewed tokens to the ``on_tokens`` callback ``create_backend`` passes in (the app
   keeps them in the keyring); a refresh token the server no longer accepts becomes
   ``SignInExpired`` (an ``AuthError``: sign in again).

Nothing here logs a token, a code or a verifier.
"""

from __future__ import annotations

from collections.abc import Callable

from helpclient.backends.oauth.bearer import REFRESH_MARGIN, OAuthBearer
from helpclient.backends.oauth.flow import BrowserAuthorization
from helpclient.backends.oauth.provider import OAuthProvider, Revocation
from helpclient.backends.oauth.providers import (
    AtlassianSite,
    atlassian_provider,
    atlassian_sites,
    zammad_provider,
    zendesk_provider,
)
from helpclient.backends.oauth.tokens import Requester, TokenClient
from helpclient.core.credentials import Credentials, OAuthTokens
from helpclient.core.errors import AuthError

__all__ = ["REFRESH_MARGIN", "AtlassianSite", "BrowserAuthorization", "OAuthBearer",
           "OAuthProvider", "Requester", "Revocation", "TokenClient", "atlassian_provider",
           "atlassian_sites", "bearer_for", "zammad_provider", "zendesk_provider"]


def bearer_for(credentials: Credentials, provider: OAuthProvider, requester: Requester,
               on_tokens: Callable[[Credentials], None] | None = None) -> OAuthBearer:
    """The request authentication of an OAuth sign-in; ``on_tokens`` receives the renewed
    credentials (to keep in the keyring). AuthError when the credentials hold no tokens."""
    if credentials.tokens is None or not credentials.complete:
        raise AuthError(f"HelpClient has no sign-in to {provider.name}. Sign in with your "
                        "browser in HelpClient's Settings.")
    keep = on_tokens or (lambda _credentials: None)

    def renewed(tokens: OAuthTokens) -> None:
        keep(Credentials.oauth(tokens))

    return OAuthBearer(TokenClient(provider, requester), credentials.tokens, renewed)
