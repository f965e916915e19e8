"""Signing in to Zammad: an access token (the usual way) or the login and password, and what
Zammad's admin must enable for each — a customer's Token Access needs the Customer role's
permission ``user_preferences.access_token``; passwords need "API password access"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.settings.sign_in.base import SignInDialog


class ZammadSignIn(SignInDialog):
    """Zammad's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """Zammad files tickets into groups."""
        return QCoreApplication.translate("ZammadSignIn", "&Group:")

    @staticmethod
    def default_queue() -> str:
        """The group a new Zammad files customers' tickets into."""
        return "Users"

    def token_help(self) -> str:
        """Where a customer creates a token in Zammad."""
        return QCoreApplication.translate(
            "ZammadSignIn", "In Zammad, click your avatar and open Profile → Token Access. "
            "Create a token with the permission “ticket.customer”, copy it (Zammad shows it "
            "only once) and paste it here.")

    def password_help(self) -> str:
        """Which login and password."""
        return QCoreApplication.translate(
            "ZammadSignIn", "Use the login (often your e-mail address) and password you sign "
            "in to Zammad's web page with. An access token is safer: you can revoke it without "
            "changing your password.")

    def admin_help(self, method: SignInMethod) -> str:
        """What Zammad's administrator must enable (for the browser: nothing more, IT set
        up HelpClient's application already)."""
        if method is SignInMethod.OAUTH:
            return ""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "ZammadSignIn", "Zammad accepts passwords from apps only when its administrator "
                "switches on “API password access” (Settings → System → API).")
        return QCoreApplication.translate(
            "ZammadSignIn", "No Token Access in your profile? Zammad's administrator must give "
            "the Customer role the permission “user_preferences.access_token” (Manage → Roles "
            "→ Customer) and keep “API token access” switched on (Settings → System → API).")

    def switched_off_text(self, method: SignInMethod) -> str:
        """Neither way is switched on."""
        return QCoreApplication.translate(
            "ZammadSignIn", "This Zammad accepts neither access tokens nor passwords from apps. "
            "Ask its administrator to switch on “API token access” (Settings → System → API).")

    def refused_text(self, method: SignInMethod) -> str:
        """Zammad refused what was entered (the browser's tokens: the general words)."""
        if method is SignInMethod.OAUTH:
            return super().refused_text(method)
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "ZammadSignIn", "Zammad did not accept this login and password. Check them and "
                "try again; if they work on Zammad's web page, “API password access” may be "
                "switched off — sign in with an access token instead.")
        return QCoreApplication.translate(
            "ZammadSignIn", "Zammad did not accept this access token. Copy it again from "
            "Profile → Token Access; it may have expired or been deleted, or token access is "
            "switched off.")
