"""Request Tracker's REST2 answers checked and read into small typed records (no I/O).

This is the boundary of the RT connector: every JSON value the server sends passes through one
of these functions (or :mod:`helpclient.backends.rt.mapping`, which uses them) before any other
code looks at it. A wrong shape becomes :class:`~helpclient.core.errors.BadResponse` here; past
this point the code reads attributes, not ``dict.get`` on whatever arrived.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from helpclient.backends import shapes
from helpclient.core.errors import BadResponse

# RT's own accounts: changes they make are the helpdesk's automation, not a person's doing, and
# their names ("The RT System itself", "Nobody in particular") mean nothing to an employee.
SYSTEM_USERS = frozenset({"rt_system", "nobody"})
# How many of RT's answer messages ("Ticket 1: Status changed …") are worth quoting.
_MAX_ANSWER_MESSAGES = 5
_MAX_ANSWER_CHARS = 300

#: RT writes "not set" dates as the Unix epoch.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_RT_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:Z|\+00:?00)?$")


@dataclass(frozen=True)
class Part:
    """One MIME part from a ticket's ``/attachments`` listing."""

    id: str
    transaction_id: str
    filename: str
    content_type: str
    size: int

    @property
    def is_file(self) -> bool:
        """A file the user attached (it has a name), as opposed to the message body, its HTML
        alternative or a multipart container."""
        return bool(self.filename) and not self.content_type.startswith("multipart/")


@dataclass(frozen=True)
class Person:
    """Who made a transaction: login and the name to show ("" for RT's own accounts)."""

    login: str
    name: str

    @property
    def is_system(self) -> bool:
        """RT itself (automation, scrips) rather than a person."""
        return self.login.casefold() in SYSTEM_USERS


@dataclass(frozen=True)
class Transaction:
    """One of a ticket's transactions (a ``/transactions`` search item, as in ``/history``)
    fetched with Type, Creator, Created, Field, OldValue and NewValue."""

    id: str
    type: str
    field: str
    creator: Person
    created: datetime | None
    old_value: str
    new_value: str


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
    return None if parsed == EPOCH else parsed


def page_items(data: Any, what: str) -> list[Any]:
    """The ``items`` of one page of a REST2 collection."""
    page = shapes.expect_object(data, what)
    if "items" not in page:
        raise BadResponse(
            f"The helpdesk sent an answer HelpClient cannot use: {what} has no list of items.")
    return shapes.expect_list(page["items"], f"the items of {what}")


def page_count(data: Any) -> int | None:
    """How many pages a collection has, when the server says (RT hides it from unprivileged
    users); None when it does not or says nonsense."""
    pages = data.get("pages") if isinstance(data, Mapping) else None
    if isinstance(pages, int) and not isinstance(pages, bool) and pages >= 0:
        return pages
    return None


def person(value: Any, what: str) -> Person:
    """The author of a transaction from an expanded user reference (or a bare login)."""
    login = shapes.reference(value, what)
    name = ""
    if isinstance(value, Mapping):
        name = (shapes.text(value.get("RealName"), f"{what}'s name")
                or shapes.text(value.get("Name"), f"{what}'s login"))
    found = Person(login, name or login)
    return Person(login, "") if found.is_system else found


def part_from_item(value: Any) -> Part:
    """A Part from an ``/attachments`` item fetched with TransactionId, Filename, ContentType and
    ContentLength."""
    item = shapes.expect_object(value, "an attachment of the ticket")
    return Part(
        id=shapes.numeric_id(item.get("id"), "an attachment's number"),
        transaction_id=shapes.reference(item.get("TransactionId"), "an attachment's message"),
        filename=shapes.text(item.get("Filename"), "an attachment's file name"),
        content_type=shapes.text(item.get("ContentType"), "an attachment's type",
                                 limit=200).strip().lower() or "application/octet-stream",
        size=shapes.size(item.get("ContentLength")),
    )


def transaction_from_item(value: Any) -> Transaction:
    """A Transaction from a ``/transactions`` (or ``/history``) item."""
    item = shapes.expect_object(value, "an entry of the ticket's history")
    return Transaction(
        id=shapes.numeric_id(item.get("id"), "a history entry's number"),
        type=shapes.text(item.get("Type"), "a history entry's type", limit=100),
        field=shapes.text(item.get("Field"), "a history entry's field", limit=100),
        creator=person(item.get("Creator"), "a history entry's author"),
        created=parse_rt_date(item.get("Created")),
        old_value=shapes.text(item.get("OldValue"), "a history entry's old value"),
        new_value=shapes.text(item.get("NewValue"), "a history entry's new value"),
    )


def requestor_logins(record: Any) -> list[str]:
    """The logins of a ticket's requestors, from ``GET /ticket/<id>``."""
    ticket = shapes.expect_object(record, "the ticket")
    found = shapes.expect_list(ticket.get("Requestor"), "the ticket's requestors")
    return [shapes.reference(r, "a requestor") for r in found]


def created_id(answer: Any) -> str:
    """The number of the ticket RT says it created (``{"id": …, "type": "ticket"}``)."""
    created = shapes.expect_object(answer, "the answer to creating a ticket")
    return shapes.numeric_id(created.get("id"), "the new ticket's number")


def has_items(data: Any, what: str) -> bool:
    """Whether a collection page found anything."""
    return bool(page_items(data, what))


def answer_messages(answer: Any) -> list[str]:
    """The messages RT gives as the answer to a change (a list of texts), shortened; anything
    else is ignored: they only explain a refusal."""
    if not isinstance(answer, list):
        return []
    said = [shapes.text(m, "a message", limit=_MAX_ANSWER_CHARS)
            for m in answer[:_MAX_ANSWER_MESSAGES] if isinstance(m, str)]
    return [" ".join(s.split()) for s in said if s.strip()]


def class_name(item: Any) -> str:
    """The name of an article's class when the listing expanded it (``fields[Class]=Name``);
    "" when it did not or sent something else (the article is then treated as any other)."""
    article = item if isinstance(item, Mapping) else {}
    reference = article.get("Class")
    name = reference.get("Name") if isinstance(reference, Mapping) else None
    return name.strip() if isinstance(name, str) else ""
