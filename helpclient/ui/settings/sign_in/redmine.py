"""Signing in to Redmine: the user's API key, and what Redmine's admin must enable — the REST web
service, and a role in the requests' project that may add issues and notes. The project and the
tracker of new requests are settings (or IT's policy), shown in Settings, not asked for here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.settings.sign_in.base import SignInDialog


class RedmineSignIn(SignInDialog):
    """Redmine's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """Redmine has no queues: new requests go to a project (Settings' project field)."""
        return ""

    @staticmethod
    def asks_project() -> bool:
        """New requests go to a project and tracker, which Settings asks for."""
        return True

    def address_help(self) -> str:
        """The web address, as in the browser."""
        return QCoreApplication.translate(
            "RedmineSignIn", "The address is Redmine's web address: its home page, not a "
            "project's or an issue's page.")

    def method_label(self, method: SignInMethod) -> str:
        """Redmine's name for the key."""
        return QCoreApplication.translate("RedmineSignIn", "API access key")

    def token_label(self) -> str:
        """Redmine calls it a key."""
        return QCoreApplication.translate("RedmineSignIn", "API &key:")

    def token_help(self) -> str:
        """Where a Redmine user finds their API key."""
        return QCoreApplication.translate(
            "RedmineSignIn", "In Redmine: My account (top right) → API access key → Show. Copy "
            "the key and paste it here. HelpClient keeps it in your system keyring.")

    def admin_help(self, method: SignInMethod) -> str:
        """What Redmine's administrator must enable, and the role's rights."""
        return QCoreApplication.translate(
            "RedmineSignIn", "No API access key on My account? Redmine's administrator must "
            "enable Administration → Settings → API → “Enable REST web service”. Your role in "
            "the requests' project needs “Add issues”, “View issues” (your own), “Add notes”, "
            "and “Edit own issues” for closing your requests. IT sets the project and tracker "
            "in HelpClient's settings.")

    def refused_text(self, method: SignInMethod) -> str:
        """Redmine refused the key."""
        return QCoreApplication.translate(
            "RedmineSignIn", "Redmine did not accept this API key. Copy it again from My "
            "account → API access key → Show; if it was reset, the old key no longer works.")
