"""Zammad's answers checked and read into small typed records (no I/O).

The boundary of the Zammad connector: every JSON value the server sends passes through one of
these functions before any other code looks at it. A wrong shape becomes
:class:`~helpclient.core.errors.BadResponse` (see :mod:`helpclient.backends.shapes` for the
rules); past this point the code reads attributes. Field names are the documented ones of
``?expand=true`` answers (ids plus names: ``state``, ``group``, ``owner``, ``sender``, …).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from helpclient.backends import shapes
from helpclient.backends.shapes import iso_date as parse_date
from helpclient.core.errors import BadResponse

# Booleans come as JSON true/false; anything else in "internal" counts as internal (hidden)
_FALSE = (False, None, 0, "false", "0", "")


@dataclass(frozen=True)
class User:
    """``GET users/me``."""

    id: str
    login: str
    name: str
    email: str
    phone: str


@dataclass(frozen=True)
class ZTicket:
    """A ticket of ``tickets/search`` or ``tickets/{id}`` with ``expand=true``."""

    id: str
    title: str
    state: str  # the state's name ("new", "pending close", a custom one)
    state_id: str  # "" when absent
    group: str
    owner: str  # the owner's login; "" while nobody ("-") owns it
    created: datetime | None
    updated: datetime | None


@dataclass(frozen=True)
class ZAttachment:
    """A file of an article."""

    id: str
    filename: str
    size: int
    content_type: str


@dataclass(frozen=True)
class ZArticle:
    """One entry of ``ticket_articles/by_ticket/{id}``."""

    id: str
    ticket_id: str
    sender: str  # Customer, Agent or System
    internal: bool
    author: str  # "from": a name, "Name <address>" or "Name via <address>"
    created_by: str  # the author's login
    body: str
    content_type: str
    created: datetime | None
    attachments: tuple[ZAttachment, ...]


@dataclass(frozen=True)
class ZState:
    """One of ``ticket_states``: what a custom state's name means."""

    id: str
    name: str
    state_type_id: str
    next_state_id: str


@dataclass(frozen=True)
class KBHit:
    """A published answer found by ``knowledge_bases/search`` (its ``details``)."""

    id: str  # the answer translation's id
    title: str
    url: str  # as Zammad gives it: a path of the help center, or a full URL
    snippet: str
    updated: datetime | None


def _answer_list(value: Any, what: str) -> list[Any]:
    """A whole answer that must be a list: null (or an empty body) is no answer at all."""
    if value is None:
        raise BadResponse(f"The helpdesk sent an empty answer where {what} belonged.")
    return shapes.expect_list(value, what)


def _opt_id(value: Any, what: str) -> str:
    return "" if value is None else shapes.numeric_id(value, what)


def user_from(data: Any) -> User:
    """The signed-in user."""
    user = shapes.expect_object(data, "the user record")
    name = " ".join(part for part in (
        shapes.text(user.get("firstname"), "the user's first name").strip(),
        shapes.text(user.get("lastname"), "the user's last name").strip()) if part)
    login = shapes.text(user.get("login"), "the user's login").strip()
    return User(
        id=shapes.numeric_id(user.get("id"), "the user's number"),
        login=login or shapes.identifier(user.get("email"), "the user's login"),
        name=name,
        email=shapes.text(user.get("email"), "the user's e-mail address").strip(),
        phone=(shapes.text(user.get("phone"), "the user's phone number").strip()
               or shapes.text(user.get("mobile"), "the user's phone number").strip()),
    )


def ticket_from(data: Any) -> ZTicket:
    """A ticket of an ``expand=true`` answer."""
    item = shapes.expect_object(data, "a ticket")
    owner = shapes.text(item.get("owner"), "a ticket's owner").strip()
    return ZTicket(
        id=shapes.numeric_id(item.get("id"), "a ticket's number"),
        title=shapes.text(item.get("title"), "a ticket's title"),
        state=shapes.text(item.get("state"), "a ticket's state", limit=100).strip(),
        state_id=_opt_id(item.get("state_id"), "a ticket's state number"),
        group=shapes.text(item.get("group"), "a ticket's group"),
        owner="" if owner in ("-", "") else owner,
        created=parse_date(item.get("created_at")),
        updated=parse_date(item.get("updated_at")),
    )


def tickets_from(data: Any, what: str) -> list[ZTicket]:
    """The tickets of a search answer (a list with ``expand=true``)."""
    return [ticket_from(item) for item in _answer_list(data, what)]


def _attachment(value: Any) -> ZAttachment:
    item = shapes.expect_object(value, "an attachment")
    preferences = item.get("preferences")
    kind = ""
    if isinstance(preferences, Mapping):  # the stored headers; Zammad writes either
        kind = (shapes.text(preferences.get("Content-Type"), "an attachment's type", limit=200)
                or shapes.text(preferences.get("Mime-Type"), "an attachment's type", limit=200))
    return ZAttachment(
        id=shapes.numeric_id(item.get("id"), "an attachment's number"),
        filename=shapes.text(item.get("filename"), "an attachment's file name"),
        size=shapes.size(item.get("size")),
        content_type=kind.strip().lower() or "application/octet-stream",
    )


def article_from(data: Any) -> ZArticle:
    """An article of a ticket."""
    item = shapes.expect_object(data, "an article of the ticket")
    return ZArticle(
        id=shapes.numeric_id(item.get("id"), "an article's number"),
        ticket_id=_opt_id(item.get("ticket_id"), "an article's ticket"),
        sender=shapes.text(item.get("sender"), "an article's sender", limit=100).strip(),
        internal=item.get("internal", False) not in _FALSE,
        author=shapes.text(item.get("from"), "an article's author").strip(),
        created_by=shapes.text(item.get("created_by"), "an article's author").strip(),
        body=shapes.text(item.get("body"), "an article's text", limit=None),
        content_type=shapes.text(item.get("content_type"), "an article's format",
                                 limit=200).strip().lower(),
        created=parse_date(item.get("created_at")),
        attachments=tuple(_attachment(a) for a in
                          shapes.expect_list(item.get("attachments"), "an article's files")),
    )


def articles_from(data: Any) -> list[ZArticle]:
    """The articles of ``ticket_articles/by_ticket/{id}``."""
    return [article_from(item) for item in
            _answer_list(data, "the ticket's articles")]


def states_from(data: Any) -> list[ZState]:
    """``ticket_states``."""
    found = []
    for value in _answer_list(data, "the ticket states"):
        item = shapes.expect_object(value, "a ticket state")
        found.append(ZState(
            id=shapes.numeric_id(item.get("id"), "a state's number"),
            name=shapes.text(item.get("name"), "a state's name", limit=100).strip(),
            state_type_id=_opt_id(item.get("state_type_id"), "a state's type"),
            next_state_id=_opt_id(item.get("next_state_id"), "a state's next state"),
        ))
    return found


def merge_targets(data: Any) -> list[str]:
    """The tickets a merged ticket's ``links`` (``tickets/{id}?all=true``) name as its parent:
    merging links the target as the merged ticket's parent (``Ticket#merge_to``)."""
    answer = shapes.expect_object(data, "the ticket with its links")
    found = []
    for value in shapes.expect_list(answer.get("links"), "the ticket's links"):
        link = shapes.expect_object(value, "a link of the ticket")
        if (shapes.text(link.get("link_object"), "a link's kind", limit=100) == "Ticket"
                and shapes.text(link.get("link_type"), "a link's type", limit=100) == "parent"):
            found.append(shapes.numeric_id(link.get("link_object_value"), "a linked ticket"))
    return found


def uploaded_id(data: Any) -> str:
    """The upload cache's id for a file (``attachments#create``)."""
    answer = shapes.expect_object(data, "the answer to uploading a file")
    if answer.get("success") is not True:
        raise BadResponse("Zammad did not confirm that it received the file.")
    stored = shapes.expect_object(answer.get("data"), "the uploaded file")
    return shapes.numeric_id(stored.get("id"), "the uploaded file's number")


def kb_hits(data: Any) -> list[KBHit]:
    """The published answers of a ``knowledge_bases/search`` answer."""
    answer = shapes.expect_object(data, "the knowledge-base search")
    found = []
    for value in shapes.expect_list(answer.get("details"), "the knowledge-base results"):
        item = shapes.expect_object(value, "a knowledge-base result")
        if shapes.text(item.get("type"), "a result's kind", limit=200) not in (
                "", "KnowledgeBase::Answer::Translation"):
            continue  # categories and knowledge bases are no articles
        found.append(KBHit(
            id=shapes.numeric_id(item.get("id"), "an answer's number"),
            title=shapes.text(item.get("title"), "an answer's title"),
            url=shapes.text(item.get("url"), "an answer's address", limit=2000).strip(),
            snippet=shapes.text(item.get("body"), "an answer's text", limit=2000),
            updated=parse_date(item.get("date")),
        ))
    return found
