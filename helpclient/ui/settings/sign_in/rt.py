"""Signing in to Request Tracker: an auth token, which RT lets privileged users create
themselves and an administrator creates for everyone else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core.credentials import SignInMethod
from helpclient.ui.settings.sign_in.base import SignInDialog


class RequestTrackerSignIn(SignInDialog):
    """Request Tracker's words for the shared sign-in dialog."""

    def token_help(self) -> str:
        """Where an RT token comes from."""
        return QCoreApplication.translate(
            "RequestTrackerSignIn", "In Request Tracker, open Logged in as → Settings → Auth "
            "Tokens, create a token and paste it here. If that menu is missing, IT support "
            "creates the token for you.")

    def admin_help(self, method: SignInMethod) -> str:
        """RT's administrator creates tokens for unprivileged users."""
        return QCoreApplication.translate(
            "RequestTrackerSignIn", "Request Tracker lets only privileged users create their "
            "own tokens: for everyone else an administrator creates them (see HelpClient's "
            "README, “Using it with your own Request Tracker”).")
