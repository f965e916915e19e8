"""The browser sign-in against a stand-in authorization server on 127.0.0.1: PKCE (S256) and
``state`` on the way out, the loopback redirect, the code exchanged with its verifier — and the
ways it ends without tokens: a forged state, consent denied, nobody coming back, cancel."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from oauth_server import CLIENT_ID, AuthServer, RunningAuthServer, browser

from helpclient.backends.http import make_session
from helpclient.backends.oauth import BrowserAuthorization, TokenClient, zammad_provider
from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.core.browser_sign_in import (
    AuthorizationRefused,
    BrowserPages,
    ConsentDenied,
    SignInCancelled,
    SignInTimedOut,
    StateMismatch,
)
from helpclient.core.credentials import SignInMethod


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer())
    yield running.state
    running.stop()


def start(auth: AuthServer, *, wait_seconds: float = 20.0,
          client_id: str = CLIENT_ID) -> BrowserAuthorization:
    client = TokenClient(zammad_provider(auth.url, client_id), make_session("test"))
    return BrowserAuthorization(client, BrowserPages("HelpClient", "Готово"),
                                wait_seconds=wait_seconds)


def test_a_sign_in_brings_tokens_that_the_helpdesk_accepts(auth, caplog):
    caplog.set_level(logging.DEBUG)
    before = time.time()
    flow = start(auth)
    asked = {k: v[0] for k, v in parse_qs(urlsplit(flow.authorize_url).query).items()}
    assert flow.authorize_url.startswith(f"{auth.url}/oauth/authorize?")
    assert asked["code_challenge_method"] == "S256" and len(asked["state"]) >= 32
    assert asked["redirect_uri"] == flow.redirect_uri
    assert urlsplit(flow.redirect_uri).hostname == "127.0.0.1"
    assert urlsplit(flow.redirect_uri).port not in (None, 0)
    browser(flow.authorize_url)
    credentials = flow.finish()
    assert credentials.method is SignInMethod.OAUTH and credentials.tokens is not None
    tokens = credentials.tokens
    assert auth.valid(tokens.access_token) and tokens.refresh_token in auth.refresh
    # the expiry is this computer's clock at receipt plus expires_in
    assert before + 7200 <= tokens.expires_at <= time.time() + 7200
    form = auth.token_forms[0]
    assert form["grant_type"] == "authorization_code" and form["code_verifier"]
    assert form["redirect_uri"] == flow.redirect_uri
    # and Zammad's connector signs in with them
    backend = ZammadBackend(auth.url, credentials, oauth_client=(CLIENT_ID, ""))
    assert backend.whoami().name == "Nicole Braun"
    # neither a code, a verifier nor a token reached the log
    assert auth.issued and not [s for s in (*auth.issued, form["code_verifier"])
                                if s in caplog.text]


def test_the_browser_is_shown_a_page_in_the_users_language(auth):
    flow = start(auth)
    pages: list[str] = []

    def visit() -> None:
        import requests  # noqa: PLC0415

        pages.append(requests.get(flow.authorize_url, timeout=10).text)

    thread = threading.Thread(target=visit)
    thread.start()
    flow.finish()
    thread.join(10)
    assert "Готово" in pages[0]


def test_an_answer_with_another_state_is_refused_and_nothing_is_exchanged(auth):
    auth.forge_state = True
    flow = start(auth)
    browser(flow.authorize_url)
    with pytest.raises(StateMismatch):
        flow.finish()
    assert "POST /oauth/token" not in auth.log


def test_denied_consent_says_so_and_exchanges_nothing(auth):
    auth.deny = True
    flow = start(auth)
    browser(flow.authorize_url)
    with pytest.raises(ConsentDenied):
        flow.finish()
    assert "POST /oauth/token" not in auth.log


def test_a_client_the_server_does_not_know_is_refused_at_the_token_endpoint(auth):
    flow = start(auth)
    flow._client.provider = zammad_provider(auth.url, "stranger")  # the exchange only
    browser(flow.authorize_url)
    with pytest.raises(AuthorizationRefused, match="invalid_client"):
        flow.finish()


def test_nobody_coming_back_times_out_and_frees_the_port(auth):
    flow = start(auth, wait_seconds=0.5)
    with pytest.raises(SignInTimedOut):
        flow.finish()
    import socket  # noqa: PLC0415

    with socket.socket() as probe:  # the listener is closed: the port can be taken again
        probe.bind(("127.0.0.1", urlsplit(flow.redirect_uri).port))


def test_cancel_stops_the_wait_from_another_thread(auth):
    flow = start(auth)
    threading.Timer(0.3, flow.cancel).start()
    started = time.monotonic()
    with pytest.raises(SignInCancelled):
        flow.finish()
    assert time.monotonic() - started < 5


def test_a_stray_request_to_another_path_does_not_end_the_wait(auth):
    import requests  # noqa: PLC0415

    flow = start(auth)

    def stray_then_real() -> None:
        assert requests.get(flow.redirect_uri + "favicon.ico", timeout=5).status_code == 404
        assert requests.get(flow.redirect_uri, timeout=5).status_code == 404  # no answer in it
        browser(flow.authorize_url)

    threading.Thread(target=stray_then_real).start()
    assert flow.finish().method is SignInMethod.OAUTH
