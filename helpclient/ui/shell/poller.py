"""The thin Qt driver of the poll policy: a heartbeat QTimer asks ``PollScheduler.tick()`` and runs
``TicketSync.poll`` through the ``TaskRunner`` when it says so.

All the policy (intervals, jitter, backoff, Retry-After, wake-up, one request in flight) lives in
``core.poll_policy``; this class only turns Qt events into the scheduler's inputs: the timer,
the power probe (battery) now and then off the GUI thread, and presence (``PresenceDriver``:
away, back, locked, resumed) — sampled on the heartbeat, pushed when the platform can. A
network that comes back is noticed by :class:`helpclient.ui.kit.network_watch.NetworkWatch`,
which the app wires to :meth:`PollDriver.poke`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from helpclient.core.tracking.poll_policy import PollScheduler, PowerState
from helpclient.core.tracking.presence import Presence
from helpclient.core.tracking.sync import SyncResult, TicketSync
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.shell.presence import PresenceDriver

log = logging.getLogger(__name__)

# Battery changes seldom: every few minutes is plenty.
_PROBE_EVERY_TICKS = 20


class PollDriver(QObject):
    """Runs the poller while the app runs."""

    # A poll finished: what it found.
    synced = Signal(object)
    # A poll failed: the exception (the scheduler already backs off).
    failed = Signal(object)

    def __init__(self, scheduler: PollScheduler, sync: TicketSync, runner: TaskRunner,
                 parent: QObject | None = None, *,
                 power_probe: Callable[[], PowerState] | None = None,
                 presence: PresenceDriver | None = None) -> None:
        super().__init__(parent)
        self.scheduler = scheduler
        self.sync = sync
        self._runner = runner
        self._power_probe = power_probe
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(int(scheduler.policy.heartbeat * 1000))
        self._timer.timeout.connect(self.tick)
        self._presence = presence
        if presence is not None:
            presence.setParent(self)
            presence.changed.connect(self._presence_changed)
            presence.resumed.connect(self._resumed)

    def start(self) -> None:
        """Start the heartbeat and poll at once."""
        if self._presence is not None:
            self._presence.start()
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        """Stop polling (a poll in flight still reports back) and close presence sources."""
        self._timer.stop()
        if self._presence is not None:
            self._presence.stop()

    @property
    def running(self) -> bool:
        """Started and not stopped."""
        return self._timer.isActive()

    def poke(self) -> None:
        """Poll now: after submit, reply, sign-in, or the user's Refresh."""
        self.scheduler.poke()
        self.tick()

    def tick(self) -> None:
        """One heartbeat: maybe probe power, maybe poll."""
        self._ticks += 1
        if self._power_probe is not None and self._ticks % _PROBE_EVERY_TICKS == 1:
            self._runner.run_task(self._power_probe, self._power_known,
                                  lambda exc: log.debug("power probe failed: %s", exc))
        if self._presence is not None:
            self._presence.sample()
        if self.scheduler.tick():
            self._runner.run_task(self.sync.poll, self._done, self._failed)

    def _power_known(self, state: PowerState) -> None:
        self.scheduler.set_on_battery(state.on_battery)

    def _presence_changed(self, presence: Presence) -> None:
        self.scheduler.set_presence(presence)
        self._poll_if_due()

    def _resumed(self) -> None:
        self.scheduler.resumed()
        self._poll_if_due()

    def _poll_if_due(self) -> None:
        # a return or a resume may make a poll due now; no heartbeat (nor sample) for that
        if self.running and self.scheduler.tick():
            self._runner.run_task(self.sync.poll, self._done, self._failed)

    def _done(self, result: SyncResult) -> None:
        self.scheduler.succeeded(has_active_tickets=result.has_active_tickets)
        self.synced.emit(result)
        self.tick()  # a poke during the poll runs now

    def _failed(self, exc: BaseException) -> None:
        log.info("poll failed: %s", exc)
        self.scheduler.failed(exc)
        self.failed.emit(exc)
