"""The knowledge-base service the app and the CLI use: the local index and its sources, the
helpdesk's live search merged in, and what the user did with articles (viewed, solved my problem,
not what I need, ratings), kept locally and reported to the helpdesk where it has a way.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.kb.index import Hit, KnowledgeIndex
from helpclient.core.kb.search import STOP_WORDS
from helpclient.core.kb.sources import (
    STARTER_ORIGIN,
    SyncResult,
    backend_origin,
    folder_origin,
    import_folder,
    sync_backend,
)
from helpclient.core.kb.stored import article_key
from helpclient.core.kb.suggest import SuggestContext, suggest
from helpclient.core.kb.text import Snippet
from helpclient.core.kb.upkeep_state import folder_signature
from helpclient.core.kb.vocabulary import (
    SYNONYMS_FILE,
    Vocabulary,
    read_frequencies,
    read_synonym_tables,
)
from helpclient.core.models import Article

log = logging.getLogger(__name__)

_FEEDBACK_DDL = """
CREATE TABLE IF NOT EXISTS kb_feedback (
    id INTEGER PRIMARY KEY,
    article_key TEXT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,        -- "solved", "not_helpful_in_report", "rating"
    helpful INTEGER,           -- ratings: 1 helpful, 0 not
    comment TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS kb_viewed (article_key TEXT PRIMARY KEY, title TEXT NOT NULL,
                                      at TEXT NOT NULL);
"""
REMOTE_KEY_PREFIX = "remote\x1f"


@runtime_checkable
class ArticleFeedbackBackend(Protocol):
    """A helpdesk that records article feedback (deflections and ratings). Request Tracker has
    no such thing; connectors whose helpdesk has it implement this."""

    def article_feedback(self, article_id: str, *, solved: bool | None,
                         helpful: bool | None, comment: str) -> None:
        """Record that the article solved the user's problem, and/or a rating."""
        ...


@dataclass(frozen=True)
class FeedbackCounts:
    """Local totals, for IT's statistics (``helpclient kb stats``) and tests."""

    solved: int
    helpful: int
    not_helpful: int


class KnowledgeBase:
    """Search, sources and feedback over one index file."""

    def __init__(self, path: Path, folders: Callable[[], Sequence[Path]] = tuple,
                 starter_folder: Path | None = None,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC),
                 use_starter: Callable[[], bool] = lambda: True, *,
                 vocabulary_folder: Path | None = None) -> None:
        """``folders`` and ``use_starter`` are asked at every refresh, so changed settings
        apply without a restart. ``vocabulary_folder`` holds the general word frequencies and
        synonyms (resources/vocabulary); a ``synonyms.toml`` in a configured folder adds to
        them.

        Nothing is opened or read here: the index opens on first use, and the vocabulary (MiB
        of word frequencies) is read for the first search — work that keeps the index current
        never needs it."""
        self._path = path
        self._index: KnowledgeIndex | None = None
        self._vocabulary_folder = vocabulary_folder
        self._frequencies: dict[str, dict[str, float]] | None = None
        self._vocabulary_loaded = False
        self._folders = folders
        self._starter = starter_folder
        self._use_starter = use_starter
        self._now = now
        self._signatures: dict[str, object] = {}  # by origin
        self._lock = threading.Lock()
        self._open_lock = threading.RLock()

    @property
    def index(self) -> KnowledgeIndex:
        """The index, opened on first use (by whichever thread needs it first)."""
        if self._index is None:
            with self._open_lock:
                if self._index is None:
                    index = KnowledgeIndex(self._path)
                    conn = index._conn()
                    with conn:
                        conn.executescript(_FEEDBACK_DDL)
                    self._index = index
        return self._index

    @property
    def vocabulary(self) -> Vocabulary:
        """The synonyms and general word frequencies searches use (read on first use)."""
        return self._searchable().vocabulary

    def _searchable(self) -> KnowledgeIndex:
        """The index with its vocabulary (synonyms, word frequencies) loaded."""
        index = self.index
        with self._open_lock:
            if not self._vocabulary_loaded:
                self._load_vocabulary(tuple(self._folders()))
        return index

    def _conn(self) -> sqlite3.Connection:
        return self.index._conn()

    # -- sources ---------------------------------------------------------------------------------

    def refresh_folders(self, force: bool = False, *,
                        stop: Callable[[], bool] = lambda: False) -> int:
        """Import the starter KB and the configured folders whose files changed since the last
        look (all of them with ``force``); folders no longer configured are dropped. Returns
        how many articles were (re)indexed or removed. ``stop`` ends it early, between two
        files (see :func:`helpclient.core.kb.sources.scan_folder`): the folder being read is
        left as it was, and imported again at the next look."""
        changes = 0
        wanted = {STARTER_ORIGIN: self._starter} if self._starter and self._use_starter() else {}
        wanted.update({folder_origin(f): f for f in self._folders()})
        with self._lock:
            for origin, folder in wanted.items():
                signature = folder_signature(folder)
                if not force and self._signatures.get(origin) == signature:
                    continue
                indexed, removed = import_folder(
                    self.index, folder, origin,
                    source="HelpClient" if origin == STARTER_ORIGIN else folder.name, stop=stop)
                self._signatures[origin] = signature
                changes += indexed + removed
            for origin in self.index.origins():
                if (origin == STARTER_ORIGIN or origin.startswith("folder:")) \
                        and origin not in wanted:
                    changes += self.index.remove(origin, self.index.ids(origin))
                    self._signatures.pop(origin, None)  # configured again: import again
            if (changes or force) and self._vocabulary_loaded:
                with self._open_lock:
                    self._load_vocabulary(tuple(self._folders()))
        return changes

    def _load_vocabulary(self, folders: Sequence[Path]) -> None:
        """Build the synonyms afresh: HelpClient's own, then those IT keeps next to its
        articles (searches in flight keep the one they started with)."""
        if self._frequencies is None:
            folder = self._vocabulary_folder
            self._frequencies = read_frequencies(folder) if folder else {}
        vocabulary = Vocabulary(self._frequencies)
        files = [self._vocabulary_folder / SYNONYMS_FILE] if self._vocabulary_folder else []
        for path in [*files, *(f / SYNONYMS_FILE for f in folders)]:
            for language, groups in read_synonym_tables(path).items():
                vocabulary.add_synonyms(groups, self.index.analyzer, STOP_WORDS, language)
        self.index.vocabulary = vocabulary
        self._vocabulary_loaded = True

    def import_folder(self, folder: Path) -> tuple[int, int]:
        """(Re)index one folder now, e.g. from ``helpclient kb import``: (indexed, removed).
        It stays in the index until imported again (configured folders are watched)."""
        return import_folder(self.index, folder, f"import:{folder.expanduser().resolve()}")

    def sync(self, backend: HelpdeskBackend, base_url: str, *,
             stop: Callable[[], bool] = lambda: False) -> SyncResult:
        """Sync the helpdesk's articles into the index (only what changed); ``stop`` ends it
        early (see :func:`helpclient.core.kb.sources.sync_backend`)."""
        return sync_backend(self.index, backend, backend_origin(base_url), self._now, stop=stop)

    # -- searching -------------------------------------------------------------------------------

    def search(self, query: str, limit: int = 5, language: str = "") -> list[Hit]:
        """Local search (same ranking for the app and ``helpclient kb search``); ``language``
        (the interface's) reads a query that does not show its own language."""
        return self._searchable().search(query, limit, language)

    def suggest(self, text: str, context: SuggestContext | None = None) -> list[Hit]:
        """The articles the report wizard suggests for ``text`` (see :mod:`.suggest`)."""
        return suggest(self._searchable(), text, context)

    @staticmethod
    def merge_remote(local: Sequence[Hit], remote: Sequence[Article], limit: int) -> list[Hit]:
        """Local hits, then the helpdesk's live results that are not already among them (by
        title: a synced article is the same article), up to ``limit``."""
        titles = {h.article.title.casefold() for h in local}
        merged = list(local)
        for article in remote:
            if len(merged) >= limit:
                break
            if article.title.casefold() in titles:
                continue
            titles.add(article.title.casefold())
            # the helpdesk's own highlights, where its search marked the matches
            merged.append(Hit(REMOTE_KEY_PREFIX + article.id, article, 0.0, Snippet(
                article.summary, article.summary_highlights).truncated(160)))
        return merged

    def article(self, key: str, backend: HelpdeskBackend | None = None) -> Article | None:
        """An article with its body: from the index, or for a live remote hit from the
        helpdesk (``backend`` needed, blocking)."""
        if key.startswith(REMOTE_KEY_PREFIX):
            if backend is None:
                return None
            return backend.get_article(key[len(REMOTE_KEY_PREFIX):])
        return self.index.get(key)

    # -- what the user did -----------------------------------------------------------------------

    def record_viewed(self, key: str, title: str) -> None:
        """Remember that the user opened this article (for "Recently viewed")."""
        conn = self._conn()
        with conn:
            conn.execute("INSERT OR REPLACE INTO kb_viewed VALUES (?,?,?)",
                         (key, title, self._now().isoformat()))

    def recently_viewed(self, limit: int = 10) -> list[tuple[str, str]]:
        """(key, title) of recently opened articles, newest first."""
        rows = self._conn().execute(
            "SELECT article_key, title FROM kb_viewed ORDER BY at DESC LIMIT ?", (limit,))
        return [(r[0], r[1]) for r in rows]

    def record_solved(self, key: str, title: str,
                      backend: HelpdeskBackend | None = None) -> bool:
        """Count a deflection ("This solved my problem"); report it where the helpdesk can
        take it. Returns whether it was reported."""
        return self._feedback(key, title, "solved", None, "", backend)

    def rate(self, key: str, title: str, helpful: bool, comment: str = "",
             backend: HelpdeskBackend | None = None) -> bool:
        """Keep a rating; send it where the helpdesk takes ratings. Returns whether sent."""
        return self._feedback(key, title, "rating", helpful, comment.strip(), backend)

    def _feedback(self, key: str, title: str, kind: str,  # noqa: PLR0917
                  helpful: bool | None, comment: str, backend: HelpdeskBackend | None) -> bool:
        reported = False
        if isinstance(backend, ArticleFeedbackBackend):
            article_id = key.rsplit("\x1f", 1)[-1]
            try:
                backend.article_feedback(article_id, solved=True if kind == "solved" else None,
                                         helpful=helpful, comment=comment)
                reported = True
            except Exception as exc:  # feedback is best effort: it is kept locally anyway
                log.warning("article feedback not sent: %s", exc)
        conn = self._conn()
        with conn:
            conn.execute(
                "INSERT INTO kb_feedback (article_key, title, kind, helpful, comment, at, "
                "reported) VALUES (?,?,?,?,?,?,?)",
                (key, title, kind, None if helpful is None else int(helpful), comment,
                 self._now().isoformat(), int(reported)))
        return reported

    def counts(self) -> FeedbackCounts:
        """Local feedback totals."""
        row = self._conn().execute(
            "SELECT sum(kind='solved'), sum(kind='rating' AND helpful=1), "
            "sum(kind='rating' AND helpful=0) FROM kb_feedback").fetchone()
        return FeedbackCounts(row[0] or 0, row[1] or 0, row[2] or 0)


__all__ = ["Hit", "KnowledgeBase", "article_key"]
