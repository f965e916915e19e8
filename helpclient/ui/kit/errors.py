"""Plain-language, translated text for every error a user can meet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpclient.core import errors
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.ui.kit.text import arg

# Most specific first: the first class that matches gives the message.
_MESSAGES: tuple[tuple[type[BaseException], str], ...] = (
    (errors.SignInExpired, QT_TRANSLATE_NOOP(
        "Errors", "Your sign-in to the helpdesk has expired or was revoked. Sign in again in "
        "Settings.")),
    (errors.AuthError, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk did not accept your access token. It may be mistyped, expired "
        "or revoked. Sign in again in Settings with a valid token.")),
    (errors.CertificateError, QT_TRANSLATE_NOOP(
        "Errors", "The server's security certificate is not trusted, so HelpClient did not "
        "send anything. Check the server address; if it is right, ask IT to install the "
        "company's certificate authority.")),
    (errors.HostNotFound, QT_TRANSLATE_NOOP(
        "Errors", "The server name could not be found. Check the server address for typos, and "
        "check that you are connected to the network (or VPN).")),
    (errors.RateLimited, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk is busy and asked HelpClient to wait. Try again in a minute.")),
    (errors.ServerTimeout, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk server was reached but did not answer in time. It may be busy. "
        "Try again in a few minutes.")),
    (errors.ServerUnreachable, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk server is not answering. It may be down, or your network may be "
        "disconnected. Try again later.")),
    (errors.NotAHelpdesk, QT_TRANSLATE_NOOP(
        "Errors", "Something answered at this address, but it is not the expected helpdesk. "
        "Check the server address and the helpdesk type.")),
    (errors.PermissionDenied, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk does not allow your account to do this. Ask IT support to check "
        "your permissions.")),
    (errors.NotFound, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk could not find this item. It may have been deleted or moved.")),
    (errors.TooLarge, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk does not accept files this large. Leave the largest file out "
        "or compress it, then send again.")),
    (errors.NotSetUp, QT_TRANSLATE_NOOP(
        "Errors", "HelpClient is not connected to a helpdesk yet. Open Settings to set it up.")),
    (errors.BadResponse, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk sent an answer HelpClient could not read. Try again in a few "
        "minutes; if this keeps happening, tell IT support: the helpdesk, or something between "
        "it and you, is sending wrong data.")),
    (errors.Transient, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk had a temporary problem. Try again in a few minutes.")),
)
_REJECTED = QT_TRANSLATE_NOOP("Errors", "The helpdesk refused this action. It said: %1")
# the settings' own words say which one (a CA file, a sign-in method the helpdesk lacks …)
_SETTINGS = QT_TRANSLATE_NOOP(
    "Errors", "HelpClient's helpdesk settings cannot be used: %1 Check them in Settings or ask "
    "IT support.")
_UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Something went wrong: %1")


# Why a kept report waits: the outbox tries again by itself, so no advice to try again
_WAITING: tuple[tuple[type[errors.Transient], str], ...] = (
    (errors.HostNotFound, QT_TRANSLATE_NOOP(
        "Errors", "The server name could not be found (no network, or no VPN?).")),
    (errors.RateLimited, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk is busy and asked HelpClient to wait.")),
    (errors.ServerTimeout, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk server did not answer in time.")),
    (errors.ServerUnreachable, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk server could not be reached.")),
    (errors.BadResponse, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk sent an answer HelpClient could not read.")),
    (errors.Transient, QT_TRANSLATE_NOOP(
        "Errors", "The helpdesk had a temporary problem.")),
)


def describe_failure(error: errors.HelpdeskError | None, stored: str) -> str:
    """Why a kept report or reply was not sent, in the interface language: a passing problem
    said plainly (the outbox tries again by itself), anything else as :func:`describe_error`
    words it (what the user can do); the ``stored`` text for an error kept without its kind
    (by an older version)."""
    if error is None:
        return stored
    for cls, text in _WAITING:
        if isinstance(error, cls):
            return QCoreApplication.translate("Errors", text)
    return describe_error(error)


def describe_error(exc: BaseException) -> str:
    """What happened and what the user can do, in the interface language."""
    for cls, text in _MESSAGES:
        if isinstance(exc, cls):
            return QCoreApplication.translate("Errors", text)
    if isinstance(exc, errors.Rejected):
        return arg(QCoreApplication.translate("Errors", _REJECTED), exc.message)
    if isinstance(exc, errors.ConfigurationError):
        return arg(QCoreApplication.translate("Errors", _SETTINGS), exc.message)
    if isinstance(exc, errors.HelpdeskError):
        return exc.message
    detail = str(exc) or type(exc).__name__
    return arg(QCoreApplication.translate("Errors", _UNEXPECTED), detail)
