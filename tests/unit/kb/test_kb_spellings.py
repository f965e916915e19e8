"""Russian spellings of Latin IT names."""

import Stemmer

from helpclient.core.kb.spellings import _ROOTS, latin_spellings
from helpclient.core.kb.text import Analyzer, QueryTerm, make_snippet


def test_inflected_russian_spellings_stand_for_the_latin_word():
    assert latin_spellings("впн") == ("vpn",)
    assert latin_spellings("вайфая") == ("wifi",)
    assert latin_spellings("экселе") == ("excel",)
    assert latin_spellings("принтер") == ()
    assert latin_spellings("виндсерфинг") == ()  # a longer word that only starts the same


def test_the_table_holds_the_stems_the_index_holds():
    english = Stemmer.Stemmer("english")
    latin = {"vpn": "vpn", "wifi": "wifi", "outlook": "outlook", "excel": "excel",
             "word": "word", "team": "teams", "zoom": "zoom", "skype": "skype",
             "chrome": "chrome", "window": "windows", "bluetooth": "bluetooth",
             "telegram": "telegram", "dropbox": "dropbox", "googl": "google",
             "iphon": "iphone", "android": "android", "pdf": "pdf", "usb": "usb",
             "hdmi": "hdmi", "youtub": "youtube"}
    assert set(_ROOTS.values()) <= set(latin)
    for stem, word in latin.items():
        assert english.stemWord(word) == stem


def test_the_latin_word_is_highlighted_for_its_russian_spelling():
    term = QueryTerm("впн", "впн", alternates=("vpn",))
    snippet = make_snippet(Analyzer(), "Подключите VPN снова", [term])
    assert snippet.marked("[", "]") == "Подключите [VPN] снова"
