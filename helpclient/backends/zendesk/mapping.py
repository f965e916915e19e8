"""Pure translations from Zendesk's records to HelpClient's models (no I/O): statuses, what a
request allows its requester now, the public conversation, help-center articles."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from helpclient.backends.report_key import strip_key_marker
from helpclient.backends.rich_text import without_marker
from helpclient.backends.zendesk.records import KBHit, ZComment, ZRequest
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Capability,
    Message,
    Ticket,
    TicketStatus,
)

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

#: Every status a request has ("Requests", JSON format: ``status``). "pending" is Zendesk's
#: "support waits for the requester"; "hold" waits for a third party; "solved" may still be
#: reopened by a comment, "closed" may not (a follow-up request continues it).
STATUSES: Mapping[str, TicketStatus] = {
    "new": TicketStatus.NEW,
    "open": TicketStatus.OPEN,
    "pending": TicketStatus.WAITING_FOR_YOU,
    "hold": TicketStatus.ON_HOLD,
    "solved": TicketStatus.SOLVED,
    "closed": TicketStatus.CLOSED,
}


def status_of(raw: str) -> TicketStatus:
    """The common status of Zendesk's; an unknown one is OPEN (support still works on it)."""
    return STATUSES.get(raw.strip().lower(), TicketStatus.OPEN)


def request_url(base_url: str, request_id: str) -> str:
    """The request's page in the help center (the end user's view of it)."""
    return f"{base_url}/hc/requests/{request_id}"


def request_capabilities(declared: Capability, request: ZRequest) -> Capability:
    """What the requester may do with ``request`` now ("Update Request"): comment while it is
    not closed; mark it solved only when Zendesk says so (``can_be_solved_by_me``: assigned,
    and not a problem ticket); reopen a solved one with a comment, a closed one by a follow-up
    request; rate a solved one."""
    status = status_of(request.status)
    allowed = Capability.KB_SEARCH | Capability.FIND_BY_KEY
    if status is not TicketStatus.CLOSED:
        allowed |= Capability.REPLY | Capability.REPLY_ATTACHMENTS
    if status.is_active and request.can_be_solved_by_me:
        allowed |= Capability.SOLVE
    if not status.is_active:
        allowed |= Capability.REOPEN
    if status is TicketStatus.SOLVED:
        allowed |= Capability.CSAT
    return declared & allowed


def to_ticket(request: ZRequest, base_url: str, declared: Capability) -> Ticket:
    """The model of ``request``, with what it allows now."""
    created = request.created or EPOCH
    return Ticket(
        id=request.id,
        subject=request.subject,
        status=status_of(request.status),
        raw_status=request.status,
        created=created,
        updated=max(request.updated or created, created),
        url=request_url(base_url, request.id),
        capabilities=request_capabilities(declared, request),
    )


def attachment_id(request_id: str, comment_id: str, attachment_id_: str) -> str:
    """Our id of a file: the request, comment and attachment it takes to find it again."""
    return f"{request_id}/{comment_id}/{attachment_id_}"


def to_message(comment: ZComment, request_id: str,
               authors: Mapping[str, tuple[str, bool]], me: str = "") -> Message:
    """A public comment as a message: the HTML body sanitized (the plain one when there is
    none), the report key's line removed. Support wrote it when the sideloaded ``authors``
    say an agent did — or, for an author they leave out, when it is not ``me`` (the user's
    id, when known)."""
    name, agent = authors.get(comment.author_id, ("", bool(me) and comment.author_id != me))
    if comment.html_body.strip():
        body, is_html = without_marker(sanitize_html(comment.html_body)), True
    else:
        body, is_html = strip_key_marker(comment.body), False
    return Message(
        id=comment.id,
        author=name,
        created=comment.created or EPOCH,
        body=body,
        is_html=is_html,
        from_support=agent,
        attachments=tuple(
            AttachmentInfo(attachment_id(request_id, comment.id, a.id), a.filename,
                           a.content_type, a.size)
            for a in comment.attachments if not a.inline),
    )


def conversation(comments: Iterable[ZComment], request_id: str,
                 authors: Mapping[str, tuple[str, bool]], me: str = "") -> list[Message]:
    """The public conversation, oldest first; private comments never (an end user's answers
    have none, and one that arrives anyway is dropped). ``me``: see :func:`to_message`."""
    messages = [to_message(c, request_id, authors, me) for c in comments if c.public]
    messages.sort(key=lambda m: (m.created, int(m.id)))
    return messages


def to_article(hit: KBHit) -> Article:
    """A help-center article with its (sanitized) body and page."""
    url = hit.url if re.match(r"^https?://", hit.url, re.IGNORECASE) else ""
    body = sanitize_html(hit.body)
    summary = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", body)).split())[:300]
    return Article(id=hit.id, title=hit.title, body=body, is_html=True, summary=summary,
                   source="Zendesk", language=hit.locale, updated=hit.updated, url=url)
