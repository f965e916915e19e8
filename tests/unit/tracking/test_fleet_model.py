"""The fleet model (benchmarks/fleet_model.py) runs the policy's own numbers, not copies: its
simulated client is stepped through the real tracker and scheduler, so a change of the policy
shows in the model's figures and printed assumptions. Here against a fake helpdesk (the real
run uses a local RT 5)."""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from helpclient.core.models import Message, Ticket, TicketStatus
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "benchmarks"))
from fleet_model import Regime, Timeline, UserDay, describe, simulate  # noqa: E402  (not a package)

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
QUIET_SUPPORT = UserDay(reply_at_computer_min=1e12, reply_away_min=1e12)


class FakeHelpdesk:
    """One open ticket; every call is one request; support's replies update it."""

    def __init__(self) -> None:
        self.requests = 0
        self.ticket = Ticket("1", "Printer", TicketStatus.OPEN, "open", T0, T0)
        self.messages = [Message("0", "alice", T0, "It does not print.")]

    def list_my_tickets(self, changed_since=None):
        self.requests += 1
        if changed_since is not None and self.ticket.updated < changed_since:
            return []
        return [self.ticket]

    def conversation(self, ticket_id):
        self.requests += 1
        return list(self.messages)

    def support_replies(self) -> None:
        updated = self.ticket.updated + timedelta(minutes=1)
        self.ticket = Ticket("1", "Printer", TicketStatus.OPEN, "open", T0, updated)
        self.messages.append(Message(str(len(self.messages)), "bob", updated, "Try again?",
                                     from_support=True))


# the cache commits (and syncs to disk) after every poll: in memory-backed /dev/shm the
# hundreds of polls of a simulated day take a second instead of several
SHM = Path("/dev/shm") if Path("/dev/shm").is_dir() else None


def run(policy: PollPolicy, day: UserDay, *, days: int = 2, detect: bool = True) -> Regime:
    helpdesk = FakeHelpdesk()
    regime = Regime("D", 24.0 * days, open_ticket=True)
    timeline = Timeline(day.stretches(random.Random(5), days))
    with tempfile.TemporaryDirectory(dir=SHM) as work:
        cache = TicketCache(Path(work) / "tickets.sqlite", "bench")
        try:
            simulate(regime, backend=helpdesk, post_reply=helpdesk.support_replies,
                     requests_made=lambda: helpdesk.requests, timeline=timeline, day=day,
                     policy=policy, cache=cache, seed=3, detect=detect)
        finally:
            cache.close()
    return regime


def away_per_hour(regime: Regime) -> float:
    return (regime.requests - regime.present_requests) / (regime.hours - regime.present_hours)


def test_the_user_day_is_a_third_at_the_computer_in_stretches():
    day = UserDay()
    stretches = day.stretches(random.Random(1), 3)
    assert len(stretches) == 3 * (day.breaks + 1)
    assert sum(end - start for start, end in stretches) == pytest.approx(3 * 8 * 3600)
    timeline = Timeline(stretches)
    first_start, first_end = stretches[0]
    assert timeline.present(first_start + 1) and not timeline.present(first_start - 1)
    assert timeline.idle_seconds(first_end + 600) == pytest.approx(600)
    assert timeline.seen_from(first_end + 600) == stretches[1][0], "read at the return"


@pytest.fixture(scope="module")
def hourly():
    return run(PollPolicy(), QUIET_SUPPORT)


def test_the_model_polls_at_the_policy_pace(hourly):
    policy = PollPolicy()
    at_computer = hourly.present_requests / hourly.present_hours
    # every active_interval (jittered), rounded up to the next heartbeat
    assert 3600 / (policy.active_interval + policy.heartbeat) < at_computer < 3600 / (
        policy.active_interval * 0.95)
    # hourly while away; the first away_after of each absence (not yet noticed) at the pace
    # at the computer
    assert 3600 / policy.away_interval < away_per_hour(hourly) < 2.5 * 3600 / (
        policy.away_interval)


def test_a_change_of_the_policy_shows_in_the_model(hourly):
    half_hourly = run(PollPolicy(away_interval=1800), QUIET_SUPPORT)
    assert away_per_hour(half_hourly) - away_per_hour(hourly) > 0.5
    undetected = run(PollPolicy(), QUIET_SUPPORT, days=1, detect=False)
    assert away_per_hour(undetected) > 10 * away_per_hour(hourly), "the fallback pace"


def test_replies_while_away_are_news_at_the_return():
    policy = PollPolicy()
    regime = run(policy, UserDay(reply_at_computer_min=40, reply_away_min=90))
    at_computer = [lat for lat, present in regime.latencies if present]
    away = [lat for lat, present in regime.latencies if not present]
    assert at_computer and away
    assert max(at_computer) <= policy.active_interval * (1 + policy.jitter) + 2 * policy.heartbeat
    # the return is seen at the next heartbeat, and polls at once
    assert max(away) <= policy.heartbeat


def test_the_printed_assumptions_are_the_policys_numbers():
    text = "\n".join(describe(PollPolicy(), UserDay(), detect=True))
    assert "every 2 min (±20%) at the computer" in text
    assert "every 60 min while idle (no input for 5 min) or locked" in text
    text = "\n".join(describe(PollPolicy(active_interval=180, away_interval=5400,
                                         away_after=600), UserDay(), detect=True))
    assert "every 3 min" in text and "every 90 min while idle (no input for 10 min)" in text
