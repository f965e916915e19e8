"""The wizard's suggestions at 50,000 articles (issue 12): each article's stems are stored with
it when it is indexed, so judging a candidate reads them instead of stemming it again, and a
frequent word is searched without its synonyms."""

import sqlite3

from helpclient.core.kb.index import KnowledgeIndex
from helpclient.core.kb.search import STOP_WORDS, search_rowids
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

    def terms(self, text):
        self.texts.append(text)
        return super().terms(text)


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


def test_an_index_of_the_previous_schema_gets_its_stems_and_still_suggests(tmp_path):
    path = tmp_path / "kb.sqlite"
    index = make_index(path)
    index.upsert("t", ARTICLES)
    index.close()
    # as schema 4 left it: no stored stems
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE kb_article DROP COLUMN terms")
        conn.execute("UPDATE kb_meta SET value='4' WHERE key='schema'")
    conn.close()
    index = make_index(path)
    assert all(index.row(rowid)["terms"] for rowid in (1, 2))
    hits = suggest(index, "printer spooler", SuggestContext(Field.SUMMARY, "en"))
    assert [h.article.id for h in hits] == ["p"]


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
