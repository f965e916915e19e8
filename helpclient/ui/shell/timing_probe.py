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
* ``icon-at x y w h``: the tray host moved or resized the icon since (a click aims there).
* ``tray-activated``: Qt delivered a click on the icon.
* ``window-painted NAME``: a window's first paint pass after it was shown, its first page
  included (the report wizard: ``wizard``).

Without the variable nothing is installed and nothing is written.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from helpclient.ui.kit.first_paint import FirstPaint, after_first_paint, tray_icon_window

TIMING_ENV = "HELPCLIENT_TIMING"


class TimingProbe(QObject):
    """Appends timing lines to one file (opened per line: rare events, no handle kept)."""

    def __init__(self, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._moves: _Moves | None = None
        self._watching: list[FirstPaint] = []  # kept until they fire (see FirstPaint)

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
        """Mark ``icon-shown`` when the icon, just shown, is painted in the tray, then call
        ``then``; mark each click on it."""
        icon.activated.connect(lambda _reason: self.mark("tray-activated"))
        window = tray_icon_window()

        def shown() -> None:
            at = icon.geometry()
            self.mark("icon-shown", at.x(), at.y(), at.width(), at.height(), _peak_rss_kib(),
                      "embedded" if window is not None else "requested")
            if then is not None:
                then()

        if window is not None:
            self._watching.append(after_first_paint(window, shown))
            self._moves = _Moves(window, icon, self)
        else:
            QTimer.singleShot(0, shown)

    def watch_first_paint(self, widget: QWidget, name: str) -> None:
        """Mark ``window-painted name`` once ``widget`` has been painted (after the whole paint
        pass, so its children and the flush to the screen are included)."""
        self._watching = [w for w in self._watching if shiboken6.isValid(w)]
        self._watching.append(after_first_paint(
            widget, lambda: self.mark("window-painted", name)))


class _Moves(QObject):
    """Marks ``icon-at`` whenever the tray host moves or resizes the icon's window."""

    def __init__(self, window: QWidget, icon: QSystemTrayIcon, probe: TimingProbe) -> None:
        super().__init__(probe)
        self._icon = icon
        self._probe = probe
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """A move or resize: where the icon is now."""
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            at = self._icon.geometry()
            self._probe.mark("icon-at", at.x(), at.y(), at.width(), at.height())
        return False


def _peak_rss_kib() -> int:
    """The process's peak resident memory so far (0 where the OS does not say)."""
    try:
        import resource  # noqa: PLC0415 (not on Windows)
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes
