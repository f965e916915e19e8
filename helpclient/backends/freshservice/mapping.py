"""Pure translations between Freshservice's records and HelpClient's models (no I/O): statuses,
priorities, tickets, the public conversation, solution articles.

Statuses (API v2, "Ticket Properties"): 2 Open, 3 Pending, 4 Resolved, 5 Closed. Pending is
what agents set while they wait for the requester: "waiting for you". Freshservice has no "new":
an open ticket no agent has taken yet (``responder_id`` null) is new to the employee. An
account's own statuses (other numbers) count as open: support still works on them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from helpclient.backends.freshservice.records import (
    FArticle,
    FAttachment,
    FConversation,
    FTicket,
)
from helpclient.backends.rich_text import without_marker
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.models import Article, AttachmentInfo, Message, Ticket, TicketStatus

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PRODUCT = "Freshservice"

OPEN, PENDING, RESOLVED, CLOSED = 2, 3, 4, 5
#: the documented statuses: (name shown, meaning)
STATUSES: Mapping[int, tuple[str, TicketStatus]] = {
    OPEN: ("Open", TicketStatus.OPEN),
    PENDING: ("Pending", TicketStatus.WAITING_FOR_YOU),
    RESOLVED: ("Resolved", TicketStatus.SOLVED),
    CLOSED: ("Closed", TicketStatus.CLOSED),
}
#: Conversation sources that are no message of a person: status changes and system metadata
SYSTEM_SOURCES = frozenset({3, 4})
#: Freshservice's "Portal": what a requester's own client files through
PORTAL = 2


def status_of(ticket: FTicket) -> tuple[TicketStatus, str]:
    """The common status and the raw label shown beside it."""
    name, meaning = STATUSES.get(ticket.status, (f"Status {ticket.status}", TicketStatus.OPEN))
    if meaning is TicketStatus.OPEN and ticket.status == OPEN and not ticket.responder_id:
        meaning = TicketStatus.NEW
    return meaning, name


def priority_of(priority: int | None) -> int:
    """Freshservice's priority (1 Low, 2 Medium, 3 High, 4 Urgent) for HelpClient's 0–100 one
    (the report's urgency); Low without one."""
    if priority is None:
        return 1
    for bound, level in ((20, 1), (45, 2), (75, 3)):
        if priority < bound:
            return level
    return 4


def urgency_of(priority: int | None) -> int:
    """Freshservice's urgency (1 Low, 2 Medium, 3 High): how much it stops the user."""
    return min(priority_of(priority), 3)


def ticket_url(base_url: str, ticket_id: str) -> str:
    """The ticket's page in the self-service portal, where requesters see their tickets."""
    return f"{base_url}/support/tickets/{ticket_id}"


def to_ticket(ticket: FTicket, base_url: str) -> Ticket:
    """The model of ``ticket``."""
    status, raw = status_of(ticket)
    created = ticket.created or EPOCH
    return Ticket(id=ticket.id, subject=ticket.subject, status=status, raw_status=raw,
                  created=created, updated=max(ticket.updated or created, created),
                  url=ticket_url(base_url, ticket.id))


def _files(attachments: Iterable[FAttachment]) -> tuple[AttachmentInfo, ...]:
    return tuple(AttachmentInfo(a.id, a.name, a.content_type, a.size) for a in attachments)


def rich(markup: str) -> str:
    """Freshservice's HTML as safe HTML, without HelpClient's key marker."""
    return without_marker(sanitize_html(markup))


def is_public(conversation: FConversation) -> bool:
    """Whether the employee may see it: public notes and replies, never a private note nor a
    status or metadata entry."""
    return not conversation.private and conversation.source not in SYSTEM_SOURCES


def first_message(ticket: FTicket, author: str) -> Message:
    """The ticket's description: the employee's report, with its files."""
    return Message(id=f"t{ticket.id}", author=author, created=ticket.created or EPOCH,
                   body=rich(ticket.description), is_html=True, from_support=False,
                   attachments=_files(ticket.attachments))


def to_message(conversation: FConversation, ticket: FTicket, me: str) -> Message:
    """A public conversation entry; support's when someone else than the requester wrote it."""
    from_support = not conversation.user_id or conversation.user_id != ticket.requester_id
    author = me if not from_support else (conversation.from_email or f"{PRODUCT} support")
    return Message(id=conversation.id, author=author,
                   created=conversation.created or EPOCH, body=rich(conversation.body),
                   is_html=True, from_support=from_support,
                   attachments=_files(conversation.attachments))


def conversation(ticket: FTicket, entries: Iterable[FConversation], me: str) -> list[Message]:
    """The public conversation, oldest first, the ticket's own text first."""
    ordered = [(0, first_message(ticket, me))]
    ordered += [(int(c.id), to_message(c, ticket, me)) for c in entries if is_public(c)]
    ordered.sort(key=lambda pair: (pair[1].created, pair[0]))
    return [message for _, message in ordered]


def article_url(base_url: str, article: FArticle) -> str:
    """Where the article is read: its external address when it has one (http(s) only), else
    its page in the self-service portal."""
    if article.url.lower().startswith(("https://", "http://")):
        return article.url
    return f"{base_url}/support/solutions/articles/{article.id}"


def to_article(article: FArticle, base_url: str) -> Article:
    """A published solution article, its body sanitized."""
    summary = " ".join(article.description_text.split())[:300]
    return Article(id=article.id, title=" ".join(article.title.split()),
                   body=sanitize_html(article.description), is_html=True, summary=summary,
                   source=PRODUCT, updated=article.updated, url=article_url(base_url, article))
