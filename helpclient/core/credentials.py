"""What a user signs in to a helpdesk with, and how it is kept in the keyring.

A helpdesk may accept more than a pasted token: Zammad and GLPI also take the user's login and
password (HTTP Basic), and the cloud helpdesks OAuth2. :class:`Credentials` carries any of them
to the connector, which turns it into its own ``Authorization`` header; which methods a helpdesk
type accepts is declared next to its connector (``helpclient.backends.SIGN_IN_METHODS``).

The keyring holds one entry per helpdesk type and server (``secrets.account_for``). Its value is
the token itself for a token — exactly what HelpClient always stored, so the entries of earlier
versions read back unchanged — and a small JSON object for anything else.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass

__all__ = ["Credentials", "SignInMethod"]

# The JSON form starts with this key, so no token (RT's "1-27-…", Zammad's or GLPI's base64-ish
# strings) can be mistaken for it.
_FORMAT = "helpclient-credentials"


class SignInMethod(enum.Enum):
    """How a user proves who they are to a helpdesk.

    OAuth2 (authorization code with PKCE through a loopback redirect) comes with the cloud
    connectors: it adds a member here, and its refresh token is stored like the others."""

    # names of methods, not secrets:
    TOKEN = "token"  # noqa: S105 - a personal access token the user creates in the helpdesk
    PASSWORD = "password"  # noqa: S105 - the user's login and password (HTTP Basic)
    #: an API key that names no user by itself, with the e-mail address of the account it
    #: belongs to (``login``): Freshservice's requests are filed and listed by that address
    API_KEY = "api_key"


@dataclass(frozen=True)
class Credentials:
    """One user's sign-in for one helpdesk. ``secret`` is the token or the password; ``login``
    goes with a password. ``repr`` never shows the secret (it may end up in a log)."""

    method: SignInMethod
    secret: str
    login: str = ""

    @staticmethod
    def token(token: str) -> Credentials:
        """A personal access token."""
        return Credentials(SignInMethod.TOKEN, token.strip())

    @staticmethod
    def password(login: str, password: str) -> Credentials:
        """A login and password (kept as typed: spaces may belong to a password)."""
        return Credentials(SignInMethod.PASSWORD, password, login.strip())

    @staticmethod
    def api_key(email: str, key: str) -> Credentials:
        """An API key and the e-mail address of its account."""
        return Credentials(SignInMethod.API_KEY, key.strip(), email.strip())

    def __repr__(self) -> str:
        who = f", login={self.login!r}" if self.login else ""
        return f"Credentials({self.method.value}{who}, secret=***)"

    @property
    def complete(self) -> bool:
        """Whether there is something to sign in with (a token; a login and a password; an
        e-mail address and an API key)."""
        if self.method in (SignInMethod.PASSWORD, SignInMethod.API_KEY):
            return bool(self.login and self.secret)
        return bool(self.secret.strip())

    def secrets(self) -> tuple[str, ...]:
        """The values a log must never show."""
        return (self.secret,) if self.secret else ()

    def dump(self) -> str:
        """The keyring value: a token as itself (as earlier versions stored it), anything else
        as JSON."""
        if self.method is SignInMethod.TOKEN:
            return self.secret
        return json.dumps({_FORMAT: 1, "method": self.method.value, "login": self.login,
                           "secret": self.secret}, ensure_ascii=False)

    @staticmethod
    def load(stored: str) -> Credentials:
        """Credentials from a keyring value written by :meth:`dump` — or by an earlier version,
        which stored a bare token. A value that looks like our JSON but cannot be read is kept
        as a token: the server then refuses it, and the user signs in again."""
        if stored.startswith("{") and _FORMAT in stored:
            try:
                data = json.loads(stored)
                method = SignInMethod(data["method"])
                secret, login = data["secret"], data.get("login", "")
            except (ValueError, KeyError, TypeError):
                return Credentials.token(stored)
            if isinstance(secret, str) and isinstance(login, str):
                return Credentials(method, secret, login)
        return Credentials.token(stored)
