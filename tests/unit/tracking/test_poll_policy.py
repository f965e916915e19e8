"""The poll policy, stepped with a fake clock: no test sleeps."""

from __future__ import annotations

import random

import pytest

from helpclient.core.errors import AuthError, RateLimited, ServerUnreachable
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def make(**policy: float) -> tuple[PollScheduler, Clock]:
    clock = Clock()
    return PollScheduler(PollPolicy(**policy), clock, random.Random(1)), clock


def run_until_poll(scheduler: PollScheduler, clock: Clock, limit: float = 10 * 86400) -> float:
    """Advance by heartbeats until tick() says poll; returns the seconds waited."""
    start = clock.now
    while not scheduler.tick():
        clock.now += scheduler.policy.heartbeat
        assert clock.now - start < limit, "never polled"
    return clock.now - start


def test_first_poll_at_once_then_jittered_active_interval():
    scheduler, clock = make()
    assert scheduler.tick()
    waits = []
    for _ in range(200):
        scheduler.succeeded(has_active_tickets=True)
        waits.append(run_until_poll(scheduler, clock))
    assert min(waits) >= 0.8 * 120 - 15 and max(waits) <= 1.2 * 120 + 15
    assert len(set(waits)) > 3, "no jitter"


def test_one_poll_in_flight_and_poke_during_it_runs_one_more_after():
    scheduler, _clock = make()
    assert scheduler.tick()
    scheduler.poke()
    assert not scheduler.tick()  # still in flight
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.tick(), "the poke asked during the poll runs right after it"


def test_poke_polls_now():
    scheduler, clock = make()
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 15
    assert not scheduler.tick()
    scheduler.poke()
    assert scheduler.tick()


def test_no_active_tickets_means_a_few_polls_a_day():
    scheduler, clock = make()
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=False)
    assert run_until_poll(scheduler, clock) >= 0.8 * 6 * 3600


def test_idle_and_battery_slow_down_and_coming_back_shortens_the_wait():
    scheduler, _clock = make(jitter=0)
    scheduler.tick()
    scheduler.set_idle(True)
    scheduler.set_on_battery(True)
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.seconds_until_due() == pytest.approx(120 * 3 * 2)
    scheduler.set_idle(False)
    scheduler.set_on_battery(False)
    assert scheduler.seconds_until_due() == pytest.approx(120)


def test_exponential_backoff_capped_and_reset_by_success():
    scheduler, clock = make(jitter=0)
    delays = []
    for _ in range(8):
        assert scheduler.tick()
        scheduler.failed(ServerUnreachable("down"))
        delays.append(scheduler.seconds_until_due())
        clock.now += delays[-1]
    assert delays[:4] == [30, 60, 120, 240]
    assert max(delays) == 1800
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.failures == 0
    assert scheduler.seconds_until_due() == pytest.approx(120)


def test_poke_does_not_break_a_backoff_poll_in_flight():
    scheduler, _clock = make(jitter=0)
    scheduler.tick()
    scheduler.poke()
    scheduler.failed(ServerUnreachable("down"))
    assert not scheduler.tick()
    assert scheduler.seconds_until_due() == 30


def test_retry_after_is_honoured_when_longer():
    scheduler, clock = make(jitter=0)
    scheduler.tick()
    scheduler.failed(RateLimited("slow down", retry_after=900))
    assert scheduler.seconds_until_due() == 900
    clock.now += 899
    assert not scheduler.tick()
    clock.now += 1
    assert scheduler.tick()


def test_auth_error_stops_polling_until_poked():
    scheduler, clock = make()
    scheduler.tick()
    scheduler.failed(AuthError("token revoked"))
    clock.now += 7 * 86400
    assert not scheduler.tick()
    scheduler.poke()  # signed in again
    assert scheduler.tick()


def test_wake_from_sleep_polls_at_once():
    scheduler, clock = make()
    scheduler.tick()
    scheduler.succeeded(has_active_tickets=False)  # next due in ~6 h
    clock.now += 15
    assert not scheduler.tick()
    clock.now += 2 * 3600  # suspended: the heartbeat did not run for two hours
    assert scheduler.tick()


def test_clock_set_backwards_does_not_stall_polling():
    scheduler, clock = make(jitter=0)
    scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now -= 30 * 86400
    scheduler.tick()
    assert scheduler.seconds_until_due() <= 120
