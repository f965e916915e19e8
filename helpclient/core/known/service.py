"""Known problems as the app sees them: fetched from IT's sources, remembered between runs, and
sorted into what is active now and what is news.

Sources are IT's JSON feed and the helpdesk's announcements (where it has a way); each is asked
in turn by :meth:`KnownProblems.refresh`, which blocks (run it off the GUI thread). A source that
cannot be reached keeps its last good list for a day — the feed may well be down with the very
network the announcement is about — and a source that answers replaces its list.

What the user has been told is kept in a small JSON file next to the list: a new announcement is
news once ("not repeated", also across restarts), and one that IT marks resolved is news once
more ("you will be told when it is fixed") for a user who was told about it. An announcement
that disappears from its source is gone without a word: IT withdrew it.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from helpclient.core.errors import HelpdeskError
from helpclient.core.known.feed import parse_feed
from helpclient.core.known.model import Announcement
from helpclient.core.storage.atomic import atomic_write_bytes

if TYPE_CHECKING:  # the matcher (an index, the knowledge base's modules) only with announcements
    from helpclient.core.known.matching import AnnouncementMatcher

log = logging.getLogger(__name__)

STATE_VERSION = 1
#: A source that has not answered for this long no longer counts: its list is dropped.
STALE_AFTER = timedelta(days=1)
#: Keys remembered as told, at most (the oldest are forgotten first).
MAX_TOLD = 500


@runtime_checkable
class AnnouncementBackend(Protocol):
    """A helpdesk that keeps IT's announcements of known problems (Request Tracker: the
    articles of a class)."""

    def announcements(self) -> list[Announcement] | None:
        """The announcements (blocking; raises HelpdeskError); None when the helpdesk is not
        set up for them."""
        ...


@dataclass(frozen=True)
class Source:
    """One place announcements come from: its name (the prefix of its keys, "feed", "rt") and
    how to fetch them (blocking; raises HelpdeskError; returns None when the source is not set
    up, e.g. no feed address)."""

    name: str
    fetch: Callable[[], list[Announcement] | None]


@dataclass(frozen=True)
class News:
    """What a refresh found that the user has not been told yet."""

    new: list[Announcement] = field(default_factory=list)
    resolved: list[Announcement] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.new or self.resolved)


@dataclass
class _Kept:
    announcements: list[Announcement]
    fetched: datetime


class KnownProblems:
    """The announcements of ``sources()`` (asked at each refresh, so changed settings apply),
    kept in ``state_file``, matched by ``matcher`` — or by the one ``matcher()`` builds when
    there first are announcements to match: while there are none (IT set up no source, or has
    nothing to say), no index is opened. ``now`` gives aware datetimes."""

    def __init__(self, sources: Callable[[], Sequence[Source]], state_file: Path,
                 matcher: AnnouncementMatcher | Callable[[], AnnouncementMatcher],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._sources = sources
        self._state_file = state_file
        self._matcher_source = matcher
        self._matcher: AnnouncementMatcher | None = None
        self._now = now
        self._lock = threading.Lock()
        self._kept: dict[str, _Kept] = {}
        self._told_new: list[str] = []
        self._told_resolved: list[str] = []
        self.last_refresh: datetime | None = None
        self.problems: list[str] = []  # why the last refresh could not ask a source
        self._load_state()
        self._load_matcher()

    def _load_matcher(self) -> None:
        """Index the active announcements (none, and no index yet: nothing to do)."""
        active = self.active()
        if not active and self._matcher is None:
            return
        if self._matcher is None:
            source = self._matcher_source
            self._matcher = source() if callable(source) else source
        self._matcher.load(active)

    # -- reading ---------------------------------------------------------------------------------

    def all(self) -> list[Announcement]:
        """Every announcement known now, resolved and expired ones included."""
        with self._lock:
            return [a for kept in self._kept.values() for a in kept.announcements]

    def active(self, language: str | None = None) -> list[Announcement]:
        """The announcements in force now, newest first; only those shown to users of
        ``language`` when given."""
        now = self._now()
        found = [a for a in self.all() if a.is_active(now)
                 and (language is None or a.shown_to(language))]
        return sorted(found, key=lambda a: a.since or now, reverse=True)

    def match(self, text: str, language: str = "") -> list[Announcement]:
        """The active announcements that fit what the user typed, best first (blocking: a
        search of the small index)."""
        now = self._now()
        if self._matcher is None:  # no announcement was ever active: nothing can match
            return []
        return [a for a in self._matcher.match(text, language) if a.is_active(now)]

    def due(self, max_age: timedelta) -> bool:
        """Whether the last refresh is older than ``max_age`` (or there was none)."""
        last = self.last_refresh
        return last is None or self._now() - last >= max_age or self._now() < last

    # -- refreshing ------------------------------------------------------------------------------

    def refresh(self, language: str = "") -> News:
        """Ask every source (blocking), keep what they say, and return what the user of
        ``language`` has not been told yet — marked as told."""
        now = self._now()
        self.last_refresh = now
        problems: list[str] = []
        answered: dict[str, list[Announcement] | None] = {}
        sources = list(self._sources())
        for source in sources:
            try:
                answered[source.name] = source.fetch()
            except HelpdeskError as exc:
                problems.append(f"{source.name}: {exc.message}")
                log.info("known problems not read from %s: %s", source.name, exc.message)
        names = {s.name for s in sources}
        with self._lock:
            for name, listed in answered.items():
                if listed is None:
                    self._kept.pop(name, None)  # not set up (any more)
                else:
                    self._kept[name] = _Kept(listed, now)
            for name in list(self._kept):  # gone from the settings, or silent for too long
                if name not in names or (name not in answered
                                         and now - self._kept[name].fetched > STALE_AFTER):
                    del self._kept[name]
            news = self._news(now, language)
        self.problems = problems
        self._load_matcher()
        self._save_state()
        return news

    def _news(self, now: datetime, language: str) -> News:
        """What is news for this user, remembered as told (called with the lock held)."""
        present = {a.key: a for kept in self._kept.values() for a in kept.announcements}
        told_new = set(self._told_new)
        new = [a for a in present.values()
               if a.is_active(now) and a.shown_to(language) and a.key not in told_new]
        resolved = [a for a in present.values()
                    if a.resolved is not None and a.key in told_new
                    and a.key not in self._told_resolved]
        self._told_new = _remember(self._told_new, [a.key for a in new], present)
        self._told_resolved = _remember(self._told_resolved, [a.key for a in resolved], present)
        return News(new, resolved)

    # -- the state file --------------------------------------------------------------------------

    def _load_state(self) -> None:
        try:
            state = json.loads(self._state_file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("known problems state unreadable, starting afresh: %s", exc)
            return
        if not isinstance(state, dict) or state.get("version") != STATE_VERSION:
            return
        self._told_new = _keys(state.get("told_new"))
        self._told_resolved = _keys(state.get("told_resolved"))
        sources = state.get("sources")
        for name, kept in (sources.items() if isinstance(sources, dict) else ()):
            try:
                fetched = datetime.fromisoformat(kept["fetched"])
                # the stored list is read like a feed: a damaged file is no worse than one
                listed = parse_feed(json.dumps(kept["announcements"]).encode(), name)
            except (HelpdeskError, KeyError, TypeError, ValueError) as exc:
                log.warning("known problems of %s not restored: %s", name, exc)
                continue
            if fetched.tzinfo is not None:
                self._kept[str(name)] = _Kept(listed.announcements, fetched)

    def _save_state(self) -> None:
        with self._lock:
            state = {"version": STATE_VERSION,
                     "told_new": self._told_new, "told_resolved": self._told_resolved,
                     "sources": {name: {"fetched": kept.fetched.isoformat(),
                                        "announcements": [to_feed_entry(a)
                                                          for a in kept.announcements]}
                                 for name, kept in self._kept.items()}}
        try:
            atomic_write_bytes(self._state_file, json.dumps(state, ensure_ascii=False,
                                                            indent=1).encode())
        except OSError as exc:
            log.warning("known problems state not saved: %s", exc)


def to_feed_entry(announcement: Announcement) -> dict[str, Any]:
    """An announcement in the feed's own format (see README), its key without the prefix."""
    def when(value: datetime | None) -> str | None:
        return value.isoformat() if value is not None else None

    texts = dict(announcement.texts)
    return {"id": announcement.key.split(":", 1)[-1],
            "title": {lang: words.title for lang, words in texts.items()},
            "text": {lang: words.text for lang, words in texts.items()},
            "since": when(announcement.since), "until": when(announcement.until),
            "resolved": when(announcement.resolved), "languages": list(announcement.languages),
            "keywords": list(announcement.keywords), "services": list(announcement.services),
            "url": announcement.url}


def _keys(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)][-MAX_TOLD:] if isinstance(value, list) else []


def _remember(told: list[str], more: list[str], present: dict[str, Announcement]) -> list[str]:
    """``told`` plus ``more``, without keys no source lists any longer (they cannot come back as
    news: an id reused later is a new announcement), at most MAX_TOLD."""
    return [k for k in dict.fromkeys([*told, *more]) if k in present][-MAX_TOLD:]
