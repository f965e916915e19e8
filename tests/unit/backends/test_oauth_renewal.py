"""Keeping an OAuth sign-in alive against the stand-in authorization server: the access token
is renewed before it expires — also when the server's clock runs a minute ahead — each renewal
is handed on to be kept, a refresh token the server no longer accepts asks the user to sign in
again, and a token refused early is renewed once and the request asked again."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import requests
from oauth_server import CLIENT_ID, AuthServer, RunningAuthServer

from helpclient.backends.http import make_session
from helpclient.backends.oauth import OAuthBearer, TokenClient, zammad_provider
from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.core.credentials import Credentials, OAuthTokens
from helpclient.core.errors import AuthError, SignInExpired


class Clock:
    """The test's clock, moved by hand; the server's runs ``skew`` ahead of it."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(clock: Clock) -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer(lifetime=300, skew=60.0, clock=clock))
    yield running.state
    running.stop()


def granted(auth: AuthServer, client: TokenClient) -> OAuthTokens:
    """Tokens as a sign-in got them: the server's answer read by the client."""
    answer = auth.grant()
    from helpclient.backends.oauth.tokens import tokens_from  # noqa: PLC0415

    return tokens_from(answer, client._clock)


def me(auth: AuthServer, bearer: OAuthBearer) -> requests.Response:
    return requests.get(f"{auth.url}/api/v1/users/me", auth=bearer, timeout=10)


def test_the_token_is_renewed_before_it_expires_though_the_server_clock_runs_ahead(auth, clock,
                                                                                   caplog):
    caplog.set_level(logging.DEBUG)
    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    first = granted(auth, client)
    # the server says when it made the token by its own clock (a minute ahead): not trusted,
    # the expiry is the moment of receipt plus expires_in
    assert first.expires_at == clock.now + 300
    kept: list[OAuthTokens] = []
    bearer = OAuthBearer(client, first, kept.append, clock=clock)
    clock.now += 100
    assert me(auth, bearer).status_code == 200 and kept == []  # no renewal yet
    clock.now += 85  # 115 s left: inside the margin
    assert me(auth, bearer).status_code == 200
    assert len(kept) == 1 and kept[0].access_token != first.access_token
    assert kept[0].expires_at == clock.now + 300
    assert first.refresh_token not in auth.refresh  # rotated: the old one is spent
    assert auth.log.count("POST /oauth/token") == 1
    assert "401" not in caplog.text  # the server never saw an expired token
    assert not [s for s in auth.issued if s in caplog.text]


def test_threads_renew_once(auth, clock):
    import threading  # noqa: PLC0415

    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    bearer = OAuthBearer(client, granted(auth, client), lambda _t: None, clock=clock)
    clock.now += 250
    threads = [threading.Thread(target=bearer.current) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert auth.log.count("POST /oauth/token") == 1


def test_a_refresh_token_the_server_refuses_asks_to_sign_in_again(auth, clock):
    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    bearer = OAuthBearer(client, granted(auth, client), lambda _t: None, clock=clock)
    auth.refresh_expired = True
    clock.now += 400
    with pytest.raises(SignInExpired, match="Sign in again"):
        me(auth, bearer)


def test_a_token_refused_early_is_renewed_once_and_the_request_asked_again(auth, clock):
    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    tokens = granted(auth, client)
    kept: list[OAuthTokens] = []
    bearer = OAuthBearer(client, tokens, kept.append, clock=clock)
    del auth.access[tokens.access_token]  # revoked on the server, say by a restart
    answer = me(auth, bearer)
    assert answer.status_code == 200 and [r.status_code for r in answer.history] == [401]
    assert len(kept) == 1
    # a server that refuses every token: one renewal, then its 401 stands
    auth.access.clear()
    auth.grant = lambda refresh_token="": {"access_token": "dud", "token_type": "Bearer",  # type: ignore[method-assign]
                                           "expires_in": 300, "refresh_token": "r2"}
    assert me(auth, bearer).status_code == 401


def test_zammad_keeps_renewed_tokens_through_its_callback_and_refuses_a_dead_sign_in(auth,
                                                                                     clock):
    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    expired = granted(auth, client)
    stale = Credentials.oauth(OAuthTokens("old", expired.refresh_token, expires_at=0.0))
    kept: list[Credentials] = []
    backend = ZammadBackend(auth.url, stale, oauth_client=(CLIENT_ID, ""), on_tokens=kept.append)
    assert backend.whoami().login == "nicole.braun@zammad.org"
    assert kept[0].tokens is not None and kept[0].tokens.refresh_token in auth.refresh
    auth.refresh_expired = True
    dead = Credentials.oauth(OAuthTokens("old", "spent", expires_at=0.0))
    with pytest.raises(AuthError):
        ZammadBackend(auth.url, dead, oauth_client=(CLIENT_ID, "")).whoami()


def test_a_sign_in_without_a_refresh_token_expires_cleanly(auth, clock):
    client = TokenClient(zammad_provider(auth.url, CLIENT_ID), make_session("test"), clock)
    bearer = OAuthBearer(client, OAuthTokens("a", "", expires_at=clock.now - 1), lambda _t: None,
                         clock=clock)
    with pytest.raises(SignInExpired):
        bearer.current()
    assert "POST /oauth/token" not in auth.log
