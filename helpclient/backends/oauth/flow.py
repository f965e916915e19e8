"""One authorization-code sign-in through the system browser (RFC 8252 with PKCE, RFC 7636):
listen on the loopback, build the authorize URL, wait for the browser's redirect, check its
``state``, exchange the code. It implements core's ``PendingSignIn``."""

from __future__ import annotations

import hmac
import logging
from urllib.parse import urlencode, urlsplit

from helpclient.backends.oauth.loopback import LoopbackListener, Redirect
from helpclient.backends.oauth.pkce import Pkce, new_state
from helpclient.backends.oauth.provider import OAuthProvider
from helpclient.backends.oauth.tokens import TokenClient
from helpclient.core.browser_sign_in import (
    AuthorizationRefused,
    BrowserPages,
    ConsentDenied,
    StateMismatch,
)
from helpclient.core.credentials import Credentials

__all__ = ["WAIT_SECONDS", "BrowserAuthorization"]

log = logging.getLogger(__name__)

#: How long the browser may take: signing in to the identity provider, perhaps with a second
#: factor, takes a while, but a forgotten sign-in must not listen for ever.
WAIT_SECONDS = 10 * 60.0


class BrowserAuthorization:
    """A sign-in under way: its loopback listener opens at construction."""

    def __init__(self, client: TokenClient, pages: BrowserPages | None = None, *,
                 wait_seconds: float = WAIT_SECONDS) -> None:
        self._client = client
        provider: OAuthProvider = client.provider
        self._listener = LoopbackListener(pages or BrowserPages(), provider.redirect_port)
        self._pkce = Pkce.new()
        self._state = new_state()
        self._wait_seconds = wait_seconds
        params = [("response_type", "code"), ("client_id", provider.client_id),
                  ("redirect_uri", self._listener.redirect_uri), ("state", self._state),
                  ("code_challenge", self._pkce.challenge),
                  ("code_challenge_method", Pkce.method)]
        if provider.scopes:
            params.append(("scope", " ".join(provider.scopes)))
        params += list(provider.extra_params)
        joiner = "&" if urlsplit(provider.authorize_url).query else "?"
        self._url = f"{provider.authorize_url}{joiner}{urlencode(params)}"

    @property
    def authorize_url(self) -> str:
        """The page to open in the browser."""
        return self._url

    @property
    def redirect_uri(self) -> str:
        """Where the browser comes back (``http://127.0.0.1:<port>/``)."""
        return self._listener.redirect_uri

    def cancel(self) -> None:
        """Stop waiting for the browser."""
        self._listener.cancel()

    def finish(self) -> Credentials:
        """Wait for the browser, check its answer, exchange the code (blocking)."""
        answer = self._listener.wait(self._wait_seconds)
        code = self._checked(answer)
        tokens = self._client.exchange(code, self._pkce.verifier, self._listener.redirect_uri)
        return Credentials.oauth(tokens)

    def _checked(self, answer: Redirect) -> str:
        name = self._client.provider.name
        # the state first: an error answer with a wrong state is not this sign-in's either
        if not hmac.compare_digest(answer.get("state").encode(), self._state.encode()):
            log.warning("a browser answer with the wrong state came back; nothing exchanged")
            raise StateMismatch(
                "The browser came back with an answer that does not belong to this sign-in, "
                "so HelpClient ignored it. Try signing in again.")
        error = answer.get("error")
        if error == "access_denied":
            raise ConsentDenied(f"Access to {name} was not granted in the browser.")
        if error:
            said = answer.get("error_description")[:300]
            raise AuthorizationRefused(
                f"{name} refused the sign-in ({error[:60]}{': ' + said if said else ''}).")
        code = answer.get("code")
        if not code:
            raise AuthorizationRefused(f"{name} sent the browser back without a code.")
        return code
