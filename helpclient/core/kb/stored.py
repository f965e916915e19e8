"""How the knowledge-base index stores articles (see :mod:`helpclient.core.kb.index`): its tables,
each article's compressed text and stems, and the schema version (an index of an older schema is
migrated and rebuilt when it is opened).

* ``kb_article.terms`` is an article's stems as indexed, compressed; ``kb_article.body`` its
  UTF-8 text, compressed in the *same zlib stream* right after them (:func:`pack`). Judging a
  suggestion reads the stems alone instead of stemming the article again; showing the article
  reads both. Most words of the text start with a stem, so one stream costs no more room than
  the stems compressed against the text as a preset dictionary (schema 5), and one pass less.
"""

from __future__ import annotations

import sqlite3
import zlib
from datetime import datetime

from helpclient.core.models import Article

#: The analysis and storage version; an index of another version is migrated and rebuilt.
#: 6: stems and text in one zlib stream, FTS5 tables with the "ascii" tokenizer.
#: 7: Latin words stemmed in their article's language (German, French, Spanish), unaccented;
#: kb_fts holds each article's language term.
SCHEMA = 7
#: Indexes older than this stored each text as a zlib stream of its own (see read_body).
SHARED_STREAM_SCHEMA = 6
#: Pages of a new index file: 1-2 KB rows fill 8 KiB pages better than 4 KiB ones (at 50,000
#: articles 104 instead of 113 MiB), and FTS5 reads its posting lists as fast.
PAGE_SIZE = 8192
#: The FTS5 tables of the index.
FTS_TABLES = ("kb_fts", "kb_title")

DDL = """
CREATE TABLE IF NOT EXISTS kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kb_article (
    rowid INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,          -- where it came from: "folder:/path", "backend:<url>"
    article_id TEXT NOT NULL,      -- the id within the origin
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body BLOB NOT NULL,            -- UTF-8, the terms' zlib stream continued (see pack)
    is_html INTEGER NOT NULL,
    source TEXT NOT NULL,
    language TEXT NOT NULL,
    category TEXT NOT NULL,
    url TEXT NOT NULL,
    updated TEXT,
    fingerprint TEXT NOT NULL,
    terms BLOB,                    -- its stems as indexed, zlib-compressed
    UNIQUE (origin, article_id)
);
-- articles per language (writes.count_languages) without reading the rows (their texts)
CREATE INDEX IF NOT EXISTS kb_article_language ON kb_article(language);
-- stems of title and body (with the summary); contentless: the text lives in kb_article.
-- "ascii" splits on ASCII punctuation and spaces only: the analyzer has made the tokens already
-- (stems of letters and digits, joined by spaces), and it is cheaper than "unicode61".
-- lang: the article's language term (languages.language_term), weighing nothing in bm25, so a
-- search can prefer the languages the user reads
CREATE VIRTUAL TABLE IF NOT EXISTS kb_fts USING fts5(
    title, body, lang, content='', tokenize='ascii');
-- stems of titles alone: frequent words are looked up here first (short posting lists)
CREATE VIRTUAL TABLE IF NOT EXISTS kb_title USING fts5(title, content='', tokenize='ascii');
-- every stem with the number of articles holding it: prefix expansion and typo correction
CREATE TABLE IF NOT EXISTS kb_term (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
-- FTS5's own per-term document counts: kb_term is recounted from it after a bulk load
CREATE VIRTUAL TABLE IF NOT EXISTS kb_vocab USING fts5vocab(kb_fts, 'row');
-- titles holding each stem: how rare a query word is among titles (see search)
CREATE VIRTUAL TABLE IF NOT EXISTS kb_title_vocab USING fts5vocab(kb_title, 'row');
"""


def create(conn: sqlite3.Connection) -> int:
    """Create the tables that are missing; the schema version the index was written with."""
    with conn:
        conn.executescript(DDL)
        conn.execute("INSERT OR IGNORE INTO kb_meta VALUES ('schema', ?)", (str(SCHEMA),))
    return int(conn.execute("SELECT value FROM kb_meta WHERE key='schema'").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Bring an index of an older schema to this one's tables; its rows are rewritten by a
    rebuild (see :func:`read_body` with ``legacy``). The FTS5 tables are made again: their
    tokenizer may have changed."""
    with conn:
        for table in ("kb_vocab", "kb_title_vocab", *FTS_TABLES):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.executescript(DDL)
        columns = {r[1] for r in conn.execute("PRAGMA table_info(kb_article)")}
        if "terms" not in columns:  # schema 4 and older
            conn.execute("ALTER TABLE kb_article ADD COLUMN terms BLOB")


def pack(source: bytes, title_terms: str, body_terms: str) -> tuple[bytes, bytes]:
    """(terms, body) as stored for an article's UTF-8 text and its title's and body's stems
    (each joined by spaces)."""
    deflate = zlib.compressobj(1)
    terms = deflate.compress(f"{title_terms}\n{body_terms}".encode())
    return terms + deflate.flush(zlib.Z_SYNC_FLUSH), deflate.compress(source) + deflate.flush()


def read_terms(row: sqlite3.Row) -> tuple[str, str]:
    """The title and body stems of a stored article (each joined by spaces)."""
    stems = zlib.decompressobj().decompress(row["terms"])
    title, _, body = stems.decode().partition("\n")
    return title, body


def read_body(row: sqlite3.Row, *, legacy: bool = False) -> str:
    """The text of a stored article (``legacy``: as schema 5 and older stored it, a zlib
    stream of its own)."""
    if legacy:
        return zlib.decompress(row["body"]).decode()
    inflate = zlib.decompressobj()
    inflate.decompress(row["terms"])  # the text refers back to the stems
    return inflate.decompress(row["body"]).decode()


def article_key(origin: str, article_id: str) -> str:
    """The index-wide key of an article."""
    return f"{origin}\x1f{article_id}"


def article_of(row: sqlite3.Row, *, with_body: bool) -> Article:
    """The article of a stored row (its body left empty unless ``with_body``)."""
    return Article(
        id=row["article_id"], title=row["title"],
        body=read_body(row) if with_body else "",
        is_html=bool(row["is_html"]), summary=row["summary"], source=row["source"],
        language=row["language"], category=row["category"], url=row["url"],
        updated=datetime.fromisoformat(row["updated"]) if row["updated"] else None)
