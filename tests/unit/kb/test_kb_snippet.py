"""Snippets: which words are highlighted, wherever they are in the text."""

from helpclient.core.kb.text import Analyzer, QueryTerm, make_snippet


def marked(text, *terms):
    return make_snippet(Analyzer(), text, list(terms), width=400).marked("[", "]")


def test_inflected_forms_of_the_query_words_are_highlighted():
    text = "The printer prints nothing. Printing a test page helps; reprint later."
    assert marked(text, QueryTerm("printing", "print")) == (
        "The printer [prints] nothing. [Printing] a test page helps; reprint later.")


def test_a_prefix_highlights_every_word_it_starts():
    text = "Пароль истёк: смените пароли и парольную фразу, а не паспорт."
    assert marked(text, QueryTerm("пар", "пар", prefix=True)) == (
        "[Пароль] истёк: смените [пароли] и [парольную] фразу, а не паспорт.")


def test_a_stem_whose_second_letter_differs_from_the_words_is_still_found():
    assert marked("Battery dying fast", QueryTerm("die", "die")) == "Battery [dying] fast"


def test_letters_whose_lower_case_is_longer_keep_the_highlights_in_place():
    text = "İstanbul office: the VPN drops, VPN again"  # "İ".lower() is two characters
    assert marked(text, QueryTerm("vpn", "vpn")) == "İstanbul office: the [VPN] drops, [VPN] again"


def test_yo_in_the_text_matches_ye_in_the_query():
    assert marked("Ещё раз", QueryTerm("еще", Analyzer().stem("еще"))) == "[Ещё] раз"


def test_a_word_typed_without_its_hyphen_highlights_the_hyphenated_word():
    text = "Wi-Fi drops; check the wi-fi switch and e-mail settings"
    assert marked(text, QueryTerm("wifi", "wifi"), QueryTerm("settings", "set")) == (
        "[Wi-Fi] drops; check the [wi-fi] switch and e-mail [settings]")


def test_a_snippet_is_cut_at_a_word_with_its_highlights_inside():
    snippet = make_snippet(Analyzer(), "Restart the printer, then print a test page again",
                           [QueryTerm("printer", "printer")], width=400)
    assert snippet.truncated(1000) is snippet
    short = snippet.truncated(24)
    assert short.text == "Restart the printer …" and len(short.text) <= 24
    assert short.marked("[", "]") == "Restart the [printer] …"
    assert len(snippet.truncated(3).text) <= 3
