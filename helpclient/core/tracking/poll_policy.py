"""When to ask the helpdesk "what changed since T": the poll policy, no Qt and no sleeping.

The policy (README "How often HelpClient asks the helpdesk"):

* Only changes are asked for (the sync cursor is the newest update time the server showed us);
  a full list now and then (``full_sync_every``) notices tickets that vanished.
* With active tickets (not solved/closed) the pace is ``active_interval`` (2 min): that is where
  news comes from. Without, ``dormant_interval`` (6 h): a ticket created some other way (e-mail,
  phone) still shows up, but 98 % of a fleet costs the helpdesk almost nothing.
* Nobody at the computer (``presence``: idle for ``away_after`` or locked) stretches the pace to
  ``away_interval`` (1 h): news nobody can read can wait. When the user comes back (input,
  unlock) and a request is open, a poll runs at once, so what came in while they were away is
  there when they look. When nothing is detectable, the presence stays unknown and the pace is
  the one at the computer. Battery multiplies the interval by ``battery_factor``; the result is
  capped at ``max_interval``.
* Every interval is jittered (± ``jitter``) so a fleet that booted together does not poll in
  step.
* An error backs off exponentially (``backoff_base`` doubling up to ``backoff_max``); Retry-After
  is honoured when longer; a sign-in problem stops polling until something pokes it.
* Submit, reply and network change ask for a poll now (``poke``), at most one request in flight:
  a poke during a poll runs one more right after it.
* Waking from sleep polls at once unless the session is known to be locked (the unlock will).
  It is noticed by the platform (``resumed``) or by the wall clock jumping past the heartbeat (a
  monotonic timer does not run while suspended); a clock set backwards reschedules. A return or
  a wake within ``return_grace`` of the last poll's start asks nothing more: a resume, its wall
  clock jump and the unlock that follows cost one request, not three.

``PollScheduler`` is the state machine; a driver calls ``tick()`` on a heartbeat and runs the
poll when it says so, then reports ``succeeded``/``failed``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from helpclient.core.errors import AuthError, ConfigurationError, RateLimited
from helpclient.core.tracking.presence import Presence


@dataclass(frozen=True)
class PowerState:
    """What the platform says about the machine (``helpclient.platform.power`` asks it)."""

    on_battery: bool = False


@dataclass(frozen=True)
class PollPolicy:
    """The numbers of the policy, in seconds."""

    active_interval: float = 120.0
    dormant_interval: float = 6 * 3600.0
    # away (idle or locked) with an open request: rarely, in case a return goes unnoticed
    away_interval: float = 3600.0
    # no input for this long counts as idle (sampled probes; desktops that say it themselves
    # use their own setting, typically 5 minutes too)
    away_after: float = 300.0
    return_grace: float = 60.0
    battery_factor: float = 2.0
    max_interval: float = 6 * 3600.0
    jitter: float = 0.2
    backoff_base: float = 30.0
    backoff_max: float = 1800.0
    full_sync_every: float = 24 * 3600.0
    heartbeat: float = 15.0
    # A wall-clock step this much past the heartbeat means the machine slept.
    wake_threshold: float = 60.0


class PollScheduler:
    """Decides when the next poll runs. ``clock`` gives wall-clock seconds (``time.time``);
    ``rng`` gives the jitter. Both are injected so tests step time without sleeping."""

    def __init__(self, policy: PollPolicy, clock: Callable[[], float],
                 rng: random.Random | None = None) -> None:
        self.policy = policy
        self._clock = clock
        self._rng = rng or random.Random()  # noqa: S311 (jitter, not cryptography)
        self.in_flight = False
        self.failures = 0
        self.paused = False  # sign-in needed: no polling until a poke
        self.presence = Presence.UNKNOWN
        self.on_battery = False
        self.has_active_tickets = True  # until the first sync tells
        self._poke_pending = False
        self._last_started: float | None = None
        self._last_tick = clock()
        self.next_due = self._last_tick  # the first poll runs at once

    # --- inputs -------------------------------------------------------------------------------

    def poke(self) -> None:
        """Poll as soon as possible (submit, reply, wake-up, network back, user's Refresh)."""
        self.paused = False
        if self.in_flight:
            self._poke_pending = True
        else:
            self.next_due = min(self.next_due, self._clock())

    def set_presence(self, presence: Presence) -> None:
        """The platform's answer changed. Away: the next polls wait ``away_interval``. Back
        from away with a request open: poll now (news that came meanwhile is seen at once)."""
        if presence == self.presence:
            return
        back = self.presence.away and not presence.away
        self.presence = presence
        if back and self.has_active_tickets:
            self._poll_soon()
        else:
            self._reconsider()

    def resumed(self) -> None:
        """The platform says the machine woke from sleep."""
        if not self.presence.away:
            self._poll_soon()

    def set_on_battery(self, on_battery: bool) -> None:
        """The machine switched between battery and mains."""
        if on_battery != self.on_battery:
            self.on_battery = on_battery
            self._reconsider()

    def tick(self) -> bool:
        """Called on every heartbeat: True when a poll should start now (and marks it in
        flight). Notices sleep and clock changes."""
        now = self._clock()
        elapsed = now - self._last_tick
        self._last_tick = now
        if elapsed > self.policy.heartbeat + self.policy.wake_threshold or elapsed < -1.0:
            # woke up (or the clock moved): what we know may be hours old
            if elapsed < 0:
                self._last_started = None  # its time lies in the future now
            self.resumed()
            if elapsed < 0:
                self.next_due = min(self.next_due, now + self._interval())
        if self.in_flight or self.paused or now < self.next_due:
            return False
        self.in_flight = True
        self._last_started = now
        return True

    def succeeded(self, *, has_active_tickets: bool) -> None:
        """The poll finished; schedule the next at the normal pace."""
        self.in_flight = False
        self.failures = 0
        self.has_active_tickets = has_active_tickets
        self.next_due = self._clock() + self._jittered(self._interval())
        self._take_pending_poke()

    def failed(self, error: BaseException) -> None:
        """The poll failed; back off (or stop, when the user must sign in)."""
        self.in_flight = False
        now = self._clock()
        if isinstance(error, AuthError | ConfigurationError):
            self.paused = True
            self._poke_pending = False
            return
        self.failures += 1
        delay = min(self.policy.backoff_max,
                    self.policy.backoff_base * 2 ** (self.failures - 1))
        delay = self._jittered(delay)
        if isinstance(error, RateLimited) and error.retry_after:
            delay = max(delay, float(error.retry_after))
        self.next_due = now + delay
        # a poke during a failing poll does not override the backoff
        self._poke_pending = False

    # --- derived ------------------------------------------------------------------------------

    def seconds_until_due(self) -> float:
        """How long until the next poll is due (0 when due); for status displays and tests."""
        return max(0.0, self.next_due - self._clock())

    def _interval(self) -> float:
        policy = self.policy
        base = policy.active_interval if self.has_active_tickets else policy.dormant_interval
        if self.presence.away:
            base = max(base, policy.away_interval)
        if self.on_battery:
            base *= policy.battery_factor
        return min(base, max(policy.max_interval, policy.active_interval))

    def _jittered(self, seconds: float) -> float:
        spread = self.policy.jitter
        return seconds * (1 + self._rng.uniform(-spread, spread))

    def _reconsider(self) -> None:
        # A change of pace applies to the wait in progress: never wait longer than the new
        # interval from now (but keep an error backoff).
        if self.in_flight or self.failures:
            return
        self.next_due = min(self.next_due, self._clock() + self._jittered(self._interval()))

    def _poll_soon(self) -> None:
        # A backoff after errors still holds (a dead server is not hammered on each return),
        # and a poll that started moments ago (or is running) already has the news.
        if self.failures or self.paused or self.in_flight:
            return
        now = self._clock()
        if self._last_started is not None and now - self._last_started < (
                self.policy.return_grace):
            self._reconsider()
            return
        self.next_due = min(self.next_due, now)

    def _take_pending_poke(self) -> None:
        if self._poke_pending:
            self._poke_pending = False
            self.next_due = self._clock()
