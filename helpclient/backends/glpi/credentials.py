"""What signs a user in to GLPI's legacy REST API (``apirest.php/initSession``).

GLPI accepts either the user's personal API token (*Remote access key* / *API token* in the
user's preferences), sent as ``Authorization: user_token …``, or the login and password sent as
HTTP Basic — the latter only when the administrator enabled "login with credentials" for the
API. Independently, an API client may require an *App-Token* (Setup > General > API), which
identifies HelpClient as the application and comes from policy, not from the user.

The values are secrets: they never appear in ``repr`` (which may reach a log) and are kept only
as long as the connector lives; the keyring holds them between runs.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from helpclient.core.errors import AuthError


@dataclass(frozen=True)
class GlpiCredentials:
    """A user token, or a login and password (Basic); plus the optional App-Token."""

    user_token: str = field(default="", repr=False)
    login: str = ""
    password: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        # a pasted token often carries a line break or spaces from the web page
        for name in ("user_token", "login", "app_token"):
            object.__setattr__(self, name, getattr(self, name).strip())

    @property
    def uses_password(self) -> bool:
        """Whether these sign in with login and password (Basic) rather than a user token."""
        return not self.user_token

    def authorization(self) -> str:
        """The ``Authorization`` header of ``initSession``. Raises :class:`AuthError` when
        neither a token nor a login with its password is given."""
        if self.user_token:
            return f"user_token {self.user_token}"
        if self.login and self.password:
            pair = f"{self.login}:{self.password}".encode()
            return f"Basic {base64.b64encode(pair).decode('ascii')}"
        raise AuthError(
            "No GLPI sign-in is set: enter your personal API token (GLPI: your name → "
            "My settings → Remote access keys / API token), or your login and password."
        )

    def secrets(self) -> tuple[str, ...]:
        """The values a log redactor must hide."""
        return tuple(s for s in (self.user_token, self.password, self.app_token) if s)
