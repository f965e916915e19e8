"""The analyzer's terms are the stems of every word of a text, in order: it looks whitespace-
separated pieces up in a cache instead of finding each word anew (issue 12: the 50,000-article
build), and must not change what is indexed."""

from helpclient.core.kb.text import Analyzer

TEXTS = [
    "(Settings → Printers), «Принтер» не печатает; don't use word_two 3.5 — Wi-Fi!",
    "Новый\u00a0текст\tи\nещё: printers), (Settings again…",
    "",
    "   ",
    "İstanbul ŞEHİR ß",
]


def expected_terms(analyzer, text):
    terms = [analyzer.stem(w) for w in analyzer.words(text)]
    return [*terms, "wifi"] if "Wi-Fi" in text else terms  # a hyphenated word joined too


def test_terms_are_the_stems_of_every_word_in_order_whatever_the_punctuation():
    analyzer = Analyzer()
    for text in TEXTS:
        assert analyzer.terms(text) == expected_terms(analyzer, text), text
        # again, from the pieces it learnt
        assert analyzer.terms(text) == expected_terms(analyzer, text), text


def test_a_piece_seen_in_one_text_is_stemmed_the_same_in_another():
    analyzer = Analyzer()
    first = analyzer.terms("the printers), then")
    assert analyzer.terms("printers), the") == [first[1], first[0]]


def test_terms_are_the_same_once_the_cache_is_full(monkeypatch):
    monkeypatch.setattr("helpclient.core.kb.text._CACHE_LIMIT", 3)
    analyzer = Analyzer()
    for text in TEXTS:
        assert analyzer.terms(text) == expected_terms(Analyzer(), text), text
