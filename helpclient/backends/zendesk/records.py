"""Zendesk's answers checked and read into small typed records (no I/O).

The boundary of the Zendesk connector: every JSON value the server sends passes through one of
these functions before any other code looks at it. A wrong shape becomes
:class:`~helpclient.core.errors.BadResponse` (see :mod:`helpclient.backends.shapes` for the
rules); past this point the code reads attributes. Field names are the API reference's
("Requests": JSON format, Request Comments; "Ticket Attachments"; "Users"; Help Center
"Search").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from helpclient.backends import shapes
from helpclient.backends.shapes import iso_date
from helpclient.core.errors import BadResponse


@dataclass(frozen=True)
class User:
    """``GET users/me``'s user; ``id`` is "" for the anonymous user Zendesk answers with when
    it did not take the credentials (API password access off)."""

    id: str
    name: str
    email: str
    phone: str
    role: str  # "end-user", "agent" or "admin"


@dataclass(frozen=True)
class ZRequest:
    """A request (an end user's view of a ticket)."""

    id: str
    subject: str
    description: str  # the first comment, as text
    status: str
    created: datetime | None
    updated: datetime | None
    can_be_solved_by_me: bool
    assignee_id: str  # "" while nobody is assigned (or the field is hidden from end users)


@dataclass(frozen=True)
class ZAttachment:
    """A file of a comment."""

    id: str
    filename: str
    size: int
    content_type: str
    content_url: str
    inline: bool  # an image shown in the text, not listed as a file


@dataclass(frozen=True)
class ZComment:
    """A comment of ``requests/{id}/comments``."""

    id: str
    public: bool
    author_id: str
    body: str  # the text
    html_body: str  # "" when absent
    created: datetime | None
    attachments: tuple[ZAttachment, ...]


@dataclass(frozen=True)
class Page:
    """One page of a cursor-paged list: its items and the cursor of the next page ("" at the
    end)."""

    items: list[Any]
    after: str


@dataclass(frozen=True)
class KBHit:
    """An article of ``help_center/articles/search``."""

    id: str
    title: str
    body: str  # HTML
    url: str  # html_url: the article's page in the help center
    locale: str
    updated: datetime | None


def _opt_id(value: Any, what: str) -> str:
    return "" if value is None else shapes.numeric_id(value, what)


def _wrapped(data: Any, key: str, what: str) -> Mapping[str, Any]:
    """The object under ``key`` of an answer like ``{"request": {…}}``."""
    return shapes.expect_object(shapes.expect_object(data, f"the answer with {what}").get(key),
                                what)


def user_from(data: Any) -> User:
    """The user of ``users/me``."""
    user = _wrapped(data, "user", "the user record")
    return User(
        id=_opt_id(user.get("id"), "the user's number"),
        name=" ".join(shapes.text(user.get("name"), "the user's name").split()),
        email=shapes.text(user.get("email"), "the user's e-mail address").strip(),
        phone=shapes.text(user.get("phone"), "the user's phone number").strip(),
        role=shapes.text(user.get("role"), "the user's role", limit=100).strip().lower(),
    )


def request_from(value: Any) -> ZRequest:
    """One request."""
    item = shapes.expect_object(value, "a request")
    return ZRequest(
        id=shapes.numeric_id(item.get("id"), "a request's number"),
        subject=shapes.text(item.get("subject"), "a request's subject"),
        description=shapes.text(item.get("description"), "a request's text", limit=None),
        status=shapes.text(item.get("status"), "a request's status", limit=100).strip().lower(),
        created=iso_date(item.get("created_at")),
        updated=iso_date(item.get("updated_at")),
        can_be_solved_by_me=item.get("can_be_solved_by_me") is True,
        assignee_id=_opt_id(item.get("assignee_id"), "a request's assignee"),
    )


def one_request(data: Any) -> ZRequest:
    """The request of ``{"request": {…}}`` (show, create, update)."""
    return request_from(_wrapped(data, "request", "the request"))


def page_of(data: Any, key: str, what: str) -> Page:
    """The ``key`` list of a cursor-paged answer and the next page's cursor ("" when
    ``meta.has_more`` is not true)."""
    answer = shapes.expect_object(data, f"a page of {what}")
    if key not in answer:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: a page of {what} "
                          "without them.")
    items = shapes.expect_list(answer.get(key), what)
    meta = answer.get("meta")
    after = ""
    if isinstance(meta, Mapping) and meta.get("has_more") is True:
        after = shapes.text(meta.get("after_cursor"), "the next page's cursor", limit=None)
        if not after.strip() or len(after) > 2000:
            raise BadResponse("The helpdesk said more pages follow but gave no usable cursor.")
    return Page(items, after)


def requests_page(data: Any) -> tuple[list[ZRequest], str]:
    """The requests of a list page, and the next page's cursor."""
    page = page_of(data, "requests", "requests")
    return [request_from(item) for item in page.items], page.after


def _attachment(value: Any) -> ZAttachment:
    item = shapes.expect_object(value, "an attachment")
    name = item.get("file_name") if item.get("file_name") is not None else item.get("name")
    return ZAttachment(
        id=shapes.numeric_id(item.get("id"), "an attachment's number"),
        filename=shapes.text(name, "an attachment's file name"),
        size=shapes.size(item.get("size")),
        content_type=(shapes.text(item.get("content_type"), "an attachment's type", limit=200)
                      .strip().lower() or "application/octet-stream"),
        content_url=shapes.text(item.get("content_url"), "an attachment's address",
                                limit=4000).strip(),
        inline=item.get("inline") is True or item.get("deleted") is True,
    )


def comment_from(value: Any) -> ZComment:
    """One comment; anything but ``"public": true`` counts as not public (never shown)."""
    item = shapes.expect_object(value, "a comment")
    plain = shapes.text(item.get("plain_body"), "a comment's text", limit=None)
    return ZComment(
        id=shapes.numeric_id(item.get("id"), "a comment's number"),
        public=item.get("public") is True,
        author_id=_opt_id(item.get("author_id"), "a comment's author"),
        body=plain or shapes.text(item.get("body"), "a comment's text", limit=None),
        html_body=shapes.text(item.get("html_body"), "a comment's text", limit=None),
        created=iso_date(item.get("created_at")),
        attachments=tuple(_attachment(a) for a in
                          shapes.expect_list(item.get("attachments"), "a comment's files")),
    )


def comments_page(data: Any) -> tuple[list[ZComment], dict[str, tuple[str, bool]], str]:
    """The comments of a page, their authors sideloaded as ``users`` (id → (name, agent)),
    and the next page's cursor."""
    page = page_of(data, "comments", "comments")
    authors: dict[str, tuple[str, bool]] = {}
    for value in shapes.expect_list(shapes.expect_object(data, "comments").get("users"),
                                    "the comments' authors"):
        user = shapes.expect_object(value, "a comment's author")
        authors[shapes.numeric_id(user.get("id"), "an author's number")] = (
            " ".join(shapes.text(user.get("name"), "an author's name").split()),
            user.get("agent") is True)
    return [comment_from(item) for item in page.items], authors, page.after


def one_comment(data: Any) -> ZComment:
    """The comment of ``requests/{id}/comments/{comment}``."""
    return comment_from(_wrapped(data, "comment", "the comment"))


def upload_token(data: Any) -> str:
    """The token ``POST uploads`` gives for the file (and the next ones sent with it)."""
    upload = _wrapped(data, "upload", "the uploaded file")
    token = shapes.identifier(upload.get("token"), "the upload's token")
    if not token.isascii() or not token.isalnum():
        raise BadResponse("Zendesk gave the uploaded file a token HelpClient cannot use.")
    return token


def _hit(value: Any) -> KBHit | None:
    item = shapes.expect_object(value, "a knowledge-base article")
    if item.get("draft") is True:
        return None
    return KBHit(
        id=shapes.numeric_id(item.get("id"), "an article's number"),
        title=" ".join(shapes.text(item.get("title"), "an article's title").split()),
        body=shapes.text(item.get("body"), "an article's text", limit=None),
        url=shapes.text(item.get("html_url"), "an article's address", limit=2000).strip(),
        locale=shapes.text(item.get("locale"), "an article's language", limit=20).strip(),
        updated=iso_date(item.get("updated_at")),
    )


def kb_hits(data: Any) -> list[KBHit]:
    """The articles of a help-center search (drafts left out)."""
    answer = shapes.expect_object(data, "the knowledge-base search")
    found = (_hit(v) for v in shapes.expect_list(answer.get("results"),
                                                 "the knowledge-base results"))
    return [hit for hit in found if hit is not None]


def one_article(data: Any) -> KBHit | None:
    """The article of ``help_center/articles/{id}`` (None for a draft)."""
    return _hit(_wrapped(data, "article", "the article"))
