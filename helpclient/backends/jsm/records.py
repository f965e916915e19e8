"""Jira Service Management's answers checked and read into small typed records (no I/O).

The boundary of the connector: every JSON value the server sends passes through one of these
functions before other code looks at it; a wrong shape becomes
:class:`~helpclient.core.errors.BadResponse` (rules in :mod:`helpclient.backends.shapes`).
Field names are the documented ones (``CustomerRequest``, ``Comment``, ``Attachment``,
``RequestType``, ``RequestTypeField``, ``CustomerTransition``, ``Article``, ``PagedDTO``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from helpclient.backends import shapes
from helpclient.core.errors import BadResponse

#: an issue key (``ITHELP-31``: the project key, a dash, the number) or an issue's number
ISSUE = re.compile(r"^(?:[A-Z][A-Z0-9_]{0,99}-[1-9]\d{0,17}|[1-9]\d{0,17})$")
_ATTACHMENT_ID = re.compile(r"/attachment/(?:content/|thumbnail/)?(\d{1,19})(?:/|$)")


@dataclass(frozen=True)
class Me:
    """``GET /rest/api/2/myself``: Cloud names an account by id, Data Center by user name."""

    login: str
    name: str
    email: str


@dataclass(frozen=True)
class JAttachment:
    """An attachment of a request or comment; its number is in its links."""

    id: str
    filename: str
    mime_type: str
    size: int


@dataclass(frozen=True)
class JComment:
    """A comment of ``request/{key}/comment`` (``expand=renderedBody,attachment``)."""

    id: str
    public: bool
    author: str
    author_id: str
    body: str
    html: str
    created: datetime | None
    attachments: tuple[JAttachment, ...]
    attachments_complete: bool


@dataclass(frozen=True)
class JRequest:
    """A customer request."""

    key: str
    summary: str
    description: str
    status: str
    category: str  # NEW, INDETERMINATE, DONE or UNDEFINED
    status_date: datetime | None
    created: datetime | None
    web_url: str
    service_desk_id: str
    request_type: str  # its name when expanded, else ""
    reporter_id: str
    comments: tuple[JComment, ...]  # with ``expand=comment``, else ()


@dataclass(frozen=True)
class Named:
    """A service desk, request type or transition: an id and a name."""

    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Field:
    """A field of a request type's form."""

    id: str
    name: str
    required: bool
    kind: str  # jiraSchema.type: string, option, array, user, date, …
    valid: tuple[str, ...]  # valid values' ``value``s (options)
    defaults: tuple[str, ...]
    labels: tuple[str, ...] = ()  # the valid values' labels, in the same order


@dataclass(frozen=True)
class KBHit:
    """An article of ``knowledgebase/article``."""

    title: str
    excerpt: str
    url: str


@dataclass(frozen=True)
class Page:
    """One page of a paged answer."""

    values: list[Any]
    is_last: bool
    next_cursor: str  # the knowledge base's cursor for the next page ("" at the end)


def _date(value: Any) -> datetime | None:
    """A documented ``Date`` object (``epochMillis``, ``iso8601``) as an aware UTC time."""
    if not isinstance(value, Mapping):
        return None
    millis = value.get("epochMillis")
    if isinstance(millis, (int, float)) and not isinstance(millis, bool) and \
            math.isfinite(millis) and 0 <= millis < 253402300800000:
        return datetime.fromtimestamp(millis / 1000, UTC)
    text = value.get("iso8601")
    if isinstance(text, str):
        try:
            moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def _flag(value: Any, default: bool) -> bool:
    return value if isinstance(value, bool) else default


def page_of(data: Any, what: str) -> Page:
    """A ``PagedDTO``: ``values``, ``isLastPage``, ``_links.next`` (a cursor in its query)."""
    answer = shapes.expect_object(data, what)
    links = answer.get("_links")
    cursor = ""
    if isinstance(links, Mapping) and isinstance(links.get("next"), str):
        found = parse_qs(urlsplit(links["next"]).query).get("cursor", [""])
        cursor = found[0][:2000]
    return Page(shapes.expect_list(answer.get("values"), what),
                _flag(answer.get("isLastPage"), True), cursor)


def issue_key(value: Any, what: str) -> str:
    """An issue key or number as the paths take it; BadResponse for anything else."""
    text = shapes.identifier(value, what)
    if not ISSUE.match(text):
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} "
                          f"“{text[:40]}” is no request key.")
    return text


def me_from(data: Any) -> Me:
    """The signed-in user (``myself``)."""
    user = shapes.expect_object(data, "the user record")
    email = shapes.text(user.get("emailAddress"), "the user's e-mail address").strip()
    login = (shapes.text(user.get("name"), "the user's name").strip()  # Data Center
             or email or shapes.identifier(user.get("accountId"), "the user's account"))
    return Me(login=login, email=email,
              name=shapes.text(user.get("displayName"), "the user's name").strip())


def _user(value: Any, what: str) -> tuple[str, str]:
    """(display name, account id or name) of a ``User``; ("", "") when absent."""
    if value is None:
        return "", ""
    user = shapes.expect_object(value, what)
    ident = shapes.text(user.get("accountId"), what, limit=200).strip() or \
        shapes.text(user.get("name"), what, limit=200).strip()
    return shapes.text(user.get("displayName"), what).strip(), ident


def attachment_from(data: Any) -> JAttachment:
    """An ``Attachment``: its number from ``_links.jiraRest`` (``…/attachment/10042``) or
    ``_links.content`` (``…/secure/attachment/10042/name``)."""
    item = shapes.expect_object(data, "an attachment")
    links = item.get("_links")
    number = ""
    if isinstance(links, Mapping):
        for key in ("jiraRest", "content", "self"):
            link = links.get(key)
            match = _ATTACHMENT_ID.search(urlsplit(link).path) if isinstance(link, str) else None
            if match:
                number = match.group(1)
                break
    return JAttachment(id=shapes.numeric_id(number or None, "an attachment's number"),
                       filename=shapes.text(item.get("filename"), "an attachment's file name"),
                       mime_type=shapes.text(item.get("mimeType"), "an attachment's type",
                                             limit=200).strip().lower()
                       or "application/octet-stream",
                       size=shapes.size(item.get("size")))


def attachments_from(data: Any) -> Page:
    """A page of attachments, each read."""
    found = page_of(data, "the request's attachments")
    return Page([attachment_from(v) for v in found.values], found.is_last, found.next_cursor)


def comment_from(data: Any) -> JComment:
    """A ``Comment``; one whose ``public`` is anything but ``true`` counts as internal."""
    item = shapes.expect_object(data, "a comment")
    rendered = item.get("renderedBody")
    html = shapes.text(rendered.get("html"), "a comment's text", limit=None) \
        if isinstance(rendered, Mapping) else ""
    files = item.get("attachments")
    page = attachments_from(files) if files is not None else Page([], True, "")
    author, author_id = _user(item.get("author"), "a comment's author")
    return JComment(id=shapes.numeric_id(item.get("id"), "a comment's number"),
                    public=item.get("public") is True, author=author, author_id=author_id,
                    body=shapes.text(item.get("body"), "a comment's text", limit=None),
                    html=html, created=_date(item.get("created")),
                    attachments=tuple(page.values), attachments_complete=page.is_last)


def _description(values: Any) -> str:
    for value in shapes.expect_list(values, "the request's fields"):
        field = shapes.expect_object(value, "a field of the request")
        if field.get("fieldId") == "description":
            return shapes.text(field.get("value"), "the request's description", limit=None)
    return ""


def request_from(data: Any) -> JRequest:
    """A ``CustomerRequest``."""
    item = shapes.expect_object(data, "a request")
    status = item.get("currentStatus")
    status = shapes.expect_object(status, "a request's status") if status is not None else {}
    links = item.get("_links")
    web = shapes.text(links.get("web"), "a request's address", limit=2000).strip() \
        if isinstance(links, Mapping) else ""
    kind = item.get("requestType")
    comments = item.get("comments")
    _, reporter = _user(item.get("reporter"), "a request's reporter")
    return JRequest(
        key=issue_key(item.get("issueKey"), "a request's key"),
        summary=shapes.text(item.get("summary"), "a request's summary")
        or _summary(item.get("requestFieldValues")),
        description=_description(item.get("requestFieldValues")),
        status=shapes.text(status.get("status"), "a request's status", limit=100).strip(),
        category=shapes.text(status.get("statusCategory"), "a status category",
                             limit=40).strip().upper(),
        status_date=_date(status.get("statusDate")),
        created=_date(item.get("createdDate")),
        web_url=web if web.startswith(("https://", "http://")) else "",
        service_desk_id=shapes.text(item.get("serviceDeskId"), "a service desk", limit=40),
        request_type=shapes.text(kind.get("name"), "a request type's name")
        if isinstance(kind, Mapping) else "",
        reporter_id=reporter,
        comments=tuple(comment_from(c) for c in page_of(comments, "the comments").values)
        if comments is not None else (),
    )


def _summary(values: Any) -> str:
    for value in shapes.expect_list(values, "the request's fields"):
        field = shapes.expect_object(value, "a field of the request")
        if field.get("fieldId") == "summary":
            return shapes.text(field.get("value"), "the request's summary")
    return ""


def named_from(data: Any, what: str, name_key: str = "name") -> Named:
    """A service desk (``projectName``), request type or transition."""
    item = shapes.expect_object(data, what)
    return Named(id=shapes.numeric_id(item.get("id"), f"{what}'s number"),
                 name=shapes.text(item.get(name_key), f"{what}'s name").strip(),
                 description=shapes.text(item.get("description"), f"{what}'s description",
                                         limit=2000))


def service_desk_from(data: Any) -> tuple[Named, str]:
    """A ``ServiceDesk`` and its project key."""
    item = shapes.expect_object(data, "a service desk")
    return (named_from(item, "a service desk", "projectName"),
            shapes.text(item.get("projectKey"), "a project key", limit=100).strip())


def _values(value: Any, what: str, key: str = "value") -> tuple[str, ...]:
    found = []
    for entry in shapes.expect_list(value, what):
        option = shapes.expect_object(entry, what)
        found.append(shapes.text(option.get(key), what, limit=200))
    return tuple(found)


def fields_from(data: Any) -> list[Field]:
    """The fields of ``requesttype/{id}/field`` (``CustomerRequestCreateMeta``)."""
    answer = shapes.expect_object(data, "the request type's fields")
    found = []
    for value in shapes.expect_list(answer.get("requestTypeFields"), "the fields"):
        item = shapes.expect_object(value, "a field")
        schema = item.get("jiraSchema")
        kind = shapes.text(schema.get("type"), "a field's type", limit=100) \
            if isinstance(schema, Mapping) else ""
        found.append(Field(id=shapes.identifier(item.get("fieldId"), "a field's id"),
                           name=shapes.text(item.get("name"), "a field's name").strip(),
                           required=item.get("required") is True, kind=kind.strip(),
                           valid=_values(item.get("validValues"), "a field's values"),
                           defaults=_values(item.get("defaultValues"), "a field's defaults"),
                           labels=_values(item.get("validValues"), "a field's values",
                                          "label")))
    return found


def kb_hit_from(data: Any) -> KBHit:
    """An ``Article`` of a knowledge-base search."""
    item = shapes.expect_object(data, "an article")
    content = item.get("content")
    url = shapes.text(content.get("iframeSrc"), "an article's address", limit=2000).strip() \
        if isinstance(content, Mapping) else ""
    return KBHit(title=shapes.text(item.get("title"), "an article's title"),
                 excerpt=shapes.text(item.get("excerpt"), "an article's excerpt", limit=4000),
                 url=url if url.startswith(("https://", "http://")) else "")


def temporary_ids(data: Any) -> list[str]:
    """The ids of ``attachTemporaryFile``'s ``temporaryAttachments``."""
    answer = shapes.expect_object(data, "the uploaded files")
    found = [shapes.identifier(shapes.expect_object(v, "an uploaded file")
                               .get("temporaryAttachmentId"), "an uploaded file's id")
             for v in shapes.expect_list(answer.get("temporaryAttachments"), "uploaded files")]
    if not found:
        raise BadResponse("Jira Service Management did not confirm that it received the file.")
    return found
