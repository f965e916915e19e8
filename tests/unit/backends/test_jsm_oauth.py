"""Signing in to Jira Service Management with OAuth 2.0 (3LO), end to end: the browser sign-in
against the stand-in playing auth.atlassian.com (JSON token requests with the app's secret,
``audience`` and ``prompt=consent``), the site's cloudId found through accessible-resources
among several sites, the user's requests listed through ``api.atlassian.com/ex/jira/{cloudId}``
with the Bearer token, the token renewed before it expires; a token for another site only is a
clear error and no request goes anywhere."""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterator

import pytest
import requests
from jsm_fakes import BASE, CLOUD_ID, FakeJsm, atlassian_session
from jsm_fakes import GatewayJsm as Gateway
from oauth_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    AuthServer,
    RunningAuthServer,
    browser,
    on_stand_in,
)

from helpclient.backends import create_backend, oauth_provider
from helpclient.backends.jsm.connector import JsmBackend
from helpclient.backends.jsm.gateway import site_for
from helpclient.backends.oauth import AtlassianSite, BrowserAuthorization, TokenClient
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError
from helpclient.core.settings_catalog import check_port

OTHER_ID = "8f2d6a1c-0b7e-4c55-9a3e-2d1f0e9c7b64"
OTHER = {"id": OTHER_ID, "url": "https://acme-dev.atlassian.net", "name": "acme-dev",
         "scopes": ["read:servicedesk-request"], "avatarUrl": "https://x/a.png"}
OURS = {"id": CLOUD_ID, "url": BASE, "name": "example",
        "scopes": ["read:servicedesk-request", "write:servicedesk-request"],
        "avatarUrl": "https://x/b.png"}


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer(atlassian=True, lifetime=3600,
                                           sites=[OTHER, OURS]))
    yield running.state
    running.stop()


def edge(auth: AuthServer, gateway: FakeJsm, site: FakeJsm) -> requests.Session:
    """A session whose Atlassian hosts are the stand-in (accounts) and the fakes (Jira)."""
    return atlassian_session(auth.url, gateway, site)


def sign_in(auth: AuthServer, session: requests.Session) -> Credentials:
    """The browser sign-in as the app runs it, with Atlassian's provider from the app's
    settings (a fixed callback port is IT's, here any free one)."""
    provider = oauth_provider("jsm", BASE, CLIENT_ID, CLIENT_SECRET)
    assert provider is not None
    flow = BrowserAuthorization(TokenClient(provider, session))
    assert flow.authorize_url.startswith("https://auth.atlassian.com/authorize?")
    browser(on_stand_in(flow.authorize_url, auth.url))
    return flow.finish()


def backend(session: requests.Session, credentials: Credentials,
            kept: list[Credentials]) -> JsmBackend:
    made = create_backend("jsm", BASE, credentials, session=session,
                          oauth_client=(CLIENT_ID, CLIENT_SECRET), on_tokens=kept.append)
    assert isinstance(made, JsmBackend)
    return made


def test_signed_in_through_the_browser_requests_go_through_the_sites_gateway(auth):
    gateway, site = Gateway(), FakeJsm()
    session = edge(auth, gateway, site)
    credentials = sign_in(auth, session)
    assert credentials.method is SignInMethod.OAUTH and credentials.tokens is not None
    asked = auth.authorize_queries[0]
    assert set(asked["scope"].split()) == {"read:servicedesk-request",
                                           "write:servicedesk-request", "read:jira-user",
                                           "offline_access"}
    assert auth.token_forms[0]["client_secret"] == CLIENT_SECRET
    kept: list[Credentials] = []
    with backend(session, credentials, kept) as jsm:
        assert [t.id for t in jsm.list_my_tickets()] == ["ITHELP-1"]
        assert jsm.whoami().name == "Nicole Braun"
    # the matching site of the two, looked up once; every request through its gateway
    assert auth.log.count("GET /oauth/token/accessible-resources") == 1
    assert [(m, p) for m, p, _q, _b in gateway.requests] == [
        ("GET", "servicedeskapi/request"), ("GET", "api/2/myself")]
    assert set(gateway.authorization) == {f"Bearer {credentials.tokens.access_token}"}
    assert site.requests == [] and kept == []  # nothing to the site itself, nothing renewed


def test_a_token_about_to_expire_is_renewed_before_the_request(auth):
    gateway, site = Gateway(), FakeJsm()
    session = edge(auth, gateway, site)
    signed = sign_in(auth, session)
    assert signed.tokens is not None
    # a minute left: inside the renewal margin
    soon = Credentials.oauth(dataclasses.replace(signed.tokens, expires_at=time.time() + 60))
    kept: list[Credentials] = []
    with backend(session, soon, kept) as jsm:
        assert [t.id for t in jsm.list_my_tickets()] == ["ITHELP-1"]
    assert len(kept) == 1 and kept[0].tokens is not None
    renewed = kept[0].tokens
    assert renewed.access_token != signed.tokens.access_token
    assert signed.tokens.refresh_token not in auth.refresh  # rotated: the old one is spent
    assert auth.token_forms[-1] == {"grant_type": "refresh_token", "client_id": CLIENT_ID,
                                    "client_secret": CLIENT_SECRET,
                                    "refresh_token": signed.tokens.refresh_token}
    # the gateway only ever saw the renewed token
    assert set(gateway.authorization) == {f"Bearer {renewed.access_token}"}


def test_a_sign_in_that_reaches_other_sites_only_says_so_and_sends_nothing(auth):
    auth.sites = [OTHER]
    gateway, site = Gateway(), FakeJsm()
    session = edge(auth, gateway, site)
    credentials = sign_in(auth, session)
    with backend(session, credentials, []) as jsm, pytest.raises(AuthError) as refused:
        jsm.list_my_tickets()
    said = str(refused.value)
    assert BASE in said and "https://acme-dev.atlassian.net" in said
    assert gateway.requests == [] and site.requests == []


def test_a_malformed_list_of_sites_is_a_typed_error(auth):
    from helpclient.core.errors import BadResponse  # noqa: PLC0415

    auth.sites = [{"id": CLOUD_ID, "url": {"href": BASE}, "name": "x", "scopes": []}]
    gateway, site = Gateway(), FakeJsm()
    session = edge(auth, gateway, site)
    with backend(session, sign_in(auth, session), []) as jsm, pytest.raises(BadResponse):
        jsm.list_my_tickets()
    assert gateway.requests == []


def test_the_gateway_address_configured_itself_needs_no_lookup(auth):
    gateway, site = Gateway(), FakeJsm()
    session = edge(auth, gateway, site)
    credentials = sign_in(auth, session)
    jsm = create_backend("jsm", f"https://api.atlassian.com/ex/jira/{CLOUD_ID}", credentials,
                         session=session, oauth_client=(CLIENT_ID, CLIENT_SECRET))
    with jsm:
        assert [t.id for t in jsm.list_my_tickets()] == ["ITHELP-1"]
    assert "GET /oauth/token/accessible-resources" not in auth.log


@pytest.mark.parametrize("configured", [BASE, BASE + "/", BASE.upper().replace("HTTPS", "https")])
def test_the_site_is_found_by_its_address(configured):
    sites = [AtlassianSite(OTHER_ID, "https://acme-dev.atlassian.net", "acme-dev", ()),
             AtlassianSite(CLOUD_ID, BASE + "/", "example", ())]
    assert site_for(configured, sites).cloud_id == CLOUD_ID
    with pytest.raises(AuthError, match="reaches: none"):
        site_for(configured, [])


def test_atlassian_gets_the_callback_port_it_has_registered():
    provider = oauth_provider("jsm", BASE, CLIENT_ID, CLIENT_SECRET, redirect_port=8765)
    assert provider is not None and provider.redirect_port == 8765
    assert provider.token_url == "https://auth.atlassian.com/oauth/token"
    assert oauth_provider("jsm", BASE, "", CLIENT_SECRET) is None  # no app: no browser
    assert check_port(8765) == "" and check_port(0) == ""
    assert "not a port" in check_port(70000)


def test_a_wrong_app_secret_is_refused_at_the_token_endpoint(auth):
    from helpclient.backends.oauth.flow import AuthorizationRefused  # noqa: PLC0415

    provider = oauth_provider("jsm", BASE, CLIENT_ID, "not-the-secret")
    assert provider is not None
    session = edge(auth, Gateway(), FakeJsm())
    flow = BrowserAuthorization(TokenClient(provider, session))
    browser(on_stand_in(flow.authorize_url, auth.url))
    with pytest.raises((AuthError, AuthorizationRefused)):
        flow.finish()
    assert json.dumps(auth.token_forms[0])  # read as JSON: the stand-in takes no form
    assert auth.token_forms[0]["client_secret"] == "not-the-secret"
