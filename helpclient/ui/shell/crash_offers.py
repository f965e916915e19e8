"""Watching for program crashes, when IT switched it on (``crashes.offer``): now and then the
platform's crash records are read off the GUI thread, core's rules pick what deserves an offer,
and ``offered(Crash)`` tells the app, which puts "Report this problem" in the tray.

Reading the records is local (a process, or a folder): no network. With the setting off no
timer runs at all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from helpclient.core.crashes.model import Crash, CrashSource
from helpclient.core.crashes.offers import CrashOffers
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

#: How often the crash records are read: an offer a minute after the crash is still "just now".
CHECK_MS = 60_000


class CrashWatch(QObject):
    """Reads ``source()``'s records every CHECK_MS while ``enabled()``; ``offers()`` decides.
    Both are built on first use, on a worker."""

    offered = Signal(object)

    def __init__(self, source: Callable[[], CrashSource | None],
                 offers: Callable[[], CrashOffers], enabled: Callable[[], bool],
                 runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source_factory, self._offers_factory = source, offers
        self._built: tuple[CrashSource | None, CrashOffers] | None = None
        self._build_lock = threading.Lock()
        self._enabled = enabled
        self._runner = runner
        self._in_flight = False
        self.unavailable = ""  # why the records cannot be read ("": they can)
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        """Whether crashes are being watched."""
        return self._timer.isActive()

    def apply_settings(self) -> None:
        """Start or stop watching as the setting says now (at start and after a change)."""
        if self._enabled() and not self.unavailable:
            if not self._timer.isActive():
                self._timer.start()
                self.check()
        else:
            self._timer.stop()

    def stop(self) -> None:
        """Watch no more (quitting)."""
        self._timer.stop()

    def _parts(self) -> tuple[CrashSource | None, CrashOffers]:
        with self._build_lock:
            if self._built is None:
                self._built = (self._source_factory(), self._offers_factory())
            return self._built

    def check(self) -> None:
        """Read the crash records now (one look at a time)."""
        if self._in_flight or not self._enabled():
            return
        self._in_flight = True
        parts = self._parts

        def run() -> list[Crash]:
            source, offers = parts()
            if source is None:
                raise FileNotFoundError("no crash records on this system")
            return offers.consider(source.crashes_since(offers.since()))

        self._runner.run_task(run, self._done, self._failed, context=self)

    def _done(self, offers: list[Crash]) -> None:
        self._in_flight = False
        for crash in offers:
            log.info("offering to report the crash of %s (%s)", crash.program, crash.key)
            self.offered.emit(crash)

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        if isinstance(exc, FileNotFoundError):  # no coredumpctl, no report folder: stop
            self.unavailable = str(exc)
            self._timer.stop()
            log.info("crashes cannot be watched here: %s", exc)
        else:
            log.warning("crash records not read: %s", exc)
