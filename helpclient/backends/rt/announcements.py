"""Known problems from Request Tracker: the articles of one article class that IT keeps for
announcements (``announcements.rt_class``, e.g. "Announcements").

An article's Name is the announcement's title, its Summary and Content custom field its text,
its creation time when it started. Optional custom fields of the class say more (their names as
written here; IT adds the ones it wants and grants users ``SeeCustomField`` on them):

* ``Since`` — when the problem started, if earlier than the article;
* ``Until`` — when IT expects it to be over (not shown after);
* ``Resolved`` — a date and time, or any text ("yes"): IT says it is fixed; users who were told
  about it are told so;
* ``Keywords`` and ``Services`` — what it affects, to match what users type (Services are
  shown);
* ``Language`` — "en" or "ru": only users of that interface language see it (one article per
  language).

One listing of the class with these fields is one request per refresh; the class's id is looked
up once per connector.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from helpclient.backends import shapes
from helpclient.backends.rt import records
from helpclient.backends.rt.client import RTClient
from helpclient.backends.rt.mapping import article_url, looks_like_html
from helpclient.core.errors import BadResponse, NotFound, PermissionDenied
from helpclient.core.known.feed import MAX_ANNOUNCEMENTS
from helpclient.core.known.model import (
    MAX_TERM,
    MAX_TERMS,
    Announcement,
    Localized,
    clean_line,
    clean_text,
)

log = logging.getLogger(__name__)

PREFIX = "rt"
#: What an article listing asks for: enough to sync, and the class (to leave announcements out).
ARTICLE_FIELDS: Mapping[str, str] = {"fields": "Name,Summary,LastUpdated,Class",
                                     "fields[Class]": "Name"}
_LIST_PARAMS: Mapping[str, str | int] = {
    "fields": "Name,Summary,Created,LastUpdated,CustomFields", "orderby": "Created",
    "order": "DESC", "per_page": MAX_ANNOUNCEMENTS}


class AnnouncementClass:
    """The article class IT keeps its announcements in ("": none), as a connector uses it:
    its articles are announcements, and no knowledge-base article."""

    def __init__(self, name: str) -> None:
        self.name = name.strip()
        self._id = ""  # looked up on first use, and again while the class does not exist

    def announcements(self, rt: RTClient, base_url: str) -> list[Announcement] | None:
        """The class's articles as announcements (None without a class; [] while it does not
        exist)."""
        if not self.name:
            return None
        if not self._id:
            self._id = class_id(rt, self.name) or ""
            if not self._id:
                log.info("no article class %r for announcements", self.name)
                return []
        return list_announcements(rt, base_url, self._id)

    def leave_out(self, items: list[Any]) -> list[Any]:
        """The listed articles without the class's (listed with :data:`ARTICLE_FIELDS`)."""
        hidden = self.name.casefold()
        return [item for item in items
                if not hidden or records.class_name(item).casefold() != hidden]


def class_id(rt: RTClient, name: str) -> str | None:
    """The id of the article class ``name``; None when there is none or the user may not see
    it (RT answers both with 403 Forbidden)."""
    try:
        record = rt.call("GET", f"class/{quote(name, safe='')}")
    except (NotFound, PermissionDenied):
        return None
    found = shapes.expect_object(record, "the announcement class")
    if "id" not in found:  # RT answers an unknown name with an empty record
        return None
    return shapes.numeric_id(found.get("id"), "the announcement class's number")


def list_announcements(rt: RTClient, base_url: str, class_number: str) -> list[Announcement]:
    """The articles of the class as announcements (one request). An article that cannot be
    read is left out; an answer that is no article list raises BadResponse."""
    data = rt.call("POST", "articles", params=_LIST_PARAMS,
                   json_body=[{"field": "Class", "operator": "=", "value": int(class_number)}])
    found = []
    for item in records.page_items(data, "the announcement list"):
        try:
            found.append(announcement_from_record(item, base_url))
        except BadResponse:
            continue
    return found


def announcement_from_record(item: Any, base_url: str) -> Announcement:
    """One article of the announcement class as an announcement; BadResponse when it has no
    usable number or title."""
    record = shapes.expect_object(item, "an announcement")
    number = shapes.numeric_id(record.get("id"), "an announcement's number")
    title = clean_line(shapes.text(record.get("Name"), "an announcement's title"))
    if not title:
        raise BadResponse("An announcement has no title.")
    fields = _custom_fields(record.get("CustomFields"))
    content = "\n".join(fields.get("content", []))
    if looks_like_html(content):
        from helpclient.core.kb.text import html_to_text  # noqa: PLC0415 (Stemmer, nh3: on use)

        content = html_to_text(content)
    summary = shapes.text(record.get("Summary"), "an announcement's summary", limit=10_000)
    text = clean_text("\n\n".join(p for p in (summary.strip(), content.strip()) if p))
    updated = records.parse_rt_date(record.get("LastUpdated"))
    language = next((lang for lang in (_language(v) for v in fields.get("language", []))
                     if lang), "")
    return Announcement(
        key=f"{PREFIX}:{number}", texts=((language, Localized(title, text)),),
        since=_first_time(fields.get("since")) or records.parse_rt_date(record.get("Created")),
        until=_first_time(fields.get("until")),
        resolved=_resolved(fields.get("resolved", []), updated),
        languages=(language,) if language else (),
        keywords=_terms(fields.get("keywords", [])), services=_terms(fields.get("services", [])),
        url=article_url(base_url, number), source=PREFIX, updated=updated)


def _custom_fields(value: Any) -> dict[str, list[str]]:
    """The text values of each custom field, by lower-case name (dates come as ISO text)."""
    found: dict[str, list[str]] = {}
    for entry in shapes.expect_list(value, "the announcement's fields"):
        field = shapes.expect_object(entry, "an announcement field")
        name = shapes.text(field.get("name"), "a field's name", limit=100).strip().lower()
        values = shapes.expect_list(field.get("values"), "a field's values")
        found.setdefault(name, []).extend(
            shapes.text(v, "a field's value", limit=20_000) for v in values
            if v is not None and not isinstance(v, Mapping))
    return found


def _time(value: str) -> datetime | None:
    """RT's "2025-05-14T09:40:00Z", a Date field's "2025-05-14", or another ISO form."""
    parsed = records.parse_rt_date(value)
    if parsed is not None:
        return parsed
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _first_time(values: list[str] | None) -> datetime | None:
    return next((t for t in (_time(v) for v in values or []) if t is not None), None)


def _resolved(values: list[str], updated: datetime | None) -> datetime | None:
    """Set when the Resolved field holds anything: its time, or else the article's last
    change (IT typed "yes")."""
    written = [v for v in values if v.strip()]
    if not written:
        return None
    return _first_time(written) or updated or datetime.fromtimestamp(0, UTC)


def _language(value: str) -> str:
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if code.isalpha() and code.isascii() and 2 <= len(code) <= 3 else ""


def _terms(values: list[str]) -> tuple[str, ...]:
    # a free-form field may hold one comma-separated line instead of several values
    split = (part for value in values for part in value.replace("\n", ",").split(","))
    cleaned = (clean_line(part, MAX_TERM) for part in split)
    return tuple(dict.fromkeys(t for t in cleaned if t))[:MAX_TERMS]
