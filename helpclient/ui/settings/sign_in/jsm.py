"""Signing in to Jira Service Management: on Atlassian's cloud with the e-mail address of the
Atlassian account and an API token (id.atlassian.com → Security → API tokens), the same Basic
authentication a Data Center takes with the user name and password; on Data Center, a personal
access token; or, once IT registered HelpClient with Atlassian, through the web browser. New
requests go to the service desk in the queue field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.kit.text import arg
from helpclient.ui.settings.sign_in.base import SignInDialog

# where an Atlassian account's API tokens are made
TOKENS_PAGE = "https://id.atlassian.com/manage-profile/security/api-tokens"


class JsmSignIn(SignInDialog):
    """Jira Service Management's words for the shared sign-in dialog."""

    @staticmethod
    def queue_label() -> str:
        """New requests go to a service desk."""
        return QCoreApplication.translate("JsmSignIn", "Service &desk:")

    @staticmethod
    def default_queue() -> str:
        """Empty: the first service desk the user may raise requests in."""
        return ""

    def address_help(self) -> str:
        """Which address to enter."""
        return QCoreApplication.translate(
            "JsmSignIn", "The address of your Jira site, such as https://example.atlassian.net "
            "(the help center's address works too).")

    def method_label(self, method: SignInMethod) -> str:
        """The ways, by where they work (the browser's is the shared label)."""
        if method is SignInMethod.OAUTH:
            return super().method_label(method)
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "JsmSignIn", "My e-mail address and an API token (Atlassian cloud)")
        return QCoreApplication.translate(
            "JsmSignIn", "A personal access token (Jira Data Center)")

    def login_label(self) -> str:
        """The Atlassian account's address."""
        return QCoreApplication.translate("JsmSignIn", "&E-mail address:")

    def password_label(self) -> str:
        """An API token in the password's place."""
        return QCoreApplication.translate("JsmSignIn", "API &token:")

    def password_help(self) -> str:
        """Where an API token is made."""
        return arg(QCoreApplication.translate(
            "JsmSignIn", "Create an API token at id.atlassian.com: open %1, choose “Create API "
            "token”, name it “HelpClient”, copy it and paste it below with the e-mail address "
            "of your Atlassian account. On Jira Data Center, enter your user name and password "
            "instead."), TOKENS_PAGE)

    def token_help(self) -> str:
        """Where a personal access token is made."""
        return QCoreApplication.translate(
            "JsmSignIn", "In Jira, click your avatar and open Profile → Personal Access Tokens. "
            "Create a token, copy it (Jira shows it only once) and paste it here.")

    def admin_help(self, method: SignInMethod) -> str:
        """What may stand in the way."""
        if method is SignInMethod.OAUTH:
            return QCoreApplication.translate(
                "JsmSignIn", "On Atlassian's page, sign in with the account you use on this "
                "site and allow access to this site.")
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "JsmSignIn", "No way to create API tokens? Help-center accounts that are not "
                "Atlassian accounts have none: ask IT to invite you with an Atlassian account.")
        return QCoreApplication.translate(
            "JsmSignIn", "Personal access tokens exist in Jira Data Center 8.14 and later, "
            "unless its administrator switched them off.")

    def switched_off_text(self, method: SignInMethod) -> str:
        """Neither way works at this address."""
        return QCoreApplication.translate(
            "JsmSignIn", "This Jira site accepts neither API tokens nor personal access tokens "
            "from apps. Ask its administrator.")

    def refused_text(self, method: SignInMethod) -> str:
        """Jira refused what was entered (through the browser: most often another account
        or another site was chosen on Atlassian's page)."""
        if method is SignInMethod.OAUTH:
            return arg(QCoreApplication.translate(
                "JsmSignIn", "The sign-in through the browser does not reach %1. Sign in again "
                "with the Atlassian account you use on this site, and allow access to this site "
                "on Atlassian's page."), self.config.url)
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "JsmSignIn", "Jira did not accept this e-mail address and API token. Check the "
                "address of your Atlassian account and copy the token again; it may have "
                "expired or been revoked.")
        return QCoreApplication.translate(
            "JsmSignIn", "Jira did not accept this personal access token. Create a new one in "
            "your Jira profile; it may have expired or been revoked.")
