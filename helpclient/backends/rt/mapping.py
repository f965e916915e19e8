"""Pure translations between Request Tracker 5 REST2 JSON and HelpClient's models (no I/O).

Kept apart from :mod:`helpclient.backends.rt.connector` so that every rule about RT's data
(statuses, dates, which transactions are public, which MIME parts are attachments) is
unit-tested without a server.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

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

#: The line added to a new ticket's body so a retried submission can find the ticket it created.
KEY_MARKER = "HelpClient-Report:"

# RT writes "not set" dates as the Unix epoch.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RT_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:Z|\+00:?00)?$")
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


def parse_rt_date(value: Any) -> datetime | None:
    """An aware UTC datetime from RT's ``2024-05-01T12:00:00Z`` (or SQL ``2024-05-01 12:00:00``,
    which RT also stores in UTC); None for empty, unset (epoch) or unreadable values."""
    if not isinstance(value, str):
        return None
    match = _RT_DATE.match(value.strip())
    if not match:
        return None
    try:
        year, month, day, hour, minute, second = (int(g) for g in match.groups())
        parsed = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    return None if parsed == _EPOCH else parsed


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


def ref_id(value: Any) -> str:
    """The id of a REST2 reference object (``{"id": …, "type": …}``) or plain value, as text."""
    if isinstance(value, Mapping):
        value = value.get("id", "")
    return "" if value is None else str(value)


def display_name(user: Any) -> str:
    """A person's name from an expanded user reference: real name, else login."""
    if isinstance(user, Mapping):
        return str(user.get("RealName") or user.get("Name") or user.get("id") or "")
    return ref_id(user)


def user_from_record(data: Mapping[str, Any]) -> UserInfo:
    """UserInfo from ``GET /user/<id>``."""
    return UserInfo(
        login=str(data.get("Name") or data.get("id") or ""),
        name=str(data.get("RealName") or ""),
        email=str(data.get("EmailAddress") or ""),
        phone=str(data.get("WorkPhone") or data.get("MobilePhone") or ""),
    )


def ticket_url(base_url: str, ticket_id: str) -> str:
    """The web page of a ticket (RT sends unprivileged users on to the self-service view)."""
    return f"{base_url}/Ticket/Display.html?id={ticket_id}"


def ticket_from_item(item: Mapping[str, Any], base_url: str) -> Ticket:
    """A Ticket from a ``/tickets`` search item fetched with :data:`TICKET_FIELDS`."""
    ticket_id = ref_id(item.get("id"))
    raw = str(item.get("Status") or "")
    created = parse_rt_date(item.get("Created")) or _EPOCH
    owner = item.get("Owner")
    owner_name = "" if ref_id(owner) in ("", "Nobody") else display_name(owner)
    queue = item.get("Queue")
    queue_name = str(queue.get("Name") or ref_id(queue)) if isinstance(queue, Mapping) else ""
    return Ticket(
        id=ticket_id,
        subject=str(item.get("Subject") or ""),
        status=map_status(raw),
        raw_status=raw,
        created=created,
        updated=parse_rt_date(item.get("LastUpdated")) or created,
        owner=owner_name,
        queue=queue_name,
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


def article_from_record(data: Mapping[str, Any], base_url: str, *, with_body: bool) -> Article:
    """An Article from ``GET /article/<id>`` or an ``/articles`` search item.

    The body is the "Content" custom field (RT's standard article field)."""
    article_id = ref_id(data.get("id"))
    body = ""
    if with_body:
        for cf in data.get("CustomFields") or ():
            if isinstance(cf, Mapping) and cf.get("name") == "Content":
                body = "\n".join(str(v) for v in cf.get("values") or () if v is not None)
    return Article(
        id=article_id,
        title=str(data.get("Name") or ""),
        body=body,
        is_html=looks_like_html(body),
        summary=str(data.get("Summary") or ""),
        source="Request Tracker",
        updated=parse_rt_date(data.get("LastUpdated")),
        url=article_url(base_url, article_id),
    )


def body_with_key(body: str, key: str) -> str:
    """The ticket body with the idempotency marker line appended (when there is a key)."""
    if not key:
        return body
    return f"{body.rstrip()}\n\n{KEY_MARKER} {key}\n"


def strip_key_marker(text: str) -> str:
    """The body without the idempotency marker line (it is for HelpClient, not for people)."""
    if KEY_MARKER not in text:
        return text
    kept = [line for line in text.split("\n") if not line.startswith(KEY_MARKER)]
    return "\n".join(kept).rstrip() + "\n"


def key_marker(key: str) -> str:
    """The exact text searched for to find a ticket by its idempotency key."""
    return f"{KEY_MARKER} {key}"


def decode_content(data: Mapping[str, Any]) -> bytes:
    """The raw bytes of ``GET /attachment/<id>`` (REST2 sends them base64-encoded)."""
    content = data.get("Content")
    if not content:
        return b""
    try:
        return base64.b64decode(str(content), validate=False)
    except (binascii.Error, ValueError):
        return b""


def is_file_part(part: Mapping[str, Any]) -> bool:
    """Whether a MIME part is a file the user attached (it has a name), as opposed to the
    message body, its HTML alternative or a multipart container."""
    return bool(part.get("Filename")) and not str(part.get("ContentType", "")).startswith(
        "multipart/"
    )


def body_part(parts: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The part holding a message's text: the first unnamed text/plain part, else text/html."""
    for wanted in ("text/plain", "text/html"):
        for part in parts:
            if not part.get("Filename") and str(part.get("ContentType", "")).lower() == wanted:
                return part
    return None


def attachment_info(part: Mapping[str, Any]) -> AttachmentInfo:
    """AttachmentInfo from an attachment item fetched with Filename,ContentType,ContentLength."""
    try:
        size = int(part.get("ContentLength") or 0)
    except (TypeError, ValueError):
        size = 0
    return AttachmentInfo(
        id=ref_id(part.get("id")),
        filename=str(part.get("Filename") or ""),
        content_type=str(part.get("ContentType") or "application/octet-stream"),
        size=size,
    )


def is_message(txn: Mapping[str, Any]) -> bool:
    """A public message: the ticket's creation or a reply. Comments are internal, never shown."""
    return txn.get("Type") in _MESSAGE_TYPES


def is_status_change(txn: Mapping[str, Any]) -> bool:
    """A status change (RT 5 writes Type "Status"; older data may say Set/Field "Status")."""
    kind = txn.get("Type")
    return kind == "Status" or (kind == "Set" and txn.get("Field") == "Status")


def build_conversation(
    history: Iterable[Mapping[str, Any]],
    parts_by_txn: Mapping[str, Sequence[Mapping[str, Any]]],
    bodies: Mapping[str, tuple[str, bool]],
    requestors: Iterable[str],
) -> list[Message]:
    """The public conversation from a ticket's history, oldest first.

    ``parts_by_txn`` maps transaction ids to their MIME parts, ``bodies`` maps transaction ids to
    (text, is_html), ``requestors`` are the logins of the ticket's requestors: everyone else who
    writes is support.
    """
    requestor_set = {r.lower() for r in requestors}
    messages: list[Message] = []
    for txn in history:
        txn_id = ref_id(txn.get("id"))
        creator = txn.get("Creator")
        login = ref_id(creator)
        created = parse_rt_date(txn.get("Created")) or _EPOCH
        from_support = login.lower() not in requestor_set
        if is_message(txn):
            text, is_html = bodies.get(txn_id, ("", False))
            files = tuple(
                attachment_info(p) for p in parts_by_txn.get(txn_id, ()) if is_file_part(p)
            )
            messages.append(
                Message(
                    id=txn_id,
                    author=display_name(creator),
                    created=created,
                    body=text,
                    is_html=is_html,
                    from_support=from_support,
                    attachments=files,
                )
            )
        elif is_status_change(txn):
            messages.append(
                Message(
                    id=txn_id,
                    author=display_name(creator),
                    created=created,
                    body=str(txn.get("NewValue") or ""),
                    from_support=from_support,
                    kind="status",
                    status=map_status(str(txn.get("NewValue") or "")),
                )
            )
    messages.sort(key=lambda m: (m.created, _numeric(m.id)))
    return messages


def _numeric(value: str) -> int:
    return int(value) if value.isdigit() else 0
