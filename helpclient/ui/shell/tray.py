"""The tray icon and its menu — or, where no tray exists, a small home window that says why.

This module is on the start path (the icon comes before anything else): the Qt classes only the
badge and the home window need are imported where they are used, as PySide builds each on
first import — the ``Qt`` namespace alone takes 10-30 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from helpclient.ui.kit.text import arg


class Actions(QObject):
    """The app's top-level actions, shared by the tray menu and the home window."""

    report = Signal()
    requests = Signal()
    knowledge_base = Signal()
    settings = Signal()
    quit = Signal()
    outbox = Signal()
    about = Signal()
    channels = Signal()
    check_computer = Signal()
    remote = Signal()
    stop_remote = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_action = QAction(self)
        self.requests_action = QAction(self)
        self.kb_action = QAction(self)
        self.check_action = QAction(self)
        self.settings_action = QAction(self)
        self.about_action = QAction(self)
        # shown only when IT configured a phone, e-mail, chat or portal (set_channels)
        self.channels_action = QAction(self)
        self.channels_action.setVisible(False)
        # shown only when IT configured a remote-assistance tool (set_remote); Stop while a
        # program HelpClient started for it runs (set_remote_running)
        self.remote_action = QAction(self)
        self.stop_remote_action = QAction(self)
        self._remote_available = False
        self.set_remote_running(False)
        self.quit_action = QAction(self)
        self.retranslate()
        # shown only while reports wait in the outbox (see Tray.set_waiting)
        self.outbox_action = QAction(self)
        self.outbox_action.setVisible(False)
        self.outbox_action.triggered.connect(self.outbox)
        self.report_action.triggered.connect(self.report)
        self.requests_action.triggered.connect(self.requests)
        self.kb_action.triggered.connect(self.knowledge_base)
        self.check_action.triggered.connect(self.check_computer)
        self.settings_action.triggered.connect(self.settings)
        self.about_action.triggered.connect(self.about)
        self.channels_action.triggered.connect(self.channels)
        self.remote_action.triggered.connect(self.remote)
        self.stop_remote_action.triggered.connect(self.stop_remote)
        self.quit_action.triggered.connect(self.quit)

    def retranslate(self) -> None:
        """Give the actions their names in the interface language (again, after a switch)."""
        self.report_action.setText(self.tr("&Report a problem…"))
        self.requests_action.setText(self.tr("&My requests"))
        self.kb_action.setText(self.tr("&Knowledge base"))
        self.check_action.setText(self.tr("C&heck my computer…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About…"))
        self.channels_action.setText(self.tr("&Other ways to get help…"))
        self.remote_action.setText(self.tr("Let support &connect to my computer…"))
        self.stop_remote_action.setText(self.tr("S&top remote assistance"))
        self.quit_action.setText(self.tr("&Quit"))

    def all(self) -> list[QAction]:
        """In menu order (None-free; separators are added by the menu)."""
        return [self.report_action, self.requests_action, self.kb_action, self.check_action,
                self.channels_action, self.remote_action, self.stop_remote_action,
                self.settings_action, self.about_action, self.quit_action]

    def set_channels(self, available: bool) -> None:
        """Offer "Other ways to get help" only when a channel is configured."""
        self.channels_action.setVisible(available)

    def set_remote(self, available: bool) -> None:
        """Offer "Let support connect to my computer" only when a tool is configured."""
        self._remote_available = available
        self.remote_action.setVisible(available and not self.stop_remote_action.isVisible())

    def set_remote_running(self, running: bool) -> None:
        """While the tool HelpClient started runs, offer to stop it instead."""
        self.stop_remote_action.setVisible(running)
        self.remote_action.setVisible(self._remote_available and not running)


def badged_icon(icon: QIcon, count: int, size: int = 64) -> QIcon:
    """``icon`` with a red disc carrying ``count`` in its top-right corner (none for 0)."""
    if count <= 0:
        return icon
    from PySide6.QtCore import QRect, Qt  # noqa: PLC0415 (see the module's docstring)
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: PLC0415

    pixmap = icon.pixmap(size, size)
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    disc = QRect(size * 2 // 5, 0, size * 3 // 5, size * 3 // 5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#b3261e"))
    painter.drawEllipse(disc)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(disc.height() * 3 // 5)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """The system tray icon with the app's menu; a left click reports a problem.

    ``notification_clicked(ticket_id)`` says which request the last notification was about
    (empty: several, open the list)."""

    notification_clicked = Signal(str)

    def __init__(self, actions: Actions, icon: QIcon, title: str,
                 parent: QObject | None = None, *,
                 shown: QSystemTrayIcon | None = None) -> None:
        """``shown``: the icon already in the tray (the start shows it before anything else),
        which this takes over; else one is made (shown by :meth:`show`)."""
        super().__init__(parent)
        self.actions = actions
        self.base_icon = icon
        self.title = title
        self.unread = 0
        self._last_ticket = ""
        self._on_click: Callable[[], None] | None = None
        self.menu = QMenu()
        self.menu.addAction(actions.outbox_action)
        self.menu.addAction(actions.report_action)
        self.menu.addAction(actions.requests_action)
        self.menu.addAction(actions.kb_action)
        self.menu.addAction(actions.check_action)
        self.menu.addAction(actions.channels_action)
        self.menu.addAction(actions.remote_action)
        self.menu.addAction(actions.stop_remote_action)  # in its place while the tool runs
        self.menu.addSeparator()
        self.menu.addAction(actions.settings_action)
        self.menu.addAction(actions.about_action)
        self.menu.addSeparator()
        self.menu.addAction(actions.quit_action)
        self.icon = shown or QSystemTrayIcon(icon, self)
        self.icon.setParent(self)
        self._news_tips: list[str] = []
        self._outbox_tip = ""
        self.icon.setToolTip(title)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def hide(self) -> None:
        """Remove the icon."""
        self.icon.hide()

    # The app's presence on the desktop (see ``Presence``): the icon.
    present = show
    withdraw = hide

    def dispose(self) -> None:
        """Remove the icon and delete its menu (a top-level widget Qt would not delete)."""
        self.hide()
        self.menu.deleteLater()

    def retranslate(self) -> None:
        """The menu's actions carry their own text; the counts are set again by the app."""

    def set_waiting(self, what: str) -> None:
        """Show what waits to be sent ("2 reports and 1 reply"; "": the menu entry goes)."""
        action = self.actions.outbox_action
        if what:
            action.setText(arg(self.tr("Waiting to be sent: %1 — will send when the connection "
                                       "is back"), what))
        action.setVisible(bool(what))
        self._outbox_tip = arg(self.tr("Waiting to be sent: %1"), what) if what else ""
        self._update_tooltip()

    def set_title(self, title: str) -> None:
        """The name the tooltip starts with (the product, and the company: branding)."""
        self.title = title
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        lines = [self.title, *self._news_tips]
        if self._outbox_tip:
            lines.append(self._outbox_tip)
        self.icon.setToolTip("\n".join(lines))

    def notify(self, title: str, message: str, ticket_id: str = "", *,
               on_click: Callable[[], None] | None = None) -> None:
        """A tray balloon / desktop notification; clicking it reports ``ticket_id``, or calls
        ``on_click`` when given (a notification that is not about a request)."""
        self._last_ticket = ticket_id
        self._on_click = on_click
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _message_clicked(self) -> None:
        if self._on_click is not None:
            self._on_click()
        else:
            self.notification_clicked.emit(self._last_ticket)

    def set_unread(self, count: int, waiting: int = 0) -> None:
        """Show how many requests have unseen news (a badge) and whether support waits."""
        self.unread = count
        self.icon.setIcon(badged_icon(self.base_icon, count))
        lines = []
        if count:
            lines.append(self.tr("%n request(s) with news", "", count))
        if waiting:
            lines.append(self.tr("Support is waiting for your answer on %n request(s)", "",
                                 waiting))
        self._news_tips = lines
        self._update_tooltip()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.actions.report.emit()


class Presence(Protocol):
    """Where HelpClient shows that it runs: the tray icon, or the home window."""

    def present(self) -> None:
        """Show it (the home window also comes forward)."""

    def withdraw(self) -> None:
        """Hide it (quitting)."""

    def dispose(self) -> None:
        """Hide it and delete its widgets now, while Qt is still up."""

    def notify(self, title: str, message: str, ticket_id: str = "") -> None:
        """A notification about ``ticket_id`` ("": several requests)."""

    def set_unread(self, count: int, waiting: int = 0) -> None:
        """How many requests have news, and on how many support waits for the user."""

    def set_waiting(self, what: str) -> None:
        """What waits to be sent, in words ("": nothing)."""

    def retranslate(self) -> None:
        """Show its own texts in the interface language, just switched."""

    def set_title(self, title: str) -> None:
        """The name it shows (branding changed)."""


class HomeWindow(QWidget):
    """Shown instead of the tray icon when the desktop has no system tray. Notifications and
    counts have nowhere to go without a tray: the windows show their own state."""

    def __init__(self, actions: Actions, title: str, icon: QIcon,
                 parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout  # noqa: PLC0415

        from helpclient.ui.kit.wrapped import WrappedLabel  # noqa: PLC0415 (see the docstring)

        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(icon)
        self._actions = actions
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.reason = WrappedLabel(plain=True)
        layout.addWidget(self.reason)
        self.buttons: list[QPushButton] = []
        for action in actions.all():
            button = QPushButton()
            button.clicked.connect(action.trigger)
            # a hidden action (nothing waiting, no channel configured) has no button either
            button.setVisible(action.isVisible())
            action.visibleChanged.connect(
                lambda button=button, action=action: button.setVisible(action.isVisible()))
            button.setMinimumHeight(36)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.retranslate()
        self.resize(420, 360)

    def present(self) -> None:
        """Show the window and bring it forward."""
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        """Show the texts in the interface language (again, after a switch)."""
        self.heading.setText(self.tr("<h2>How can we help?</h2>"))
        self.reason.setText(self.tr(
            "Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so "
            "HelpClient opens this window instead. Closing it keeps HelpClient running until you "
            "choose Quit."))
        for button, action in zip(self.buttons, self._actions.all(), strict=True):
            button.setText(action.text())

    def withdraw(self) -> None:
        """Hide the window."""
        self.hide()

    def set_title(self, title: str) -> None:
        """The window's title."""
        self.setWindowTitle(title)

    def dispose(self) -> None:
        """Hide the window and delete it."""
        self.hide()
        self.deleteLater()

    def notify(self, title: str, message: str, ticket_id: str = "") -> None:
        """No tray to show it in."""

    def set_unread(self, count: int, waiting: int = 0) -> None:
        """No badge to show it on."""

    def set_waiting(self, what: str) -> None:
        """No tray menu to show it in."""
