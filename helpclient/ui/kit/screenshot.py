"""Screenshots: capture with HelpClient's own windows out of the way, then crop, black out or
discard in a small editor before anything is attached. Shared by the report wizard and replies
(the flow around it is :mod:`helpclient.ui.kit.screenshot_taker`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

# how long hidden windows get to disappear from the screen before the grab (compositors fade)
HIDE_DELAY_MS = 350
_APP_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)


def grab_screens(screens: list[QScreen]) -> QImage:
    """One image of ``screens`` laid out as on the desktop (a single screen: just that one)."""
    area = QRect()
    for screen in screens:
        area = area.united(screen.geometry())
    image = QImage(area.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    for screen in screens:
        shot = screen.grabWindow(0).toImage()
        target = screen.geometry().translated(-area.topLeft())
        painter.drawImage(target, shot)
    painter.end()
    return image


def screens_named(names: list[str]) -> list[QScreen]:
    """The screens called ``names`` as they are now; every screen when ``names`` is empty or
    none of them is left (a monitor unplugged, the desktop laid out anew since they were
    chosen: Qt deletes a QScreen then, so one is never kept across a turn of the event loop)."""
    present = [screen for screen in QGuiApplication.screens() if isValid(screen)]
    return [screen for screen in present if screen.name() in names] or present


def is_own_window(widget: QWidget) -> bool:
    """Whether ``widget`` is one of HelpClient's windows: a window or dialog whose class is
    HelpClient's, or a standard dialog or main window one of them opened (a message box, a file
    dialog). Qt's helper windows are not: the X11 tray icon is a plain top-level QWidget that the
    panel has embedded, and hiding it un-embeds it for good (trayer shrinks it to one pixel)."""
    if not widget.isWindow() or widget.windowType() not in _APP_WINDOW_TYPES:
        return False  # menus, tooltips, popups
    return (isinstance(widget, (QDialog, QMainWindow))
            or type(widget).__module__.startswith("helpclient."))


@dataclass(frozen=True)
class _Hidden:
    """A window hidden for the grab, and how to put it back exactly as it was."""

    widget: QWidget
    pos: QPoint
    size: QSize
    state: Qt.WindowState


class ScreenCapture(QObject):
    """Hides HelpClient's visible windows (nothing else), waits for the screen to redraw without
    them, grabs, and puts exactly those windows back where and as they were; ``captured(QImage)``
    follows. Never blocks the GUI thread."""

    captured = Signal(QImage)

    def __init__(self, parent: QObject | None = None, *,
                 hide_delay_ms: int = HIDE_DELAY_MS) -> None:
        super().__init__(parent)
        self._hidden: list[_Hidden] = []
        self._active: QWidget | None = None
        self._screen_names: list[str] = []
        self._window_id = 0
        self._delay = hide_delay_ms

    def capture(self, screen_names: list[str] | None = None, window_id: int = 0) -> None:
        """Grab the screens called ``screen_names`` (default: every screen), or another
        application's window by its native id, without HelpClient's windows."""
        self._screen_names = list(screen_names or ())
        self._window_id = window_id
        self._active = QApplication.activeWindow()
        self._hidden = [_Hidden(w, w.pos(), w.size(), w.windowState())
                        for w in QApplication.topLevelWidgets()
                        if w.isVisible() and is_own_window(w)]
        for hidden in self._hidden:
            hidden.widget.hide()
        QTimer.singleShot(self._delay, self._grab)

    def _grab(self) -> None:
        try:
            screens = screens_named(self._screen_names)
            if self._window_id:
                image = screens[0].grabWindow(self._window_id).toImage()
            else:
                image = grab_screens(screens)
        finally:
            self._restore()
        self.captured.emit(image)

    def _restore(self) -> None:
        for hidden in self._hidden:
            window = hidden.widget
            if not isValid(window):  # deleted in the meantime
                continue
            window.setWindowState(hidden.state)
            if not hidden.state & (Qt.WindowState.WindowMaximized
                                   | Qt.WindowState.WindowFullScreen):
                # the window manager may place a re-mapped window anew: back where it was
                window.resize(hidden.size)
                window.move(hidden.pos)
            window.show()
        if self._active is not None and isValid(self._active) and self._active.isVisible():
            self._active.raise_()
            self._active.activateWindow()
        self._hidden = []
        self._active = None


class ImageCanvas(QWidget):
    """Shows an image scaled to fit; a mouse drag marks a rectangle, reported in the image's own
    pixels through ``rect_drawn``."""

    rect_drawn = Signal(QRect)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self._start: QPoint | None = None
        self._current: QPoint | None = None
        self.setMinimumSize(480, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_image(self, image: QImage) -> None:
        """Show ``image``."""
        self.image = image
        self.update()

    def _placement(self) -> QRect:
        if self.image.isNull():
            return QRect()
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        return QRect(QPoint(x, y), size)

    def to_image(self, rect: QRect) -> QRect:
        """A rectangle on the widget in image pixels, clipped to the image."""
        placed = self._placement()
        if placed.isEmpty():
            return QRect()
        scale = self.image.width() / placed.width()
        moved = rect.normalized().translated(-placed.topLeft())
        mapped = QRect(round(moved.x() * scale), round(moved.y() * scale),
                       round(moved.width() * scale), round(moved.height() * scale))
        return mapped.intersected(self.image.rect())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().dark())
        if not self.image.isNull():
            painter.drawImage(self._placement(), self.image)
        if self._start is not None and self._current is not None:
            painter.setPen(QPen(QColor("#ff3b30"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(QRect(self._start, self._current).normalized())
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._start = self._current = event.position().toPoint()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._start is not None:
            self._current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if self._start is None:
            return
        rect = self.to_image(QRect(self._start, event.position().toPoint()))
        self._start = self._current = None
        self.update()
        if rect.width() > 2 and rect.height() > 2:
            self.rect_drawn.emit(rect)


def black_out(image: QImage, rect: QRect) -> QImage:
    """A copy of ``image`` with ``rect`` painted solid black (the pixels are gone, not hidden)."""
    result = image.copy()
    painter = QPainter(result)
    painter.fillRect(rect, QColor("black"))
    painter.end()
    return result


class ScreenshotEditor(QDialog):
    """Crop or black out parts of a screenshot; Attach accepts, Discard rejects. ``image`` holds
    the edited result."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Screenshot"))
        self.image = image
        self._history: list[QImage] = []
        hint = QLabel(self.tr("Drag over the picture to crop it or to black out what support "
                              "should not see."), self)
        hint.setWordWrap(True)
        self.canvas = ImageCanvas(self)
        self.canvas.set_image(image)
        self.crop = QPushButton(self.tr("&Crop"), self)
        self.blackout = QPushButton(self.tr("&Black out"), self)
        modes = QButtonGroup(self)
        for button in (self.crop, self.blackout):
            button.setCheckable(True)
            modes.addButton(button)
        self.blackout.setChecked(True)
        self.undo = QPushButton(self.tr("&Undo"), self)
        self.undo.setEnabled(False)
        buttons = QDialogButtonBox(self)
        self.attach = buttons.addButton(self.tr("&Attach"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard = buttons.addButton(self.tr("&Discard"),
                                         QDialogButtonBox.ButtonRole.RejectRole)
        tools = QHBoxLayout()
        for widget in (self.crop, self.blackout, self.undo):
            tools.addWidget(widget)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(tools)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        self.canvas.rect_drawn.connect(self.apply)
        self.undo.clicked.connect(self._undo)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(900, 640)

    def apply(self, rect: QRect) -> None:
        """Crop to ``rect`` or black it out, as the chosen tool says (image pixels)."""
        self._history.append(self.image)
        if self.crop.isChecked():
            self.image = self.image.copy(rect)
        else:
            self.image = black_out(self.image, rect)
        self.canvas.set_image(self.image)
        self.undo.setEnabled(True)

    def _undo(self) -> None:
        if self._history:
            self.image = self._history.pop()
            self.canvas.set_image(self.image)
        self.undo.setEnabled(bool(self._history))
