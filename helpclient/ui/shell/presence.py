"""The Qt driver of presence: opens the platform's sources off the GUI thread, watches the pushed
ones with socket notifiers (no timer: the process sleeps until the bus writes), samples the
probe when the poller's heartbeat asks, and says when the combined answer changes or the
machine resumed. The rules live in ``core.tracking.presence``; the OS code in ``platform``.

A sample costs a wake-up of a worker thread (and an X server round trip on Linux), so a probe
is not sampled on every heartbeat while that cannot change the answer: a user whose last input
was ``i`` seconds ago cannot count as idle before ``away_after - i`` seconds have passed. They
are sampled again then — and at least every ``RESAMPLE_PRESENT_S``, for a lock only a sample
sees (Windows, macOS, the X server's own saver). Once idle or locked, every heartbeat samples:
the user's return must be noticed at once."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from helpclient.core.tracking.presence import (
    Presence,
    PresenceProbe,
    PresenceSample,
    PresenceTracker,
    PresenceUpdate,
    PresenceWatch,
)
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

# the longest a present user's probe goes unsampled (a lock seen late costs one poll at most)
RESAMPLE_PRESENT_S = 120.0

OpenProbe = Callable[[], PresenceProbe | None]
OpenWatches = Callable[[], list[PresenceWatch]]


class PresenceDriver(QObject):
    """Presence for the poller (``PollDriver`` connects ``changed`` and ``resumed``)."""

    # the combined presence changed: the new ``Presence``
    changed = Signal(object)
    # the platform said the machine woke from sleep
    resumed = Signal()

    def __init__(self, runner: TaskRunner, away_after: float, *,
                 open_probe: OpenProbe | None = None, open_watches: OpenWatches | None = None,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # wall-clock seconds: it runs on while the machine sleeps
        self._sampled_at: float | None = None
        self._quiet_until = 0.0  # no sample needed before this
        self._runner = runner
        self._open_probe = open_probe
        self._open_watches = open_watches
        self._tracker = PresenceTracker(away_after)
        self._probe: PresenceProbe | None = None
        self._watches: dict[PresenceWatch, QSocketNotifier] = {}
        self._started = False
        self._generation = 0  # a source opened before the last stop() is closed on arrival
        self._sampling = False
        self._reported = Presence.UNKNOWN

    @property
    def presence(self) -> Presence:
        """The combined answer now."""
        return self._tracker.presence

    def start(self) -> None:
        """Open the sources on a worker (they block briefly on buses and displays)."""
        if self._started or (self._open_probe is None and self._open_watches is None):
            return
        self._started = True
        self._generation += 1
        generation = self._generation
        open_probe, open_watches = self._open_probe, self._open_watches

        def open_all() -> tuple[PresenceProbe | None, list[PresenceWatch]]:
            # each on its own: a probe that cannot open must not cost the watches, or back
            probe: PresenceProbe | None = None
            watches: list[PresenceWatch] = []
            try:
                probe = open_probe() if open_probe else None
            except Exception as exc:  # an OS library not as documented: poll as before
                log.warning("presence probe not opened: %s", exc)
            try:
                watches = open_watches() if open_watches else []
            except Exception as exc:
                log.warning("presence watches not opened: %s", exc)
            return probe, watches

        self._runner.run_task(open_all, partial(self._opened, generation),
                              lambda exc: log.warning("presence sources not opened: %s", exc))

    def sample(self) -> None:
        """Read the sampled probe (off the GUI thread) when its answer may have changed; the
        heartbeat calls this."""
        probe = self._probe
        if probe is None or self._sampling or self._quiet(self._clock()):
            return
        self._sampling = True
        self._runner.run_task(probe.sample, partial(self._sampled, probe),
                              partial(self._sample_failed, probe))

    def stop(self) -> None:
        """Close every source (``start`` opens them again)."""
        self._started = False
        self._generation += 1
        for watch, notifier in list(self._watches.items()):
            self._drop(watch, notifier)
        if self._probe is not None and not self._sampling:
            self._probe.close()
        self._probe = None
        self._sampled_at = None
        self._tracker = PresenceTracker(self._tracker.away_after)
        self._report(self._tracker.apply([]))

    # --- results ----------------------------------------------------------------------------

    def _opened(self, generation: int,
                opened: tuple[PresenceProbe | None, list[PresenceWatch]]) -> None:
        probe, watches = opened
        if generation != self._generation:  # stopped while opening
            if probe is not None:
                probe.close()
            for watch in watches:
                watch.close()
            return
        self._probe = probe
        names = [w.name for w in watches] + ([probe.name] if probe else [])
        log.info("presence sources: %s", ", ".join(names) or "none (polling as if present)")
        for watch in watches:
            notifier = QSocketNotifier(watch.fileno(), QSocketNotifier.Type.Read, self)
            notifier.activated.connect(partial(self._readable, watch))
            self._watches[watch] = notifier
            self._report(self._tracker.apply(watch.current()))
        self.sample()

    def _readable(self, watch: PresenceWatch, *_signal_args: object) -> None:
        # activated(socket, type) comes with arguments this reading does not need
        notifier = self._watches.get(watch)
        if notifier is None:
            return
        try:
            changes = watch.read()
        except Exception as exc:  # the bus went away, or spoke garbage: its word no longer holds
            log.info("presence source %s closed: %s", watch.name, exc)
            self._drop(watch, notifier)
            self._report(self._tracker.forget(watch.name))
            return
        self._report(self._tracker.apply(changes))

    def _quiet(self, now: float) -> bool:
        """True while the last sample says nothing can have changed (a clock set back
        samples at once)."""
        return self._sampled_at is not None and self._sampled_at <= now < self._quiet_until

    def _sampled(self, probe: PresenceProbe, reading: PresenceSample) -> None:
        self._sampling = False
        if probe is not self._probe:  # stopped meanwhile
            probe.close()
            return
        now = self._sampled_at = self._clock()
        self._quiet_until = now
        if reading.idle_seconds is not None and not reading.locked:
            to_idle = self._tracker.away_after - reading.idle_seconds
            if to_idle > 0:
                self._quiet_until = now + min(to_idle, RESAMPLE_PRESENT_S)
        self._report(self._tracker.sample(probe.name, reading))

    def _sample_failed(self, probe: PresenceProbe, exc: BaseException) -> None:
        self._sampling = False
        log.debug("presence probe %s failed: %s", probe.name, exc)
        if probe is not self._probe:
            probe.close()
            return
        self._report(self._tracker.forget(probe.name))

    def _report(self, update: PresenceUpdate) -> None:
        if update.presence is not self._reported:
            self._reported = update.presence
            log.info("presence: %s", update.presence.value)
            self.changed.emit(update.presence)
        if update.resumed:
            log.info("the machine resumed from sleep")
            self.resumed.emit()

    def _drop(self, watch: PresenceWatch, notifier: QSocketNotifier) -> None:
        notifier.setEnabled(False)
        notifier.deleteLater()
        del self._watches[watch]
        watch.close()
