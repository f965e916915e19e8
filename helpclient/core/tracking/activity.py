"""What changed on a ticket, whether support is waiting for the user, and which changes deserve
a notification (quiet hours, "don't notify").

Pure functions over models: the poller feeds them the cached ticket, the newly listed one and,
when it fetched it, the conversation; the UI renders the resulting ``Notice`` texts.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Text
from helpclient.core.models import Message, Ticket, TicketStatus

_TAG = re.compile(r"<[^>]*>")
# How much of a message's end to look at for a question: a signature comes after it, and a
# question early in a long message is usually answered by the message itself.
_QUESTION_TAIL_LINES = 6


class ChangeKind(enum.Enum):
    """Kinds of news about a ticket, most important first."""

    REPLY = "reply"  # support wrote to the user
    SOLVED = "solved"  # solved or closed by support
    STATUS = "status"  # another status change by support


@dataclass(frozen=True)
class Change:
    """One piece of news about ``ticket``; ``excerpt`` is the start of support's message;
    ``waiting``: support now waits for the user's answer."""

    ticket: Ticket
    kind: ChangeKind
    excerpt: str = ""
    waiting: bool = False


def asks_question(message: Message) -> bool:
    """True when a support message ends by asking something (a question mark near its end)."""
    text = _TAG.sub(" ", message.body) if message.is_html else message.body
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # quoted earlier mail ("> ...") is not support's question
    lines = [line for line in lines if not line.startswith(">")]
    return any(line.endswith(("?", "？")) for line in lines[-_QUESTION_TAIL_LINES:])


def support_waits(ticket: Ticket, messages: Sequence[Message] | None) -> bool:
    """Support is waiting for the user: the helpdesk says so, or the last public message is
    support's and asks something. Once the user has answered (their message is the last one),
    only a later "waiting for you" status change says support waits again: a helpdesk's status
    may lag behind the answer."""
    said = [m for m in messages or () if m.kind == "message"]
    if said and not said[-1].from_support:
        answered = said[-1].created
        return ticket.status == TicketStatus.WAITING_FOR_YOU and any(
            m.kind == "status" and m.status == TicketStatus.WAITING_FOR_YOU
            and m.created > answered for m in messages or ())
    if ticket.status == TicketStatus.WAITING_FOR_YOU:
        return True
    if not ticket.status.is_active or not said:
        return False
    return said[-1].from_support and asks_question(said[-1])


def _excerpt(message: Message, limit: int = 140) -> str:
    text = _TAG.sub(" ", message.body) if message.is_html else message.body
    text = " ".join(line for line in text.split() if line)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def detect_changes(old: Ticket | None, new: Ticket, messages: Sequence[Message] | None, *,
                   by_user: bool = False) -> list[Change]:
    """The news between the cached ``old`` and the listed ``new``. ``messages`` (the
    conversation, when fetched) tells support's doing from the user's own: the user's own reply
    or reopen is never news. A ticket seen for the first time is not news either (the user just
    reported it, or this is the first sync). ``by_user``: the user changed the ticket from this
    client meanwhile, so a status change is theirs, or the helpdesk's answer to it (RT reopens
    a solved ticket itself when the user writes); support's replies are still news."""
    if old is None or new.updated <= old.updated:
        return []
    since = old.updated
    changes: list[Change] = []
    if messages is not None:
        newer = [m for m in messages if m.created > since]
        replies = [m for m in newer if m.kind == "message" and m.from_support]
        if replies:
            changes.append(Change(new, ChangeKind.REPLY, _excerpt(replies[-1])))
        by_support = [m for m in newer if m.kind == "status" and m.from_support]
        status_by_support = bool(by_support)
    else:
        # Without the conversation we cannot tell who changed the status: say it.
        status_by_support = True
    if new.status != old.status and status_by_support and not by_user:
        solved = new.status in (TicketStatus.SOLVED, TicketStatus.CLOSED)
        changes.append(Change(new, ChangeKind.SOLVED if solved else ChangeKind.STATUS))
    return changes


@dataclass(frozen=True)
class QuietHours:
    """A daily span (local time) without notifications; may cross midnight (22:00–07:00)."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours | None:
        """``"22:00-07:00"`` → QuietHours; empty or malformed → None (no quiet hours)."""
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*", text or "")
        if not match:
            return None
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59 or (h1, m1) == (h2, m2):
            return None
        return cls(time(h1, m1), time(h2, m2))

    def contains(self, moment: time) -> bool:
        """True when ``moment`` falls inside the quiet span."""
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


@dataclass(frozen=True)
class Notice:
    """A notification to show; clicking it opens ``ticket_id`` (empty: the list)."""

    title: Text
    body: Text
    ticket_id: str = ""


def notices(changes: Sequence[Change], *, enabled: bool, quiet: QuietHours | None,
            now_local: datetime, max_single: int = 3,
            looking_at: str | None = None) -> list[Notice]:
    """The notifications to show for ``changes``: none when switched off or in quiet hours
    (the unread marks and the tray count still tell), one per ticket, and a single summary
    when many tickets changed at once (after a night offline, say) instead of a flood. The
    ticket the user is ``looking_at`` (reading it in the active window) shows its news itself."""
    changes = [change for change in changes if change.ticket.id != looking_at]
    if not enabled or not changes:
        return []
    if quiet is not None and quiet.contains(now_local.time().replace(tzinfo=None)):
        return []
    by_ticket: dict[str, Change] = {}
    for change in changes:  # the most important change of each ticket speaks for it
        kept = by_ticket.get(change.ticket.id)
        order = list(ChangeKind)
        if kept is None or order.index(change.kind) < order.index(kept.kind):
            by_ticket[change.ticket.id] = change
    if len(by_ticket) > max_single:
        return [Notice(Text("Notify", QT_TRANSLATE_NOOP("Notify", "{count} requests have news"),
                            {"count": len(by_ticket)}),
                       Text("Notify", QT_TRANSLATE_NOOP(
                           "Notify", "Open My requests to see what support did.")))]
    return [_notice(change) for change in by_ticket.values()]


def _notice(change: Change) -> Notice:
    ticket = change.ticket
    params = {"id": ticket.id, "subject": ticket.subject}
    if change.kind == ChangeKind.REPLY and change.waiting:
        title = QT_TRANSLATE_NOOP("Notify", "Support is waiting for your answer on request #{id}")
        body = Text("Notify", QT_TRANSLATE_NOOP("Notify", "{excerpt}"),
                    {"excerpt": change.excerpt or ticket.subject})
    elif change.kind == ChangeKind.REPLY:
        title = QT_TRANSLATE_NOOP("Notify", "Support replied to request #{id}")
        body = Text("Notify", QT_TRANSLATE_NOOP("Notify", "{excerpt}"),
                    {"excerpt": change.excerpt or ticket.subject})
    elif change.kind == ChangeKind.SOLVED:
        title = QT_TRANSLATE_NOOP("Notify", "Request #{id} is solved")
        body = Text("Notify", QT_TRANSLATE_NOOP(
            "Notify", "{subject}\nIf the problem is still there, you can reopen it."), params)
    else:
        title = QT_TRANSLATE_NOOP("Notify", "Request #{id} changed status")
        body = Text("Notify", QT_TRANSLATE_NOOP("Notify", "{subject}"), params)
    return Notice(Text("Notify", title, params), body, ticket.id)
