"""Honouring a helpdesk's rate limit strictly, across every thread of one connector.

A helpdesk whose limit is account-wide (Freshservice's: so many requests a minute for the whole
company, whoever sends them) is hurt by every request sent after it said "slow down": each
one counts against the limit even when refused, and delays everyone's help. So once an answer
says to wait — HTTP 429 with ``Retry-After``, or no requests left in the window — a
:class:`RateGate` refuses every further request of that connector with
:class:`~helpclient.core.errors.RateLimited` (naming the seconds still to wait) without sending
it, until the time is up. The poller and the outbox already wait as long as ``RateLimited``
says; the gate makes sure the poller, the outbox, a knowledge-base search and the user's
actions in other threads do not each learn it again from the server.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping

from helpclient.backends.http_errors import parse_retry_after
from helpclient.core.errors import RateLimited

log = logging.getLogger(__name__)

#: How long to hold when the window's requests are used up and the server did not say how long
#: (minute-level limits: the window ends within a minute).
WINDOW_SECONDS = 60.0
#: Waits beyond this are not believed (a day): a wrong clock or a hostile answer
MAX_WAIT_SECONDS = 24 * 3600.0


class RateGate:
    """Remembers until when the helpdesk asked for quiet; thread-safe. ``clock`` is monotonic
    seconds (injected so tests step time)."""

    def __init__(self, product: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._product = product
        self._clock = clock
        self._lock = threading.Lock()
        self._until = 0.0

    def check(self) -> None:
        """Raise :class:`RateLimited` while the helpdesk's wait lasts (nothing is sent)."""
        with self._lock:
            left = self._until - self._clock()
        if left > 0:
            raise RateLimited(
                f"{self._product} asked HelpClient to slow down (its limit counts every request "
                f"of your company). It will try again in {left:.0f} seconds.", retry_after=left)

    def note(self, status: int, headers: Mapping[str, str]) -> None:
        """Learn from an answer: a 429's ``Retry-After`` (a minute when it gives none), or a
        window with no requests left (``X-RateLimit-Remaining: 0``)."""
        wait = 0.0
        if status == 429:
            said = parse_retry_after(headers.get("Retry-After"))
            wait = WINDOW_SECONDS if said is None else said
        elif _remaining(headers) == 0:
            wait = WINDOW_SECONDS
        if wait <= 0:
            return
        wait = min(wait, MAX_WAIT_SECONDS)
        log.info("%s rate limit: holding requests for %.0f s", self._product, wait)
        with self._lock:
            self._until = max(self._until, self._clock() + wait)


def _remaining(headers: Mapping[str, str]) -> int | None:
    """``X-RateLimit-Remaining`` as a number; None when absent or unreadable."""
    value = (headers.get("X-RateLimit-Remaining") or "").strip()
    return int(value) if value.isascii() and value.isdigit() and len(value) < 10 else None
