"""The one bridge for blocking work: run a function on a worker thread, get its result back as a
call on the GUI thread (Picard's ``util/thread.py`` model).

Tests use ``TaskRunner(synchronous=True)``: the function runs at once, callbacks too.

A task may finish after the widget it reports to was closed and deleted (the user went back to
the list, or closed the window), and calling into a deleted Qt object raises ``RuntimeError``.
Passing that widget as ``context`` drops the callbacks then, as Qt's ``connect`` does with a
context object.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance, Slot

from helpclient.ui.kit.gui_gc import collect_if_due

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # every failure must reach on_error, not vanish
            log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self._report(self._relay.failed, exc)
        else:
            self._report(self._relay.done, result)

    @staticmethod
    def _report(signal: SignalInstance, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # the app quit while this ran and its relay is gone: nobody is left to tell
            # (its type only: a task's result may hold a secret)
            log.info("a task ended after the app had quit; its %s is dropped",
                     type(value).__name__)


class TaskRunner(QObject):
    """Runs blocking callables off the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False,
                 max_threads: int = 4, settled: Callable[[], object] | None = None,
                 settle_ms: int = 2_000) -> None:
        """``settled`` is called on the GUI thread once no task has run for ``settle_ms``
        after the last one came back: the moment to give memory back (one call a burst of
        work, and no timer at all while nothing runs)."""
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self._settle: QTimer | None = None
        if settled is not None:
            self._settle = QTimer(self)
            self._settle.setSingleShot(True)
            self._settle.setInterval(settle_ms)
            self._settle.timeout.connect(settled)

    def run_task(self, fn: Callable[[], Any], on_done: OnDone | None = None,
                 on_error: OnError | None = None, *, context: QObject | None = None) -> None:
        """Call ``fn()`` on a worker; then ``on_done(result)`` or ``on_error(exc)`` on the GUI
        thread. Without ``on_error`` a failure is logged. With ``context`` (usually the widget
        the callbacks update), neither callback runs once that object has been deleted."""
        if context is not None:
            on_done = _while_alive(context, on_done)
            on_error = _while_alive(context, on_error)
        if self.synchronous:
            self._run_now(fn, on_done, on_error)
            return
        relay = _Relay()
        self._relays.add(relay)  # keep it alive until the job reports back
        if self._settle is not None:
            self._settle.stop()

        def delivered() -> None:
            self._relays.discard(relay)
            relay.deleteLater()  # by Qt, on this thread: never where a worker drops it
            collect_if_due()  # work came back: collect its cycles here, not on a worker
            if self._settle is not None and not self._relays:
                self._settle.start()

        @Slot(object)
        def finished(result: Any) -> None:
            try:
                if on_done is not None:
                    on_done(result)
            finally:
                delivered()

        @Slot(object)
        def failed(exc: BaseException) -> None:
            try:
                self._report(exc, on_error)
            finally:
                delivered()

        relay.done.connect(finished)
        relay.failed.connect(failed)
        self._pool.start(_Job(fn, relay))

    def _run_now(self, fn: Callable[[], Any], on_done: OnDone | None,
                 on_error: OnError | None) -> None:
        try:
            result = fn()
        except Exception as exc:
            self._report(exc, on_error)
            return
        if on_done is not None:
            on_done(result)

    @staticmethod
    def _report(exc: BaseException, on_error: OnError | None) -> None:
        if on_error is not None:
            on_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until every task finished (shutdown and tests only)."""
        return self._pool.waitForDone(msecs)


_T = TypeVar("_T")


def _while_alive(context: QObject, callback: Callable[[_T], None] | None
                 ) -> Callable[[_T], None] | None:
    """``callback``, made a no-op once ``context``'s C++ object has been deleted."""
    if callback is None:
        return None

    def call(value: _T) -> None:
        if shiboken6.isValid(context):
            callback(value)
        else:
            log.debug("task result dropped: %s was deleted", type(context).__name__)

    return call
