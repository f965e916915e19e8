"""``Authorization: Bearer …`` for a connector's requests, with the OAuth sign-in kept alive:
the access token is renewed *before* it expires (with a margin for the time a request takes and
for clocks that disagree), once for all threads, and every renewal is handed to ``on_tokens`` so
the app keeps it in the keyring. A server that refuses a token earlier than it said (revoked,
restarted) gets one renewal and one retry of a request that can be sent again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from requests.auth import AuthBase

from helpclient.backends.oauth.tokens import TokenClient
from helpclient.core.credentials import OAuthTokens

__all__ = ["REFRESH_MARGIN", "OAuthBearer"]

log = logging.getLogger(__name__)

#: Renew this many seconds before the expiry: a slow request started just before it must not
#: arrive after it, and a server whose clock runs a minute ahead must not see it late.
REFRESH_MARGIN = 120.0
_RETRIED = "_helpclient_oauth_retried"


class OAuthBearer(AuthBase):
    """The request authentication of an OAuth sign-in; thread-safe. Its repr shows no token.

    ``on_tokens`` is called with every renewal, on the thread that renewed; its failure (a
    keyring that is locked) is logged, and the renewed tokens still serve this run."""

    def __init__(self, client: TokenClient, tokens: OAuthTokens,
                 on_tokens: Callable[[OAuthTokens], None], *,
                 margin: float = REFRESH_MARGIN, clock: Callable[[], float] = time.time) -> None:
        self._client = client
        self._tokens = tokens
        self._on_tokens = on_tokens
        self._margin = margin
        self._clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"<OAuth bearer auth for {self._client.provider.name}>"

    def current(self) -> OAuthTokens:
        """Tokens whose access token is good for at least the margin (renewed now if not;
        SignInExpired when renewal is refused)."""
        with self._lock:
            if not self._tokens.access_token or self._tokens.expires_within(
                    self._margin, self._clock()):
                self._renew()
            return self._tokens

    def _renew(self) -> None:  # the lock is held
        self._tokens = self._client.refresh(self._tokens)
        try:
            self._on_tokens(self._tokens)
        except Exception:  # the keyring is locked or gone: the next start signs in again
            log.warning("the renewed OAuth tokens could not be kept", exc_info=True)

    def _renew_after_refusal(self, refused: str) -> OAuthTokens:
        with self._lock:
            if self._tokens.access_token == refused:  # no other thread renewed meanwhile
                self._renew()
            return self._tokens

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.current().access_token}"
        request.hooks["response"].append(self._after)
        return request

    def _after(self, response: requests.Response, **kwargs: Any) -> requests.Response:
        """One renewal and retry when the server refuses a token it should still accept."""
        sent = response.request
        if response.status_code != 401 or getattr(sent, _RETRIED, False) or not isinstance(
                sent.body, (bytes, str, type(None))):  # a stream cannot be sent again
            return response
        refused = (sent.headers.get("Authorization") or "").removeprefix("Bearer ")
        response.close()
        tokens = self._renew_after_refusal(refused)
        again = sent.copy()
        setattr(again, _RETRIED, True)
        again.headers["Authorization"] = f"Bearer {tokens.access_token}"
        log.info("the helpdesk refused the access token early; renewed it and asked again")
        retried: requests.Response = response.connection.send(again, **kwargs)
        retried.history.append(response)
        retried.request = again
        return retried
