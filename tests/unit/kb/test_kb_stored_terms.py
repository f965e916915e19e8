"""The wizard's suggestions at 50,000 articles (issue 12): each article's stems are stored with
it when it is indexed, so judging a candidate reads them instead of stemming it again, and a
frequent word is searched without its synonyms."""

import sqlite3
import zlib

import pytest

from helpclient.core.kb.index import KnowledgeIndex
from helpclient.core.kb.search import STOP_WORDS, search_rowids
from helpclient.core.kb.stored import PAGE_SIZE, SCHEMA, article_key
from helpclient.core.kb.suggest import Field, SuggestContext, suggest
from helpclient.core.kb.text import Analyzer
from helpclient.core.kb.vocabulary import Vocabulary, read_frequencies, read_synonyms
from helpclient.core.models import Article
from helpclient.resources_path import resource_file

VOCABULARY = resource_file("vocabulary")
BODY = ("Open **Settings → Printers**, remove the printer and add it again. "
        "If the printer still does not print, restart the print spooler.")
ARTICLES = [
    Article("p", "The printer does not print", body=BODY, language="en"),
    Article("w", "Wi-Fi is not working", body="Forget the network and join it again.",
            language="en"),
]


def make_index(path, analyzer=None):
    index = KnowledgeIndex(path, analyzer)
    index.vocabulary = Vocabulary(read_frequencies(VOCABULARY))
    index.vocabulary.add_synonyms(read_synonyms(VOCABULARY / "synonyms.toml"), index.analyzer,
                                  STOP_WORDS)
    return index


class CountingAnalyzer(Analyzer):
    """Records the texts it is asked to stem as a whole."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def terms(self, text, language=""):
        self.texts.append(text)
        return super().terms(text, language)


def test_the_stored_stems_are_the_indexed_ones(tmp_path):
    index = make_index(tmp_path / "kb.sqlite")
    index.upsert("t", ARTICLES)
    analyzer = Analyzer()
    for rowid in (1, 2):
        row = index.row(rowid)
        article = ARTICLES[rowid - 1]
        assert index.terms(row) == (" ".join(analyzer.terms(article.title)),
                                    " ".join(analyzer.terms(f"\n{article.body}")))
    assert "wifi" in index.terms(index.row(2))[0].split()  # the joined compound too


def test_judging_the_suggestions_does_not_stem_the_articles_again(tmp_path):
    analyzer = CountingAnalyzer()
    index = make_index(tmp_path / "kb.sqlite", analyzer)
    index.upsert("t", ARTICLES)
    analyzer.texts.clear()
    hits = suggest(index, "printer spooler", SuggestContext(Field.SUMMARY, "en"))
    assert [h.article.id for h in hits] == ["p"]
    assert not [t for t in analyzer.texts if "spooler" in t and "Settings" in t]


def write_old_index(path, schema):
    """An index as schema 4 (no stored stems) or 5 (stems in their own stream) left it: bodies
    in zlib streams of their own, FTS5 tables with the "unicode61" tokenizer."""
    conn = sqlite3.connect(path)
    terms_column = ", terms BLOB" if schema >= 5 else ""
    with conn:
        conn.executescript(f"""
            CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
            CREATE TABLE kb_article (rowid INTEGER PRIMARY KEY, origin TEXT NOT NULL,
                article_id TEXT NOT NULL, title TEXT NOT NULL, summary TEXT NOT NULL,
                body BLOB NOT NULL, is_html INTEGER NOT NULL, source TEXT NOT NULL,
                language TEXT NOT NULL, category TEXT NOT NULL, url TEXT NOT NULL,
                updated TEXT, fingerprint TEXT NOT NULL{terms_column},
                UNIQUE (origin, article_id));
            CREATE VIRTUAL TABLE kb_fts USING fts5(title, body, content='',
                tokenize='unicode61 remove_diacritics 0');
            CREATE VIRTUAL TABLE kb_title USING fts5(title, content='',
                tokenize='unicode61 remove_diacritics 0');
            CREATE TABLE kb_term (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID;
            CREATE VIRTUAL TABLE kb_vocab USING fts5vocab(kb_fts, 'row');
            CREATE VIRTUAL TABLE kb_title_vocab USING fts5vocab(kb_title, 'row');
        """)
        conn.execute("INSERT INTO kb_meta VALUES ('schema', ?)", (str(schema),))
        for rowid, article in enumerate(ARTICLES, 1):
            body = zlib.compress(article.body.encode())
            values = [rowid, "t", article.id, article.title, "", body, 0, "", "en", "", "", None,
                      "old"] + ([b"old stems"] if schema >= 5 else [])
            conn.execute(f"INSERT INTO kb_article VALUES ({','.join('?' * len(values))})", values)
    conn.close()


@pytest.mark.parametrize("schema", [4, 5])
def test_an_index_of_an_older_schema_is_rewritten_and_still_suggests(tmp_path, schema):
    path = tmp_path / "kb.sqlite"
    write_old_index(path, schema)
    index = make_index(path)
    analyzer = Analyzer()
    for rowid, article in enumerate(ARTICLES, 1):
        row = index.row(rowid)
        assert index.get(article_key("t", article.id)).body == article.body
        assert index.terms(row) == (" ".join(analyzer.terms(article.title)),
                                    " ".join(analyzer.terms(f"\n{article.body}")))
    tables = dict(index._conn().execute("SELECT name, sql FROM sqlite_schema"))
    assert "'ascii'" in tables["kb_fts"] and "'ascii'" in tables["kb_title"]
    hits = suggest(index, "printer spooler", SuggestContext(Field.SUMMARY, "en"))
    assert [h.article.id for h in hits] == ["p"]
    assert index.get_meta("schema") == str(SCHEMA)
    index.close()
    index = make_index(path)  # opened again: nothing left to migrate
    assert [h.article.id for h in index.search("spooler", 5)] == ["p"]


def test_an_updated_article_is_judged_by_its_new_stems(tmp_path):
    index = make_index(tmp_path / "kb.sqlite")
    index.upsert("t", ARTICLES)
    changed = Article("w", "Wi-Fi is not working", body="Restart the wireless router.",
                      language="en")
    index.upsert("t", [changed])
    hits = suggest(index, "wireless router", SuggestContext(Field.SUMMARY, "en"))
    assert [h.article.id for h in hits] == ["w"]


def test_a_frequent_word_is_searched_without_its_synonyms(tmp_path):
    # thousands of articles holding the word itself are candidates enough; ranking every
    # article of each synonym too made a large knowledge base's suggestions slower
    index = make_index(tmp_path / "kb.sqlite")
    index.upsert("t", [*(Article(f"en{i}", f"Printer {i}", body="The printer.", language="en")
                         for i in range(3)),
                       Article("ru", "Принтер", body="Принтер не печатает.", language="ru")])
    conn, vocabulary = index._conn(), index.vocabulary
    _found, plan = search_rowids(conn, index.analyzer, "printer ", 5, frequent_docs=10,
                                 vocabulary=vocabulary)
    assert set(plan.groups[0]) == {"printer", "принтер"}
    found, plan = search_rowids(conn, index.analyzer, "printer ", 5, frequent_docs=2,
                                vocabulary=vocabulary)
    assert plan.groups[0] == ("printer",)
    assert len(found) == 3
    # a rare word keeps its synonyms: they may be all the articles there are
    _found, plan = search_rowids(conn, index.analyzer, "принтер ", 5, frequent_docs=2,
                                 vocabulary=vocabulary)
    assert set(plan.groups[0]) == {"printer", "принтер"}


def test_the_suggestions_rank_their_candidates_once(tmp_path, monkeypatch):
    # the rules rank the candidates; bm25 re-ranked with title rarity first was wasted work
    index = make_index(tmp_path / "kb.sqlite")
    index.upsert("t", ARTICLES)

    def ranked_twice(*args):
        raise AssertionError("ranked with titles")

    monkeypatch.setattr("helpclient.core.kb.search._ranked_with_titles", ranked_twice)
    hits = suggest(index, "printer spooler", SuggestContext(Field.SUMMARY, "en"))
    assert [h.article.id for h in hits] == ["p"]


def test_a_new_index_file_has_larger_pages_and_an_older_one_keeps_its_own(tmp_path):
    # 1-2 KB articles fill 8 KiB pages better (at 50,000 articles 104 MiB instead of 113)
    index = make_index(tmp_path / "new.sqlite")
    assert index._conn().execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 8192
    path = tmp_path / "old.sqlite"
    write_old_index(path, 5)  # 4 KiB pages, in WAL mode the size cannot change
    sqlite3.connect(path).execute("PRAGMA journal_mode=WAL").fetchone()
    index = make_index(path)
    assert index._conn().execute("PRAGMA page_size").fetchone()[0] == 4096
    assert [h.article.id for h in index.search("spooler", 5)] == ["p"]


def test_each_article_reads_back_whole_from_its_stems_stream(tmp_path):
    # the text is stored after the stems, in their zlib stream
    index = make_index(tmp_path / "kb.sqlite")
    articles = [Article(f"a{i}", f"Article {i}", body=f"Text number {i}. " * (i + 1) + BODY)
                for i in range(30)]
    index.upsert("t", articles)
    for article in reversed(articles):
        assert index.get(article_key("t", article.id)).body == article.body
