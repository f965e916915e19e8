"""The authorization servers HelpClient knows, as :class:`OAuthProvider` factories, so a
connector only calls one — plus Atlassian's list of the sites a token may reach.

- Zammad (Doorkeeper): ``/oauth/authorize``, ``/oauth/token``, ``/oauth/revoke`` on Zammad's own
  address; the application IT creates in Zammad.
- Atlassian Cloud (OAuth 2.0 3LO, developer.atlassian.com "Implementing OAuth 2.0 (3LO)"):
  ``https://auth.atlassian.com/authorize`` with ``audience=api.atlassian.com`` and
  ``prompt=consent``, the token from ``https://auth.atlassian.com/oauth/token`` (a JSON request,
  with the app's secret), then ``GET https://api.atlassian.com/oauth/token/accessible-resources``
  names the sites (``cloudId``) the API is reached through
  (``https://api.atlassian.com/ex/jira/{cloudId}/…``). Atlassian registers one exact callback URL
  per app: the port is IT's, not a random one. ``offline_access`` brings a (rotating) refresh
  token; Atlassian has no revocation endpoint — the user revokes the app in their account.
- Zendesk (developer.zendesk.com "Using PKCE…", "Revoking an OAuth access token"):
  ``https://{subdomain}.zendesk.com/oauth/authorizations/new`` and ``/oauth/tokens``, PKCE for a
  public client; revoked with ``DELETE /api/v2/oauth/tokens/current.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.oauth.provider import OAuthProvider, Revocation
from helpclient.backends.oauth.tokens import Requester
from helpclient.backends.shapes import expect_list, expect_object, identifier, text
from helpclient.core.errors import BadResponse, ConfigurationError

__all__ = ["ATLASSIAN_RESOURCES_URL", "ATLASSIAN_SCOPES", "AtlassianSite", "atlassian_provider",
           "atlassian_sites", "zammad_provider", "zendesk_provider"]

ATLASSIAN_AUTHORIZE_URL = "https://auth.atlassian.com/authorize"
ATLASSIAN_TOKEN_URL = "https://auth.atlassian.com/oauth/token"  # noqa: S105 - an address
ATLASSIAN_RESOURCES_URL = "https://api.atlassian.com/oauth/token/accessible-resources"
#: A customer's requests in Jira Service Management (its service desks, request types and
#: knowledge base included), who they are (the platform's ``myself``: ``read:jira-user``),
#: and a refresh token.
ATLASSIAN_SCOPES = ("read:servicedesk-request", "write:servicedesk-request", "read:jira-user",
                    "offline_access")
ZENDESK_SCOPES = ("read", "write")
_SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")


def zammad_provider(server_url: str, client_id: str, client_secret: str = "") -> OAuthProvider:
    """Zammad's Doorkeeper at ``server_url`` (its web address), for the application IT
    created there (its UID is the client id)."""
    base = server_url.strip().rstrip("/")
    return OAuthProvider(
        name=f"Zammad ({urlsplit(base).hostname or base})",
        authorize_url=f"{base}/oauth/authorize", token_url=f"{base}/oauth/token",
        revoke_url=f"{base}/oauth/revoke", client_id=client_id.strip(),
        client_secret=client_secret)


def atlassian_provider(client_id: str, client_secret: str, *,
                       scopes: tuple[str, ...] = ATLASSIAN_SCOPES,
                       redirect_port: int = 0) -> OAuthProvider:
    """Atlassian Cloud's authorization server for IT's 3LO app; ``redirect_port`` is the port
    of the callback URL registered with the app (``http://127.0.0.1:<port>/``)."""
    return OAuthProvider(
        name="Atlassian", authorize_url=ATLASSIAN_AUTHORIZE_URL,
        token_url=ATLASSIAN_TOKEN_URL, client_id=client_id.strip(),
        client_secret=client_secret, scopes=scopes,
        extra_params=(("audience", "api.atlassian.com"), ("prompt", "consent")),
        revocation=Revocation.NONE, token_body_json=True, redirect_port=redirect_port)


def zendesk_subdomain(account: str) -> str:
    """The subdomain of a Zendesk account given as ``acme`` or ``https://acme.zendesk.com``;
    ConfigurationError for anything else."""
    value = account.strip().lower()
    if "//" in value:
        host = urlsplit(value).hostname or ""
        value = host.removesuffix(".zendesk.com") if host.endswith(".zendesk.com") else ""
    if not _SUBDOMAIN.match(value):
        raise ConfigurationError(f"“{account}” is not a Zendesk account. Enter its address, "
                                 "like https://example.zendesk.com.")
    return value


def zendesk_provider(account: str, client_id: str, *,
                     scopes: tuple[str, ...] = ZENDESK_SCOPES) -> OAuthProvider:
    """Zendesk's authorization server of ``account`` (subdomain or address) for the OAuth
    client IT created there (its unique identifier is the client id; a public client: PKCE,
    no secret)."""
    base = f"https://{zendesk_subdomain(account)}.zendesk.com"
    return OAuthProvider(
        name=f"Zendesk ({base.removeprefix('https://')})",
        authorize_url=f"{base}/oauth/authorizations/new", token_url=f"{base}/oauth/tokens",
        revoke_url=f"{base}/api/v2/oauth/tokens/current.json",
        revocation=Revocation.DELETE_CURRENT, client_id=client_id.strip(), scopes=scopes)


@dataclass(frozen=True)
class AtlassianSite:
    """One Atlassian site a token reaches: ``cloud_id`` goes into the API's addresses."""

    cloud_id: str
    url: str
    name: str
    scopes: tuple[str, ...]


def atlassian_sites(requester: Requester, access_token: str,
                    url: str = ATLASSIAN_RESOURCES_URL) -> list[AtlassianSite]:
    """The sites ``access_token`` may reach (blocking); typed errors for a failure or a
    malformed answer."""
    try:
        response = requester.request("GET", url, stream=True, allow_redirects=False,
                                     headers={"Authorization": f"Bearer {access_token}",
                                              "Accept": "application/json"})
    except requests.RequestException as exc:
        raise to_helpdesk_error(exc) from exc
    with response:
        content = read_answer(response, max_bytes=1024 * 1024)
    if response.status_code != 200:
        raise to_helpdesk_error(response)
    try:
        data = json.loads(content or b"null")
    except ValueError as exc:
        raise BadResponse("Atlassian's list of sites is not JSON.") from exc
    sites = []
    for item in expect_list(data, "the list of sites"):
        site = expect_object(item, "a site")
        scopes = expect_list(site.get("scopes"), "a site's scopes")
        sites.append(AtlassianSite(
            cloud_id=identifier(site.get("id"), "a site's id"),
            url=text(site.get("url"), "a site's address"),
            name=text(site.get("name"), "a site's name"),
            scopes=tuple(text(s, "a scope") for s in scopes)))
    return sites
