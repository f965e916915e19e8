"""GLPI's answers checked and read into small typed records (no I/O).

The boundary of the GLPI connector: every JSON value the server sends passes through one of
these functions before other code looks at it. A wrong shape is a
:class:`~helpclient.core.errors.BadResponse` naming what was wrong; text fields come back as the
user wrote them (:func:`text.plain_field`), rich text still as stored (decoded and sanitized
only when shown, :func:`text.rich_text`), dates as aware UTC datetimes read in the session's
zone (:mod:`clock`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from helpclient.backends import shapes
from helpclient.backends.glpi.clock import parse_date, server_zone
from helpclient.backends.glpi.text import plain_field
from helpclient.core.errors import AuthError, BadResponse

_MAX_BODY = 2_000_000  # characters of rich text kept: a ticket's text is far below


@dataclass(frozen=True)
class SessionInfo:
    """An open API session: its token, who it belongs to, the zone of its dates."""

    token: str
    user_id: str
    login: str
    name: str
    zone: tzinfo


@dataclass(frozen=True)
class TicketRecord:
    """A ticket from ``GET Ticket/<id>`` or a ``search/Ticket`` row."""

    id: str
    name: str
    status: int | None  # None: missing or not a number
    created: datetime | None
    updated: datetime | None
    content: str = ""  # as stored (rich text)
    writer: str = ""  # users_id_recipient: who entered the ticket
    writer_name: str = ""  # their friendly name, when asked for (add_keys_names)
    closed: datetime | None = None


@dataclass(frozen=True)
class Entry:
    """A follow-up (``ITILFollowup``) or a solution (``ITILSolution``) of a ticket."""

    id: str
    author_id: str
    author: str  # a friendly name from _keys_names ("" when GLPI gave none)
    created: datetime | None
    content: str  # as stored (rich text)
    is_private: bool = False
    status: int | None = None  # solutions: 2 waiting, 3 accepted, 4 refused


@dataclass(frozen=True)
class DocumentLink:
    """A ``Document_Item``: a document attached to a ticket, follow-up or solution."""

    id: str
    document_id: str
    itemtype: str
    item_id: str


@dataclass(frozen=True)
class DocumentRecord:
    """A ``Document``: the file's name and type (GLPI stores no size)."""

    id: str
    filename: str
    mime: str


@dataclass(frozen=True)
class ArticleRecord:
    """A ``KnowbaseItem`` from ``GET KnowbaseItem/<id>`` or a ``search/KnowbaseItem`` row."""

    id: str
    title: str
    updated: datetime | None
    answer: str = ""  # as stored (rich text)


@dataclass(frozen=True)
class Survey:
    """A ``TicketSatisfaction``: the satisfaction survey of a closed ticket."""

    id: str
    internal: bool  # type 1: answered in GLPI; type 2 is an external URL
    answered: bool


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() \
            and len(value.strip()) <= 9:
        return int(value.strip())
    return None


def _flag(value: Any) -> bool:
    """GLPI's 0/1 booleans, sent as numbers, strings or true/false; anything else is set."""
    return value not in (0, "0", False, None, "")


def _id(value: Any, what: str) -> str:
    return shapes.numeric_id(value, what)


def _ref(value: Any, what: str) -> str:
    """A foreign key: "" for 0, missing or null (GLPI's "none")."""
    if value in (0, "0", None, ""):
        return ""
    return _id(value, what)


def _friendly(item: Mapping[str, Any], key: str) -> str:
    names = item.get("_keys_names")
    if isinstance(names, Mapping):
        return plain_field(shapes.text(names.get(key), "a user's name"))
    return ""


def session_token(data: Any) -> str:
    """The session token of the answer to ``initSession``."""
    answer = shapes.expect_object(data, "the answer to signing in")
    token = shapes.text(answer.get("session_token"), "the session token", limit=200).strip()
    if not token or not token.isascii() or not token.isprintable():
        raise AuthError("GLPI answered the sign-in without a usable session token. Sign in "
                        "again, or ask your IT department to check GLPI's API settings.")
    return token


def has_session(data: Any) -> bool:
    """Whether the answer to ``initSession`` carries the session (GLPI ≥ 9.5 does when asked
    with ``get_full_session``; older ones give the token alone)."""
    return isinstance(data, Mapping) and isinstance(data.get("session"), Mapping)


def session_info(data: Any, date_header: str | None, fallback: tzinfo) -> SessionInfo:
    """The answer to ``initSession?get_full_session=true``."""
    answer = shapes.expect_object(data, "the answer to signing in")
    return _with_session(session_token(answer), answer.get("session"), date_header, fallback)


def full_session(data: Any, token: str, date_header: str | None,
                 fallback: tzinfo) -> SessionInfo:
    """The answer to ``getFullSession`` (``{"session": {...}}``)."""
    answer = shapes.expect_object(data, "the session")
    return _with_session(token, answer.get("session"), date_header, fallback)


def _with_session(token: str, value: Any, date_header: str | None,
                  fallback: tzinfo) -> SessionInfo:
    session = shapes.expect_object(value, "the session")
    login = plain_field(shapes.text(session.get("glpiname"), "your login"))
    first = plain_field(shapes.text(session.get("glpifirstname"), "your first name"))
    last = plain_field(shapes.text(session.get("glpirealname"), "your surname"))
    name = plain_field(shapes.text(session.get("glpifriendlyname"), "your name")) or \
        " ".join(p for p in (first, last) if p)
    return SessionInfo(token=token, user_id=_id(session.get("glpiID"), "your user number"),
                       login=login, name=name or login,
                       zone=server_zone(dict(session), date_header, fallback))


def ticket_item(data: Any, zone: tzinfo) -> TicketRecord:
    """``GET Ticket/<id>``."""
    item = shapes.expect_object(data, "the ticket")
    return TicketRecord(
        id=_id(item.get("id"), "the ticket's number"),
        name=plain_field(shapes.text(item.get("name"), "the ticket's title")),
        status=_int(item.get("status")),
        created=parse_date(item.get("date"), zone),
        updated=parse_date(item.get("date_mod"), zone),
        content=shapes.text(item.get("content"), "the ticket's text", limit=_MAX_BODY),
        writer=_ref(item.get("users_id_recipient"), "the ticket's writer"),
        writer_name=_friendly(item, "users_id_recipient"),
        closed=parse_date(item.get("closedate"), zone),
    )


def ticket_row(data: Any, zone: tzinfo) -> TicketRecord:
    """A ``search/Ticket`` row with columns 2 (id), 1 (title), 12 (status), 15 (opened) and
    19 (last update)."""
    row = shapes.expect_object(data, "a ticket in the list")
    return TicketRecord(
        id=_id(row.get("2"), "a ticket's number"),
        name=plain_field(shapes.text(row.get("1"), "a ticket's title")),
        status=_int(row.get("12")),
        created=parse_date(row.get("15"), zone),
        updated=parse_date(row.get("19"), zone),
    )


def entry(data: Any, zone: tzinfo, what: str) -> Entry:
    """An ``ITILFollowup`` or ``ITILSolution`` (``what`` names it in errors)."""
    item = shapes.expect_object(data, what)
    when = item.get("date") if item.get("date") is not None else item.get("date_creation")
    return Entry(
        id=_id(item.get("id"), f"the number of {what}"),
        author_id=_ref(item.get("users_id"), f"the author of {what}"),
        author=_friendly(item, "users_id"),
        created=parse_date(when, zone),
        content=shapes.text(item.get("content"), f"the text of {what}", limit=_MAX_BODY),
        is_private=_flag(item.get("is_private")),
        status=_int(item.get("status")),
    )


def document_link(data: Any) -> DocumentLink:
    """A ``Document_Item``."""
    item = shapes.expect_object(data, "an attached document")
    return DocumentLink(
        id=_id(item.get("id"), "an attachment's link"),
        document_id=_id(item.get("documents_id"), "an attachment's document"),
        itemtype=shapes.text(item.get("itemtype"), "what a document is attached to", limit=100),
        item_id=_ref(item.get("items_id"), "what a document is attached to"),
    )


def document(data: Any) -> DocumentRecord:
    """``GET Document/<id>``."""
    item = shapes.expect_object(data, "a document")
    filename = plain_field(shapes.text(item.get("filename"), "a document's file name"))
    name = plain_field(shapes.text(item.get("name"), "a document's name"))
    return DocumentRecord(
        id=_id(item.get("id"), "a document's number"),
        filename=filename or name or "attachment",
        mime=shapes.text(item.get("mime"), "a document's type", limit=200).strip().lower()
        or "application/octet-stream",
    )


def article_item(data: Any, zone: tzinfo) -> ArticleRecord:
    """``GET KnowbaseItem/<id>``."""
    item = shapes.expect_object(data, "the article")
    return ArticleRecord(
        id=_id(item.get("id"), "an article's number"),
        title=plain_field(shapes.text(item.get("name"), "an article's title")),
        updated=parse_date(item.get("date_mod"), zone),
        answer=shapes.text(item.get("answer"), "the article's text", limit=_MAX_BODY),
    )


def article_row(data: Any, zone: tzinfo, subject_field: str) -> ArticleRecord:
    """A ``search/KnowbaseItem`` row: 2 (id), the subject column, 19 (last update) and, when
    the search was on it, 7 (the text)."""
    row = shapes.expect_object(data, "an article in the list")
    return ArticleRecord(
        id=_id(row.get("2"), "an article's number"),
        title=plain_field(shapes.text(row.get(subject_field), "an article's title")),
        updated=parse_date(row.get("19"), zone),
        answer=shapes.text(row.get("7"), "an article's text", limit=_MAX_BODY),
    )


def survey(data: Any) -> Survey:
    """A ``TicketSatisfaction``."""
    item = shapes.expect_object(data, "a satisfaction survey")
    return Survey(
        id=_id(item.get("id"), "a survey's number"),
        internal=_int(item.get("type")) in (None, 1),
        answered=item.get("date_answered") not in (None, "", "0000-00-00 00:00:00"),
    )


def created_id(data: Any, what: str) -> str:
    """The id GLPI gives what it created (``{"id": 15, "message": ""}``)."""
    answer = shapes.expect_object(data, f"the answer to creating {what}")
    if answer.get("id") is False:
        said = shapes.text(answer.get("message"), "the server's message")
        raise BadResponse(f"GLPI did not create {what}" + (f": {said}" if said else "."))
    return _id(answer.get("id"), f"the new {what}'s number")


def updated(data: Any, item_id: str) -> tuple[bool, str]:
    """Whether ``PUT`` updated ``item_id`` (``[{"<id>": true, "message": ""}]``) and GLPI's
    message."""
    results = shapes.expect_list(data, "the answer to an update")
    for value in results[:10]:
        result = shapes.expect_object(value, "an update's result")
        said = shapes.text(result.get("message"), "the server's message")
        if item_id in result:
            return result[item_id] is True or result[item_id] in (1, "1"), said
    return False, ""
