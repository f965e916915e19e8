"""Running the quick checks: all at once, each on its own daemon thread with its own deadline,
all done within :data:`TIME_LIMIT` seconds. A check that fails says "could not check" with the
reason; one that outlives its limit is abandoned as "could not check in time" — the others'
results never wait for it, and the caller gets every result, in the checks' order.

Blocking: call :func:`run_checks` from a worker thread (the UI's task runner, or the CLI).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from helpclient.core.checks.model import Check, CheckResult, Conclusion, Deadline, unknown
from helpclient.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

#: Every check has concluded (or been given up) this many seconds after the start.
TIME_LIMIT = 2.0

LATE = QT_TRANSLATE_NOOP("Checks", "Could not check in time (within {seconds} s).")
FAILED = QT_TRANSLATE_NOOP("Checks", "Could not check: {error}.")


@dataclass
class _Slot:
    done: threading.Event = field(default_factory=threading.Event)
    conclusion: Conclusion | None = None
    seconds: float = 0.0


def _run_one(check: Check, deadline: Deadline, slot: _Slot) -> None:
    start = time.perf_counter()
    try:
        slot.conclusion = check.run(deadline)
    except Exception as exc:  # a check's bug or an OS surprise: that check only
        log.warning("check %s failed: %s", check.name, exc, exc_info=True)
        slot.conclusion = unknown(FAILED, error=f"{type(exc).__name__}: {exc}".rstrip(": ."))
    slot.seconds = time.perf_counter() - start
    slot.done.set()


def run_checks(checks: Sequence[Check], *, limit: float = TIME_LIMIT,
               clock: Callable[[], float] = time.monotonic) -> list[CheckResult]:
    """Every check's result, in order, within ``limit`` seconds (each check also within its
    own ``timeout``)."""
    start = clock()
    running: list[tuple[Check, float, _Slot]] = []
    for check in checks:
        seconds = min(check.timeout, limit)
        slot = _Slot()
        # daemon: a check stuck in a system call must not keep the process alive
        threading.Thread(target=_run_one, args=(check, Deadline(seconds, clock), slot),
                         daemon=True, name=f"check-{check.name}").start()
        running.append((check, seconds, slot))
    results = []
    for check, seconds, slot in running:
        slot.done.wait(max(0.0, start + seconds - clock()))
        if slot.done.is_set() and slot.conclusion is not None:
            conclusion, took = slot.conclusion, slot.seconds
        else:
            log.info("check %s gave no answer within %.1f s", check.name, seconds)
            conclusion, took = unknown(LATE, seconds=f"{seconds:g}"), seconds
        results.append(CheckResult(check.name, check.title, check.keywords, conclusion, took))
    return results
