"""Waiting for something to be on screen: a widget's first paint, and the widget a tray icon is
painted in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def tray_icon_window() -> QWidget | None:
    """The widget Qt paints the tray icon just shown in: on X11 with an XEmbed tray, Qt's
    private ``QSystemTrayIconSys``. None where the desktop draws icons itself (a D-Bus
    StatusNotifier host, Windows, macOS) or no tray exists."""
    found = [w for w in QApplication.topLevelWidgets()
             if w.objectName() == "QSystemTrayIconSys"]
    return found[-1] if found else None


class FirstPaint(QObject):
    """Watches one widget until its first paint, then calls back once. Keep a reference while
    it waits: when the widget was made by Qt itself (the tray icon's), nothing else keeps this
    Python object alive, and Qt would call a wrapper without its state."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The first paint: call back when the event loop is next free, that is once the
        paint pass (the children too) has been flushed to the screen."""
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        """Call back (once; a later call does nothing)."""
        callback, self._callback = self._callback, None
        if callback is not None:
            self._widget.removeEventFilter(self)
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None],
                      timeout_ms: int | None = None) -> FirstPaint:
    """Call ``callback`` once ``widget`` has been painted for the first time — or after
    ``timeout_ms`` if it has not been by then (a tray host that never shows the icon). The
    caller keeps the returned watcher until then."""
    watcher = FirstPaint(widget, callback)
    if timeout_ms is not None:
        QTimer.singleShot(timeout_ms, watcher, watcher.fire)
    return watcher
