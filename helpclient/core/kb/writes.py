"""Writing helpers of the knowledge-base index (see :mod:`helpclient.core.kb.index`): prepared
rows, multi-row inserts and the per-stem article counts."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from helpclient.core.kb.languages import TUNED_LANGUAGES
from helpclient.core.kb.stored import FTS_TABLES
from helpclient.core.models import Article


def fingerprint(article: Article) -> str:
    """A digest of everything stored of an article: an unchanged article is not rewritten."""
    data = "\x1f".join((article.title, article.summary, article.body, str(article.is_html),
                        article.category, article.url, article.language))
    return hashlib.blake2b(data.encode(), digest_size=12).hexdigest()


@dataclass
class Chunk:
    """Rows ready for SQLite, and the rowids whose old index entries must go first."""

    rows: list[tuple[object, ...]] = field(default_factory=list)
    fts: list[tuple[int, str, str, str]] = field(default_factory=list)
    titles: list[tuple[int, str]] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)


def insert_rows(conn: sqlite3.Connection, insert: str,
                rows: Sequence[tuple[object, ...]]) -> None:
    """Run ``insert`` ("INSERT ... VALUES") for all ``rows`` in as few statements as SQLite's
    bound-parameter limit allows.

    Why not executemany: SQLite gives up the GIL only while a statement runs, so executemany
    takes the GIL back once per row, and each time waits for the thread that is stemming the
    next chunk to let go of it. One statement per thousand rows leaves SQLite to run alone
    (measured on 50,000 articles: writer 2.9 s instead of 7.6 s of which half was waiting)."""
    if not rows:
        return
    width = len(rows[0])
    per = max(1, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width)
    one = "(" + ",".join("?" * width) + ")"
    for start in range(0, len(rows), per):
        part = rows[start:start + per]
        conn.execute(f"{insert} {','.join([one] * len(part))}",
                     [value for row in part for value in row])


def combined_counts(added: Counter[str], removed: Counter[str]) -> Counter[str]:
    """The count changes of both (``removed`` holds negative counts, which Counter's ``+``
    would drop)."""
    result = Counter(added)
    result.update(removed)
    return result


def set_automerge(conn: sqlite3.Connection, value: int) -> None:
    """Set how eagerly FTS5 merges index segments while rows are written (0: not at all)."""
    for table in FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)",  # noqa: S608
                     (value,))


def merge_segments(conn: sqlite3.Connection) -> None:
    """Merge each FTS5 table's index segments into one (smaller, and faster to search)."""
    for table in FTS_TABLES:
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608


def count_terms(conn: sqlite3.Connection, docs: Counter[str]) -> None:
    """Add the per-stem article count changes ``docs`` to kb_term."""
    conn.executemany("INSERT INTO kb_term VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET "
                     "docs = docs + excluded.docs", [(t, n) for t, n in docs.items() if n])
    if any(n < 0 for n in docs.values()):
        conn.execute("DELETE FROM kb_term WHERE docs <= 0")


def count_languages(conn: sqlite3.Connection) -> None:
    """Keep how many articles the TUNED_LANGUAGES languages with most articles hold (kb_meta
    "paired", read by every suggestion: counted here, once per change, not per search)."""
    conn.execute("INSERT OR REPLACE INTO kb_meta VALUES ('paired', (SELECT coalesce(sum(n), 0) "
                 "FROM (SELECT count(*) AS n FROM kb_article GROUP BY language "
                 "ORDER BY n DESC LIMIT ?)))", (TUNED_LANGUAGES,))
