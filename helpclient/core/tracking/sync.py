"""One poll: ask the helpdesk what changed, update the cache, say what is news.

Runs on a worker thread (it blocks on the network). The conversation is fetched only for
tickets that changed since we last saw them and only a few per poll (``max_conversations``): it
tells support's reply from the user's own and whether support asks something, and costs a few
requests, so a night's worth of changes is not fetched all at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.errors import HelpdeskError
from helpclient.core.tracking.activity import Change, detect_changes, support_waits
from helpclient.core.tracking.cache import CachedTicket, TicketCache

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncResult:
    """What one poll found."""

    changes: list[Change] = field(default_factory=list)
    full: bool = False
    fetched: int = 0  # tickets the helpdesk returned
    has_active_tickets: bool = False
    unread: int = 0


class TicketSync:
    """Synchronises ``cache`` with ``backend()``. ``now`` gives aware datetimes (injected)."""

    def __init__(self, backend: Callable[[], HelpdeskBackend], cache: TicketCache,
                 now: Callable[[], datetime], *, full_sync_every: timedelta = timedelta(days=1),
                 max_conversations: int = 5) -> None:
        self._backend = backend
        self.cache = cache
        self._now = now
        self._full_every = full_sync_every
        self._max_conversations = max_conversations

    def poll(self, *, force_full: bool = False) -> SyncResult:
        """One incremental (or, now and then, full) sync. Raises ``HelpdeskError``."""
        now = self._now()
        attention = self.cache.attention
        mark = attention.poll_started()
        cursor, last_full = self.cache.cursor, self.cache.last_full_sync
        full = force_full or cursor is None or last_full is None or (
            now - last_full >= self._full_every)
        backend = self._backend()
        listed = backend.list_my_tickets(None if full else cursor)
        known = {c.ticket.id: c for c in self.cache.tickets()}
        first_sync = not known and cursor is None
        changes: list[Change] = []
        stored: list[CachedTicket] = []
        budget = self._max_conversations
        for ticket in listed:
            old = known.get(ticket.id)
            if old is not None and ticket.updated <= old.ticket.updated and (
                    ticket == old.ticket):
                continue  # an inclusive "since" lists the newest again; nothing new
            messages = None
            if old is not None and budget > 0:
                budget -= 1
                try:
                    messages = backend.conversation(ticket.id)
                except HelpdeskError as exc:  # the list is still worth keeping
                    log.info("conversation of %s not fetched: %s", ticket.id, exc.message)
            news = detect_changes(None if first_sync or old is None else old.ticket,
                                  ticket, messages, by_user=attention.is_own(ticket.id, mark))
            # news on the ticket the user is reading is read already
            unread = ticket.id != attention.viewing and (
                bool(news) or (old.unread if old is not None else False))
            if messages is not None:
                waiting = support_waits(ticket, messages)
            else:
                waiting = support_waits(ticket, None) or (
                    old.waiting if old is not None and ticket.status.is_active else False)
            changes.extend(replace(change, waiting=waiting) for change in news)
            stored.append(CachedTicket(ticket, unread, waiting))
        if full:
            # keep the flags of unchanged tickets across the full replace
            listed_ids = {c.ticket.id for c in stored}
            stored.extend(known[t.id] for t in listed if t.id not in listed_ids and t.id in known)
        self.cache.store(stored, synced_at=now, full=full)
        attention.poll_finished(mark)
        everything = self.cache.tickets()
        return SyncResult(
            changes=changes, full=full, fetched=len(listed),
            has_active_tickets=any(c.ticket.status.is_active for c in everything),
            unread=sum(c.unread for c in everything))
