"""Signing in to Freshservice: the employee's e-mail address and their personal API key, which
Freshservice shows in the self-service portal's profile settings. The key names no user by
itself (the API tells a requester nothing about themselves), so the address says whose
requests HelpClient files and lists. Freshservice has no queues: its own rules route tickets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.settings.sign_in.base import SignInDialog


class FreshserviceSignIn(SignInDialog):
    """Freshservice's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """Freshservice routes new tickets by its own rules: Settings hides the queue."""
        return ""

    def address_help(self) -> str:
        """The account's own address, not a custom domain."""
        return QCoreApplication.translate(
            "FreshserviceSignIn", "The address is your company's Freshservice address, like "
            "https://yourcompany.freshservice.com (its API answers there, not at a custom "
            "domain).")

    def api_key_help(self) -> str:
        """Where a requester finds their API key."""
        return QCoreApplication.translate(
            "FreshserviceSignIn", "Your API key is in Freshservice's support portal: click "
            "your profile picture (top right) → Profile settings; the key is shown below "
            "“Change password”. Copy it and paste it here with the e-mail address you sign in "
            "to Freshservice with. HelpClient keeps the key in your system keyring.")

    def admin_help(self, method: SignInMethod) -> str:
        """What Freshservice's administrator may have to do."""
        return QCoreApplication.translate(
            "FreshserviceSignIn", "No API key in your profile settings? Freshservice's "
            "administrator may have switched API access off for requesters; ask IT support.")

    def refused_text(self, method: SignInMethod) -> str:
        """Freshservice refused the key."""
        return QCoreApplication.translate(
            "FreshserviceSignIn", "Freshservice did not accept this API key. Copy it again "
            "from Profile settings in the support portal; if it was reset, the old key no "
            "longer works.")
