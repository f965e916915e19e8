"""Which crashes are worth offering to report — few, and only the ones the user just saw.

* Only crashes recorded after HelpClient first looked (a machine's old crash history is no
  news), and no older than :data:`MAX_AGE` when noticed (after a day away, last night's crash is
  no longer what the user is doing).
* Only programs a person starts from a menu: a helper process dying in the background means
  nothing to the user.
* One offer per program per ``crashes.throttle_hours`` (a program that crashes at every start
  is reported once, not fifty times), the newest crash of a burst only, and at most
  :data:`MAX_PER_HOUR` offers in any hour across programs — a broken library that takes every
  program down must not flood the screen.

What was seen and offered is kept in a small JSON file, so a restart neither repeats an offer
nor forgets the throttle.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from helpclient.core.crashes.model import Crash
from helpclient.core.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

STATE_VERSION = 1
#: A crash noticed later than this after it happened is not offered.
MAX_AGE = timedelta(minutes=30)
#: Offers in any hour, across all programs.
MAX_PER_HOUR = 3
#: The records are read from a little before the newest one seen: a record written late (the
#: crash handler takes a few seconds to write a large core) is still found; keys dedupe.
SLACK = timedelta(minutes=5)
#: Keys of crashes seen, kept to recognise them again within the slack.
MAX_SEEN = 200


class CrashOffers:
    """The offer rules over ``state_file``; ``throttle()`` is the per-program pause (asked each
    time, so a changed setting applies), ``now`` gives aware datetimes. Thread-safe."""

    def __init__(self, state_file: Path, throttle: Callable[[], timedelta],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._state_file = state_file
        self._throttle = throttle
        self._now = now
        self._lock = threading.Lock()
        self._watermark = now()
        self._seen: list[str] = []
        self._offered: dict[str, datetime] = {}
        self._load()

    def since(self) -> datetime:
        """Where the next look at the crash records starts."""
        with self._lock:
            return self._watermark - SLACK

    def consider(self, crashes: Sequence[Crash]) -> list[Crash]:
        """The crashes among ``crashes`` to offer now (remembered as offered); every one is
        remembered as seen."""
        now = self._now()
        throttle = self._throttle()
        with self._lock:
            seen = set(self._seen)
            fresh = [c for c in crashes if c.key not in seen and c.time > self._watermark - SLACK]
            self._seen = [*self._seen, *(c.key for c in fresh)][-MAX_SEEN:]
            if fresh:
                self._watermark = max(self._watermark, *(c.time for c in fresh))
            newest: dict[str, Crash] = {}
            for crash in sorted(fresh, key=lambda c: c.time):
                if crash.launchable and now - crash.time <= MAX_AGE:
                    newest[crash.program_key] = crash  # a burst: its last crash only
            offers = []
            for key, crash in newest.items():
                last = self._offered.get(key)
                if last is not None and now - last < throttle:
                    continue
                if self._offers_within(now, timedelta(hours=1)) >= MAX_PER_HOUR:
                    log.info("crash of %s not offered: %d offers in the last hour", key,
                             MAX_PER_HOUR)
                    break
                self._offered[key] = now
                offers.append(crash)
            # programs not offered for longer than any throttle are forgotten
            self._offered = {k: t for k, t in self._offered.items()
                             if now - t < max(throttle, timedelta(days=7))}
        self._save()
        return offers

    def _offers_within(self, now: datetime, span: timedelta) -> int:
        return sum(1 for t in self._offered.values() if now - t < span)

    def _load(self) -> None:
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            self._save()  # the first look: only what happens from now on is offered
            return
        except (OSError, ValueError) as exc:
            log.warning("crash offers state unreadable, starting afresh: %s", exc)
            return
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            return
        watermark = _time(state.get("watermark"))
        if watermark is not None:
            self._watermark = min(watermark, self._now())
        seen = state.get("seen")
        self._seen = [k for k in seen if isinstance(k, str)][-MAX_SEEN:] \
            if isinstance(seen, list) else []
        offered = state.get("offered")
        for key, value in (offered.items() if isinstance(offered, dict) else ()):
            when = _time(value)
            if when is not None:
                self._offered[str(key)] = when

    def _save(self) -> None:
        with self._lock:
            state = {"version": STATE_VERSION, "watermark": self._watermark.isoformat(),
                     "seen": self._seen,
                     "offered": {k: t.isoformat() for k, t in self._offered.items()}}
        try:
            atomic_write_bytes(self._state_file, json.dumps(state, indent=1).encode())
        except OSError as exc:
            log.warning("crash offers state not saved: %s", exc)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo is not None else None
