"""The first start: a short welcome that says where HelpClient lives (its tray icon) and offers
to report a problem at once. Without a tray, the home window is the welcome."""

from __future__ import annotations

import logging
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.text import arg

log = logging.getLogger(__name__)

# how long after start the first-run welcome comes (the tray embeds the icon meanwhile)
WELCOME_DELAY_MS = 600


class FirstRun:
    """Whether this user has been welcomed, kept as a marker file in the data folder."""

    def __init__(self, marker: Path) -> None:
        self._marker = marker

    def pending(self) -> bool:
        """True until :meth:`done` has been recorded."""
        return not self._marker.exists()

    def done(self) -> None:
        """Record that the welcome was shown (a failure only means it shows again)."""
        try:
            self._marker.parent.mkdir(parents=True, exist_ok=True)
            self._marker.touch()
        except OSError as exc:
            log.warning("could not record the first start: %s", exc)


class WelcomeWindow(QDialog):
    """Points at the tray icon (placed beside it when the desktop says where it is) and offers
    "Report a problem" directly; ``report_button`` is the default, so Enter starts a report."""

    def __init__(self, title: str, icon: QIcon, tray_icon_at: QRect,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Welcome to %1"), title))
        self.setWindowIcon(icon)
        picture = QLabel()
        picture.setPixmap(icon.pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(arg(self.tr("<h3>%1 is ready to help</h3>"), escape(title)))
        self.text = QLabel(arg(self.tr(
            "When something on your computer does not work, click this icon in the system tray "
            "(the row of small icons by the clock). From its menu you can report a problem, "
            "follow your requests and search the knowledge base. %1 keeps running there; you do "
            "not need to start it."), title))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        words = QVBoxLayout()
        words.addWidget(heading)
        words.addWidget(self.text)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(words, 1)
        buttons = QDialogButtonBox()
        self.report_button = QPushButton(self.tr("&Report a problem now"))
        self.report_button.setDefault(True)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("&Got it"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._tray_icon_at = tray_icon_at

    def place(self) -> None:
        """Beside the tray icon, inside its screen (centred when its place is unknown)."""
        self.adjustSize()
        at = self._tray_icon_at
        screen = QGuiApplication.screenAt(at.center()) if at.isValid() else None
        if screen is None:
            screen = QGuiApplication.primaryScreen()
            if screen is None:
                return
            area = screen.availableGeometry()
            self.move(area.center() - QPoint(self.width() // 2, self.height() // 2))
            return
        area = screen.availableGeometry()
        below = at.bottom() + 8 + self.height() <= area.bottom()
        y = at.bottom() + 8 if below else at.top() - 8 - self.height()
        x = min(max(area.left(), at.center().x() - self.width() // 2),
                area.right() - self.width())
        self.move(x, max(area.top(), y))


class Welcomer(QObject):
    """Shows the welcome once per user, a moment after start (the tray places the icon
    meanwhile, so the welcome can stand beside it); ``report`` is "Report a problem now"."""

    report = Signal()

    def __init__(self, first_run: FirstRun, title: str, icon: QIcon,
                 tray_icon: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first_run = first_run
        self._title = title
        self._icon = icon
        self._tray_icon = tray_icon
        self.window: WelcomeWindow | None = None
        self._timer = QTimer(self, singleShot=True, interval=WELCOME_DELAY_MS)
        self._timer.timeout.connect(self._show)

    def start(self) -> None:
        """Welcome soon, unless this user has been welcomed before."""
        if self._first_run.pending():
            self._timer.start()

    def stop(self) -> None:
        """No welcome from now on (quitting); close one that is shown."""
        self._timer.stop()
        if self.window is not None:
            self.window.close()

    def _show(self) -> None:
        window = self.window = WelcomeWindow(self._title, self._icon, self._tray_icon.geometry())
        window.accepted.connect(self.report)
        window.destroyed.connect(self._gone)
        window.place()
        window.show()
        window.raise_()
        window.activateWindow()
        self._first_run.done()

    def _gone(self) -> None:
        self.window = None
