"""The languages the knowledge base analyses: which Snowball stemmer each uses, the words that
carry no meaning in a query (stop words), and how the language of a text is told.

Russian is told by its script. The Latin-script languages (English, German, French, Spanish)
share an alphabet, so an article's language comes from its file name or its helpdesk, and a
query's from its stop words and letters: „Drucker druckt nicht“ is German, "la impresora no
imprime" Spanish. A query without such clues ("Outlook", "VPN Kyocera") is read in the
interface's language, or in the language whose stems the index knows best (see search).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: Each language the index stems, with its Snowball stemmer (PyStemmer's names).
STEMMERS = {"en": "english", "ru": "russian", "de": "german", "fr": "french", "es": "spanish"}
#: Languages written in Latin letters, English first (the default reading of a Latin word).
LATIN = ("en", "de", "fr", "es")
DEFAULT = "en"
#: The suggestions' thresholds were measured on articles in this many languages (English and
#: Russian, each article in both): a word's rarity is counted among the articles of that many
#: languages with most articles — among all five, a word of one language would look rarer the
#: more translations there are (see relevance.weigh).
TUNED_LANGUAGES = 2

#: Words that say nothing about a problem, per language. They are dropped from queries (they
#: stay in the index: cheap, and the schema need not change when a list does). A query drops the
#: stop words of every language, so words that mean something in another of the languages are
#: left out (German "bin" is the English recycle bin, Spanish "mal" says the thing works badly).
STOP_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in {
    "en": "a an and are as at be but by do does for from how i if in into is it its me my no "
          "not of on or so that the their then there these this to was what when where which "
          "who why will with you your about all also am any been can could had has have he her "
          "his our she should they them we were would each every few more most other some such "
          "only own same very just too again once here out over under up down off than because "
          "while after before",
    "ru": "и в во на не что как я с со а но по к у из за о об от до ли же бы мой моя мои это "
          "для при или то он она оно они его ее её их мы вы ты нас вас нам вам там тут так уже "
          "еще ещё все всё был была были быть есть нет только если когда чтобы также очень "
          "каждый каждые каждую несколько тоже просто снова опять потом затем где куда сейчас "
          "почему",
    "de": "der die das den dem des ein eine einen einem einer eines und oder aber nicht kein "
          "keine keinen ist sind war waren hat habe haben wird werden wurde kann "
          "können mein meine meinen meinem meiner ich du er sie es wir ihr mich mir uns sich "
          "mit auf für von zu zum zur im ins am an bei aus nach vor über unter wie was wo "
          "warum wenn dass auch noch schon nur sehr immer mehr dann jetzt da hier beim bitte",
    "fr": "le la les l un une des du de d et ou mais ne n pas plus ni je j tu il elle on nous "
          "vous ils elles me m te t se s lui leur mon ma mes ta tes sa ses notre nos votre "
          "vos ce c cet cette ces qui que qu quoi dont où est sont suis es été être ai as a ont "
          "avait fait dans par pour avec sans sur sous au aux en y comment pourquoi quand si "
          "très aussi encore déjà toujours rien",
    "es": "el la los las lo un una unos unas de del al y e o u pero no ni que qué como cómo "
          "cuando cuándo donde dónde por para con sin sobre en entre se me te le les nos mi "
          "mis tu tus su sus mío es son está están estoy ser ha he han hay era muy ya también "
          "todavía aún siempre nada algo este esta esto ese esa eso porque",
}.items()}
#: Every language's stop words: a query's words are dropped by these whatever its language.
ALL_STOP_WORDS = frozenset().union(*STOP_WORDS.values())

_CYRILLIC = re.compile(r"[а-яё]")
_LANGUAGE_PREFIX = re.compile(r"^((?:.*/)?)(?:" + "|".join(STEMMERS) + ")-")
# letters one Latin-script language writes and the others hardly do
_LETTERS = {"de": re.compile(r"[äöüß]"), "fr": re.compile(r"[çèêëîïôœùûà]"),
            "es": re.compile(r"[ñ¿¡áíóú]")}


def translation_of(origin: str, article_id: str) -> tuple[str, str]:
    """What an article is a version of: the same file name after a language prefix in the same
    folder ("de-vpn.md" and "en-vpn.md" are one article)."""
    return origin, _LANGUAGE_PREFIX.sub(r"\1", article_id)


def normalized(code: str) -> str:
    """A language code as the index keeps it: "de-DE", "de_AT" → "de"; "" unknown."""
    return re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0] if code else ""


def language_term(code: str) -> str:
    """The term every article of a language is indexed with, so a search can prefer the
    languages the user reads ("" for a code that is not letters). No word of a text becomes it:
    words do not start with a digit and go on with letters."""
    code = normalized(code)
    return f"0lang0{code}" if code.isascii() and code.isalpha() else ""


def stemmer_language(code: str) -> str:
    """The language whose stemmer reads Latin words of ``code`` (English for one the index
    has no stemmer for)."""
    code = normalized(code)
    return code if code in STEMMERS and code != "ru" else DEFAULT


def latin_clues(words: Sequence[str]) -> dict[str, int]:
    """How many stop words and letters of each Latin-script language the folded ``words``
    hold (only the languages with any)."""
    clues: dict[str, int] = {}
    for lang in LATIN:
        stops = STOP_WORDS[lang]
        count = sum(w in stops for w in words)
        letters = _LETTERS.get(lang)
        if letters is not None:
            count += sum(bool(letters.search(w)) for w in words)
        if count:
            clues[lang] = count
    return clues


def evident_language(words: Sequence[str], preferred: str = "") -> str:
    """The Latin-script language the folded ``words`` are evidently written in ("" when
    nothing tells): the one with most clues, ``preferred`` among equals."""
    clues = latin_clues(words)
    if not clues:
        return ""
    best = max(clues.values())
    leaders = [lang for lang, n in clues.items() if n == best]
    preferred = normalized(preferred)
    return preferred if preferred in leaders else leaders[0] if len(leaders) == 1 else ""


def text_language(words: Iterable[str]) -> str:
    """The language of a text's folded words: Russian by its script, else the Latin-script
    language with most clues (English when none)."""
    listed = list(words)
    cyrillic = sum(bool(_CYRILLIC.search(w)) for w in listed)
    if listed and cyrillic / len(listed) > 0.3:
        return "ru"
    return evident_language(listed) or DEFAULT
