"""Freshservice's answers checked and read into small typed records (no I/O).

The boundary of the Freshservice connector: every JSON value the server sends passes through
one of these functions first; a wrong shape becomes :class:`~helpclient.core.errors.BadResponse`
(the rules are :mod:`helpclient.backends.shapes`'). Field names are API v2's ("Tickets",
"Conversations", "Solution Article"): answers wrap their object (``{"ticket": …}``) or list
(``{"tickets": […]}``); blank fields come as null.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from helpclient.backends import shapes
from helpclient.core.errors import BadResponse


@dataclass(frozen=True)
class FAttachment:
    """A file of a ticket or a conversation."""

    id: str
    name: str
    content_type: str
    size: int


@dataclass(frozen=True)
class FTicket:
    """A ticket of ``tickets`` or ``tickets/{id}``."""

    id: str
    subject: str
    status: int  # 2 Open, 3 Pending, 4 Resolved, 5 Closed, or an account's own (0 unreadable)
    requester_id: str  # "" when absent
    responder_id: str  # the agent it is assigned to; "" while nobody
    description: str  # HTML
    description_text: str
    created: datetime | None
    updated: datetime | None
    attachments: tuple[FAttachment, ...]


@dataclass(frozen=True)
class FConversation:
    """One entry of ``tickets/{id}/conversations``: a reply, a note, a forwarded e-mail."""

    id: str
    user_id: str
    private: bool  # anything but JSON false counts as private: never shown
    incoming: bool
    source: int  # 0 email, 1 form, 2 note, 3 status, 4 meta, 5 feedback, 6 forward_email
    body: str  # HTML
    body_text: str
    from_email: str
    created: datetime | None
    attachments: tuple[FAttachment, ...]


@dataclass(frozen=True)
class FArticle:
    """A published solution article of ``solutions/articles/search``."""

    id: str
    title: str
    description: str  # HTML
    description_text: str
    url: str  # an article kept at an external address; "" for Freshservice's own
    updated: datetime | None


def parse_date(value: Any) -> datetime | None:
    """An aware UTC datetime from API v2's ISO 8601 time (``2017-09-08T11:03:44Z``, or with an
    offset); None for null or unreadable."""
    if not isinstance(value, str) or not 10 <= len(value.strip()) <= 40:
        return None
    try:
        found = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (found if found.tzinfo else found.replace(tzinfo=UTC)).astimezone(UTC)


def _number(value: Any, what: str) -> int:
    """A small whole number (a status, a source); 0 when null."""
    if value is None:
        return 0
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6:
        return value
    raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} was "
                      f"{shapes.describe(value)} where a small whole number was expected.")


def _opt_id(value: Any, what: str) -> str:
    return "" if value is None else shapes.numeric_id(value, what)


def _wrapped(data: Any, key: str, what: str) -> Any:
    """The object or list an answer wraps under ``key``; BadResponse when it does not."""
    answer = shapes.expect_object(data, what)
    if answer.get(key) is None:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} has no "
                          f"“{key}”.")
    return answer[key]


def _attachments(value: Any) -> tuple[FAttachment, ...]:
    found = []
    for entry in shapes.expect_list(value, "the files"):
        item = shapes.expect_object(entry, "a file")
        if item.get("id") is None:
            continue  # without an id it cannot be downloaded through the API
        found.append(FAttachment(
            id=shapes.numeric_id(item.get("id"), "a file's number"),
            name=shapes.text(item.get("name"), "a file's name"),
            content_type=(shapes.text(item.get("content_type"), "a file's type", limit=200)
                          .strip().lower() or "application/octet-stream"),
            size=shapes.size(item.get("size", item.get("file_size"))),
        ))
    return tuple(found)


def ticket_from(data: Any) -> FTicket:
    """A ticket object (unwrapped)."""
    item = shapes.expect_object(data, "a ticket")
    return FTicket(
        id=shapes.numeric_id(item.get("id"), "a ticket's number"),
        subject=shapes.text(item.get("subject"), "a ticket's subject"),
        status=_number(item.get("status"), "a ticket's status"),
        requester_id=_opt_id(item.get("requester_id"), "a ticket's requester"),
        responder_id=_opt_id(item.get("responder_id"), "a ticket's agent"),
        description=shapes.text(item.get("description"), "a ticket's text", limit=None),
        description_text=shapes.text(item.get("description_text"), "a ticket's text",
                                     limit=None),
        created=parse_date(item.get("created_at")),
        updated=parse_date(item.get("updated_at")),
        attachments=_attachments(item.get("attachments")),
    )


def one_ticket(data: Any) -> FTicket:
    """``{"ticket": {…}}`` (view, create, update)."""
    return ticket_from(_wrapped(data, "ticket", "the ticket"))


def ticket_page(data: Any) -> list[FTicket]:
    """``{"tickets": […]}``: one page of a ticket list."""
    return [ticket_from(t) for t in
            shapes.expect_list(_wrapped(data, "tickets", "the list of tickets"), "tickets")]


def conversation_from(data: Any) -> FConversation:
    """One conversation (unwrapped)."""
    item = shapes.expect_object(data, "a conversation")
    return FConversation(
        id=shapes.numeric_id(item.get("id"), "a conversation's number"),
        user_id=_opt_id(item.get("user_id"), "a conversation's author"),
        private=item.get("private", True) is not False,
        incoming=item.get("incoming") is True,
        source=_number(item.get("source"), "a conversation's kind"),
        body=shapes.text(item.get("body"), "a conversation's text", limit=None),
        body_text=shapes.text(item.get("body_text"), "a conversation's text", limit=None),
        from_email=(shapes.text(item.get("from_email"), "a conversation's sender").strip()
                    or shapes.text(item.get("support_email"), "a conversation's sender")
                    .strip()),
        created=parse_date(item.get("created_at")),
        attachments=_attachments(item.get("attachments")),
    )


def conversation_page(data: Any) -> list[FConversation]:
    """``{"conversations": […]}``: one page of a ticket's conversations."""
    return [conversation_from(c) for c in shapes.expect_list(
        _wrapped(data, "conversations", "the conversations"), "conversations")]


def one_conversation(data: Any) -> FConversation:
    """``{"conversation": {…}}`` (a note just added)."""
    return conversation_from(_wrapped(data, "conversation", "the note"))


def article_page(data: Any) -> list[FArticle]:
    """``{"articles": […], "meta": …}``: a page of the solution-article search."""
    found = []
    for value in shapes.expect_list(_wrapped(data, "articles", "the article search"),
                                    "articles"):
        item = shapes.expect_object(value, "an article")
        found.append(FArticle(
            id=shapes.numeric_id(item.get("id"), "an article's number"),
            title=shapes.text(item.get("title"), "an article's title"),
            description=shapes.text(item.get("description"), "an article's text", limit=None),
            description_text=shapes.text(item.get("description_text"), "an article's text",
                                         limit=None),
            url=shapes.text(item.get("url"), "an article's address", limit=2000).strip(),
            updated=parse_date(item.get("updated_at")),
        ))
    return found
