"""What remote assistance tells the user besides the question: that the tool started and how to
stop it, and — when something went wrong — what happened, that nothing was shared, and what to
do instead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from helpclient.core.remote import RemoteAssist
from helpclient.ui.kit.text import arg


def how_to_stop(assist: RemoteAssist) -> str:
    """How the user ends the session: IT's words when given, else a general hint; for a program
    HelpClient started, also HelpClient's own way."""
    if assist.how_to_stop:
        text = assist.how_to_stop
    elif assist.opens_browser:
        text = arg(QCoreApplication.translate(
            "RemoteConsent", "End the session on the %1 page, or close that browser tab."),
            assist.tool)
    else:
        text = arg(QCoreApplication.translate(
            "RemoteConsent", "Close %1, or end the session in its window."), assist.tool)
    if not assist.opens_browser:
        text += " " + arg(QCoreApplication.translate(
            "RemoteConsent", "HelpClient's menu also offers “Stop remote assistance” while %1 "
            "runs."), assist.tool)
    return text


def _title() -> str:
    return QCoreApplication.translate("RemoteNotices", "Remote assistance")


def _and_how_to_stop(text: str, assist: RemoteAssist) -> str:
    """``text``, then a paragraph on how to stop: every notice after a start ends with it."""
    stop = QCoreApplication.translate("RemoteNotices", "To stop: %1")
    return f"{text}\n\n{arg(stop, how_to_stop(assist))}"


def _box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None) -> QMessageBox:
    # no window icon of its own: Qt gives top-level windows the application's
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def started(assist: RemoteAssist, parent: QWidget | None) -> QMessageBox:
    """The tool started (or its page opened): how to stop it."""
    if assist.opens_browser:
        text = arg(QCoreApplication.translate(
            "RemoteNotices", "%1 is open in your web browser. Support can connect once you "
            "follow the steps on that page."), assist.tool)
    else:
        text = arg(QCoreApplication.translate(
            "RemoteNotices", "%1 is starting. Support can connect once you follow the steps "
            "in its window."), assist.tool)
    return _box(QMessageBox.Icon.Information, _title(), _and_how_to_stop(text, assist), parent)


def running(assist: RemoteAssist, parent: QWidget | None) -> QMessageBox:
    """Asked again while the tool HelpClient started runs: how to stop it."""
    text = arg(QCoreApplication.translate(
        "RemoteNotices", "%1 is already running: support can connect with it."), assist.tool)
    return _box(QMessageBox.Icon.Information, _title(), _and_how_to_stop(text, assist), parent)


def failed(tool: str, what: str, parent: QWidget | None, *, phone: str = "") -> QMessageBox:
    """``what`` went wrong with ``tool``: nothing was shared; ask support another way."""
    text = what + "\n\n" + QCoreApplication.translate(
        "RemoteNotices", "Nothing was shared with support. Ask support to help you another "
        "way, and tell them this message so IT can fix the remote-assistance tool on this "
        "computer.")
    if phone:
        text += " " + arg(QCoreApplication.translate("RemoteNotices", "Support's phone: %1."),
                          phone)
    title = arg(QCoreApplication.translate("RemoteNotices", "%1 did not start"), tool)
    return _box(QMessageBox.Icon.Warning, title, text, parent)


def note_failed(ticket_id: str, reason: str, assist: RemoteAssist,
                parent: QWidget | None) -> QMessageBox:
    """The note about the session could not be added to the request (this replaces the
    message saying how to stop, so it says it again)."""
    text = arg(QCoreApplication.translate(
        "RemoteNotices", "Remote assistance started, but the note about it could not be added "
        "to request #%1: %2 Tell support about the session yourself, in the request or by "
        "phone."), ticket_id, reason)
    return _box(QMessageBox.Icon.Warning, _title(), _and_how_to_stop(text, assist), parent)
