"""The poll policy, stepped with a fake clock: no test sleeps."""

from __future__ import annotations

import random

import pytest

from helpclient.core.errors import AuthError, RateLimited, ServerUnreachable
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.presence import Presence


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


def test_battery_slows_down_and_mains_shortens_the_wait():
    scheduler, _clock = make(jitter=0)
    scheduler.tick()
    scheduler.set_on_battery(True)
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.seconds_until_due() == pytest.approx(120 * 2)
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


# --- presence: nobody at the computer, coming back --------------------------------------------


def polls_over(scheduler: PollScheduler, clock: Clock, seconds: float) -> int:
    """Polls (all succeeding, with an open request) while ``seconds`` pass by heartbeats."""
    polls = 0
    end = clock.now + seconds
    while clock.now < end:
        if scheduler.tick():
            polls += 1
            scheduler.succeeded(has_active_tickets=True)
        clock.now += scheduler.policy.heartbeat
    return polls


def present_and_polled(**policy: float) -> tuple[PollScheduler, Clock]:
    scheduler, clock = make(**policy)
    scheduler.set_presence(Presence.PRESENT)
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    return scheduler, clock


@pytest.mark.parametrize("away", [Presence.IDLE, Presence.LOCKED])
def test_away_polls_rarely(away):
    scheduler, clock = present_and_polled()
    assert polls_over(scheduler, clock, 3600) >= 25  # every ~2 min at the computer
    scheduler.set_presence(away)
    # the poll already due still runs; then one an hour
    assert polls_over(scheduler, clock, 10 * 3600) <= 11
    scheduler.set_presence(Presence.PRESENT)
    assert polls_over(scheduler, clock, 3600) >= 25


def test_away_waits_the_away_interval_times_the_battery_factor_at_most_the_cap():
    scheduler, _clock = present_and_polled(jitter=0)
    scheduler.set_presence(Presence.LOCKED)
    assert scheduler.tick() is False
    scheduler.next_due = 0  # the pending poll runs
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.seconds_until_due() == pytest.approx(3600)
    scheduler.set_on_battery(True)
    scheduler.tick()
    scheduler.next_due = 0
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.seconds_until_due() == pytest.approx(7200)
    scheduler.succeeded(has_active_tickets=False)  # dormant: never slower than the cap
    assert scheduler.seconds_until_due() == pytest.approx(6 * 3600)


@pytest.mark.parametrize("away", [Presence.IDLE, Presence.LOCKED])
def test_coming_back_polls_at_once_with_an_open_request(away):
    scheduler, clock = present_and_polled(jitter=0)
    scheduler.set_presence(away)
    clock.now += 300  # the poll due at 2 min ran; the next waits an hour
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 600
    assert not scheduler.tick()
    scheduler.set_presence(Presence.PRESENT)  # unlocked, or input after idle
    assert scheduler.tick(), "back at the computer: poll now"
    scheduler.succeeded(has_active_tickets=True)
    assert scheduler.seconds_until_due() == pytest.approx(120)


def test_coming_back_without_an_open_request_asks_nothing():
    scheduler, clock = make(jitter=0)
    scheduler.set_presence(Presence.LOCKED)
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=False)
    assert polls_over(scheduler, clock, 3600) == 0
    scheduler.set_presence(Presence.PRESENT)
    assert not scheduler.tick()
    assert scheduler.seconds_until_due() == pytest.approx(5 * 3600)


def test_coming_back_right_after_a_poll_or_during_a_backoff_asks_nothing_more():
    scheduler, clock = present_and_polled(jitter=0)
    scheduler.set_presence(Presence.LOCKED)
    clock.now += 200
    assert scheduler.tick()  # the poll due before the lock runs
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 20
    scheduler.set_presence(Presence.PRESENT)
    assert not scheduler.tick(), "a poll 20 s ago already has the news"
    assert scheduler.seconds_until_due() == pytest.approx(120)

    scheduler.set_presence(Presence.IDLE)
    clock.now += 200
    assert scheduler.tick()
    scheduler.failed(ServerUnreachable("down"))
    clock.now += 25
    scheduler.set_presence(Presence.PRESENT)
    assert not scheduler.tick(), "the backoff holds"


def test_waking_while_locked_waits_for_the_unlock():
    scheduler, clock = present_and_polled(jitter=0)
    scheduler.set_presence(Presence.LOCKED)
    clock.now += 200
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 15
    assert not scheduler.tick()
    clock.now += 1800  # suspended half an hour
    scheduler.resumed()  # logind says so (and the wall clock jumped)
    assert not scheduler.tick(), "nobody can read it yet"
    clock.now += 30
    scheduler.set_presence(Presence.PRESENT)
    assert scheduler.tick(), "unlocked after the wake"


@pytest.mark.parametrize("presence", [Presence.PRESENT, Presence.UNKNOWN])
def test_waking_polls_at_once_unless_locked(presence):
    scheduler, clock = make()
    scheduler.set_presence(presence)
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 15
    assert not scheduler.tick()
    clock.now += 600
    scheduler.resumed()  # the platform's word
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 3 * 3600  # a second sleep, noticed by the wall clock's jump alone
    assert scheduler.tick()


def test_a_resume_its_clock_jump_and_the_unlock_cost_one_poll():
    scheduler, clock = present_and_polled()
    clock.now += 15
    scheduler.tick()
    clock.now += 4 * 3600
    scheduler.resumed()
    assert scheduler.tick()  # one poll at the resume
    scheduler.succeeded(has_active_tickets=True)
    clock.now += 15
    assert not scheduler.tick()
    scheduler.set_presence(Presence.IDLE)
    scheduler.set_presence(Presence.PRESENT)
    assert not scheduler.tick()


def test_unknown_presence_keeps_the_pace_at_the_computer():
    # nothing detectable: exactly what HelpClient did before presence existed
    scheduler, clock = make()
    assert scheduler.presence is Presence.UNKNOWN
    assert scheduler.tick()
    scheduler.succeeded(has_active_tickets=True)
    assert polls_over(scheduler, clock, 10 * 3600) >= 250
