"""Fleet load of the poll policy: measured on one client, scaled to 100,000.

Runs the real poller (``PollScheduler`` + ``TicketSync`` + the RT backend) against a local,
real Request Tracker 5 with an accelerated clock: the scheduler's clock is simulated and steps
by heartbeats, the HTTP requests are real and counted. Support (root, over REST2) replies at
random simulated moments; a reply's notification latency is the simulated time from the reply
to the poll whose result turns it into a notification.

Three regimes are measured, then combined by a stated fleet model:

* A: the user has an open request and works at the computer;
* B: the user has an open request and the session is idle (locked, away);
* C: no open request (98 % of a fleet, most of the time).

Usage: ``python benchmarks/fleet_model.py [--hours-active 3] [--share-active 0.05]``.
Prints figures; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import requests
from figures import record

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.errors import HelpdeskError
from helpclient.core.models import NewTicket
from helpclient.core.tracking.activity import ChangeKind, notices
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.sync import TicketSync
from helpclient.demo.rt_instance import RTInstance, create_instance

CLIENTS = 100_000
TARGET_RPS = 50.0
TARGET_MEDIAN_S = 120.0


@dataclass
class Regime:
    """One measured regime."""

    name: str
    hours: float
    idle: bool
    open_ticket: bool
    reply_every_min: float  # mean minutes between support replies (0: none)
    requests: int = 0
    polls: int = 0
    latencies: list[float] = field(default_factory=list)

    @property
    def per_hour(self) -> float:
        return self.requests / self.hours


class SimClock:
    """Wall-clock seconds, moved by the simulation only."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def aware(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)


def run_regime(rt: RTInstance, regime: Regime, work: Path, seed: int) -> None:
    """Simulate ``regime.hours`` of one client; fill in requests and latencies."""
    rng = random.Random(seed)
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
    clock = SimClock()
    cache = TicketCache(work / f"{regime.name}.sqlite", "bench")
    sync = TicketSync(lambda: backend, cache, clock.aware)
    policy = PollPolicy()
    scheduler = PollScheduler(policy, clock, random.Random(seed + 1))
    scheduler.set_idle(regime.idle)
    end = clock.now + regime.hours * 3600
    next_reply = (clock.now + rng.expovariate(1 / (regime.reply_every_min * 60))
                  if regime.reply_every_min else float("inf"))
    pending: list[float] = []
    count[0] = 0
    while clock.now < end:
        if clock.now >= next_reply:
            admin.post(f"{rt.rest_url}/ticket/{ticket_id}/correspond", json={
                "Content": f"Support message at {clock.now:.0f}. Could you check again?",
                "ContentType": "text/plain"}, timeout=30).raise_for_status()
            pending.append(clock.now)
            next_reply = clock.now + rng.expovariate(1 / (regime.reply_every_min * 60))
            # RT stamps with one-second resolution: keep replies apart in real time too
            time.sleep(1.05)
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
                    regime.latencies.extend(clock.now - t for t in pending)
                    pending.clear()
        clock.now += policy.heartbeat
    regime.requests = count[0]
    if ticket_id:
        backend.solve(ticket_id)
    cache.close()
    backend.close()
    admin.close()


def percentile(samples: list[tuple[float, float]], share: float) -> float:
    """The weighted ``share`` percentile of (value, weight) samples."""
    ordered = sorted(samples)
    total = sum(w for _, w in ordered)
    running = 0.0
    for value, weight in ordered:
        running += weight
        if running >= share * total:
            return value
    return float("nan")


def weighted(values: list[float], events_per_day: float) -> list[tuple[float, float]]:
    """Each measured latency stands for its share of the regime's replies in a real day."""
    return [(v, events_per_day / len(values)) for v in values]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hours-active", type=float, default=12.0,
                        help="simulated hours for regimes A and B")
    parser.add_argument("--share-active", type=float, default=0.05,
                        help="share of clients with an open request at any time")
    parser.add_argument("--work-share", type=float, default=1 / 3,
                        help="share of the day a user is at the computer (8 h of 24)")
    parser.add_argument("--rt-dir", type=Path, default=Path(tempfile.gettempdir()) /
                        "helpclient-fleet-bench-rt")
    args = parser.parse_args()
    rt = create_instance(args.rt_dir)
    rt.start()
    regimes = [
        Regime("A-open-at-work", args.hours_active, idle=False, open_ticket=True,
               reply_every_min=40),
        Regime("B-open-idle", args.hours_active, idle=True, open_ticket=True,
               reply_every_min=90),
        Regime("C-no-open-request", 24.0, idle=False, open_ticket=False, reply_every_min=0),
    ]
    began = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as work:
            for seed, regime in enumerate(regimes):
                run_regime(rt, regime, Path(work), seed * 10 + 1)
    finally:
        rt.stop()
    real = time.perf_counter() - began
    a, b, c = regimes
    print(f"accelerated run: {sum(r.hours for r in regimes):.0f} simulated client-hours "
          f"in {real:.0f} s of real time against RT at {rt.url}")
    for r in regimes:
        print(f"  {r.name:<20} {r.polls:>4} polls, {r.requests:>4} HTTP requests "
              f"= {r.per_hour:6.2f} requests per client-hour; {len(r.latencies)} replies")
    share, work_share = args.share_active, args.work_share
    per_client_hour = share * (work_share * a.per_hour + (1 - work_share) * b.per_hour) + (
        1 - share) * c.per_hour
    rps = CLIENTS * per_client_hour / 3600
    print(f"\nfleet model: {CLIENTS:,} clients, {share:.0%} with an open request, "
          f"at the computer {work_share:.0%} of the day")
    print(f"  mean requests per client-hour: {per_client_hour:.3f}")
    print(f"  helpdesk load: {rps:.1f} requests/s (target <= {TARGET_RPS:.0f}) "
          f"{'OK' if rps <= TARGET_RPS else 'OVER'}")
    for alt in (0.02, 0.10):
        alt_rate = CLIENTS * (alt * (work_share * a.per_hour + (1 - work_share) * b.per_hour)
                              + (1 - alt) * c.per_hour) / 3600
        print(f"  (with {alt:.0%} of clients holding an open request: {alt_rate:.1f} req/s)")
    # Replies reach users at work and idle users in proportion to the hours of each and the
    # reply rate of each, not in the proportion the simulation happened to sample.
    latencies = weighted(a.latencies, work_share * 24 * 60 / a.reply_every_min) + weighted(
        b.latencies, (1 - work_share) * 24 * 60 / b.reply_every_min)
    median, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
    print(f"\nnotification latency over {len(a.latencies) + len(b.latencies)} support replies "
          f"(at work: {len(a.latencies)}, idle: {len(b.latencies)}), weighted by a real day:")
    print(f"  median {median:.0f} s (target <= {TARGET_MEDIAN_S:.0f} s) "
          f"{'OK' if median <= TARGET_MEDIAN_S else 'OVER'}, 95th percentile {p95:.0f} s")
    if a.latencies:
        print(f"  at work: median {statistics.median(a.latencies):.0f} s, "
              f"95th {percentile(weighted(a.latencies, 1), 0.95):.0f} s")
    if b.latencies:
        print(f"  idle:    median {statistics.median(b.latencies):.0f} s, "
              f"95th {percentile(weighted(b.latencies, 1), 0.95):.0f} s")
    record(f"fleet load, {CLIENTS:,} clients, {share:.0%} with an open request",
           round(rps, 1), "req/s", target=f"<= {TARGET_RPS:.0f}", ok=rps <= TARGET_RPS)
    record("median notification latency", round(median), "s",
           target=f"<= {TARGET_MEDIAN_S:.0f}", ok=median <= TARGET_MEDIAN_S)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
