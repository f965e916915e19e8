"""Moments a benchmark measures from outside, written when ``HELPCLIENT_TIMING`` names a file.

``python -m benchmarks footprint`` starts HelpClient (and a bare tray app that uses this same
probe) and reads the lines back: ``<event> <CLOCK_MONOTONIC seconds> [fields…]``. The clock is the
system-wide monotonic one, so the benchmark subtracts the moment it spawned the process.

The events are the ones a user sees, not guesses:

* ``icon-shown x y w h maxrss how``: the tray icon's window (Qt's XEmbed ``QSystemTrayIconSys``)
  finished its first paint (``how`` = ``embedded``), with the icon's place on the screen and the
  peak resident memory so far in KiB. Where Qt draws the icon elsewhere (a D-Bus StatusNotifier
  host, Windows, macOS) or no tray exists, the first turn of the event loop after ``show()``
  (``how`` = ``requested``): the request is with the desktop then.
* ``tray-activated``: Qt delivered a click on the icon.
* ``window-painted NAME``: the first paint of a window's page after it was shown (the report
  wizard: ``wizard``).

Without the variable nothing is installed and nothing is written.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

TIMING_ENV = "HELPCLIENT_TIMING"


class TimingProbe(QObject):
    """Appends timing lines to one file (opened per line: rare events, no handle kept)."""

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        # widget → (event name, its fields, what follows) for the first paint still awaited
        self._awaited: dict[QObject, tuple[str, Callable[[], list[str]],
                                           Callable[[], None] | None]] = {}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None,
                 parent: QObject | None = None) -> TimingProbe | None:
        """A probe when ``HELPCLIENT_TIMING`` is set, else None."""
        path = (os.environ if environ is None else environ).get(TIMING_ENV, "")
        return cls(path, parent) if path else None

    def mark(self, event: str, *fields: object) -> None:
        """Write ``event`` with the time now."""
        line = " ".join([event, f"{time.monotonic():.6f}", *map(str, fields)])
        with open(self._path, "a", encoding="utf-8") as out:
            out.write(line + "\n")

    def watch_tray_icon(self, icon: QSystemTrayIcon,
                        then: Callable[[], None] | None = None) -> None:
        """Mark ``icon-shown`` when the icon, just shown, is painted in the tray (and call
        ``then``); mark each click on it."""
        icon.activated.connect(lambda _reason: self.mark("tray-activated"))
        embedded = [w for w in QApplication.topLevelWidgets()
                    if w.objectName() == "QSystemTrayIconSys"]

        def fields() -> list[str]:
            at = icon.geometry()
            how = "embedded" if embedded else "requested"
            return [str(v) for v in (at.x(), at.y(), at.width(), at.height())] + [
                str(_peak_rss_kib()), how]

        if embedded:
            self.watch_first_paint(embedded[-1], "icon-shown", fields, then)
        else:
            QTimer.singleShot(0, lambda: self._mark_then("icon-shown", fields(), then))

    def watch_first_paint(self, widget: QWidget, event: str,
                          fields: Callable[[], list[str]] = list,
                          then: Callable[[], None] | None = None) -> None:
        """Mark ``event`` once ``widget`` has been painted (after the whole paint pass that
        painted it, so its children and the flush to the screen are included)."""
        self._awaited[widget] = (event, fields, then)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The first paint of a watched widget: mark it when the paint pass is over."""
        if event.type() == QEvent.Type.Paint and watched in self._awaited:
            name, fields, then = self._awaited.pop(watched)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._mark_then(name, fields(), then))
        return False

    def _mark_then(self, event: str, fields: list[str],
                   then: Callable[[], None] | None) -> None:
        self.mark(event, *fields)
        if then is not None:
            then()


def _peak_rss_kib() -> int:
    """The process's peak resident memory so far (0 where the OS does not say)."""
    try:
        import resource  # noqa: PLC0415 (not on Windows)
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes
