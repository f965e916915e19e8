"""What a user signs in to a helpdesk with, and how it is kept in the keyring.

A helpdesk may accept more than a pasted token: Zammad and GLPI also take the user's login and
password (HTTP Basic), and the cloud helpdesks — Zammad too — OAuth2 (:class:`OAuthTokens`, got
through the browser by ``helpclient.backends.oauth``). :class:`Credentials` carries any of them to
the connector, which turns it into its own ``Authorization`` header; which methods a helpdesk
type accepts is declared next to its connector (``helpclient.backends.SIGN_IN_METHODS``).

The keyring holds one entry per helpdesk type and server (``secrets.account_for``). Its value is
the token itself for a token — exactly what HelpClient always stored, so the entries of earlier
versions read back unchanged — and a small JSON object for anything else: an OAuth sign-in's
access token, refresh token, expiry, token type and scope live there and nowhere else.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Credentials", "OAuthTokens", "SignInMethod"]

# The JSON form starts with this key, so no token (RT's "1-27-…", Zammad's or GLPI's base64-ish
# strings) can be mistaken for it.
_FORMAT = "helpclient-credentials"


class SignInMethod(enum.Enum):
    """How a user proves who they are to a helpdesk."""

    # names of methods, not secrets:
    TOKEN = "token"  # noqa: S105 - a personal access token the user creates in the helpdesk
    PASSWORD = "password"  # noqa: S105 - the user's login and password (HTTP Basic)
    #: OAuth 2.0: authorization code with PKCE, through the system browser and a loopback
    #: redirect (RFC 8252); the tokens it yields are refreshed before they expire
    OAUTH = "oauth"
    #: an API key that names no user by itself, with the e-mail address of the account it
    #: belongs to (``login``): Freshservice's requests are filed and listed by that address
    API_KEY = "api_key"


@dataclass(frozen=True)
class OAuthTokens:
    """What an OAuth authorization server granted. ``expires_at`` is when the access token
    expires, in seconds since the epoch by *this* computer's clock — reckoned from
    ``expires_in`` when the answer arrived, so a server whose clock is off does not matter;
    None when the server did not say. No token ever shows in ``repr``."""

    access_token: str = field(repr=False)
    refresh_token: str = field(default="", repr=False)
    expires_at: float | None = None
    token_type: str = "Bearer"  # noqa: S105 - a scheme's name
    scope: str = ""

    def expires_within(self, seconds: float, now: float) -> bool:
        """Whether the access token has expired, or will within ``seconds`` of ``now``."""
        return self.expires_at is not None and now + seconds >= self.expires_at

    def to_json(self) -> dict[str, Any]:
        """The JSON object kept inside the keyring value."""
        return {"access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at, "token_type": self.token_type,
                "scope": self.scope}

    @staticmethod
    def from_json(data: object) -> OAuthTokens | None:
        """The tokens of :meth:`to_json`'s object; None when it is not one."""
        if not isinstance(data, dict):
            return None
        texts = [data.get(k, "") for k in ("access_token", "refresh_token", "token_type",
                                            "scope")]
        expires_at = data.get("expires_at")
        if not all(isinstance(t, str) for t in texts) or not (
                expires_at is None or (isinstance(expires_at, (int, float))
                                       and not isinstance(expires_at, bool))):
            return None
        access, refresh, kind, scope = texts
        return OAuthTokens(access, refresh, None if expires_at is None else float(expires_at),
                           kind or "Bearer", scope)


@dataclass(frozen=True)
class Credentials:
    """One user's sign-in for one helpdesk. ``secret`` is the token or the password (an OAuth
    sign-in's access token); ``login`` goes with a password, ``tokens`` with OAuth. ``repr``
    never shows a secret (it may end up in a log)."""

    method: SignInMethod
    secret: str
    login: str = ""
    tokens: OAuthTokens | None = field(default=None, repr=False)

    @staticmethod
    def token(token: str) -> Credentials:
        """A personal access token."""
        return Credentials(SignInMethod.TOKEN, token.strip())

    @staticmethod
    def password(login: str, password: str) -> Credentials:
        """A login and password (kept as typed: spaces may belong to a password)."""
        return Credentials(SignInMethod.PASSWORD, password, login.strip())

    @staticmethod
    def oauth(tokens: OAuthTokens) -> Credentials:
        """What an OAuth authorization server granted."""
        return Credentials(SignInMethod.OAUTH, tokens.access_token, tokens=tokens)

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
        if self.method is SignInMethod.OAUTH:
            return self.tokens is not None and bool(self.tokens.access_token
                                                    or self.tokens.refresh_token)
        return bool(self.secret.strip())

    def secrets(self) -> tuple[str, ...]:
        """The values a log must never show."""
        values = (self.secret,) + ((self.tokens.refresh_token,) if self.tokens else ())
        return tuple(value for value in values if value)

    def dump(self) -> str:
        """The keyring value: a token as itself (as earlier versions stored it), anything else
        as JSON."""
        if self.method is SignInMethod.TOKEN:
            return self.secret
        # an OAuth sign-in's access token is kept once, among its tokens
        data: dict[str, Any] = {_FORMAT: 1, "method": self.method.value, "login": self.login,
                                "secret": "" if self.tokens else self.secret}
        if self.tokens is not None:
            data["tokens"] = self.tokens.to_json()
        return json.dumps(data, ensure_ascii=False)

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
            if method is SignInMethod.OAUTH:
                tokens = OAuthTokens.from_json(data.get("tokens"))
                # unreadable tokens: an empty sign-in, so the user is asked to sign in again
                return Credentials.oauth(tokens or OAuthTokens(""))
            if isinstance(secret, str) and isinstance(login, str):
                return Credentials(method, secret, login)
        return Credentials.token(stored)
