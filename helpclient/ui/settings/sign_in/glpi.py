"""Signing in to GLPI: the user's personal API token (the usual way) or the login and password,
and what GLPI's admin must enable (Setup → General → API) — the REST API, login with an external
token and/or with credentials, and an API client that lets employees' computers in. GLPI's
App-Token identifies HelpClient, not the user: IT sets it by policy (``server.app_token``), so
the dialog never asks for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.settings.sign_in.base import SignInDialog


class GlpiSignIn(SignInDialog):
    """GLPI's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """GLPI has no queues: its own rules route new tickets, so Settings hides the field."""
        return ""

    def address_help(self) -> str:
        """Either of GLPI's addresses is right."""
        return QCoreApplication.translate(
            "GlpiSignIn", "The address is GLPI's web address; its API address ending in "
            "/apirest.php works too.")

    def method_label(self, method: SignInMethod) -> str:
        """GLPI's names for the two ways."""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate("GlpiSignIn", "Login and password")
        return QCoreApplication.translate("GlpiSignIn", "Personal API token")

    def token_help(self) -> str:
        """Where a GLPI user finds their API token."""
        return QCoreApplication.translate(
            "GlpiSignIn", "In GLPI: your name (top right) → My settings → Remote access keys → "
            "API token; tick Regenerate and save if it is empty, then copy it here.")

    def password_help(self) -> str:
        """Which login and password, and when they work."""
        return QCoreApplication.translate(
            "GlpiSignIn", "Use the login and password of GLPI's web page. This works only if "
            "GLPI's administrator enabled login with credentials for the API.")

    def admin_help(self, method: SignInMethod) -> str:
        """What GLPI's administrator must enable for ``method``; the App-Token is IT's."""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "GlpiSignIn", "GLPI's administrator must enable, in Setup → General → API: "
                "“Enable Rest API”, “Enable login with credentials”, and an API client that "
                "allows employees' addresses (the default client allows only the server "
                "itself). If GLPI asks for an application token, IT sets it by policy — you "
                "never type it.")
        return QCoreApplication.translate(
            "GlpiSignIn", "GLPI's administrator must enable, in Setup → General → API: “Enable "
            "Rest API”, “Enable login with external token”, and an API client that allows "
            "employees' addresses (the default client allows only the server itself). If GLPI "
            "asks for an application token, IT sets it by policy — you never type it.")

    def refused_text(self, method: SignInMethod) -> str:
        """GLPI refused what was entered."""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "GlpiSignIn", "GLPI did not accept this login and password. Check them; if "
                "they work on GLPI's web page, login with credentials may be disabled for the "
                "API — sign in with your personal API token instead.")
        return QCoreApplication.translate(
            "GlpiSignIn", "GLPI did not accept this API token. Copy it again from My settings "
            "→ Remote access keys; if you regenerated it, the old one no longer works.")
