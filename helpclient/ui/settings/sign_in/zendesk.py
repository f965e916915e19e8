"""Signing in to Zendesk as the employee (an *end user*): the e-mail address and password of
the company's help center, which works when Zendesk's admin allowed API password access. An
API token is never accepted (it is the whole account's, and can act for anyone), nor an
administrator's account; the dialog says so and how to sign in instead. With the browser
(OAuth) when IT created an OAuth client in Zendesk and set its id (``server.oauth_client_id``):
the shared dialog words that way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.core.errors import CredentialsRefused
from helpclient.ui.settings.sign_in.base import SignInDialog


class ZendeskSignIn(SignInDialog):
    """Zendesk's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """Zendesk has no queues a requester chooses: its triggers route new requests."""
        return ""

    def address_help(self) -> str:
        """Which address to enter."""
        return QCoreApplication.translate(
            "ZendeskSignIn", "The address is your company's Zendesk address, like "
            "https://yourcompany.zendesk.com (or its help center's own domain).")

    def method_label(self, method: SignInMethod) -> str:
        """Zendesk's name for the password way (the browser's is the common one)."""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate("ZendeskSignIn", "My e-mail address and password")
        return super().method_label(method)

    def login_label(self) -> str:
        """Zendesk signs in with the e-mail address."""
        return QCoreApplication.translate("SignInDialog", "&E-mail address:")  # the shared one

    def password_help(self) -> str:
        """Which e-mail address and password."""
        return QCoreApplication.translate(
            "ZendeskSignIn", "Use the e-mail address and password you sign in to your "
            "company's help center with (where you see “My requests”). HelpClient keeps them "
            "in your system keyring.")

    def admin_help(self, method: SignInMethod) -> str:
        """What Zendesk's administrator must enable, and what HelpClient never takes."""
        if method is SignInMethod.OAUTH:
            return ""
        return QCoreApplication.translate(
            "ZendeskSignIn", "Zendesk accepts passwords from apps only when its administrator "
            "switches on “Allow API password access” (Admin Center → Apps and integrations → "
            "APIs → API configuration). HelpClient never signs in with an API token: a token "
            "belongs to the whole company account and can act as anyone.")

    def refused_text(self, method: SignInMethod) -> str:
        """Zendesk did not take what was entered."""
        if method is not SignInMethod.PASSWORD:
            return super().refused_text(method)
        return QCoreApplication.translate(
            "ZendeskSignIn", "Zendesk did not accept this e-mail address and password. Check "
            "them and try again; if they work on the help center's web page, API password "
            "access may be switched off — ask your IT department.")

    def failure_text(self, exc: BaseException) -> str:
        """An API token or an administrator's account is refused with the reason."""
        if isinstance(exc, CredentialsRefused):
            return QCoreApplication.translate(
                "ZendeskSignIn", "HelpClient does not sign in with a Zendesk API token (an "
                "address ending in “/token”) or an administrator's account: either can act for "
                "every user of your company's Zendesk, and it would be kept on this computer. "
                "Sign in with your own e-mail address and password.")
        return super().failure_text(exc)
