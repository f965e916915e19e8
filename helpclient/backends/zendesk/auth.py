"""The ``Authorization`` header of each way an end user signs in to Zendesk, and the one way
HelpClient refuses.

* **Password** — HTTP Basic ``email:password``, when the account's admin switched on "API
  password access" for end users (Admin Center → Apps and integrations → APIs → API
  configuration).
* **OAuth** — authorization code with PKCE through the browser (the shared implementation,
  ``helpclient.backends.oauth``), for the OAuth client IT created in Zendesk; then ``Bearer``,
  renewed before expiry.
* **Never an API token.** Zendesk's API tokens are made by admins and belong to the account,
  not to a person: ``{any user's email}/token:{token}`` signs in as *that* user, so one token
  on an employee's computer can act for everyone. The token form can only be seen in the login
  (Zendesk then answers as the email's owner, whatever their role), so it is refused before
  anything is sent; an administrator's own account is refused when ``users/me`` names the role
  (see the connector's ``whoami``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from requests.auth import AuthBase

from helpclient.backends.http import Utf8BasicAuth
from helpclient.backends.oauth import Requester, bearer_for, zendesk_provider
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError, CredentialsRefused

#: An admin's API token in any of the forms it is pasted: ``jdoe@example.com/token`` as the
#: login, or the whole ``…/token:secret`` in either field.
_TOKEN_FORM = re.compile(r"/\s*token\s*(:|$)", re.IGNORECASE)

ACCOUNT_KEY_REFUSED = (
    "This is a Zendesk API token (an e-mail address followed by “/token”). HelpClient does not "
    "sign in with API tokens: an administrator creates them for the whole account, and one "
    "can act as any user — anyone who finds it on this computer could read and write every "
    "request. Sign in with your own e-mail address and Zendesk password instead.")


def is_api_token_form(credentials: Credentials) -> bool:
    """Whether ``credentials`` carry an admin's API token (see the module docstring)."""
    return bool(_TOKEN_FORM.search(credentials.login) or _TOKEN_FORM.search(credentials.secret))


def auth_for(credentials: Credentials | None, *, base_url: str = "",
             requester: Requester | None = None, oauth_client: tuple[str, str] = ("", ""),
             on_tokens: Callable[[Credentials], None] | None = None) -> AuthBase | None:
    """The request authentication for ``credentials``: None without any (the knowledge base
    answers anonymous users); CredentialsRefused for an API token, AuthError for a login
    Basic cannot carry, ConfigurationError for a method Zendesk's connector does not speak.
    An OAuth sign-in renews its tokens at the Zendesk account of ``base_url`` through
    ``requester`` for the client ``oauth_client`` (id; Zendesk's public clients have no
    secret), handing renewed ones to ``on_tokens``."""
    if credentials is not None and credentials.method is SignInMethod.OAUTH \
            and requester is not None:
        return bearer_for(credentials, zendesk_provider(base_url, oauth_client[0]), requester,
                          on_tokens)
    if credentials is None or not credentials.complete:
        return None
    if credentials.method is SignInMethod.PASSWORD:
        if is_api_token_form(credentials):
            raise CredentialsRefused(ACCOUNT_KEY_REFUSED)
        if ":" in credentials.login:  # Basic authentication ends the login at the first colon
            raise AuthError("A Zendesk login is your e-mail address: it cannot contain a colon.")
        return Utf8BasicAuth(credentials.login, credentials.secret, "Zendesk")
    if credentials.method is SignInMethod.TOKEN:
        raise CredentialsRefused(ACCOUNT_KEY_REFUSED)
    raise ConfigurationError(f"Zendesk cannot sign in with {credentials.method.value}.")
