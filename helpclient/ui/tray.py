"""The tray icon and its menu — or, where no tray exists, a small home window that says why."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)


class Actions(QObject):
    """The app's top-level actions, shared by the tray menu and the home window."""

    report = Signal()
    requests = Signal()
    knowledge_base = Signal()
    settings = Signal()
    quit = Signal()
    outbox = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report_action = QAction(self.tr("&Report a problem…"), self)
        self.requests_action = QAction(self.tr("&My requests"), self)
        self.kb_action = QAction(self.tr("&Knowledge base"), self)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # shown only while reports wait in the outbox (see Tray.set_waiting)
        self.outbox_action = QAction(self)
        self.outbox_action.setVisible(False)
        self.outbox_action.triggered.connect(self.outbox)
        self.report_action.triggered.connect(self.report)
        self.requests_action.triggered.connect(self.requests)
        self.kb_action.triggered.connect(self.knowledge_base)
        self.settings_action.triggered.connect(self.settings)
        self.quit_action.triggered.connect(self.quit)

    def all(self) -> list[QAction]:
        """In menu order (None-free; separators are added by the menu)."""
        return [self.report_action, self.requests_action, self.kb_action,
                self.settings_action, self.quit_action]


class Tray(QObject):
    """The system tray icon with the app's menu; a left click reports a problem."""

    def __init__(self, actions: Actions, icon: QIcon, title: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self.menu = QMenu()
        self.menu.addAction(actions.outbox_action)
        self.menu.addAction(actions.report_action)
        self.menu.addAction(actions.requests_action)
        self.menu.addAction(actions.kb_action)
        self.menu.addSeparator()
        self.menu.addAction(actions.settings_action)
        self.menu.addSeparator()
        self.menu.addAction(actions.quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(title)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def show(self) -> None:
        """Put the icon in the tray."""
        self.icon.show()

    def hide(self) -> None:
        """Remove the icon."""
        self.icon.hide()

    def set_waiting(self, count: int, title: str) -> None:
        """Show how many reports wait to be sent (none: the menu entry disappears)."""
        action = self.actions.outbox_action
        if count:
            action.setText(self.tr("%n report(s) waiting to be sent — will send when the "
                                   "connection is back", "", count))
        action.setVisible(count > 0)
        tip = self.tr("%n report(s) waiting to be sent", "", count) if count else ""
        self.icon.setToolTip(f"{title}\n{tip}" if tip else title)

    def notify(self, title: str, message: str) -> None:
        """A tray balloon / desktop notification."""
        self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.actions.report.emit()


class HomeWindow(QWidget):
    """Shown instead of the tray icon when the desktop has no system tray."""

    def __init__(self, actions: Actions, title: str, icon: QIcon,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(icon)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>How can we help?</h2>"))
        layout.addWidget(heading)
        self.reason = QLabel(self.tr(
            "Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so "
            "HelpClient opens this window instead. Closing it keeps HelpClient running until you "
            "choose Quit."))
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.reason)
        self.buttons: list[QPushButton] = []
        for action in actions.all():
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            button.setMinimumHeight(36)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.resize(420, 360)
