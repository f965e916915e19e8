"""When to try again: exponential backoff with jitter, Retry-After honoured, capped.

Pure arithmetic over an injected random source, so tests pin the numbers without sleeping.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How the sender spaces its attempts.

    ``base`` seconds after the first failure, doubling up to ``cap``; each delay is drawn from
    [delay/2, delay] ("equal jitter") so that many clients that failed together (a server
    restart) do not come back together. ``settle`` is the least time to wait before asking the
    server whether an attempt that may have reached it created the ticket: the server may still
    be processing the request the client gave up on. ``max_retry_after`` bounds a server's
    Retry-After so a wrong header cannot park a report for days."""

    base: float = 5.0
    cap: float = 15 * 60.0
    settle: float = 5.0
    max_retry_after: float = 3600.0

    def backoff(self, failures: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait after the ``failures``-th consecutive failure (1 = the first)."""
        exponent = max(failures - 1, 0)
        # min() before the power would overflow for absurd counts; 2**30 is far past any cap
        delay = min(self.cap, self.base * 2.0 ** min(exponent, 30))
        return delay / 2 + rand() * delay / 2

    def delay(self, failures: int, *, retry_after: float | None = None, in_doubt: bool = False,
              rand: Callable[[], float] = random.random) -> float:
        """The wait before the next attempt: the backoff, but never sooner than the server's
        ``retry_after`` (bounded) nor, when the last attempt may have reached the server,
        sooner than ``settle``."""
        wait = self.backoff(failures, rand)
        if retry_after is not None:
            wait = max(wait, min(retry_after, self.max_retry_after))
        if in_doubt:
            wait = max(wait, self.settle)
        return wait
