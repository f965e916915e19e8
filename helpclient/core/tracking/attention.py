"""What the user does and looks at from this client, so the poller does not tell them what they
already know.

A change the user made here (a reply, solve, reopen, rating) is not news — and neither is what the
helpdesk does in answer to it: Request Tracker, for one, reopens a solved ticket itself ("The RT
System itself") when the user writes to it, which looks like support changing the status. News on
the ticket the user is reading right now is read already.

Actions and polls run on worker threads at the same time, so an action counts for every poll
that overlaps it and for the first poll that starts after it ended: that poll is the first to see
its result. The state is small, in memory, and guarded by a lock.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class PollMark:
    """Where a poll began among the user's actions (see :meth:`Attention.poll_started`)."""

    seq: int
    pending: frozenset[str]


class Attention:
    """The user's own actions in flight or not yet seen by a poll, and the ticket on screen."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seq = 0  # orders the ends of actions and the starts of polls
        self._pending: Counter[str] = Counter()  # actions running, per ticket
        self._ended: dict[str, int] = {}  # ticket → when its latest action ended, until seen
        self._viewing: str | None = None

    # --- the user's actions ---------------------------------------------------------------

    def run(self, ticket_id: str, action: Callable[[], T]) -> T:
        """Run ``action``, the user's change to ticket ``ticket_id`` (blocking: on a worker
        thread), and remember it as theirs. An action returning ``False`` changed nothing on
        the helpdesk (a reply kept in the outbox for later); one that fails may still have
        reached it, so it counts."""
        with self._lock:
            self._pending[ticket_id] += 1
        changed = True
        try:
            result = action()
            changed = result is not False
            return result
        finally:
            with self._lock:
                self._seq += 1
                self._pending[ticket_id] -= 1
                if not self._pending[ticket_id]:
                    del self._pending[ticket_id]
                if changed:
                    self._ended[ticket_id] = self._seq

    # --- the poller -----------------------------------------------------------------------

    def poll_started(self) -> PollMark:
        """Call before a poll asks the helpdesk anything."""
        with self._lock:
            self._seq += 1
            return PollMark(self._seq, frozenset(self._pending))

    def is_own(self, ticket_id: str, mark: PollMark) -> bool:
        """True when the user's action may explain what the poll begun at ``mark`` found on
        ``ticket_id``: one was running when the poll began, is running now, or has ended and
        no poll begun after it has finished yet."""
        with self._lock:
            return (ticket_id in mark.pending or ticket_id in self._pending
                    or ticket_id in self._ended)

    def poll_finished(self, mark: PollMark) -> None:
        """The poll begun at ``mark`` stored what it found: actions that had ended before it
        began are seen now, and count no more."""
        with self._lock:
            for ticket_id in [t for t, seq in self._ended.items() if seq < mark.seq]:
                del self._ended[ticket_id]

    # --- the screen -----------------------------------------------------------------------

    @property
    def viewing(self) -> str | None:
        """The ticket the user is reading right now, if any."""
        with self._lock:
            return self._viewing

    def set_viewing(self, ticket_id: str | None) -> None:
        """The UI says which ticket is on screen (None: none is)."""
        with self._lock:
            self._viewing = ticket_id


def as_own(attention: Attention | None, ticket_id: str,
           action: Callable[[], T]) -> Callable[[], T]:
    """``action``, counted as the user's own change to ``ticket_id`` when it runs (unchanged
    without ``attention``)."""
    if attention is None:
        return action
    return lambda: attention.run(ticket_id, action)
