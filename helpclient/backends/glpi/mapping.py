"""Pure translations between GLPI's records and HelpClient's models (no I/O).

Statuses (``CommonITILObject``): 1 New, 2 Processing (assigned), 3 Processing (planned),
4 Pending, 5 Solved, 6 Closed. "Pending" is GLPI's generic wait (for the requester, a supplier,
a delivery), so it is "on hold"; whether support waits for the user is told by its last message
(see ``core.tracking.activity``). A solved ticket waits for the requester's approval of the
solution: confirming it closes the ticket, refusing it (with a reason) reopens it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

import nh3

from helpclient.backends.glpi.records import (
    ArticleRecord,
    DocumentRecord,
    Entry,
    TicketRecord,
)
from helpclient.backends.glpi.text import rich_text
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Capability,
    Message,
    Ticket,
    TicketStatus,
)

NEW, ASSIGNED, PLANNED, WAITING, SOLVED, CLOSED = 1, 2, 3, 4, 5, 6

#: every documented status, with the label GLPI shows (in English)
STATUSES: Mapping[int, tuple[TicketStatus, str]] = {
    NEW: (TicketStatus.NEW, "New"),
    ASSIGNED: (TicketStatus.OPEN, "Processing (assigned)"),
    PLANNED: (TicketStatus.OPEN, "Processing (planned)"),
    WAITING: (TicketStatus.ON_HOLD, "Pending"),
    SOLVED: (TicketStatus.SOLVED, "Solved"),
    CLOSED: (TicketStatus.CLOSED, "Closed"),
}

#: solution states (``CommonITILValidation``): waiting for approval, accepted, refused
SOLUTION_WAITING = 2

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SUMMARY_CHARS = 200
# where the text of HTML breaks: line breaks, and the ends of blocks
_BREAK = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr|/td|/th|/blockquote|/pre)\b[^>]*>",
                    re.IGNORECASE)


def map_status(status: int | None) -> tuple[TicketStatus, str]:
    """The common status and the raw label; an unknown number counts as in progress."""
    if status in STATUSES:
        return STATUSES[status]  # type: ignore[index]  # narrowed by the test
    return TicketStatus.OPEN, f"Status {status}" if status is not None else "Unknown"


def urgency(priority: int | None) -> int | None:
    """GLPI's urgency (1 very low … 5 very high) for HelpClient's 0–100 priority."""
    if priority is None:
        return None
    for bound, level in ((20, 2), (45, 3), (75, 4)):
        if priority < bound:
            return level
    return 5


def ticket_url(base_url: str, ticket_id: str) -> str:
    """The ticket's page (GLPI shows it in the interface of the user's profile)."""
    return f"{base_url}/front/ticket.form.php?id={ticket_id}"


def article_url(base_url: str, article_id: str) -> str:
    """The article's page."""
    return f"{base_url}/front/knowbaseitem.form.php?id={article_id}"


def to_ticket(record: TicketRecord, base_url: str,
              capabilities: Capability | None = None) -> Ticket:
    """A Ticket from a ticket record (an item or a search row)."""
    status, raw = map_status(record.status)
    created = record.created or record.updated or EPOCH
    return Ticket(
        id=record.id,
        subject=record.name,
        status=status,
        raw_status=raw,
        created=created,
        updated=max(record.updated or created, created),
        url=ticket_url(base_url, record.id),
        capabilities=capabilities,
    )


def ticket_capabilities(declared: Capability, status: int | None,
                        survey_open: bool) -> Capability:
    """What the requester may do with a ticket in ``status``: reply while it is not closed;
    confirm the solution (``SOLVE``) or refuse it (``REOPEN``) while it is solved; rate it
    while its satisfaction survey is open. GLPI lets requesters do nothing else."""
    allowed = Capability.KB_SEARCH | Capability.FIND_BY_KEY
    if status != CLOSED:
        allowed |= Capability.REPLY | Capability.REPLY_ATTACHMENTS
    if status == SOLVED:
        allowed |= Capability.SOLVE | Capability.REOPEN
    if survey_open:
        allowed |= Capability.CSAT
    return declared & allowed


def attachment(document: DocumentRecord) -> AttachmentInfo:
    """What the conversation shows of a GLPI document (GLPI does not store its size)."""
    return AttachmentInfo(id=document.id, filename=document.filename,
                          content_type=document.mime, size=0)


def build_conversation(ticket: TicketRecord, me: str, followups: Iterable[Entry],
                       solutions: Iterable[Entry], *,
                       files: Mapping[tuple[str, str], Sequence[DocumentRecord]],
                       requester_name: str) -> list[Message]:
    """The public conversation, oldest first: the ticket's description, public follow-ups and
    solutions (each with its files), and "solved"/"closed" events. Private follow-ups are left
    out whatever the server sent. ``files`` maps (itemtype, id) to the documents attached
    there; ``me`` is the signed-in user's id."""
    opened = ticket.created or EPOCH
    writer = ticket.writer or me
    messages = [Message(
        id=f"Ticket-{ticket.id}",
        author=requester_name if writer == me else ticket.writer_name,
        created=opened, body=rich_text(ticket.content), is_html=True,
        from_support=writer != me,
        attachments=tuple(attachment(d) for d in files.get(("Ticket", ticket.id), ())))]
    for followup in followups:
        if followup.is_private:
            continue
        messages.append(_message("ITILFollowup", followup, me, opened, files))
    for solution in solutions:
        messages.append(_message("ITILSolution", solution, me, opened, files))
        messages.append(Message(id=f"ITILSolution-{solution.id}-status",
                                author=solution.author, created=solution.created or opened,
                                body="", from_support=solution.author_id != me, kind="status",
                                status=TicketStatus.SOLVED))
    if ticket.status == CLOSED and ticket.closed is not None:
        messages.append(Message(id=f"Ticket-{ticket.id}-closed", author="",
                                created=ticket.closed, body="", from_support=True,
                                kind="status", status=TicketStatus.CLOSED))
    # a status event sorts after the message written at the same second
    messages.sort(key=lambda m: (m.created, m.kind == "status"))
    return messages


def _message(itemtype: str, entry: Entry, me: str, opened: datetime,
             files: Mapping[tuple[str, str], Sequence[DocumentRecord]]) -> Message:
    return Message(
        id=f"{itemtype}-{entry.id}", author=entry.author, created=entry.created or opened,
        body=rich_text(entry.content), is_html=True, from_support=entry.author_id != me,
        attachments=tuple(attachment(d) for d in files.get((itemtype, entry.id), ())))


def to_article(record: ArticleRecord, base_url: str, *, with_body: bool) -> Article:
    """An Article; without the body, the start of its text (when the row had it) as summary."""
    body = rich_text(record.answer) if record.answer else ""
    summary = ""
    if body and not with_body:
        text = " ".join(html.unescape(nh3.clean(_BREAK.sub(" ", body), tags=set())).split())
        summary = text if len(text) <= _SUMMARY_CHARS else text[:_SUMMARY_CHARS - 1] + "…"
    return Article(
        id=record.id,
        title=record.title,
        body=body if with_body else "",
        is_html=with_body,
        summary=summary,
        source="GLPI",
        updated=record.updated,
        url=article_url(base_url, record.id),
    )
