"""Reaching Zendesk: the account's rate limit (429 with Retry-After, the rate-limit headers of
every answer), signing in (UTF-8 Basic; an admin's API token and an administrator's account
refused), the interface language for the articles, and the probe — against Zendesk's
documented answers at the network edge."""

from __future__ import annotations

import base64
import json
import time

import pytest
import requests
from rt_fakes import Raw
from zendesk_fakes import BASE, EMAIL, PASSWORD, VALID, FakeZendesk, zendesk_backend

from helpclient.backends import SIGN_IN_METHODS, create_backend, create_probe, oauth_provider
from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.backends.zendesk.probe import ZendeskProbe
from helpclient.core.connection import ServerConfig
from helpclient.core.credentials import Credentials, OAuthTokens, SignInMethod
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    CredentialsRefused,
    NotAHelpdesk,
    RateLimited,
)
from helpclient.services import backend_factory


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# -- rate limits ----------------------------------------------------------------------------------


def test_a_429_waits_its_retry_after_and_sends_nothing_meanwhile():
    clock = Clock()
    limited = Raw(b"Number of allowed API requests per minute exceeded", status=429,
                  content_type="text/plain",
                  headers={"Retry-After": "7", "X-Rate-Limit-Remaining": "0"})
    fake = FakeZendesk({**VALID, "list": limited})
    with zendesk_backend(fake, clock=clock) as zendesk:
        with pytest.raises(RateLimited) as first:
            zendesk.list_my_tickets()
        assert first.value.retry_after == 7
        clock.now += 3
        with pytest.raises(RateLimited) as second:
            zendesk.whoami()
        assert second.value.retry_after == 4 and len(fake.requests) == 1  # not sent
        clock.now += 4
        assert zendesk.whoami().email == EMAIL
    assert len(fake.requests) == 2


def test_a_429_without_retry_after_waits_until_the_window_resets():
    clock = Clock()
    limited = Raw(b"{}", status=429, headers={"ratelimit-reset": "41"})
    fake = FakeZendesk({**VALID, "list": limited})
    with zendesk_backend(fake, clock=clock) as zendesk:
        with pytest.raises(RateLimited) as caught:
            zendesk.list_my_tickets()
        assert caught.value.retry_after == 41


@pytest.mark.parametrize("headers, wait", [
    ({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "0"}, 60),  # the rest of the minute
    ({"ratelimit-remaining": "0", "ratelimit-reset": "12"}, 12),
])
def test_an_answer_that_used_the_last_request_pauses_the_next(headers, wait):
    clock = Clock()
    fake = FakeZendesk({**VALID, "me": Raw(json.dumps(VALID["me"]).encode(), headers=headers)})
    with zendesk_backend(fake, clock=clock) as zendesk:
        zendesk.whoami()  # the answer itself is fine
        with pytest.raises(RateLimited) as caught:
            zendesk.list_my_tickets()
        assert caught.value.retry_after == wait and len(fake.requests) == 1
        clock.now += wait
        zendesk.list_my_tickets()
    assert len(fake.requests) == 2


def test_requests_left_in_the_window_pause_nothing():
    fake = FakeZendesk({**VALID, "me": Raw(json.dumps(VALID["me"]).encode(),
                                           headers={"X-Rate-Limit-Remaining": "699"})})
    with zendesk_backend(fake) as zendesk:
        zendesk.whoami()
        zendesk.whoami()
    assert len(fake.requests) == 2


# -- the articles' language ----------------------------------------------------------------------


def test_the_interface_language_chooses_the_articles_language():
    credentials = Credentials.password(EMAIL, PASSWORD)
    for language, locale in (("en", "en-us"), ("ru", "ru"), ("pt_BR", "pt-br"), ("", "")):
        with backend_factory(ServerConfig("zendesk", BASE), credentials,
                             language=language) as backend:
            assert isinstance(backend, ZendeskBackend) and backend._locale == locale


# -- signing in -----------------------------------------------------------------------------------


def test_the_password_goes_as_utf8_basic():
    fake = FakeZendesk()
    with zendesk_backend(fake) as zendesk:
        assert zendesk.whoami().name == "Nicole Braun"
    expected = base64.b64encode(f"{EMAIL}:{PASSWORD}".encode()).decode()
    assert fake.authorization == [f"Basic {expected}"]


@pytest.mark.parametrize("credentials", [
    Credentials.password(f"{EMAIL}/token", "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"),
    Credentials.password(f"{EMAIL} / Token", "6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"),
    Credentials.password(EMAIL, f"{EMAIL}/token:6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"),
    Credentials.token("6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv"),
])
def test_an_admin_api_token_is_refused_before_anything_is_sent(credentials):
    fake = FakeZendesk()
    with pytest.raises(CredentialsRefused) as caught:
        zendesk_backend(fake, credentials)
    assert "API token" in caught.value.message and "any user" in caught.value.message
    assert fake.requests == []


def test_create_backend_accepts_only_the_password_for_zendesk():
    with pytest.raises(ConfigurationError):
        create_backend("zendesk", BASE, Credentials.token("x" * 40))
    backend = create_backend("zendesk", BASE, Credentials.password(EMAIL, PASSWORD),
                             queue="ignored")
    assert isinstance(backend, ZendeskBackend)
    backend.close()


@pytest.mark.parametrize("user, words, refused", [
    ({"id": 1, "name": "Ada Admin", "email": "ada@example.com", "role": "admin"},
     "administrator", True),
    # a wrong password, or API password access switched off: try again, or ask the admin
    ({"id": None, "name": "Anonymous user", "email": "invalid@example.com",
      "role": "end-user"}, "anonymous", False),
])
def test_an_administrator_or_an_anonymous_answer_is_no_sign_in(user, words, refused):
    fake = FakeZendesk({**VALID, "me": {"user": user}})
    with zendesk_backend(fake) as zendesk, pytest.raises(AuthError) as caught:
        zendesk.whoami()
    assert words in caught.value.message
    assert isinstance(caught.value, CredentialsRefused) is refused


# -- the probe ------------------------------------------------------------------------------------


def _probe(answer: Raw) -> object:
    session = requests.Session()
    fake = FakeZendesk({"me": answer})
    session.mount("https://", fake)
    found = ZendeskProbe(f"{BASE}/api/v2/", session=session).identify()
    assert fake.authorization == [None]  # the probe signs in with nothing
    return found


def test_the_probe_knows_zendesk_by_its_anonymous_user():
    anonymous = {"user": {"id": None, "url": None, "name": "Anonymous user",
                          "email": "invalid@example.com", "role": "end-user"}}
    found = _probe(Raw(json.dumps(anonymous).encode()))
    assert (found.product, found.api_url) == ("Zendesk", f"{BASE}/api/v2")
    assert isinstance(create_probe("zendesk", BASE), ZendeskProbe)


@pytest.mark.parametrize("answer", [
    Raw(b"<!doctype html><title>Sign in</title>", content_type="text/html"),
    Raw(b'{"message":"Unauthorized"}', status=401),  # Request Tracker's REST2, say
    Raw(b'{"id": 2, "login": "nicole"}'),  # Zammad's users/me: no "user" object
])
def test_the_probe_knows_zendesk_from_something_else(answer):
    with pytest.raises(NotAHelpdesk):
        _probe(answer)


# -- OAuth ----------------------------------------------------------------------------------------


def test_an_oauth_sign_in_sends_its_bearer_token():
    tokens = OAuthTokens("zd-access-1", "zd-refresh-1", time.time() + 3600)
    fake = FakeZendesk()
    with zendesk_backend(fake, Credentials.oauth(tokens), oauth_client=("helpclient", "")) \
            as zendesk:
        assert zendesk.whoami().email == EMAIL
    assert fake.authorization == ["Bearer zd-access-1"]


def test_zendesk_offers_the_browser_once_it_created_an_oauth_client():
    assert SIGN_IN_METHODS["zendesk"] == (SignInMethod.PASSWORD, SignInMethod.OAUTH)
    assert oauth_provider("zendesk", BASE, "") is None  # no client id set by IT
    provider = oauth_provider("zendesk", BASE, "helpclient")
    assert provider is not None
    assert provider.authorize_url == f"{BASE}/oauth/authorizations/new"
    assert provider.token_url == f"{BASE}/oauth/tokens"
    backend = create_backend("zendesk", BASE, Credentials.oauth(OAuthTokens("a", "r")),
                             oauth_client=("helpclient", ""), on_tokens=lambda c: None)
    assert isinstance(backend, ZendeskBackend)
    backend.close()
