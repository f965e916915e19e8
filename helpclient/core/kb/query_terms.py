"""What indexed stems a query word stands for (the search plan's first step, see
:mod:`helpclient.core.kb.search`): a word the index does not know corrected to the most common
stem one typo away, in the languages the user reads; the word being typed expanded to the few
most common stems it starts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import replace

from helpclient.core.kb.languages import ALL_STOP_WORDS, language_term
from helpclient.core.kb.languages import STOP_WORDS as LANGUAGE_STOP_WORDS
from helpclient.core.kb.text import Analyzer, QueryTerm, alphabet_of, edits1

#: How many indexed stems a prefix stands for at most.
PREFIX_EXPANSIONS = 6
#: The word being typed is corrected as a whole word from this length on, when nothing indexed
#: starts like it (shorter ones are too likely to be something else: «стул» is not «стал»).
MIN_TYPO_PREFIX = 5
#: Typo corrections looked at (the most common), for the one most common in the languages the
#: user reads.
CORRECTIONS = 5
_ANALYZER = Analyzer()
#: The stems of the stop words too: a prefix is expanded to indexed *stems*, and «или» is indexed
#: as "ил", «если» as "есл" — as common as the words themselves.
STOP_STEMS = ALL_STOP_WORDS.union(*(
    {_ANALYZER.stem(w, lang) for w in words} for lang, words in LANGUAGE_STOP_WORDS.items()))


class TermCounts:
    """How many articles hold each stem (``kb_term``), each looked up once per query: planning
    asks about the same stems several times."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._docs: dict[str, int] = {}

    def of(self, stems: Sequence[str]) -> int:
        """An upper bound of the articles holding any of ``stems`` (a phrase: its rarest
        word)."""
        missing = list({w for s in stems for w in s.split()}.difference(self._docs))
        if missing:
            marks = ",".join("?" * len(missing))
            found = dict(self.conn.execute(
                f"SELECT term, docs FROM kb_term WHERE term IN ({marks})",  # noqa: S608
                missing).fetchall())
            self._docs.update((w, int(found.get(w, 0))) for w in missing)
        return sum(min(self._docs[w] for w in s.split()) for s in stems)

    def starting(self, prefix: str, limit: int) -> list[str]:
        """The ``limit`` most common indexed stems starting with ``prefix``."""
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self.conn.execute("SELECT term, docs FROM kb_term WHERE term >= ? AND term < ? "
                                 "ORDER BY docs DESC LIMIT ?", (prefix, upper, limit)).fetchall()
        self._docs.update(rows)
        return [term for term, _docs in rows]


def markers_of(readers: set[str]) -> list[str]:
    """The index's language marker terms of the languages ``readers`` (those known)."""
    return sorted({m for m in map(language_term, readers) if m})


def corrected(counts: TermCounts, term: QueryTerm, analyzer: Analyzer,
               language: str, readers: set[str]) -> QueryTerm:
    """The term, or for a whole word the index does not know, the most common indexed stem one
    edit away, or the stem of a word one edit away from the word typed (if there is one):
    "imprme" is one letter from "imprime" but two from its stem "imprim". The word being typed
    is corrected only when no indexed stem starts like it ("la impresora no imprme"), and only
    to a stem of the languages the user reads (``readers``): "read" is not Spanish "red"."""
    if len(term.stem) < 4 or term.alternates or counts.of([term.stem]):
        return term
    if term.prefix:
        if len(term.word) < MIN_TYPO_PREFIX or any(counts.starting(p, 1) for p in term.prefixes):
            return term
        term = replace(term, prefix=False)
    near = edits1(term.stem, alphabet_of(term.stem))
    non_latin = {"ru"} if alphabet_of(term.word) != alphabet_of("a") else set()
    markers = markers_of(readers | non_latin)
    found = _most_common(counts, near, markers) or _most_common(counts, analyzer.stems_of(
        edits1(term.word, alphabet_of(term.word)), language).difference(near), markers)
    return term if found is None else replace(term, stem=found)


def _most_common(counts: TermCounts, stems: set[str], markers: Sequence[str]) -> str | None:
    """The one of ``stems`` most articles hold — most articles in a language of ``markers``,
    among the few most common (any language without markers); None: none."""
    if not stems:
        return None
    candidates = sorted(stems)
    marks = ",".join("?" * len(candidates))
    rows = counts.conn.execute(f"SELECT term FROM kb_term WHERE term IN ({marks}) "  # noqa: S608
                               "ORDER BY docs DESC LIMIT ?", [*candidates, CORRECTIONS])
    common = [str(stem) for (stem,) in rows.fetchall()]
    if not markers or not common:
        return common[0] if common else None
    either = " OR ".join(f'"{m}"' for m in markers)
    readable = {stem: int(counts.conn.execute(
        "SELECT count(*) FROM kb_fts WHERE kb_fts MATCH ?",
        (f'"{stem}" AND ({either})',)).fetchone()[0]) for stem in common}
    best = max(common, key=lambda stem: readable[stem])  # the more common among equals
    return best if readable[best] else None


def term_stems(counts: TermCounts, term: QueryTerm) -> tuple[list[str], list[str]]:
    """The indexed stems a term stands for: its own, and its alternates' (not among its own);
    both empty when the index has none. An alternate may be a phrase ("sign in": stems with
    spaces)."""
    mine = _own_stems(counts, term)
    return mine, [a for a in term.alternates if a not in mine and counts.of([a])]


def _own_stems(counts: TermCounts, term: QueryTerm) -> list[str]:
    if not term.prefix:
        return [term.stem] if counts.of([term.stem]) else []
    stems: list[str] = []
    for prefix in term.prefixes:  # the longer (more specific) prefix fills the list first
        for stem in counts.starting(prefix, 2 * PREFIX_EXPANSIONS):
            # "th" is not worth "the": stop words would match nearly every article
            if stem not in stems and stem not in STOP_STEMS and len(stems) < PREFIX_EXPANSIONS:
                stems.append(stem)
    # the whole word typed so far is the likeliest meaning: keep it if the index has it
    if stems and term.stem not in stems and term.stem not in STOP_STEMS \
            and counts.of([term.stem]):
        stems[-1] = term.stem
    return stems
