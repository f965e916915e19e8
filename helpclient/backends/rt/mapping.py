"""Pure translations between Request Tracker 5 REST2 JSON and HelpClient's models (no I/O).

Kept apart from :mod:`helpclient.backends.rt.connector` so that every rule about RT's data
(statuses, dates, which transactions are public, which MIME parts are attachments) is
unit-tested without a server. Server data comes in through :mod:`helpclient.backends.shapes`
and :mod:`helpclient.backends.rt.records`: a wrong shape is a BadResponse, never a crash.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from helpclient.backends import shapes
from helpclient.backends.rt.records import EPOCH, Part, Transaction, parse_rt_date
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Message,
    Ticket,
    TicketStatus,
    UserInfo,
)

#: RT's default lifecycle onto the common vocabulary. RT has no "closed": rejected and deleted
#: tickets are finished without a solution, which is what CLOSED means to the user.
STATUS_MAP: Mapping[str, TicketStatus] = {
    "new": TicketStatus.NEW,
    "open": TicketStatus.OPEN,
    "stalled": TicketStatus.ON_HOLD,
    "resolved": TicketStatus.SOLVED,
    "rejected": TicketStatus.CLOSED,
    "deleted": TicketStatus.CLOSED,
}

_TOKEN = re.compile(r"^\s*\d+-(\d+)-[0-9a-fA-F]+\s*$")
_HTML_START = re.compile(
    r"^\s*<(?:!doctype|html|body|p|div|h[1-6]|ul|ol|table|br|span|pre|blockquote)\b", re.I
)

# Transaction types that carry a public message (Comment and CommentEmailRecord never do).
_MESSAGE_TYPES = frozenset({"Create", "Correspond"})

#: How far a user's time zone can be from UTC (UTC-12 … UTC+14, plus a DST hour), see
#: :func:`ticketsql_lower_bound`.
TIMEZONE_MARGIN = timedelta(hours=27)


def map_status(raw: str) -> TicketStatus:
    """The common status for an RT status; unknown (custom lifecycle) statuses count as OPEN."""
    return STATUS_MAP.get(raw.strip().lower(), TicketStatus.OPEN)


def ticketsql_lower_bound(since: datetime) -> str:
    """A TicketSQL date literal safely *before* ``since``.

    RT reads date literals in the searching user's time zone (a preference we cannot see, or the
    server default) and ignores any zone written in the literal. So we ask for a window widened
    by :data:`TIMEZONE_MARGIN` and filter exactly on the UTC dates RT returns.
    """
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    bound = since.astimezone(UTC) - TIMEZONE_MARGIN
    return bound.strftime("%Y-%m-%d %H:%M:%S")


def user_id_from_token(token: str) -> int | None:
    """The numeric user id embedded in an RT auth token (``1-<user id>-<secret>``), or None.

    REST2 has no "current user" endpoint, but a user may always read their own record, and RT's
    token format carries the owner's id, which is how ``whoami`` works for unprivileged users.
    """
    match = _TOKEN.match(token)
    return int(match.group(1)) if match else None


def user_from_record(data: Any) -> UserInfo:
    """UserInfo from ``GET /user/<id>``."""
    user = shapes.expect_object(data, "the user record")
    login = shapes.text(user.get("Name"), "the user's login").strip()
    return UserInfo(
        login=login or shapes.identifier(user.get("id"), "the user's login"),
        name=shapes.text(user.get("RealName"), "the user's name"),
        email=shapes.text(user.get("EmailAddress"), "the user's e-mail address"),
        phone=(shapes.text(user.get("WorkPhone"), "the user's phone number")
               or shapes.text(user.get("MobilePhone"), "the user's phone number")),
    )


def ticket_url(base_url: str, ticket_id: str) -> str:
    """The web page of a ticket (RT sends unprivileged users on to the self-service view)."""
    return f"{base_url}/Ticket/Display.html?id={ticket_id}"


def _owner_name(owner: Any) -> str:
    """Who handles the ticket: real name, else login; "" while RT's "Nobody" owns it."""
    login = shapes.reference(owner, "the ticket's owner")
    if login.casefold() in ("", "nobody"):
        return ""
    if isinstance(owner, Mapping):
        return (shapes.text(owner.get("RealName"), "the owner's name")
                or shapes.text(owner.get("Name"), "the owner's login") or login)
    return login


def _queue_name(queue: Any) -> str:
    if isinstance(queue, Mapping):
        return (shapes.text(queue.get("Name"), "the ticket's queue")
                or shapes.reference(queue, "the ticket's queue"))
    shapes.text(queue, "the ticket's queue")  # a bare id says nothing to a user, but must be one
    return ""


def ticket_from_item(data: Any, base_url: str) -> Ticket:
    """A Ticket from a ``/tickets`` search item fetched with :data:`TICKET_FIELDS`."""
    item = shapes.expect_object(data, "a ticket in the list")
    ticket_id = shapes.numeric_id(item.get("id"), "a ticket's number")
    raw = shapes.text(item.get("Status"), "a ticket's status", limit=100).strip()
    created = parse_rt_date(item.get("Created")) or EPOCH
    return Ticket(
        id=ticket_id,
        subject=shapes.text(item.get("Subject"), "a ticket's subject"),
        status=map_status(raw),
        raw_status=raw,
        created=created,
        updated=parse_rt_date(item.get("LastUpdated")) or created,
        owner=_owner_name(item.get("Owner")),
        queue=_queue_name(item.get("Queue")),
        url=ticket_url(base_url, ticket_id),
    )


#: The ``/tickets`` search parameters that give everything :func:`ticket_from_item` reads.
TICKET_FIELDS: Mapping[str, str] = {
    "fields": "Subject,Status,Created,LastUpdated,Owner,Queue",
    "fields[Owner]": "Name,RealName",
    "fields[Queue]": "Name",
}


def looks_like_html(text: str) -> bool:
    """Whether an article body is HTML (RT's Content field is plain text unless edited as HTML)."""
    return bool(_HTML_START.match(text))


def article_url(base_url: str, article_id: str) -> str:
    """The self-service page of an article."""
    return f"{base_url}/SelfService/Article/Display.html?id={article_id}"


def _article_body(custom_fields: Any) -> str:
    """The "Content" custom field (RT's standard article field) of an article record."""
    for value in shapes.expect_list(custom_fields, "the article's fields"):
        field = shapes.expect_object(value, "an article field")
        if shapes.text(field.get("name"), "an article field's name") == "Content":
            values = shapes.expect_list(field.get("values"), "the article's content")
            return "\n".join(shapes.text(v, "the article's content", limit=None) for v in values
                             if v is not None)
    return ""


def article_from_record(data: Any, base_url: str, *, with_body: bool) -> Article:
    """An Article from ``GET /article/<id>`` or an ``/articles`` search item."""
    record = shapes.expect_object(data, "the article")
    article_id = shapes.numeric_id(record.get("id"), "an article's number")
    body = _article_body(record.get("CustomFields")) if with_body else ""
    return Article(
        id=article_id,
        title=shapes.text(record.get("Name"), "an article's title"),
        body=body,
        is_html=looks_like_html(body),
        summary=shapes.text(record.get("Summary"), "an article's summary", limit=10_000),
        source="Request Tracker",
        updated=parse_rt_date(record.get("LastUpdated")),
        url=article_url(base_url, article_id),
    )


def decode_content(data: Any) -> bytes:
    """The raw bytes of ``GET /attachment/<id>`` (REST2 sends them base64-encoded)."""
    record = shapes.expect_object(data, "the attachment")
    content = shapes.text(record.get("Content"), "the attachment's content", limit=None)
    try:
        return base64.b64decode(content, validate=False)
    except (binascii.Error, ValueError):
        return b""


def body_part(parts: Sequence[Part]) -> Part | None:
    """The part holding a message's text: the first unnamed text/plain part, else text/html."""
    for wanted in ("text/plain", "text/html"):
        for part in parts:
            if not part.filename and part.content_type == wanted:
                return part
    return None


def attachment_info(part: Part) -> AttachmentInfo:
    """What the conversation shows of an attached file."""
    return AttachmentInfo(id=part.id, filename=part.filename, content_type=part.content_type,
                          size=part.size)


def is_message(txn: Transaction) -> bool:
    """A public message: the ticket's creation or a reply. Comments are internal, never shown."""
    return txn.type in _MESSAGE_TYPES


def is_status_change(txn: Transaction) -> bool:
    """A status change (RT 5 writes Type "Status"; older data may say Set/Field "Status")."""
    return txn.type == "Status" or (txn.type == "Set" and txn.field == "Status")


def _status_event(txn: Transaction, from_support: bool) -> Message | None:
    """A status change as the employee sees it: old and new status in the common vocabulary,
    who made it (nobody for RT's automation), and no text of RT's. None when nothing changes
    in the common words (RT statuses that mean the same to the user)."""
    new = map_status(txn.new_value)
    old = map_status(txn.old_value) if txn.old_value.strip() else None
    if old is new:
        return None
    return Message(
        id=txn.id,
        author=txn.creator.name,
        created=txn.created or EPOCH,
        body="",
        from_support=from_support,
        kind="status",
        status=new,
        old_status=old,
    )


def build_conversation(
    history: Iterable[Transaction],
    parts_by_txn: Mapping[str, Sequence[Part]],
    bodies: Mapping[str, tuple[str, bool]],
    requestors: Iterable[str],
) -> list[Message]:
    """The public conversation from a ticket's history, oldest first.

    ``parts_by_txn`` maps transaction ids to their MIME parts, ``bodies`` maps transaction ids to
    (text, is_html), ``requestors`` are the logins of the ticket's requestors: everyone else who
    writes is support.
    """
    requestor_set = {r.casefold() for r in requestors}
    messages: list[Message] = []
    for txn in history:
        from_support = txn.creator.login.casefold() not in requestor_set
        if is_message(txn):
            text, is_html = bodies.get(txn.id, ("", False))
            files = tuple(attachment_info(p) for p in parts_by_txn.get(txn.id, ()) if p.is_file)
            messages.append(
                Message(
                    id=txn.id,
                    author=txn.creator.name,
                    created=txn.created or EPOCH,
                    body=text,
                    is_html=is_html,
                    from_support=from_support,
                    attachments=files,
                )
            )
        elif is_status_change(txn):
            event = _status_event(txn, from_support)
            if event is not None:
                messages.append(event)
    messages.sort(key=lambda m: (m.created, int(m.id)))
    return messages
