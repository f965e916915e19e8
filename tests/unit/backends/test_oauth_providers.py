"""The providers the cloud connectors call — Atlassian (3LO: audience, prompt=consent, a JSON
token request, the sites a token reaches) and Zendesk (PKCE, revoked with DELETE …/current) —
as their documentation describes them; endpoints that are not https refused; and hostile token
answers ending in typed errors, never in a crash or a token that cannot be sent."""

from __future__ import annotations

import contextlib
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from fuzz_kit import FUZZ, raw_answers, vocabulary
from hypothesis import given
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response

from helpclient.backends.oauth import (
    BrowserAuthorization,
    OAuthProvider,
    TokenClient,
    atlassian_provider,
    atlassian_sites,
    zendesk_provider,
)
from helpclient.backends.oauth.providers import zendesk_subdomain
from helpclient.backends.oauth.tokens import tokens_from
from helpclient.core.browser_sign_in import AuthorizationRefused
from helpclient.core.credentials import OAuthTokens
from helpclient.core.errors import BadResponse, ConfigurationError, HelpdeskError, SignInExpired


class Edge(BaseAdapter):
    """The network edge: records each request, answers with ``answer``."""

    def __init__(self, answer: Raw) -> None:
        super().__init__()
        self.answer = answer
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.sent.append(request)
        return _response(request, self.answer)

    def close(self) -> None:
        pass


def session_over(edge: Edge) -> requests.Session:
    session = requests.Session()
    session.mount("https://", edge)
    return session


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


def test_atlassian_asks_for_consent_to_its_api_and_posts_json_with_the_secret():
    provider = atlassian_provider("cid", "s3cret", redirect_port=0)
    assert "s3cret" not in repr(provider)
    flow = BrowserAuthorization(TokenClient(provider, requests.Session()))
    flow.cancel()
    asked = query_of(flow.authorize_url)
    assert flow.authorize_url.startswith("https://auth.atlassian.com/authorize?")
    assert asked["audience"] == "api.atlassian.com" and asked["prompt"] == "consent"
    assert "offline_access" in asked["scope"].split() and asked["code_challenge_method"] == "S256"
    edge = Edge(Raw(json.dumps({"access_token": "eyJ", "expires_in": 3600, "token_type": "Bearer",
                                "refresh_token": "r1", "scope": "read:me"}).encode()))
    tokens = TokenClient(provider, session_over(edge), lambda: 100.0).exchange(
        "c0de", "v" * 43, "http://127.0.0.1:8765/")
    assert tokens == OAuthTokens("eyJ", "r1", 3700.0, "Bearer", "read:me")
    sent = edge.sent[0]
    assert sent.url == "https://auth.atlassian.com/oauth/token"
    assert json.loads(sent.body or b"") == {
        "grant_type": "authorization_code", "code": "c0de", "code_verifier": "v" * 43,
        "redirect_uri": "http://127.0.0.1:8765/", "client_id": "cid", "client_secret": "s3cret"}


def test_atlassian_names_the_sites_a_token_reaches():
    # the documented example of GET /oauth/token/accessible-resources
    edge = Edge(Raw(json.dumps([{
        "id": "1324a887-45db-1bf4-1e99-ef0ff456d421", "name": "Site name",
        "url": "https://your-domain.atlassian.net", "scopes": ["write:jira-work"],
        "avatarUrl": "https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/x.png"}]
    ).encode()))
    sites = atlassian_sites(session_over(edge), "eyJ")
    assert sites[0].cloud_id == "1324a887-45db-1bf4-1e99-ef0ff456d421"
    assert sites[0].url == "https://your-domain.atlassian.net"
    assert edge.sent[0].headers["Authorization"] == "Bearer eyJ"
    for hostile in (b'{"id": 1}', b"[[1]]", b'[{"name": "x"}]', b"null]"):
        with pytest.raises(BadResponse):
            atlassian_sites(session_over(Edge(Raw(hostile))), "eyJ")


@pytest.mark.parametrize(("given_as", "subdomain"), [
    ("acme", "acme"), ("https://acme.zendesk.com", "acme"), ("ACME-it ", "acme-it")])
def test_a_zendesk_account_is_its_subdomain(given_as, subdomain):
    assert zendesk_subdomain(given_as) == subdomain


@pytest.mark.parametrize("bad", ["https://evil.example.com", "a/b", "", "-x", "acme.zendesk"])
def test_anything_else_is_not_a_zendesk_account(bad):
    with pytest.raises(ConfigurationError):
        zendesk_subdomain(bad)


def test_zendesk_uses_pkce_without_a_secret_and_revokes_the_current_token():
    provider = zendesk_provider("acme", "helpclient")
    flow = BrowserAuthorization(TokenClient(provider, requests.Session()))
    flow.cancel()
    asked = query_of(flow.authorize_url)
    assert flow.authorize_url.startswith("https://acme.zendesk.com/oauth/authorizations/new?")
    assert asked["code_challenge_method"] == "S256" and asked["scope"] == "read write"
    assert provider.token_url == "https://acme.zendesk.com/oauth/tokens"
    edge = Edge(Raw(b"", status=204))
    TokenClient(provider, session_over(edge)).revoke(OAuthTokens("acc", "ref"))
    assert edge.sent[0].method == "DELETE"
    assert edge.sent[0].url == "https://acme.zendesk.com/api/v2/oauth/tokens/current.json"
    assert edge.sent[0].headers["Authorization"] == "Bearer acc"


@pytest.mark.parametrize("endpoint", ["http://auth.example.com/token", "ftp://x/y", "/token"])
def test_an_endpoint_that_is_not_https_is_refused(endpoint):
    with pytest.raises(ConfigurationError):
        OAuthProvider("X", "https://auth.example.com/a", endpoint, "cid", revoke_url="https://r/")
    with pytest.raises(ConfigurationError, match="client id"):
        OAuthProvider("X", "https://a.example/a", "https://a.example/t", " ")


def test_a_refused_exchange_says_what_the_server_said():
    edge = Edge(Raw(b'{"error": "invalid_grant", "error_description": "Code expired"}',
                    status=400))
    client = TokenClient(zendesk_provider("acme", "helpclient"), session_over(edge))
    with pytest.raises(AuthorizationRefused, match="Code expired"):
        client.exchange("c", "v", "http://127.0.0.1:1/")
    with pytest.raises(SignInExpired):
        client.refresh(OAuthTokens("a", "r"))


WORDS = ["Bearer", "bearer", "mac", "", " ", "a b", "tok\n", "3600", "-1", "1e400", "9" * 30]
KEYS = ["access_token", "token_type", "expires_in", "refresh_token", "scope", "error"]
HOSTILE = vocabulary(WORDS, KEYS)


@FUZZ
@given(HOSTILE.near({"access_token": "a", "token_type": "Bearer", "expires_in": 3600,
                     "refresh_token": "r", "scope": "read"}))
def test_hostile_token_answers_become_tokens_that_can_be_sent_or_bad_response(answer):
    try:
        tokens = tokens_from(answer, lambda: 0.0)
    except BadResponse:
        return
    assert tokens.access_token and tokens.access_token.isprintable()
    assert not any(c.isspace() for c in tokens.access_token)
    assert tokens.expires_at is None or 0 < tokens.expires_at <= 10 * 365 * 24 * 3600
    assert isinstance(tokens.refresh_token, str) and tokens.token_type == "Bearer"


@FUZZ
@given(raw_answers(HOSTILE.bodies(b'{"access_token": "a"}'), [200, 400, 401, 429, 500, 302],
                   ["application/json", "text/html"]))
def test_hostile_token_endpoint_answers_end_in_typed_errors(raw):
    client = TokenClient(zendesk_provider("acme", "helpclient"), session_over(Edge(raw)))
    for operation in (lambda: client.refresh(OAuthTokens("a", "r")),
                      lambda: client.exchange("c", "v", "http://127.0.0.1:1/")):
        with contextlib.suppress(HelpdeskError):
            assert isinstance(operation(), OAuthTokens)
