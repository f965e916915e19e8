"""Text analysis for the knowledge base: the same normalising and stemming at index and query
time, plain text from Markdown/HTML, and snippets with the matched words highlighted.

Words are lower-cased, «ё» folds to «е», and each word is stemmed with the Snowball stemmer of
its language (Cyrillic → Russian; Latin letters → the text's language, English by default; see
:mod:`.languages`), so «не печатает принтер» meets «Принтер не печатает документы», "printing"
meets "printer prints" and „Drucker druckt nicht“ meets „Der Drucker druckt keine Dokumente“.
Accents are taken off the stems ("réseau" → "reseau", "contraseña" → "contrasena"): many users
type without them. Stems are cached: a knowledge base has a small vocabulary, and a dictionary
lookup is ten times cheaper than stemming again.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

import nh3
import Stemmer  # PyStemmer ships no type hints (ignored in pyproject)

from helpclient.core.kb.languages import LATIN, STEMMERS, stemmer_language

# letters and digits; an apostrophe or hyphen inside a word does not split it for stemming
# purposes in English ("don't"), but FTS5 sees only what we hand it, so we split on them.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-я]")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_BLOCK = re.compile(r"^\s*(?:[-+]|\d+\.|#+|>)\s+", re.M)
_MD_INLINE = re.compile(r"[*_`|~]+")
# hyphenated words are also indexed joined ("Wi-Fi" → "wifi"), so users may type either
_COMPOUND = re.compile(r"[^\W_]+(?:-[^\W_]+)+", re.UNICODE)

#: Minimum length of a prefix searched as a prefix; shorter last words match whole words only.
MIN_PREFIX = 2
_CACHE_LIMIT = 500_000


def fold(text: str) -> str:
    """Lower-case and fold «ё» to «е» (Russian writes both for the same letter)."""
    return text.lower().replace("ё", "е")


def _unaccented() -> dict[int, str]:
    # each accented Latin letter → its base letter, one character for one, so that text and its
    # unaccented copy line up (ß, æ, œ, ø have no base letter and stay)
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii() and base.isalpha():
            table[code] = base
    return table


_UNACCENT = _unaccented()


def unaccent(text: str) -> str:
    """``text`` with accents taken off its Latin letters ("é" → "e"), as long as it was."""
    return text.translate(_UNACCENT)


class _Latin:
    """One Latin-script language's stemmer with its caches."""

    def __init__(self, language: str) -> None:
        self.stemmer = Stemmer.Stemmer(STEMMERS[language])
        self.cache: dict[str, str] = {}
        #: the stems of each whitespace-separated piece of text seen ("(settings," → settings)
        self.pieces: dict[str, tuple[str, ...]] = {}


class Analyzer:
    """Turns text into index terms. One per index (it caches stems); not thread-safe for writes
    to the cache from several threads at once, which CPython's dict tolerates.

    ``language`` (an index language code, "" English) says how Latin words are stemmed;
    Cyrillic words are always Russian."""

    def __init__(self) -> None:
        self._ru = Stemmer.Stemmer("russian")
        self._latin = {lang: _Latin(lang) for lang in LATIN}
        # Russian text's Latin words ("VPN", "Outlook") are English
        self._latin[""] = self._latin["ru"] = self._latin[stemmer_language("")]

    def _of(self, language: str) -> _Latin:
        latin = self._latin.get(language)
        return latin if latin is not None else self._latin[stemmer_language(language)]

    def stem(self, word: str, language: str = "") -> str:
        """The stem of one folded word in ``language``."""
        latin = self._of(language)
        stem = latin.cache.get(word)
        if stem is None:
            stemmer = self._ru if _CYRILLIC.search(word) else latin.stemmer
            stem = stemmer.stemWord(word).translate(_UNACCENT)
            if len(latin.cache) < _CACHE_LIMIT:
                latin.cache[word] = stem
        return stem

    def stems_of(self, words: Iterable[str], language: str = "") -> set[str]:
        """The stems of many folded words of one script, not cached (typo candidates, most of
        them no word at all)."""
        listed = list(words)
        if not listed:
            return set()
        stemmer = self._ru if _CYRILLIC.search(listed[0]) else self._of(language).stemmer
        return {stem.translate(_UNACCENT) for stem in stemmer.stemWords(listed)}

    def words(self, text: str) -> list[str]:
        """The folded words of ``text``, in order."""
        return _WORD.findall(fold(text))

    def terms(self, text: str, language: str = "") -> list[str]:
        """The stems of ``text`` in ``language``, in order (joined by spaces, what goes into
        the FTS5 index).

        The text is cut at whitespace (which no word holds) and each piece looked up once:
        str.split and a dictionary take half the time of finding every word with a regular
        expression, which pieces not seen before still get."""
        folded = fold(text)
        pieces = folded.split()
        latin = self._of(language)
        known = latin.pieces
        try:
            out = list(chain.from_iterable(map(known.__getitem__, pieces)))
        except KeyError:  # analyse the new pieces in one batch, then look them up again
            lang = language if language in self._latin else stemmer_language(language)
            for piece in set(pieces).difference(known):
                if len(known) >= _CACHE_LIMIT:  # full: word by word
                    return self._terms_of(folded, lang)
                known[piece] = tuple(self.stem(w, lang) for w in _WORD.findall(piece))
            out = list(chain.from_iterable(map(known.__getitem__, pieces)))
        if "-" in folded:
            out += self._compounds(folded, language)
        return out

    def _terms_of(self, folded: str, language: str) -> list[str]:
        return [*(self.stem(w, language) for w in _WORD.findall(folded)),
                *self._compounds(folded, language)]

    def _compounds(self, folded: str, language: str) -> list[str]:
        # hyphenated words are indexed joined too ("Wi-Fi" → "wifi"), after the text's words
        return [self.stem(c.replace("-", ""), language) for c in _COMPOUND.findall(folded)]


def markdown_to_text(markdown: str) -> str:
    """Readable plain text of a Markdown article (link text kept, markup dropped)."""
    text = _MD_LINK.sub(r"\1", markdown) if "](" in markdown else markdown
    return _MD_INLINE.sub("", _MD_BLOCK.sub(" ", text))


def html_to_text(markup: str) -> str:
    """Readable plain text of an HTML article (scripts and styles dropped with their content)."""
    # a space before every tag keeps "<h1>Title</h1><p>Text" from becoming "TitleText"
    stripped = nh3.clean(markup.replace("<", " <"), tags=set(),
                         clean_content_tags={"script", "style"})
    return html.unescape(stripped)


def plain_text(body: str, is_html: bool) -> str:
    """The body as plain text with whitespace collapsed."""
    text = html_to_text(body) if is_html else markdown_to_text(body)
    # what re.sub(r"\s+", " ", text).strip() gives (the same whitespace), in a third of the time
    return " ".join(text.split())


@dataclass(frozen=True)
class Snippet:
    """A short excerpt with the ranges of the words that matched the query."""

    text: str
    highlights: tuple[tuple[int, int], ...] = ()

    def truncated(self, length: int) -> Snippet:
        """The excerpt cut to at most ``length`` characters at a word boundary, with " …"
        after it (highlights beyond the cut dropped)."""
        if len(self.text) <= length:
            return self
        cut = self.text[:max(length - 2, 0)]
        space = cut.rfind(" ")
        cut = (cut[:space] if space > 0 else cut).rstrip(" ,;:.…")
        return Snippet(f"{cut} …" if cut else "…",
                       tuple((s, e) for s, e in self.highlights if e <= len(cut)))

    def html(self, open_tag: str = "<b>", close_tag: str = "</b>") -> str:
        """The excerpt as HTML-escaped text with the matches wrapped in tags."""
        return self.marked(open_tag, close_tag, escape=html.escape)

    def marked(self, open_mark: str, close_mark: str,
               escape: Callable[[str], str] = str) -> str:
        """The excerpt with each match between ``open_mark`` and ``close_mark``."""
        esc = escape
        parts: list[str] = []
        pos = 0
        for start, end in self.highlights:
            parts += [esc(self.text[pos:start]), open_mark, esc(self.text[start:end]), close_mark]
            pos = end
        parts.append(esc(self.text[pos:]))
        return "".join(parts)


@dataclass(frozen=True)
class QueryTerm:
    """One word of a query: its stem, and whether it may match as a prefix (the word being
    typed)."""

    word: str
    stem: str
    prefix: bool = False
    #: other stems the word stands for (the Latin word a Russian spelling means)
    alternates: tuple[str, ...] = ()

    @property
    def prefixes(self) -> tuple[str, ...]:
        """What an indexed stem may start with to match this prefix term: the stem, and for a
        longer word the word less its last letter ("printi" is on its way to "print…", whose
        stem is shorter than the word typed so far). Longest first: the more specific."""
        if len(self.word) > 4 and self.word[:-1] != self.stem:
            return tuple(sorted({self.stem, self.word[:-1]}, key=len, reverse=True))
        return (self.stem,)

    def matches(self, stem: str) -> bool:
        """Whether an indexed stem matches this term."""
        if stem in self.alternates:
            return True
        if self.prefix:
            return stem.startswith(self.prefixes)
        return stem == self.stem


def make_snippet(analyzer: Analyzer, text: str, terms: Sequence[QueryTerm],
                 width: int = 160, language: str = "") -> Snippet:
    """The ``width``-character window of ``text`` (in ``language``) holding the most distinct
    matched terms, cut at word boundaries, with the matches' ranges."""
    spans = _matched_spans(analyzer, text, terms, language)
    if not spans:
        cut = text[:width]
        if len(text) > width:
            cut = cut.rsplit(" ", 1)[0] + " …"
        return Snippet(cut)
    best_start, best_score = 0, -1
    for i, (start, _end, _t) in enumerate(spans):
        window = {t for s, e, t in spans[i:] if e <= start + width}
        if len(window) > best_score:
            best_start, best_score = start, len(window)
    begin = max(0, best_start - width // 4)
    if begin > 0:
        space = text.rfind(" ", 0, begin)
        begin = space + 1 if space >= 0 else 0
    end = min(len(text), begin + width)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - begin
    highlights = tuple((s + shift, e + shift) for s, e, _t in spans if s >= begin and e <= end)
    return Snippet(prefix + text[begin:end] + suffix, highlights)


def _matched_spans(analyzer: Analyzer, text: str, terms: Sequence[QueryTerm],
                   language: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of every word of ``text`` that matches one of ``terms``."""
    exact = {t.stem for t in terms if not t.prefix}.union(a for t in terms for a in t.alternates)
    prefixes = tuple(p for t in terms if t.prefix for p in t.prefixes)

    def matching(stem: str) -> bool:
        return stem in exact or bool(prefixes and stem.startswith(prefixes))

    folded = fold(text)
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): word by word
        return [(m.start(), m.end(), stem) for m in _WORD.finditer(text)
                if matching(stem := analyzer.stem(fold(m.group()), language))]
    # A Snowball stem starts with its word's first letter ("dying" → "die" changes the
    # second; accents come off both), so only words starting like a term are stemmed: a
    # regular expression finds those in the unaccented text, not a Python loop over every word
    starts = {stem[:1] for stem in exact}.union(p[:1] for p in prefixes)
    candidates = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, sorted(starts)))
                            + r")[^\W_]*")
    spans = [(m.start(), m.end(), stem) for m in candidates.finditer(unaccent(folded))
             if matching(stem := analyzer.stem(folded[m.start():m.end()], language))]
    if "-" in folded:  # "Wi-Fi" is indexed as "wifi" too (see Analyzer.terms)
        covered = {start for start, _end, _stem in spans}
        spans += [(m.start(), m.end(), stem) for m in _COMPOUND.finditer(folded)
                  if m.start() not in covered
                  and matching(stem := analyzer.stem(m.group().replace("-", ""), language))]
        spans.sort()
    return spans


def edits1(word: str, alphabet: Iterable[str]) -> set[str]:
    """Every string one edit (delete, swap, replace, insert) away from ``word``."""
    letters = "".join(sorted(set(alphabet)))
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in letters}
    inserts = {a + c + b for a, b in splits for c in letters}
    return deletes | swaps | replaces | inserts


def alphabet_of(word: str) -> str:
    """The letters a typo in ``word`` could involve (its script's alphabet)."""
    if _CYRILLIC.search(word):
        return "абвгдежзийклмнопрстуфхцчшщъыьэюя"
    return "abcdefghijklmnopqrstuvwxyz"
