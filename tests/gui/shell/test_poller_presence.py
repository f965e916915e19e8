"""The poller follows presence: away → rare polls, back → a poll at once, resume while locked →
none until the unlock. Only the OS edge is faked: a watch whose descriptor is a real socket the
Qt notifier waits on, a sampled probe, and logind itself on a private D-Bus."""

from __future__ import annotations

import random
import socket
from datetime import UTC, datetime

import pytest
from dbus_fakes import fake_logind, logind_hints, logind_sleep, private_bus

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.presence import Fact, Presence, PresenceChange, PresenceSample
from helpclient.core.tracking.sync import TicketSync
from helpclient.platform.presence_dbus import open_logind
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.presence import RESAMPLE_PRESENT_S, PresenceDriver

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class CountingHelpdesk:
    """One open ticket; counts the polls ("what changed since T")."""

    def __init__(self) -> None:
        self.polls = 0

    def list_my_tickets(self, changed_since=None):
        self.polls += 1
        return [Ticket("1", "Printer", TicketStatus.OPEN, "open", T0, T0)]

    def conversation(self, ticket_id):
        return []


class SocketWatch:
    """A pushed source whose descriptor is one end of a real socket pair: ``say`` writes a
    byte to the other end (what a bus does), ``read`` drains it and hands over the changes."""

    name = "fake"

    def __init__(self, initial: list[PresenceChange]) -> None:
        self._ours, self._theirs = socket.socketpair()
        self._ours.setblocking(False)
        self._initial = initial
        self._pending: list[PresenceChange] = []
        self.closed = False

    def fileno(self) -> int:
        return self._ours.fileno()

    def current(self) -> list[PresenceChange]:
        return list(self._initial)

    def say(self, *changes: PresenceChange) -> None:
        self._pending.extend(changes)
        self._theirs.send(b"!")

    def read(self) -> list[PresenceChange]:
        try:
            while self._ours.recv(64):
                pass
        except BlockingIOError:
            pass
        changes, self._pending = self._pending, []
        return changes

    def close(self) -> None:
        self.closed = True
        self._ours.close()
        self._theirs.close()


class InputClock:
    """A probe over the test's clock: idle time is the time since the last input."""

    name = "x11"

    def __init__(self, clock: list[float]) -> None:
        self.clock = clock
        self.last_input = clock[0]
        self.samples = 0
        self.locked: bool | None = None

    def sample(self) -> PresenceSample:
        self.samples += 1
        return PresenceSample(idle_seconds=self.clock[0] - self.last_input, locked=self.locked)

    def close(self) -> None:
        pass


class FakeProbe:
    name = "x11"

    def __init__(self) -> None:
        self.idle_seconds = 0.0
        self.closed = False

    def sample(self) -> PresenceSample:
        return PresenceSample(idle_seconds=self.idle_seconds)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def helpdesk():
    return CountingHelpdesk()


def make_poller(tmp_path, helpdesk, *, open_probe=None, open_watches=None):
    clock = [1_000_000.0]
    runner = TaskRunner(synchronous=True)
    cache = TicketCache(tmp_path / "tickets.sqlite", "https://rt.example")
    sync = TicketSync(lambda: helpdesk, cache, lambda: datetime.fromtimestamp(clock[0], UTC))
    policy = PollPolicy()
    scheduler = PollScheduler(policy, lambda: clock[0], random.Random(3))
    presence = PresenceDriver(runner, policy.away_after, open_probe=open_probe,
                              open_watches=open_watches, clock=lambda: clock[0])
    poller = PollDriver(scheduler, sync, runner, presence=presence)
    return poller, cache, clock, presence


def heartbeats(poller, clock, seconds: float) -> None:
    """Let ``seconds`` pass by heartbeats (what the poller's timer does, sped up)."""
    for _ in range(int(seconds // 15)):
        clock[0] += 15
        poller.tick()


def locked(value: bool) -> PresenceChange:
    return PresenceChange("fake", Fact.LOCKED, value)


def test_a_lock_slows_polling_and_the_unlock_polls_at_once(qtbot, tmp_path, helpdesk):
    watch = SocketWatch([locked(False)])
    poller, cache, clock, _ = make_poller(tmp_path, helpdesk, open_watches=lambda: [watch])
    poller.start()
    assert helpdesk.polls == 1 and poller.scheduler.presence is Presence.PRESENT
    heartbeats(poller, clock, 600)
    at_work = helpdesk.polls - 1
    assert at_work >= 4, "every ~2 minutes at the computer"

    watch.say(locked(True))
    qtbot.waitUntil(lambda: poller.scheduler.presence is Presence.LOCKED)
    before = helpdesk.polls
    heartbeats(poller, clock, 3000)
    assert helpdesk.polls - before <= 1, "locked: at most the poll that was already due"

    before = helpdesk.polls
    watch.say(locked(False))  # the OS says: unlocked
    qtbot.waitUntil(lambda: helpdesk.polls == before + 1)
    assert poller.scheduler.presence is Presence.PRESENT
    poller.stop()
    assert watch.closed
    cache.close()


def test_input_after_idle_noticed_on_the_heartbeat_polls_at_once(qtbot, tmp_path, helpdesk):
    probe = FakeProbe()
    poller, cache, clock, _ = make_poller(tmp_path, helpdesk, open_probe=lambda: probe)
    poller.start()
    probe.idle_seconds = 400  # nobody touched the computer for more than five minutes
    heartbeats(poller, clock, 300)  # sampled again when it could first count as idle
    assert poller.scheduler.presence is Presence.IDLE
    heartbeats(poller, clock, 1200)
    before = helpdesk.polls
    heartbeats(poller, clock, 1200)
    assert helpdesk.polls == before, "idle: nothing between the hourly polls"
    probe.idle_seconds = 2  # the mouse moved
    heartbeats(poller, clock, 15)
    assert helpdesk.polls == before + 1
    assert poller.scheduler.presence is Presence.PRESENT
    poller.stop()
    assert probe.closed
    cache.close()


def opened_over_the_clock(tmp_path, helpdesk):
    holder: list[InputClock] = []
    poller, cache, clock, _ = make_poller(
        tmp_path, helpdesk, open_probe=lambda: holder[0])
    holder.append(InputClock(clock))
    poller.start()
    return poller, cache, clock, holder[0]


def test_a_present_user_is_not_sampled_on_every_heartbeat(qtbot, tmp_path, helpdesk):
    poller, cache, clock, probe = opened_over_the_clock(tmp_path, helpdesk)
    for _ in range(40):  # ten minutes of heartbeats, the user busy at the keyboard
        probe.last_input = clock[0]
        heartbeats(poller, clock, 15)
    assert probe.samples <= 1 + 600 / RESAMPLE_PRESENT_S  # was one per heartbeat: 41
    assert poller.scheduler.presence is Presence.PRESENT
    poller.stop()
    cache.close()


def test_a_user_who_leaves_is_idle_on_time_and_back_at_once(qtbot, tmp_path, helpdesk):
    poller, cache, clock, probe = opened_over_the_clock(tmp_path, helpdesk)
    away_after = poller.scheduler.policy.away_after
    start = clock[0]  # the last input: nobody touches the computer from now on
    while poller.scheduler.presence is Presence.PRESENT:
        heartbeats(poller, clock, 15)
    assert clock[0] - start <= away_after + 15, "idle noticed on the heartbeat it became so"
    sampled = probe.samples
    heartbeats(poller, clock, 150)
    assert probe.samples >= sampled + 10, "idle: every heartbeat, to notice the return"
    before = helpdesk.polls
    probe.last_input = clock[0]  # the mouse moved
    heartbeats(poller, clock, 15)
    assert poller.scheduler.presence is Presence.PRESENT and helpdesk.polls == before + 1
    poller.stop()
    cache.close()


def test_a_locked_reading_or_a_clock_set_back_samples_on_every_heartbeat(qtbot, tmp_path,
                                                                         helpdesk):
    poller, cache, clock, probe = opened_over_the_clock(tmp_path, helpdesk)
    probe.locked = True  # the X server's own saver came on
    heartbeats(poller, clock, RESAMPLE_PRESENT_S)
    assert poller.scheduler.presence is Presence.LOCKED
    sampled = probe.samples
    heartbeats(poller, clock, 60)
    assert probe.samples >= sampled + 4
    probe.locked = None
    heartbeats(poller, clock, 15)
    assert poller.scheduler.presence is Presence.PRESENT
    sampled = probe.samples
    clock[0] -= 3600  # the clock was set back an hour
    poller.tick()
    assert probe.samples == sampled + 1
    poller.stop()
    cache.close()


def test_logind_lock_resume_and_unlock_drive_the_poller(qtbot, tmp_path, helpdesk):
    with private_bus() as bus:
        logind = fake_logind(bus)
        try:
            poller, cache, clock, presence = make_poller(
                tmp_path, helpdesk, open_watches=lambda: [open_logind(bus, session_id="31")])
            poller.start()
            assert poller.scheduler.presence is Presence.PRESENT
            logind_hints(logind, LockedHint=True)
            qtbot.waitUntil(lambda: poller.scheduler.presence is Presence.LOCKED)
            heartbeats(poller, clock, 600)
            before = helpdesk.polls
            clock[0] += 1200  # suspended for 20 minutes, then resumed: still locked
            with qtbot.waitSignal(presence.resumed):
                logind_sleep(logind, True)
                logind_sleep(logind, False)
            assert helpdesk.polls == before, "nobody can read it before the unlock"
            logind_hints(logind, LockedHint=False)
            qtbot.waitUntil(lambda: helpdesk.polls == before + 1)
            poller.stop()
            cache.close()
        finally:
            logind.close()


class BrokenWatch(SocketWatch):
    """Its bus sends something unreadable."""

    def read(self) -> list[PresenceChange]:
        super().read()
        raise ValueError("not a D-Bus message")


def test_a_source_that_fails_is_dropped_and_the_others_still_count(qtbot, tmp_path, helpdesk):
    broken = BrokenWatch([locked(True)])

    def no_probe():
        raise AttributeError("libXss without XScreenSaverQueryInfo")

    poller, cache, _clock, presence = make_poller(tmp_path, helpdesk, open_probe=no_probe,
                                                 open_watches=lambda: [broken])
    poller.start()
    assert presence.presence is Presence.LOCKED, "the watch opened though the probe did not"
    broken.say(locked(False))
    qtbot.waitUntil(lambda: broken.closed)
    assert presence.presence is Presence.UNKNOWN, "its word no longer holds"
    assert poller.scheduler.presence is Presence.UNKNOWN
    poller.stop()
    cache.close()
