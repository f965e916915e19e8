"""Pure translations from Zammad's records to HelpClient's models (no I/O): states, tickets,
the public conversation, knowledge-base answers.

Zammad's default states (``ticket/states``) and their state types decide the common status;
a custom state is read by its type, which ``ticket_states`` tells (the connector asks only when
a name is not one of the defaults). "merged" is not a status of its own: the connector follows
the ticket to the one it was merged into (see :class:`Merged`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from helpclient.backends.report_key import strip_key_marker
from helpclient.backends.zammad.records import KBHit, ZArticle, ZAttachment, ZState, ZTicket
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.models import Article, AttachmentInfo, Message, Ticket, TicketStatus

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Merged:
    """The state of a ticket merged into another: its status is the other ticket's."""


MERGED = Merged()
Meaning = TicketStatus | Merged

#: Zammad's default states. "pending close" closes by itself at its time unless the customer
#: answers: to the employee that is "solved, confirm or reopen"; "closed" is where a solved
#: request ends (Zammad has no separate "solved"), and a customer may reopen it.
STATE_NAMES: Mapping[str, Meaning] = {
    "new": TicketStatus.NEW,
    "open": TicketStatus.OPEN,
    "pending reminder": TicketStatus.ON_HOLD,
    "pending close": TicketStatus.SOLVED,
    "closed": TicketStatus.SOLVED,
    "merged": MERGED,
    "removed": TicketStatus.CLOSED,
}

# Ticket::StateType ids of a default installation (db/seeds/ticket_state_types.rb order, as
# ``ticket_states`` shows them): 1 new, 2 open, 3 pending reminder, 4 pending action,
# 5 closed, 6 merged, 7 removed.
STATE_TYPES: Mapping[str, Meaning] = {
    "1": TicketStatus.NEW,
    "2": TicketStatus.OPEN,
    "3": TicketStatus.ON_HOLD,
    "5": TicketStatus.SOLVED,
    "6": MERGED,
    "7": TicketStatus.CLOSED,
}
_PENDING_ACTION = "4"
_CLOSED_TYPE = "5"


def is_default_state(name: str) -> bool:
    """Whether ``name`` is one of Zammad's default states (no lookup needed)."""
    return name.strip().lower() in STATE_NAMES


def state_meaning(name: str, states: Iterable[ZState] = ()) -> Meaning:
    """What a state means, by its name or, for a custom state, by its type in ``states``
    (``ticket_states``). A pending action that ends closed is "solved"; another "on hold".
    Unknown states count as OPEN: support still works on it."""
    known = STATE_NAMES.get(name.strip().lower())
    if known is not None:
        return known
    by_id = {s.id: s for s in states}
    for state in by_id.values():
        if state.name.strip().lower() != name.strip().lower():
            continue
        if state.state_type_id == _PENDING_ACTION:
            after = by_id.get(state.next_state_id)
            ends_closed = after is not None and after.state_type_id == _CLOSED_TYPE
            return TicketStatus.SOLVED if ends_closed else TicketStatus.ON_HOLD
        return STATE_TYPES.get(state.state_type_id, TicketStatus.OPEN)
    return TicketStatus.OPEN


def ticket_url(base_url: str, ticket_id: str) -> str:
    """The ticket's page in Zammad's web interface (customers see their view of it)."""
    return f"{base_url}/#ticket/zoom/{ticket_id}"


def to_ticket(ticket: ZTicket, base_url: str, status: TicketStatus,
              shown: ZTicket | None = None) -> Ticket:
    """The model of ``ticket``; a merged ticket shows ``shown``'s (its target's) status time
    and page, and keeps its own number, title and raw state ("merged")."""
    target = shown or ticket
    created = ticket.created or EPOCH
    updated = max(filter(None, (ticket.updated, target.updated)), default=created)
    return Ticket(
        id=ticket.id,
        subject=ticket.title,
        status=status,
        raw_status=ticket.state,
        created=created,
        updated=updated,
        owner=target.owner,
        queue=target.group,
        url=ticket_url(base_url, target.id),
    )


def author_name(article: ZArticle) -> str:
    """Who wrote an article, for people: the name in "from" ("Emma Taylor via <order@…>" →
    "Emma Taylor"; "David Bell <david@…>" → "David Bell"), else the address, else the login."""
    text = article.author
    if "<" in text:
        name, _, rest = text.partition("<")
        name = re.sub(r"\s+via\s*$", "", name.strip(), flags=re.IGNORECASE).strip(" \"'")
        text = name or rest.partition(">")[0].strip()
    text = " ".join(text.split())
    return text or article.created_by


def attachment_id(ticket_id: str, article_id: str, attachment: ZAttachment) -> str:
    """Our id of a file: what ``ticket_attachment/{ticket}/{article}/{file}`` needs."""
    return f"{ticket_id}/{article_id}/{attachment.id}"


def is_public(article: ZArticle) -> bool:
    """Whether the employee may see an article. Zammad leaves internal articles out of a
    customer's answers already; an internal one that arrives anyway is dropped here."""
    return not article.internal


def to_message(article: ZArticle, ticket_id: str) -> Message:
    """A public article as a message: HTML bodies sanitized, the report key's line removed."""
    is_html = article.content_type.startswith("text/html")
    body = strip_key_marker(article.body)
    if is_html:
        body = sanitize_html(body)
    owner = article.ticket_id or ticket_id
    return Message(
        id=article.id,
        author=author_name(article),
        created=article.created or EPOCH,
        body=body,
        is_html=is_html,
        from_support=article.sender.casefold() != "customer",
        attachments=tuple(
            AttachmentInfo(attachment_id(owner, article.id, a), a.filename, a.content_type,
                           a.size) for a in article.attachments),
    )


def conversation(articles: Iterable[ZArticle], ticket_id: str) -> list[Message]:
    """The public conversation, oldest first."""
    messages = [to_message(a, ticket_id) for a in articles if is_public(a)]
    messages.sort(key=lambda m: (m.created, int(m.id)))
    return messages


def absolute_url(base_url: str, url: str) -> str:
    """A help-center address from the search: paths are Zammad's own; a knowledge base with a
    custom address gives a whole URL. Anything else is dropped."""
    if url.startswith("/") and not url.startswith("//"):
        return base_url + url
    if re.match(r"^https?://", url, re.IGNORECASE):
        return url
    return ""


def to_article(hit: KBHit, base_url: str) -> Article:
    """A published answer: title, the search's snippet, and its public page. Customers may not
    read answers through the API (that needs ``knowledge_base.reader``), so the body is the
    snippet and a link to the answer's page in the help center."""
    url = absolute_url(base_url, hit.url)
    snippet = " ".join(_strip_tags(hit.snippet).split())
    body = f"<p>{html.escape(snippet)}</p>"
    if url:
        body += f'<p><a href="{html.escape(url, quote=True)}">{html.escape(url)}</a></p>'
    return Article(id=hit.id, title=" ".join(_strip_tags(hit.title).split()), body=body,
                   is_html=True, summary=snippet, source="Zammad", updated=hit.updated,
                   url=url)


def _strip_tags(text: str) -> str:
    """Text without markup (search highlights come as ``<em>``), entities read."""
    return html.unescape(re.sub(r"<[^>]*>", " ", text))
