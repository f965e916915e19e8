"""Reading the JSON feed of known problems IT publishes (its format is in the README, "Known
problems"). The feed is hostile input like any server answer: whatever it holds ends in typed
:class:`Announcement` records or in a :class:`BadResponse` for the whole document, never in
another exception.

One bad announcement (no id, no title, a date that is no date) is left out and named in
``FeedResult.problems``; the others are kept. Unknown fields are ignored, so IT may add its own.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from helpclient.core.errors import BadResponse
from helpclient.core.known.model import (
    MAX_ID,
    MAX_TERM,
    MAX_TERMS,
    Announcement,
    Localized,
    clean_line,
    clean_text,
)
from helpclient.core.web_address import is_web_address

#: The feed versions this parser reads.
VERSIONS = (1,)
#: Announcements kept from one feed (the most recently started first); more is a mistake.
MAX_ANNOUNCEMENTS = 50
#: Problems named per feed (the rest are counted).
MAX_PROBLEMS = 10
#: Deeper JSON is no feed (and Python's parser would hit its recursion limit).
MAX_DEPTH = 20
_LANGUAGE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-_")


@dataclass(frozen=True)
class FeedResult:
    """What a feed held: the usable announcements and what was wrong with the others."""

    announcements: list[Announcement] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class _Skip(Exception):
    """One announcement cannot be used (the message says why)."""


def parse_feed(data: bytes, prefix: str = "feed") -> FeedResult:
    """The announcements in a feed document (UTF-8 JSON); keys get ``prefix`` ("feed:<id>").
    Raises BadResponse when the document is not a feed at all."""
    document = _decode(data)
    if isinstance(document, list):
        entries: Any = document
    elif isinstance(document, Mapping):
        version = document.get("version", 1)
        if isinstance(version, bool) or version not in VERSIONS:
            raise BadResponse(f"The known-problems feed has version {str(version)[:20]!r}; "
                              f"HelpClient reads version {VERSIONS[-1]}.")
        entries = document.get("announcements", [])
    else:
        raise _not_a_feed("neither an object nor a list")
    if not isinstance(entries, list):
        raise _not_a_feed("its \"announcements\" are not a list")
    found: dict[str, Announcement] = {}
    problems: list[str] = []
    for position, entry in enumerate(entries, start=1):
        try:
            announcement = _announcement(entry, prefix)
        except _Skip as skip:
            problems.append(f"announcement {position}: {skip}; left out")
            continue
        found.setdefault(announcement.key, announcement)  # an id given twice: the first wins
    kept = sorted(found.values(), key=_newest_first)[:MAX_ANNOUNCEMENTS]
    if len(problems) > MAX_PROBLEMS:
        problems = [*problems[:MAX_PROBLEMS], f"and {len(problems) - MAX_PROBLEMS} more"]
    return FeedResult(kept, problems)


def _not_a_feed(why: str) -> BadResponse:
    return BadResponse(f"The known-problems feed is not in HelpClient's format: {why}.")


def _decode(data: bytes) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_a_feed("it is not UTF-8 text") from exc
    if _nesting(text) > MAX_DEPTH:
        raise _not_a_feed(f"it is nested deeper than {MAX_DEPTH} levels")
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise _not_a_feed("it is not valid JSON") from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _nesting(text: str) -> int:
    """How deep brackets nest, counted before parsing (strings included: an overestimate is
    harmless for a feed, a RecursionError is not)."""
    depth = deepest = 0
    for char in text:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _newest_first(announcement: Announcement) -> tuple[bool, float]:
    since = announcement.since
    return (since is None, -since.timestamp() if since else 0.0)


def _announcement(entry: Any, prefix: str) -> Announcement:
    if not isinstance(entry, Mapping):
        raise _Skip("not an object")
    raw_id = entry.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        raise _Skip("no \"id\" (text or a number)")
    ident = clean_line(str(raw_id), MAX_ID)
    if not ident:
        raise _Skip("an empty \"id\"")
    titles = _localized_strings(entry.get("title"), "title")
    texts = _localized_strings(entry.get("text"), "text") if "text" in entry else {}
    if not any(titles.values()):
        raise _Skip(f"{ident!r} has no \"title\"")
    languages = sorted(set(titles) | set(texts))
    words = tuple(
        (lang, Localized(clean_line(titles.get(lang) or _first(titles)),
                         clean_text(texts.get(lang, ""))))
        for lang in languages if lang in titles or texts.get(lang))
    return Announcement(
        key=f"{prefix}:{ident}", texts=words,
        since=_time(entry.get("since"), "since"),
        until=_time(entry.get("until"), "until"),
        resolved=_resolved(entry.get("resolved")),
        languages=tuple(sorted({_language(v) for v in _strings(entry.get("languages"),
                                                                   "languages")} - {""})),
        keywords=_terms(entry.get("keywords"), "keywords"),
        services=_terms(entry.get("services"), "services"),
        url=_web_address(entry.get("url")), source=prefix)


def _first(values: Mapping[str, str]) -> str:
    return next((v for v in values.values() if v), "")


def _localized_strings(value: Any, what: str) -> dict[str, str]:
    """A text, or an object of language → text ({"en": "…", "ru": "…"})."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {"": value}
    if isinstance(value, Mapping):
        found: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(text, str):
                raise _Skip(f"its \"{what}\" in {str(lang)[:10]!r} is not text")
            found.setdefault(_language(lang), text)
        return found
    raise _Skip(f"its \"{what}\" is neither text nor an object of languages")


def _language(value: Any) -> str:
    """"ru", "RU", "ru_RU", "ru-RU" → "ru"; anything else → ""."""
    if not isinstance(value, str):
        return ""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if 2 <= len(code) <= 3 and set(code) <= _LANGUAGE_CHARS else ""


def _time(value: Any, what: str) -> datetime | None:
    """An ISO 8601 date and time; without an offset it is UTC."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or len(value) > 40:
        raise _Skip(f"its \"{what}\" is not a date and time (ISO 8601 text)")
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        # kept in UTC: a year-1 date with an offset fails here, not later on screen
        return (when if when.tzinfo is not None else when.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError) as exc:
        raise _Skip(f"its \"{what}\" {value[:40]!r} is not an ISO 8601 date and time") from exc


def _resolved(value: Any) -> datetime | None:
    """A time, or true (resolved, time unknown: the epoch stands for "some time"), false or
    null (not resolved)."""
    if value is True:
        return datetime.fromtimestamp(0, UTC)
    if value is False:
        return None
    return _time(value, "resolved")


def _strings(value: Any, what: str) -> list[str]:
    """A list of texts, or one text of comma-separated ones."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",") if part.strip()]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise _Skip(f"its \"{what}\" is not a list of texts")


def _terms(value: Any, what: str) -> tuple[str, ...]:
    cleaned = (clean_line(term, MAX_TERM) for term in _strings(value, what))
    return tuple(dict.fromkeys(t for t in cleaned if t))[:MAX_TERMS]


def _web_address(value: Any) -> str:
    """An http(s) address, or "" (any other scheme would be a way to run something)."""
    if not isinstance(value, str) or len(value) > 2000:
        return ""
    address = value.strip()
    return address if is_web_address(address) else ""

