"""Fleet load of the poll policy: measured on one client, scaled to 100,000.

Runs the real poller (``PresenceTracker`` + ``PollScheduler`` + ``TicketSync`` + the RT backend)
against a local, real Request Tracker 5 with an accelerated clock: the scheduler's clock is
simulated and steps by heartbeats, the HTTP requests are real and counted. Support (root, over
REST2) replies at random simulated moments.

A simulated user has a day: at the computer for stretches between breaks, away the rest of the
day and night (the machine stays on: the most polls). Presence reaches the policy the way a
sampled probe sees it — idle once there was no input for the policy's ``away_after``, back at
the first heartbeat after the user returns — which is the slowest of the real sources (a pushed
unlock arrives at once). Every number of the policy is the policy's own (``PollPolicy()``).

Notification latency of a reply: from the later of the reply and the user's return to the poll
that turns it into a notification (news already shown when the user comes back counts 0 s).

Two regimes are measured, then combined by the fleet model:

* D: the user has an open request (days of the schedule above);
* C: no open request (the rest of a fleet, most of the time).

Other connectors (``--backend glpi|zammad|redmine|zendesk|all``): their helpdesks cannot run
here, so the RT run's polls are re-costed with each connector's requests per "what changed since
T" page and per conversation, counted on the contract suite's replay of its recorded exchanges
(``tests/contract/poll_cost.py``); the RT row stays as measured.

Usage: ``python benchmarks/fleet_model.py [--days 3] [--presence none] [--backend all]``
(``none``: nothing detectable, the fallback pace). Prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from figures import record

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.errors import HelpdeskError
from helpclient.core.models import NewTicket
from helpclient.core.tracking.activity import ChangeKind, notices
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.presence import PresenceSample, PresenceTracker
from helpclient.core.tracking.sync import TicketSync
from helpclient.demo.rt_instance import RTInstance, create_instance

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "tests" / d) for d in ("contract", "")]
from connectors import CONNECTORS  # noqa: E402 - the contract suite's, from the path above
from poll_cost import PollCost, measure  # noqa: E402

CLIENTS = 100_000
TARGET_RPS = 50.0
TARGET_MEDIAN_S = 120.0
SHARES = (0.05, 0.10, 0.20)
DAY = 86400.0


@dataclass(frozen=True)
class UserDay:
    """The assumptions about a user's day (not the policy's: those come from PollPolicy)."""

    at_computer_hours: float = 8.0  # a third of the day
    arrival_hour: float = 9.0
    arrival_spread_hours: float = 0.5
    breaks: int = 4  # coffee, meetings, lunch
    break_minutes: tuple[float, float] = (10.0, 60.0)
    reply_at_computer_min: float = 40.0  # mean minutes between support's replies
    reply_away_min: float = 90.0

    def stretches(self, rng: random.Random, days: int) -> list[tuple[float, float]]:
        """When the user is at the computer: (start, end) in seconds from midnight of day 0."""
        present: list[tuple[float, float]] = []
        total = self.at_computer_hours * 3600
        for day in range(days):
            t = day * DAY + 3600 * (self.arrival_hour + rng.uniform(
                -self.arrival_spread_hours, self.arrival_spread_hours))
            cuts = sorted(rng.uniform(0, total) for _ in range(self.breaks))
            lengths = [b - a for a, b in zip([0.0, *cuts], [*cuts, total], strict=True)]
            for i, length in enumerate(lengths):
                present.append((t, t + length))
                t += length
                if i < self.breaks:
                    t += 60 * rng.uniform(*self.break_minutes)
        return present


class Timeline:
    """Where the user is at a simulated moment (seconds from midnight of day 0)."""

    def __init__(self, stretches: list[tuple[float, float]]) -> None:
        self.stretches = stretches
        self._starts = [s for s, _ in stretches]

    def _index(self, t: float) -> int:
        return bisect_right(self._starts, t) - 1

    def present(self, t: float) -> bool:
        i = self._index(t)
        return i >= 0 and t < self.stretches[i][1]

    def idle_seconds(self, t: float) -> float:
        """Seconds since the last input (0 at the computer; the night before day 0 counts
        as left at 18:00)."""
        i = self._index(t)
        if i >= 0 and t < self.stretches[i][1]:
            return 0.0
        left = self.stretches[i][1] if i >= 0 else -6 * 3600.0
        return t - left

    def seen_from(self, t: float) -> float | None:
        """When a reply at ``t`` can first be read: at once, or at the user's return."""
        if self.present(t):
            return t
        i = self._index(t) + 1
        return self.stretches[i][0] if i < len(self.stretches) else None


@dataclass
class Regime:
    """One measured regime."""

    name: str
    hours: float
    open_ticket: bool
    requests: int = 0
    polls: int = 0
    present_requests: int = 0
    present_hours: float = 0.0
    replies: int = 0
    list_requests: int = 0  # during list_my_tickets (the polls' listing pages)
    conversations: int = 0  # conversation calls of the polls
    conversation_requests: int = 0
    # (latency s, the reply came while the user was at the computer)
    latencies: list[tuple[float, bool]] = field(default_factory=list)

    @property
    def per_hour(self) -> float:
        return self.requests / self.hours

    def recosted(self, rt: PollCost, other: PollCost) -> Regime:
        """This RT-measured regime with ``other``'s requests per page and per conversation."""
        rest = self.requests - self.list_requests - self.conversation_requests
        lists = round(self.list_requests * other.per_page / rt.per_page)
        talks = self.conversations * other.conversation
        return replace(self, name=f"{self.name} ({other.connector})",
                       requests=rest + lists + talks, list_requests=lists,
                       conversation_requests=talks)


class Metered:
    """The backend, with the requests of its polls' calls counted into a regime."""

    def __init__(self, backend: HelpdeskBackend, regime: Regime,
                 requests_made: Callable[[], int]) -> None:
        self._backend, self._regime, self._made = backend, regime, requests_made

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    def list_my_tickets(self, changed_since: datetime | None = None) -> Any:
        before = self._made()
        try:
            return self._backend.list_my_tickets(changed_since)
        finally:
            self._regime.list_requests += self._made() - before

    def conversation(self, ticket_id: str) -> Any:
        before = self._made()
        try:
            return self._backend.conversation(ticket_id)
        finally:
            self._regime.conversations += 1
            self._regime.conversation_requests += self._made() - before


class SimClock:
    """Wall-clock seconds, moved by the simulation only."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def aware(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)


def simulate(regime: Regime, *, backend: HelpdeskBackend, post_reply: Callable[[], None],
             requests_made: Callable[[], int], timeline: Timeline, day: UserDay,
             policy: PollPolicy, cache: TicketCache, seed: int, detect: bool = True) -> None:
    """Step one client through ``regime.hours`` by heartbeats; fill in the regime's figures.
    ``detect``: presence reaches the scheduler (False: nothing detectable)."""
    rng = random.Random(seed)
    clock = SimClock()
    origin = clock.now
    metered: Any = Metered(backend, regime, requests_made)
    sync = TicketSync(lambda: metered, cache, clock.aware)
    scheduler = PollScheduler(policy, clock, random.Random(seed + 1))
    tracker = PresenceTracker(policy.away_after)
    pending: list[float] = []
    start = requests_made()
    steps = int(regime.hours * 3600 / policy.heartbeat)
    for _ in range(steps):
        t = clock.now - origin
        present = timeline.present(t)
        regime.present_hours += policy.heartbeat / 3600 if present else 0.0
        if detect:
            reading = PresenceSample(idle_seconds=timeline.idle_seconds(t))
            scheduler.set_presence(tracker.sample("model", reading).presence)
        mean = day.reply_at_computer_min if present else day.reply_away_min
        if regime.open_ticket and rng.random() < policy.heartbeat / (60 * mean):
            post_reply()
            regime.replies += 1
            pending.append(t - rng.uniform(0, policy.heartbeat))  # during the last heartbeat
        before = requests_made()
        if scheduler.tick():
            regime.polls += 1
            try:
                result = sync.poll()
            except HelpdeskError as exc:
                scheduler.failed(exc)
            else:
                scheduler.succeeded(has_active_tickets=result.has_active_tickets)
                shown = notices(result.changes, enabled=True, quiet=None,
                                now_local=clock.aware())
                if shown and any(c.kind == ChangeKind.REPLY for c in result.changes):
                    for replied in pending:
                        seen = timeline.seen_from(replied)
                        if seen is not None:
                            regime.latencies.append((max(0.0, t - seen),
                                                     timeline.present(replied)))
                    pending.clear()
        if present:
            regime.present_requests += requests_made() - before
        clock.now += policy.heartbeat
    regime.requests = requests_made() - start


def run_regime(rt: RTInstance, regime: Regime, work: Path, seed: int, *, timeline: Timeline,
               day: UserDay, policy: PollPolicy, detect: bool) -> None:
    """``simulate`` against the real RT instance ``rt``."""
    count = [0]
    session = requests.Session()
    session.hooks["response"].append(lambda r, *a, **k: count.__setitem__(0, count[0] + 1))
    backend = RequestTrackerBackend(rt.url, rt.user_token, session=session)
    admin = requests.Session()
    admin.headers["Authorization"] = f"token {rt.admin_token}"
    ticket_id = ""
    if regime.open_ticket:
        ticket_id = backend.create_ticket(NewTicket(
            subject=f"fleet bench {regime.name}", body="bench",
            requestor_email=rt.user_email)).id
    else:  # the seeded user may have open tickets from earlier regimes: solve them
        for ticket in backend.list_my_tickets():
            if ticket.status.is_active:
                backend.solve(ticket.id)

    def post_reply() -> None:
        admin.post(f"{rt.rest_url}/ticket/{ticket_id}/correspond", json={
            "Content": "Support message. Could you check again?",
            "ContentType": "text/plain"}, timeout=30).raise_for_status()
        time.sleep(1.05)  # RT stamps with one-second resolution: keep replies apart

    cache = TicketCache(work / f"{regime.name}.sqlite", "bench")
    try:
        simulate(regime, backend=backend, post_reply=post_reply,
                 requests_made=lambda: count[0], timeline=timeline, day=day, policy=policy,
                 cache=cache, seed=seed, detect=detect)
    finally:
        if ticket_id:
            backend.solve(ticket_id)
        cache.close()
        backend.close()
        admin.close()


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (nearest rank) of ``values``."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))]


def fleet_rps(share: float, open_: Regime, dormant: Regime) -> float:
    """Requests/s of the fleet with ``share`` of clients holding an open request."""
    return CLIENTS * (share * open_.per_hour + (1 - share) * dormant.per_hour) / 3600


def describe(policy: PollPolicy, day: UserDay, detect: bool) -> list[str]:
    """The model's assumptions, the policy's numbers read from the policy itself."""
    away = (f"every {policy.away_interval / 60:g} min while idle (no input for "
            f"{policy.away_after / 60:g} min) or locked, and at once on the user's return"
            if detect else "the same when idle or locked (presence not detectable)")
    lo, hi = day.break_minutes
    return [
        f"poll policy: with an open request every {policy.active_interval / 60:g} min "
        f"(±{policy.jitter:.0%}) at the computer, {away}; without one every "
        f"{policy.dormant_interval / 3600:g} h; heartbeat {policy.heartbeat:g} s",
        f"user day: at the computer {day.at_computer_hours:g} h from about "
        f"{day.arrival_hour:g}:00 in {day.breaks + 1} stretches between {day.breaks} breaks of "
        f"{lo:g}-{hi:g} min; away the rest (evening, night), the machine on",
        f"presence as a sampled probe sees it: idle after {policy.away_after:g} s without "
        f"input, back at the next heartbeat ({policy.heartbeat:g} s at most)",
        f"support replies every {day.reply_at_computer_min:g} min on average while the user "
        f"is at the computer, every {day.reply_away_min:g} min while away",
    ]


def report(open_: Regime, dormant: Regime, policy: PollPolicy, day: UserDay,
           detect: bool) -> None:
    """Print the figures."""
    print("assumptions:")
    for line in describe(policy, day, detect):
        print(f"  {line}")
    for r in (open_, dormant):
        print(f"  {r.name:<20} {r.polls:>4} polls, {r.requests:>5} HTTP requests "
              f"= {r.per_hour:6.2f} requests per client-hour")
    away_hours = open_.hours - open_.present_hours
    print(f"    of which at the computer {open_.present_requests / open_.present_hours:.2f} "
          f"per hour ({open_.present_hours:.0f} h), away "
          f"{(open_.requests - open_.present_requests) / away_hours:.2f} per hour "
          f"({away_hours:.0f} h)")
    print(f"\nfleet model: {CLIENTS:,} clients")
    for share in SHARES:
        rps = fleet_rps(share, open_, dormant)
        verdict = "OK" if rps <= TARGET_RPS else "OVER"
        print(f"  {share:4.0%} with an open request: {rps:5.1f} requests/s "
              f"(target <= {TARGET_RPS:.0f}) {verdict}")
        record(f"fleet load, {CLIENTS:,} clients, {share:.0%} with an open request",
               round(rps, 1), "req/s", target=f"<= {TARGET_RPS:.0f}", ok=rps <= TARGET_RPS)
    all_ = [lat for lat, _ in open_.latencies]
    at = [lat for lat, present in open_.latencies if present]
    away = [lat for lat, present in open_.latencies if not present]
    median = statistics.median(all_) if all_ else float("nan")
    print(f"\nnotification latency of {len(all_)} support replies ({open_.replies} sent; "
          "the last ones may wait for the run's end), from the later of the reply and the "
          "user's return:")
    print(f"  median {median:.0f} s (target <= {TARGET_MEDIAN_S:.0f} s) "
          f"{'OK' if median <= TARGET_MEDIAN_S else 'OVER'}, "
          f"95th percentile {percentile(all_, 0.95):.0f} s")
    record("median notification latency", round(median), "s",
           target=f"<= {TARGET_MEDIAN_S:.0f}", ok=median <= TARGET_MEDIAN_S)
    for label, values in (("replied at the computer", at), ("replied while away", away)):
        if values:
            print(f"  {label}: {len(values)}, median {statistics.median(values):.0f} s, "
                  f"95th {percentile(values, 0.95):.0f} s")


def report_connectors(open_: Regime, dormant: Regime, names: list[str]) -> None:
    """The fleet's requests/s for each connector in ``names``: RT as measured, the others
    re-costed by their replay-counted requests per poll."""
    costs = {name: measure(CONNECTORS[name]) for name in dict.fromkeys(["rt", *names])}
    print("\nper-poll costs (counted on the contract suite's replays):")
    for cost in costs.values():
        print(f"  {cost.connector:<8} changed-since: {cost.per_poll:g} request per page "
              f"(+{cost.setup} once per connection), conversation: {cost.conversation} "
              f"requests; from {', '.join(cost.sources)}")
    talks = max(1, open_.conversations)
    print(f"  RT as measured in this run: {open_.list_requests / max(1, open_.polls):.2f} "
          f"listing requests per poll, {open_.conversation_requests / talks:.2f} per "
          f"conversation ({open_.conversations} conversations fetched)")
    print(f"\nfleet model per connector: {CLIENTS:,} clients, requests/s "
          f"(target <= {TARGET_RPS:.0f})")
    print("  connector " + "".join(f"{share:>8.0%}" for share in SHARES))
    for name in names:
        pair = (open_, dormant) if name == "rt" else tuple(
            r.recosted(costs["rt"], costs[name]) for r in (open_, dormant))
        print(f"  {name:<9} " + "".join(f"{fleet_rps(share, *pair):8.1f}" for share in SHARES))


def main() -> int:
    """Run both regimes against a fresh local RT and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=3,
                        help="simulated days with an open request")
    parser.add_argument("--presence", choices=("detected", "none"), default="detected")
    parser.add_argument("--poll-minutes", type=int, default=0,
                        help="the sync.poll_minutes setting (default: the policy's own)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--backend", choices=(*CONNECTORS, "all"), default="rt",
                        help="the connector(s) to cost the polls for (RT is measured)")
    parser.add_argument("--rt-dir", type=Path, default=Path(tempfile.gettempdir()) /
                        "helpclient-fleet-bench-rt")
    args = parser.parse_args()
    policy, day = PollPolicy(), UserDay()
    if args.poll_minutes:  # as services.poll_policy reads the setting
        policy = replace(policy, active_interval=60.0 * args.poll_minutes)
    detect = args.presence == "detected"
    timeline = Timeline(day.stretches(random.Random(args.seed), args.days))
    regimes = [Regime("D-open-request", 24.0 * args.days, open_ticket=True),
               Regime("C-no-open-request", 24.0, open_ticket=False)]
    rt = create_instance(args.rt_dir)
    rt.start()
    began = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as work:
            for seed, regime in enumerate(regimes):
                run_regime(rt, regime, Path(work), args.seed * 100 + seed, timeline=timeline,
                           day=day, policy=policy, detect=detect)
    finally:
        rt.stop()
    print(f"accelerated run: {sum(r.hours for r in regimes):.0f} simulated client-hours in "
          f"{time.perf_counter() - began:.0f} s of real time against RT at {rt.url}")
    report(*regimes, policy, day, detect)
    report_connectors(*regimes, list(CONNECTORS) if args.backend == "all" else [args.backend])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
