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

from helpclient.backends.http_errors import rate_limit_wait
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
        """Learn from an answer: a 429's ``Retry-After`` (else ``RateLimit-Reset``, else a
        minute), or a window with no requests left (``X-RateLimit-Remaining``, Zendesk's
        ``X-Rate-Limit-Remaining`` or ``RateLimit-Remaining`` at 0: until ``RateLimit-Reset``,
        else a minute)."""
        wait = 0.0
        if status == 429:
            said = rate_limit_wait(headers)
            wait = WINDOW_SECONDS if said is None else said
        elif _remaining(headers) == 0:
            reset = rate_limit_wait({"RateLimit-Reset": _header(headers, "RateLimit-Reset")})
            wait = WINDOW_SECONDS if reset is None else reset
        if wait <= 0:
            return
        wait = min(wait, MAX_WAIT_SECONDS)
        log.info("%s rate limit: holding requests for %.0f s", self._product, wait)
        with self._lock:
            self._until = max(self._until, self._clock() + wait)


#: The headers that count the requests left in the window (Freshservice's, Zendesk's, the IETF
#: draft's)
_REMAINING = ("X-RateLimit-Remaining", "X-Rate-Limit-Remaining", "RateLimit-Remaining")


def _remaining(headers: Mapping[str, str]) -> int | None:
    """The requests left in the window as a number; None when no header says, readably."""
    for name in _REMAINING:
        value = _header(headers, name).strip()
        if value.isascii() and value.isdigit() and len(value) < 10:
            return int(value)
    return None


def _header(headers: Mapping[str, str], name: str) -> str:
    """A header's value whatever the case of its name ("" when absent): requests' headers
    ignore case already, a plain mapping does not."""
    found = headers.get(name)
    if found is None:
        found = next((v for k, v in headers.items() if k.lower() == name.lower()), "")
    return found or ""
