"""SIGINT and SIGTERM quit the app cleanly, without a timer that wakes it to check.

Python runs a signal's handler only when the interpreter runs, and while Qt's event loop waits
in C nothing does. Instead of a heartbeat timer, the C-level handler writes the signal's number
to a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier`` watches: the event loop wakes
when, and only when, a signal arrives.
"""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Callable, Iterable
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuitSignals(QObject):
    """While installed, each of ``signals`` calls ``on_signal(number)`` on the GUI thread."""

    def __init__(self, on_signal: Callable[[int], None],
                 signals: Iterable[signal.Signals] = QUIT_SIGNALS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_signal = on_signal
        self._signals = tuple(signals)
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1
        self._channel: _Channel | None = None
        self._notifier: QSocketNotifier | None = None

    def install(self) -> None:
        """Take over the signals (call on the main thread, before the event loop runs)."""
        channel = self._channel = _Channel()
        self._previous_fd = signal.set_wakeup_fd(channel.write_fd, warn_on_full_buffer=False)
        for number in self._signals:
            # a Python handler must be set for the C handler to run (the default one kills
            # the process at once); the work is done when the notifier fires
            self._previous[number] = signal.signal(number, _note)
        self._notifier = QSocketNotifier(channel.read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)

    def uninstall(self) -> None:
        """Give the signals back to the handlers they had."""
        if self._channel is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)  # type: ignore[arg-type]  # as signal() gave it
        self._previous.clear()
        self._channel.close()
        self._channel = None

    def _readable(self) -> None:
        assert self._channel is not None
        for number in self._channel.read():
            if number in self._signals:
                log.info("signal %d: quitting", number)
                self._on_signal(number)


class _Channel:
    """Where the signal numbers are written: a pipe, or on Windows (whose wake-up descriptor
    must be a socket) a socket pair; both ends non-blocking."""

    def __init__(self) -> None:
        if sys.platform == "win32":
            import socket  # noqa: PLC0415 (Windows only)

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.read_fd, self.write_fd = (end.fileno() for end in self._sockets)
        else:
            self.read_fd, self.write_fd = os.pipe()
            for fd in (self.read_fd, self.write_fd):
                os.set_blocking(fd, False)

    def read(self) -> bytes:
        """The signal numbers written since the last read."""
        try:
            if sys.platform == "win32":
                return self._sockets[0].recv(64)
            return os.read(self.read_fd, 64)
        except BlockingIOError:
            return b""

    def close(self) -> None:
        """Close both ends."""
        if sys.platform == "win32":
            for end in self._sockets:
                end.close()
        else:
            os.close(self.read_fd)
            os.close(self.write_fd)


def _note(number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do here (see the module's docstring)."""
