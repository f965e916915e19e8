"""Which address an OAuth sign-in reaches the configured site at.

An OAuth 2.0 (3LO) token is not accepted by the site itself (``https://example.atlassian.net``):
Atlassian's API gateway serves each site the user granted at
``https://api.atlassian.com/ex/jira/{cloudId}`` ("Implementing OAuth 2.0 (3LO)", "Make calls to
the API using the access token"). The cloudId comes from ``GET
https://api.atlassian.com/oauth/token/accessible-resources``, which lists the sites the token may
reach with their ``url``; the configured site's is the one whose address matches. A token that
reaches other sites only (the user signed in with another account, or granted another site) is
an :class:`AuthError` that names them, never a request to the wrong site.
"""

from __future__ import annotations

import logging
import threading
from urllib.parse import urlsplit

from helpclient.backends.jsm.client import GATEWAY_HOST
from helpclient.backends.oauth import AtlassianSite, OAuthBearer, Requester, atlassian_sites
from helpclient.core.errors import AuthError

__all__ = ["GatewayBase", "gateway_url", "site_for"]

log = logging.getLogger(__name__)

_GATEWAY = f"https://{GATEWAY_HOST}/ex/jira"
_MAX_NAMED = 5  # sites named in the error


def _site_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url.strip())
    return (parts.hostname or "").lower(), parts.path.rstrip("/")


def site_for(site_url: str, sites: list[AtlassianSite]) -> AtlassianSite:
    """The site of ``sites`` whose address is ``site_url`` (the connector's normalized base);
    AuthError naming the reachable ones when none is."""
    wanted = _site_key(site_url)
    for site in sites:
        if _site_key(site.url) == wanted:
            return site
    reachable = ", ".join(site.url for site in sites[:_MAX_NAMED]) or "none"
    raise AuthError(
        f"The Atlassian account you signed in with did not give HelpClient access to "
        f"{site_url} (it reaches: {reachable}). Sign in again with your account of that site "
        "and choose that site on Atlassian's page, or check the helpdesk address.")


def gateway_url(cloud_id: str) -> str:
    """The gateway's base for the site ``cloud_id``."""
    return f"{_GATEWAY}/{cloud_id}"


class GatewayBase:
    """The gateway base of the site at ``site_url``, looked up once — when the first request
    needs it, not when the connector is made (that must not block) — and thread-safe."""

    def __init__(self, site_url: str, requester: Requester, bearer: OAuthBearer) -> None:
        self._site = site_url
        self._requester = requester
        self._bearer = bearer
        self._lock = threading.Lock()
        self._base = site_url if urlsplit(site_url).hostname == GATEWAY_HOST else ""

    def __call__(self) -> str:
        """The base (blocking the first time); AuthError when the token cannot reach the
        site, other HelpdeskErrors when Atlassian could not be asked."""
        with self._lock:
            if not self._base:
                token = self._bearer.current().access_token
                site = site_for(self._site, atlassian_sites(self._requester, token))
                self._base = gateway_url(site.cloud_id)
                log.info("Jira Service Management: %s is reached through Atlassian's API "
                         "gateway", self._site)
            return self._base
