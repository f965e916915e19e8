"""Plain-language, translated text for every error a user can meet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core import errors


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe_error(exc: BaseException) -> str:
    """What happened and what the user can do, in the interface language."""
    if isinstance(exc, errors.AuthError):
        return _t("The helpdesk did not accept your access token. It may be mistyped, expired or "
                  "revoked. Sign in again in Settings with a valid token.")
    if isinstance(exc, errors.CertificateError):
        return _t("The server's security certificate is not trusted, so HelpClient did not send "
                  "anything. Check the server address; if it is right, ask IT to install the "
                  "company's certificate authority.")
    if isinstance(exc, errors.HostNotFound):
        return _t("The server name could not be found. Check the server address for typos, and "
                  "check that you are connected to the network (or VPN).")
    if isinstance(exc, errors.RateLimited):
        return _t("The helpdesk is busy and asked HelpClient to wait. Try again in a minute.")
    if isinstance(exc, errors.ServerUnreachable):
        return _t("The helpdesk server is not answering. It may be down, or your network may be "
                  "disconnected. Try again later.")
    if isinstance(exc, errors.NotAHelpdesk):
        return _t("Something answered at this address, but it is not the expected helpdesk. "
                  "Check the server address and the helpdesk type.")
    if isinstance(exc, errors.PermissionDenied):
        return _t("The helpdesk does not allow your account to do this. Ask IT support to check "
                  "your permissions.")
    if isinstance(exc, errors.NotFound):
        return _t("The helpdesk could not find this item. It may have been deleted or moved.")
    if isinstance(exc, errors.ConfigurationError):
        return _t("HelpClient is not connected to a helpdesk yet. Open Settings to set it up.")
    if isinstance(exc, errors.Transient):
        return _t("The helpdesk had a temporary problem. Try again in a few minutes.")
    if isinstance(exc, errors.Rejected):
        return _t("The helpdesk refused the request: %1").replace("%1", exc.message)
    if isinstance(exc, errors.HelpdeskError):
        return exc.message
    return _t("Something went wrong: %1").replace("%1", str(exc) or type(exc).__name__)
