"""Redmine's REST answers checked and read into small typed records (no I/O).

Every JSON value Redmine sends passes through these functions before other code looks at it: a
wrong shape becomes :class:`~helpclient.core.errors.BadResponse` here (through
:mod:`helpclient.backends.shapes`); past this point code reads attributes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from helpclient.backends import shapes
from helpclient.core.errors import BadResponse

_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?$")


@dataclass(frozen=True)
class Status:
    """An issue status: Redmine's id, its (configurable, translated) name, closed or not."""

    id: str
    name: str
    is_closed: bool = False


@dataclass(frozen=True)
class Attachment:
    """A file of an issue (``include=attachments``)."""

    id: str
    filename: str
    content_type: str
    size: int
    author_id: str
    created: datetime | None


@dataclass(frozen=True)
class Journal:
    """One change of an issue (``include=journals``): a note and/or field changes."""

    id: str
    user_id: str
    user_name: str
    notes: str
    created: datetime | None
    private: bool
    #: notes null, not "": Redmine split this journal off a private note that came with changes
    #: (Journal#split_private_notes) — its files belong to the private note
    split_off_private: bool
    #: (property, name, old value, new value) of each detail
    details: tuple[tuple[str, str, str, str], ...]


@dataclass(frozen=True)
class Issue:
    """An issue as listed or read (journals, attachments, allowed statuses only when included)."""

    id: str
    subject: str
    description: str
    status: Status
    author_id: str
    author_name: str
    assignee: str
    project: str
    created: datetime
    updated: datetime
    journals: tuple[Journal, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    allowed_statuses: tuple[Status, ...] = ()


@dataclass(frozen=True)
class WikiPage:
    """A wiki page (the index lists them without text)."""

    title: str
    text: str
    updated: datetime | None
    version: int


def parse_date(value: Any) -> datetime | None:
    """An aware UTC datetime from Redmine's ISO 8601 ``2026-12-07T11:59:31Z``; None for
    anything else."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _required_date(value: Any, what: str) -> datetime:
    parsed = parse_date(value)
    if parsed is None:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} is "
                          "missing or not a date.")
    return parsed


def _flag(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value == "true")


def _named(value: Any, what: str) -> tuple[str, str]:
    """(id, name) of a reference ``{"id": …, "name": …}``; ("", "") when missing."""
    if value is None:
        return "", ""
    ref = shapes.expect_object(value, what)
    ref_id = "" if ref.get("id") is None else shapes.numeric_id(ref.get("id"), f"{what}'s id")
    return ref_id, shapes.text(ref.get("name"), f"{what}'s name")


def status(value: Any, what: str = "a status") -> Status:
    """A Status from ``{"id", "name", "is_closed"}``."""
    item = shapes.expect_object(value, what)
    return Status(shapes.numeric_id(item.get("id"), f"{what}'s id"),
                  shapes.text(item.get("name"), f"{what}'s name", limit=200),
                  _flag(item.get("is_closed")))


def attachment(value: Any) -> Attachment:
    """An Attachment from an ``attachments`` item (or ``GET /attachments/N.json``)."""
    item = shapes.expect_object(value, "an attachment")
    return Attachment(
        id=shapes.numeric_id(item.get("id"), "an attachment's number"),
        filename=shapes.text(item.get("filename"), "an attachment's file name"),
        content_type=shapes.text(item.get("content_type"), "an attachment's type",
                                 limit=200).strip().lower() or "application/octet-stream",
        size=shapes.size(item.get("filesize")),
        author_id=_named(item.get("author"), "an attachment's author")[0],
        created=parse_date(item.get("created_on")),
    )


def _detail(value: Any) -> tuple[str, str, str, str]:
    item = shapes.expect_object(value, "a change of the issue")
    return tuple(shapes.text(item.get(key), f"a change's {key}")  # type: ignore[return-value]
                 for key in ("property", "name", "old_value", "new_value"))


def journal(value: Any) -> Journal:
    """A Journal from a ``journals`` item."""
    item = shapes.expect_object(value, "an entry of the issue's history")
    user_id, user_name = _named(item.get("user"), "a history entry's author")
    return Journal(
        id=shapes.numeric_id(item.get("id"), "a history entry's number"),
        user_id=user_id, user_name=user_name,
        notes=shapes.text(item.get("notes"), "a note", limit=None),
        created=parse_date(item.get("created_on")),
        private=_flag(item.get("private_notes")),
        split_off_private=item.get("notes", "") is None,
        details=tuple(_detail(d) for d in shapes.expect_list(item.get("details"),
                                                             "the changes of a history entry")),
    )


def issue(value: Any) -> Issue:
    """An Issue from an ``issues`` item or ``{"issue": …}``'s content."""
    item = shapes.expect_object(value, "an issue")
    author_id, author_name = _named(item.get("author"), "the issue's author")
    return Issue(
        id=shapes.numeric_id(item.get("id"), "an issue's number"),
        subject=shapes.text(item.get("subject"), "the issue's subject"),
        description=shapes.text(item.get("description"), "the issue's description", limit=None),
        status=status(item.get("status"), "the issue's status"),
        author_id=author_id, author_name=author_name,
        assignee=_named(item.get("assigned_to"), "the issue's assignee")[1],
        project=_named(item.get("project"), "the issue's project")[1],
        created=_required_date(item.get("created_on"), "the issue's creation time"),
        updated=_required_date(item.get("updated_on"), "the issue's change time"),
        journals=tuple(journal(j) for j in shapes.expect_list(item.get("journals"),
                                                              "the issue's history")),
        attachments=tuple(attachment(a) for a in shapes.expect_list(
            item.get("attachments"), "the issue's attachments")),
        allowed_statuses=tuple(status(s) for s in shapes.expect_list(
            item.get("allowed_statuses"), "the statuses allowed")),
    )


def member(answer: Any, key: str, what: str) -> Any:
    """``answer[key]`` of an object answer (``{"issue": …}``, ``{"user": …}``)."""
    found = shapes.expect_object(answer, what)
    if key not in found:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} has no "
                          f"“{key}”.")
    return found[key]


def page(answer: Any, key: str, what: str) -> tuple[list[Any], int | None]:
    """The items of one page of a collection and its ``total_count`` (None when absent)."""
    items = shapes.expect_list(member(answer, key, what), f"the items of {what}")
    total = answer.get("total_count") if isinstance(answer, Mapping) else None
    if not (isinstance(total, int) and not isinstance(total, bool) and total >= 0):
        total = None
    return items, total


def wiki_page(value: Any) -> WikiPage:
    """A WikiPage from a ``wiki_pages`` item or ``{"wiki_page": …}``'s content."""
    item = shapes.expect_object(value, "a wiki page")
    version = item.get("version")
    return WikiPage(
        title=shapes.identifier(item.get("title"), "a wiki page's title"),
        text=shapes.text(item.get("text"), "a wiki page's text", limit=None),
        updated=parse_date(item.get("updated_on")),
        version=version if isinstance(version, int) and not isinstance(version, bool) else 0,
    )


def upload_token(answer: Any) -> str:
    """The token Redmine gives an uploaded file (``{"upload": {"id", "token"}}``)."""
    upload = shapes.expect_object(member(answer, "upload", "the answer to an upload"),
                                  "the upload")
    return shapes.identifier(upload.get("token"), "the upload's token")


def user(answer: Any) -> Mapping[str, Any]:
    """The user object of ``GET /users/current.json``."""
    return shapes.expect_object(member(answer, "user", "the signed-in user"), "the user")
