"""The local knowledge-base index: SQLite FTS5 over stemmed words, bm25 ranking, prefix search,
one-typo tolerance, and snippets made in Python.

Why it is built this way (see benchmarks/kb_bench.py for the figures):

* The FTS5 tables are *contentless*: they hold only the index of stems. The articles themselves
  are stored once, compressed, in ``kb_article`` (see :mod:`helpclient.core.kb.stored`). That
  keeps 50,000 articles well under the size of a naive FTS5 table that stores every text twice.
* Deleting from a contentless table needs the indexed values: each article's stems are stored
  with it (the schema changes whenever the analysis does, and an index of an older schema is
  rebuilt).
* Snippets are made in Python for the few hits shown, not by FTS5's ``snippet()`` for every
  candidate, and the last word's prefix stands for its most common stems (see search).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from helpclient.core.kb.languages import (
    language_term,
    normalized,
    text_language,
    translation_of,
)
from helpclient.core.kb.search import Plan, search_rowids, written_in
from helpclient.core.kb.stored import (
    FTS_TABLES,
    PAGE_SIZE,
    SCHEMA,
    SHARED_STREAM_SCHEMA,
    article_key,
    article_of,
    create,
    migrate,
    pack,
    read_body,
    read_terms,
)
from helpclient.core.kb.text import (
    Analyzer,
    QueryTerm,
    Snippet,
    make_snippet,
    markdown_to_text,
    plain_text,
)
from helpclient.core.kb.vocabulary import Vocabulary
from helpclient.core.kb.writes import (
    Chunk,
    combined_counts,
    count_languages,
    count_terms,
    fingerprint,
    insert_rows,
    merge_segments,
    set_automerge,
)
from helpclient.core.models import Article
from helpclient.core.storage.sqlite import connect

#: Articles analysed per pipeline step (see upsert).
CHUNK = 1000
#: An upsert of this many articles loads them without merging the index as it goes.
BULK_ROWS = 1000
DEFAULT_AUTOMERGE = 4
#: Characters of an article without a language read to tell its language.
LANGUAGE_SAMPLE = 2000


@dataclass(frozen=True)
class Hit:
    """One search result: the article (without its body), its bm25 score (higher is better)
    and a snippet with the matches."""

    key: str
    article: Article
    score: float
    snippet: Snippet


class KnowledgeIndex:
    """The index in one SQLite file. Thread-safe: each thread gets its own connection."""

    def __init__(self, path: Path, analyzer: Analyzer | None = None,
                 vocabulary: Vocabulary | None = None) -> None:
        self.path = path
        self.analyzer = analyzer or Analyzer()
        self.vocabulary = vocabulary or Vocabulary()  # synonyms, general word frequencies
        self._local = threading.local()
        self._write_lock = threading.Lock()
        conn = self._conn()
        schema = create(conn)
        if schema != SCHEMA:
            migrate(conn)
            self.rebuild(legacy=schema < SHARED_STREAM_SCHEMA)

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # shared with the upsert's writer thread, never at the same time (see upsert)
            conn = connect(self.path, check_same_thread=False, page_size=PAGE_SIZE)
            # the index is a cache of other sources: speed over durability
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        """Close this thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- writing ---------------------------------------------------------------------------------

    def _index_values(self, article: Article) -> tuple[str, list[str], list[str]]:
        """The article's language (its own, else told from its text) and the stems of its
        title and of its summary and body in that language."""
        # Markdown needs no stripping to be indexed: its markup is not made of word characters
        # (only a link's address would add words, so those go)
        body = article.body
        if article.is_html:
            body = plain_text(body, article.is_html)
        elif "](" in body:
            body = markdown_to_text(body)
        language = normalized(article.language) or text_language(
            self.analyzer.words(f"{article.title}\n{body[:LANGUAGE_SAMPLE]}"))
        return (language, self.analyzer.terms(article.title, language),
                self.analyzer.terms(f"{article.summary}\n{body}", language))

    def upsert(self, origin: str, articles: Iterable[Article]) -> int:
        """Add or update articles of ``origin``; unchanged ones are skipped. Returns how many
        were (re)indexed.

        Work is pipelined in chunks: while a writer thread hands one chunk to SQLite (which
        runs without the GIL, see insert_rows), this thread stems and compresses the next one."""
        unique = list({a.id: a for a in articles}.values())  # an id given twice: the last wins
        conn = self._conn()
        with self._write_lock, conn, ThreadPoolExecutor(1, "kb-writer") as writer:
            known = {r[0]: (r[1], r[2]) for r in conn.execute(
                "SELECT article_id, rowid, fingerprint FROM kb_article WHERE origin=?", (origin,))}
            next_rowid = int(conn.execute("SELECT coalesce(max(rowid), 0) + 1 FROM kb_article"
                                          ).fetchone()[0])
            added: Counter[str] = Counter()
            removed: Counter[str] = Counter()  # negative counts; only the writer thread adds
            bulk = len(unique) >= BULK_ROWS
            if bulk:  # merging segments while loading many rows is wasted: merge later
                set_automerge(conn, 0)
            pending: Future[None] | None = None
            count = 0
            for start in range(0, len(unique), CHUNK):
                chunk = Chunk()
                for article in unique[start:start + CHUNK]:
                    digest = fingerprint(article)
                    old = known.get(article.id)
                    if old is not None and old[1] == digest:
                        continue
                    if old is not None:
                        chunk.replaced.append(old[0])
                        rowid = old[0]
                    else:
                        rowid, next_rowid = next_rowid, next_rowid + 1
                    known[article.id] = (rowid, digest)
                    self._prepare(chunk, (rowid, origin, digest), article,
                                  None if bulk else added)
                count += len(chunk.rows)
                if pending is not None:
                    pending.result()  # one writer at a time on this connection
                pending = writer.submit(self._write, conn, chunk, removed)
            if pending is not None:
                pending.result()
            if bulk:  # merged once now (its segments made queries ~50 % slower), later
                # writes little by little again
                merge_segments(conn)
                set_automerge(conn, DEFAULT_AUTOMERGE)
                # one pass in C over the index beats counting every article's stems in Python
                conn.execute("DELETE FROM kb_term")
                conn.execute("INSERT INTO kb_term SELECT term, doc FROM kb_vocab")
            else:
                count_terms(conn, combined_counts(added, removed))
            if count:
                count_languages(conn)
        return count

    def _prepare(self, chunk: Chunk, place: tuple[int, str, str], article: Article,
                 docs: Counter[str] | None) -> None:
        """Analyse and compress one article into the chunk's rows (the CPU-bound part), at
        ``place`` (rowid, origin, fingerprint); count its stems into ``docs`` unless the caller
        recounts them afterwards."""
        rowid, origin, digest = place
        language, title_terms, body_terms = self._index_values(article)
        marker = language_term(language)
        if docs is not None:
            docs.update(set(title_terms).union(body_terms, [marker] if marker else []))
        title_text, body_text = " ".join(title_terms), " ".join(body_terms)
        terms, body = pack(article.body.encode(), title_text, body_text)
        chunk.rows.append((rowid, origin, article.id, article.title, article.summary, body,
                           int(article.is_html), article.source, language,
                           article.category, article.url,
                           article.updated.isoformat() if article.updated else None,
                           digest, terms))
        chunk.fts.append((rowid, title_text, body_text, marker))
        chunk.titles.append((rowid, title_text))

    def _write(self, conn: sqlite3.Connection, chunk: Chunk, removed: Counter[str]) -> None:
        """Hand one prepared chunk to SQLite (on the writer thread)."""
        for rowid in chunk.replaced:
            self._unindex(conn, rowid, removed)
        insert_rows(conn, "INSERT OR REPLACE INTO kb_article VALUES", chunk.rows)
        insert_rows(conn, "INSERT INTO kb_fts(rowid, title, body, lang) VALUES", chunk.fts)
        insert_rows(conn, "INSERT INTO kb_title(rowid, title) VALUES", chunk.titles)

    def _unindex(self, conn: sqlite3.Connection, rowid: int, docs: Counter[str]) -> None:
        """Take an article out of the FTS tables (which need its indexed values for that)."""
        row = conn.execute("SELECT * FROM kb_article WHERE rowid=?", (rowid,)).fetchone()
        title_text, body_text = self.terms(row)
        marker = language_term(row["language"])
        conn.execute("INSERT INTO kb_fts(kb_fts, rowid, title, body, lang) "
                     "VALUES ('delete',?,?,?,?)", (rowid, title_text, body_text, marker))
        conn.execute("INSERT INTO kb_title(kb_title, rowid, title) VALUES ('delete',?,?)",
                     (rowid, title_text))
        docs.subtract(set(title_text.split()).union(body_text.split(), [marker] if marker else []))

    def remove(self, origin: str, article_ids: Iterable[str]) -> int:
        """Remove these articles of ``origin``; returns how many were there."""
        removed = 0
        conn = self._conn()
        with self._write_lock, conn:
            docs: Counter[str] = Counter()
            for article_id in article_ids:
                row = conn.execute("SELECT rowid FROM kb_article WHERE origin=? AND article_id=?",
                                   (origin, article_id)).fetchone()
                if row is not None:
                    self._unindex(conn, row["rowid"], docs)
                    conn.execute("DELETE FROM kb_article WHERE rowid=?", (row["rowid"],))
                    removed += 1
            count_terms(conn, docs)
            if removed:
                count_languages(conn)
        return removed

    def ids(self, origin: str) -> set[str]:
        """The ids of the articles of ``origin`` in the index."""
        rows = self._conn().execute("SELECT article_id FROM kb_article WHERE origin=?", (origin,))
        return {r[0] for r in rows}

    def updated_times(self, origin: str) -> dict[str, datetime | None]:
        """Each article id of ``origin`` with its last change as stored."""
        rows = self._conn().execute("SELECT article_id, updated FROM kb_article WHERE origin=?",
                                    (origin,))
        return {r[0]: datetime.fromisoformat(r[1]) if r[1] else None for r in rows}

    def origins(self) -> list[str]:
        """Every origin with articles in the index."""
        return [r[0] for r in self._conn().execute(
            "SELECT DISTINCT origin FROM kb_article ORDER BY origin")]

    def replace_origin(self, origin: str, articles: Iterable[Article]) -> tuple[int, int]:
        """Make ``origin``'s articles exactly ``articles``: (indexed, removed)."""
        articles = list(articles)
        gone = self.ids(origin) - {a.id for a in articles}
        return self.upsert(origin, articles), self.remove(origin, gone)

    def rebuild(self, *, legacy: bool = False) -> None:
        """Re-create the index from the stored articles (after the analysis changed;
        ``legacy``: they are stored as schema 5 and older stored them, and are rewritten)."""
        conn = self._conn()
        with self._write_lock, conn:
            for table in FTS_TABLES:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")  # noqa: S608
            set_automerge(conn, 0)  # a bulk load: merged once at the end (see upsert)
            last = 0
            docs: Counter[str] = Counter()
            while rows := conn.execute("SELECT * FROM kb_article WHERE rowid > ? "
                                       "ORDER BY rowid LIMIT ?", (last, CHUNK)).fetchall():
                chunk = Chunk()
                for row in rows:
                    article = replace(article_of(row, with_body=False),
                                      body=read_body(row, legacy=legacy))
                    self._prepare(chunk, (row["rowid"], row["origin"], row["fingerprint"]),
                                  article, docs)
                self._write(conn, chunk, Counter())
                last = rows[-1]["rowid"]
            merge_segments(conn)
            set_automerge(conn, DEFAULT_AUTOMERGE)
            conn.execute("DELETE FROM kb_term")
            count_terms(conn, docs)
            count_languages(conn)
            conn.execute("UPDATE kb_meta SET value=? WHERE key='schema'", (str(SCHEMA),))

    def optimize(self) -> None:
        """Merge the index's segments (after a large import: smaller and faster)."""
        conn = self._conn()
        with self._write_lock, conn:
            merge_segments(conn)

    def get_meta(self, key: str) -> str | None:
        """A stored value (e.g. the time of the last sync)."""
        row = self._conn().execute("SELECT value FROM kb_meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Store a value."""
        conn = self._conn()
        with self._write_lock, conn:
            conn.execute("INSERT OR REPLACE INTO kb_meta VALUES (?,?)", (key, value))

    # -- reading ---------------------------------------------------------------------------------

    def count(self) -> int:
        """How many articles the index holds."""
        return int(self._conn().execute("SELECT count(*) FROM kb_article").fetchone()[0])

    def get(self, key: str) -> Article | None:
        """The article with its body, or None."""
        origin, _, article_id = key.partition("\x1f")
        row = self._conn().execute("SELECT * FROM kb_article WHERE origin=? AND article_id=?",
                                   (origin, article_id)).fetchone()
        return None if row is None else article_of(row, with_body=True)

    def categories(self) -> list[tuple[str, int]]:
        """Categories with their article counts (an article and its translations once), by
        name."""
        topics: dict[str, set[tuple[str, str]]] = {}
        for category, origin, article_id in self._conn().execute(
                "SELECT category, origin, article_id FROM kb_article WHERE category != ''"):
            topics.setdefault(category, set()).add(translation_of(origin, article_id))
        return [(category, len(topics[category])) for category in sorted(topics)]

    def in_category(self, category: str, language: str = "") -> list[tuple[str, Article]]:
        """(key, article without body) of a category, by title: each article once, in
        ``language`` when it is there in it (else in the first language by name)."""
        rows = self._conn().execute(
            "SELECT * FROM kb_article WHERE category=? ORDER BY language != ?, language",
            (category, language))
        chosen: dict[tuple[str, str], sqlite3.Row] = {}
        for row in rows:
            chosen.setdefault(translation_of(row["origin"], row["article_id"]), row)
        return [(article_key(r["origin"], r["article_id"]), article_of(r, with_body=False))
                for r in sorted(chosen.values(), key=lambda r: r["title"])]

    def search(self, query: str, limit: int = 5, language: str = "") -> list[Hit]:
        """The best ``limit`` articles for ``query`` (see :mod:`helpclient.core.kb.search`;
        ``language``: the interface's), those in the languages the user reads (the interface's,
        the query's) first. An article that is in the index twice under the same title (the
        starter articles also loaded into the helpdesk, a folder synced twice) is shown once,
        at its best rank."""
        found, plan = self.candidates(query, limit, language=language)
        readers = {language, written_in(query, plan.language)}
        rows = self.rows(found)
        # the articles in the languages the user reads first, each group best first
        ranked = sorted(found, key=lambda rowid: rows[rowid]["language"] not in readers)
        hits: list[Hit] = []
        titles: set[str] = set()
        for rowid in ranked:
            if len(hits) >= limit:
                break
            row = rows[rowid]
            title = row["title"].casefold()
            if title not in titles:
                titles.add(title)
                hits.append(self.hit(row, found[rowid], plan.terms))
        return hits

    def candidates(self, query: str, limit: int, *, rank_titles: bool = True,
                   language: str = "") -> tuple[dict[int, float], Plan]:
        """The rowids of the best matches for ``query`` (at least ``limit`` when that many
        match, and a few more) with their scores, best first (by bm25 alone without
        ``rank_titles``), and the query as searched (``language``: the interface's, for a
        query that does not show its own)."""
        return search_rowids(self._conn(), self.analyzer, query, limit,
                             vocabulary=self.vocabulary, rank_titles=rank_titles,
                             language=language)

    def row(self, rowid: int) -> sqlite3.Row:
        """The stored article of an existing rowid."""
        row: sqlite3.Row = self._conn().execute("SELECT * FROM kb_article WHERE rowid=?",
                                                (rowid,)).fetchone()
        return row

    def rows(self, rowids: Iterable[int]) -> dict[int, sqlite3.Row]:
        """The stored articles of these rowids (those that exist), in one query."""
        return {row["rowid"]: row for row in self._conn().execute(
            "SELECT * FROM kb_article WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(list(rowids)),))}

    def terms(self, row: sqlite3.Row) -> tuple[str, str]:
        """The stems of a stored row's title and of its summary and body, as indexed (each
        joined by spaces)."""
        return read_terms(row)

    def hit(self, row: sqlite3.Row, score: float, terms: Sequence[QueryTerm]) -> Hit:
        """A stored row as a search result, with its snippet for ``terms``."""
        article = article_of(row, with_body=False)
        text = plain_text(read_body(row), article.is_html)
        if article.summary and article.summary not in text:
            text = f"{article.summary} {text}"
        snippet = make_snippet(self.analyzer, text, terms, language=row["language"])
        return Hit(article_key(row["origin"], row["article_id"]), article, score, snippet)

    def articles(self) -> Iterator[tuple[str, Article]]:
        """Every (key, article without body), by title."""
        for row in self._conn().execute("SELECT * FROM kb_article ORDER BY title"):
            yield article_key(row["origin"], row["article_id"]), article_of(row, with_body=False)

