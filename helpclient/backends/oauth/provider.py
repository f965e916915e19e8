"""What HelpClient must know of one OAuth 2.0 authorization server: its endpoints, the client
IT registered there, and the few ways servers differ (extra authorize parameters, a JSON token
request, how a token is revoked)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from helpclient.core.errors import ConfigurationError
from helpclient.core.feed_address import check_feed_url

__all__ = ["LOOPBACK_HOST", "OAuthProvider", "Revocation"]

#: The redirect goes to this IP literal, not "localhost" (RFC 8252 §8.3: a name could resolve
#: elsewhere, and a firewall may treat it differently).
LOOPBACK_HOST = "127.0.0.1"


class Revocation(enum.Enum):
    """How a sign-in is ended on the server at sign-out."""

    RFC7009 = "rfc7009"  # POST token=…&token_type_hint=… to revoke_url (Doorkeeper)
    DELETE_CURRENT = "delete-current"  # DELETE revoke_url with the access token (Zendesk)
    NONE = "none"  # the server offers nothing: the tokens are only forgotten


def _check_endpoint(url: str, what: str) -> None:
    # the feed's rule: https, or http to this computer only (the tests' stand-in server)
    if not url.strip() or check_feed_url(url):
        raise ConfigurationError(
            f"The OAuth {what} address “{url}” is not an https:// address. Check the helpdesk "
            "address in HelpClient's settings.")


@dataclass(frozen=True)
class OAuthProvider:
    """One authorization server and HelpClient's client there.

    ``extra_params`` go into the authorize URL as they are (Atlassian's ``audience`` and
    ``prompt``); ``redirect_port`` 0 takes any free port, as RFC 8252 §7.3 wants — a server that
    only accepts one exact callback URL gets the port IT registered. Secrets never show in
    ``repr``; every endpoint must be https (or on this computer, for tests)."""

    name: str
    authorize_url: str
    token_url: str
    client_id: str
    client_secret: str = field(default="", repr=False)
    scopes: tuple[str, ...] = ()
    extra_params: tuple[tuple[str, str], ...] = ()
    revoke_url: str = ""
    revocation: Revocation = Revocation.RFC7009
    token_body_json: bool = False  # the token request as JSON instead of a form (Atlassian)
    redirect_port: int = 0

    def __post_init__(self) -> None:
        if not self.client_id.strip():
            raise ConfigurationError(
                f"No OAuth client id is set for {self.name}. IT sets it in HelpClient's policy "
                "(server.oauth_client_id).")
        _check_endpoint(self.authorize_url, "authorization")
        _check_endpoint(self.token_url, "token")
        if self.revocation is not Revocation.NONE:
            _check_endpoint(self.revoke_url, "revocation")
        if not 0 <= self.redirect_port <= 65535:
            raise ConfigurationError(f"{self.redirect_port} is not a port number.")
