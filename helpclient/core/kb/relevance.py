"""Which of the index's candidates are worth suggesting, judged by the query's informative words.

bm25 over a small knowledge base ranks well but says nothing about whether the best match is any
good: an article that shares only "minutes" with "VPN disconnects every few minutes" still
scores. So each query word gets a weight — how rare it is among the articles (IDF) times how
specific it is in the language as a whole (a word everybody uses, like "work" or «работает»,
weighs little however rare it is in a small knowledge base) — and a suggestion must

* cover enough of the query's weight (words the knowledge base does not know at all count too,
  a little less: "coffee machine is broken" is about a coffee machine, whatever else matches),
* match at least one specific word (several common words never add up to a suggestion),
* and score not far below the best candidate (fewer suggestions rather than weak ones).

A word in an article's title counts more: it says what the article is about.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from helpclient.core.kb.languages import STOP_WORDS as LANGUAGE_STOP_WORDS
from helpclient.core.kb.search import STOP_WORDS, Plan, idf
from helpclient.core.kb.stored import read_body
from helpclient.core.kb.text import fold
from helpclient.core.kb.vocabulary import Vocabulary

#: A query word matched in an article's title counts this much more than one in its body.
TITLE_BONUS = 1.0
#: Share of the query's weight a suggestion must match.
MIN_COVERAGE = 0.5
#: A suggestion scores at least this share of the best candidate's score: near neighbours
#: ("Adding a printer" for "printer not printing") and the best article's translation in the
#: other language score 0.7-0.8 of it (measured on tests/data/kb_eval: precision 82 → 91 %,
#: recall unchanged).
MIN_RELATIVE = 0.8
#: The general weights of the words a suggestion matches add up to at least this: one
#: specific word, or several that are not the most common.
MIN_SPECIFIC = 0.6
#: How much the knowledge base's own IDF shapes a word's weight (the rest is the general
#: weight alone): a small knowledge base's IDF is noisy.
IDF_SHARE = 0.5
#: Queries of up to this many words must match MIN_COVERAGE of their weight, longer ones
#: less (see required_coverage) ...
SHORT_QUERY = 3
#: ... but never less than this: four common words of an eight-word error text ("cannot",
#: "file", "document") are no match.
MIN_LONG_COVERAGE = 0.4
#: A word the knowledge base does not know counts this share of a known word of the same
#: specificity (it may be a name, a typo too far off).
UNKNOWN_SHARE = 1.0
#: A word matched only through a synonym counts this share: the user's own word fits better.
SYNONYM_SHARE = 0.8
#: Added to the score times the share of the article's title the query's words make up:
#: "The printer does not print documents" is more about "printer not printing" than "Adding
#: an office printer", which mentions printing too.
TITLE_FIT = 1.0


@dataclass(frozen=True)
class Judged:
    """A candidate with what it matched: its score, the share of the query's weight it covers
    and the general weight of the words it matched."""

    rowid: int
    row: sqlite3.Row
    score: float
    coverage: float
    specific: float
    bm25: float
    #: how many of the query's error codes and quoted messages the article holds verbatim
    exact: int = 0


@dataclass(frozen=True)
class Weighed:
    """A query as searched with each term's weight (KB IDF × general weight) and its general
    weight alone."""

    plan: Plan
    weights: list[float]
    general: list[float]
    #: error codes and quoted messages of the query, folded: matched verbatim first
    marks: tuple[str, ...] = ()


def exact_marks(text: str) -> tuple[str, ...]:
    """The error codes ("0x80070005") and quoted messages («Нет доступа») of a text, folded."""
    quoted = [m.group(1) or m.group(2) or m.group(3) for m in _QUOTED.finditer(text)]
    marks = [*_CODE.findall(text), *(q.strip() for q in quoted if q and len(q.strip()) > 3)]
    return tuple(dict.fromkeys(fold(m) for m in marks))


def weigh(plan: Plan, vocabulary: Vocabulary, text: str = "") -> Weighed:
    """The weights of the query's words (``text``: the query, for its exact marks)."""
    general = [vocabulary.general_weight(_general_stem(term.stem, group), plan.language)
               for term, group in zip(plan.terms, plan.groups, strict=True)]
    # among the articles of the languages.TUNED_LANGUAGES largest languages (see there)
    articles = max(min(plan.articles, plan.paired or plan.articles), 1)
    rarest = idf(articles, 0)
    weights = []
    for term, g, group, docs in zip(plan.terms, general, plan.groups, plan.docs, strict=True):
        if group:
            weights.append(g * (1 - IDF_SHARE + IDF_SHARE * idf(articles, docs) / rarest))
        elif _DIGIT.search(term.word):
            weights.append(0.0)  # "3rd floor", "room 5": a number no article has says nothing
        else:
            weights.append(g * UNKNOWN_SHARE)
    return Weighed(plan, weights, general, exact_marks(text))


def required_coverage(query: Weighed) -> float:
    """The share of the query's weight a suggestion must match: MIN_COVERAGE of a short query,
    about SHORT_QUERY words' worth of a longer one (an error text says much besides the few
    words that name the problem), never less than MIN_LONG_COVERAGE."""
    words = sum(1 for w in query.weights if w > 0)
    if words <= SHORT_QUERY:
        return MIN_COVERAGE
    return max(MIN_LONG_COVERAGE, MIN_COVERAGE * SHORT_QUERY / words)


def _general_stem(stem: str, group: Sequence[str]) -> str:
    # a prefix being typed ("prin") is judged by what it stands for ("print")
    return stem if stem in group or not group else group[0]


def judge(rowid: int, row: sqlite3.Row, bm25: float, query: Weighed,  # noqa: PLR0917
          terms: tuple[str, str], factor: float = 1.0) -> Judged:
    """Score one candidate by the query words it holds (``terms``: the stems of its title
    and of its summary and body, as indexed), times ``factor`` (its context: language,
    category)."""
    title, text = _Text(terms[0]), _Text(terms[1])
    score = matched = specific = 0.0
    fitting: set[str] = set()
    plan = query.plan
    for term, group, own, weight, g in zip(plan.terms, plan.groups, plan.own, query.weights,
                                           query.general, strict=True):
        if not group:
            continue
        in_title = title.holding(group)
        found = in_title or text.holding(group)
        if found:
            counted = weight * (1.0 if set(found) & _own(term.stem, group, own)
                                else SYNONYM_SHARE)
            matched += counted
            specific += g
            score += counted * (1 + TITLE_BONUS * bool(in_title))
            fitting.update(w for stem in in_title for w in stem.split())
    total = sum(query.weights)
    exact = 0
    if query.marks:
        body = read_body(row)
        folded = fold(f"{row['title']}\n{row['summary']}\n{body}")
        exact = sum(mark in folded for mark in query.marks)
    stops = _TITLE_STOP_WORDS.get(row["language"], STOP_WORDS)
    title_words = {t for t in title.terms if t not in stops}
    if title_words:
        score += TITLE_FIT * score * len(fitting & title_words) / len(title_words)
    return Judged(rowid, row, score * factor, matched / total if total else 0.0, specific, bm25,
                  exact)


def _own(stem: str, group: Sequence[str], own: int) -> set[str]:
    # the word itself when the index knows it: the other words a prefix could become
    # ("reply" → "replace") fit as little as synonyms
    return {stem} if stem in group[:own] else set(group[:own])


_DIGIT = re.compile(r"\d")
# the words of a title that say nothing, by the title's language (English and Russian ones in
# any: Russian titles name English things); another language's would shorten a title ("e" of
# "e-mail" is a Spanish one)
_TITLE_STOP_WORDS = {lang: words | LANGUAGE_STOP_WORDS["en"] | LANGUAGE_STOP_WORDS["ru"]
                     for lang, words in LANGUAGE_STOP_WORDS.items()}
# Windows/COM error codes; quoted messages in «», "", “”
_CODE = re.compile(r"\b0x[0-9a-f]{4,8}\b", re.I)
_QUOTED = re.compile(r"«([^»]{1,120})»|\"([^\"]{1,120})\"|“([^”]{1,120})”")


class _Text:
    """An article's stems (joined by spaces), for asking which of a group's stems or phrases
    it holds."""

    def __init__(self, joined: str) -> None:
        self.terms = set(joined.split())
        self._joined = f" {joined} "

    def holding(self, group: Sequence[str]) -> list[str]:
        """The members of ``group`` (stems, or phrases of stems) found in the text."""
        found = [s for s in group if s in self.terms]
        found += (s for s in group if " " in s and f" {s} " in self._joined)
        return found


def worth_showing(judged: Sequence[Judged], coverage: float) -> list[Judged]:
    """The candidates that cover ``coverage`` of the query and pass the other thresholds,
    best score first."""
    passing = [j for j in judged if j.coverage >= coverage and j.specific >= MIN_SPECIFIC]
    exact = [j for j in judged if j.exact]
    if not passing and not exact:
        return []
    best = max((j.score for j in passing), default=0.0)
    # an article holding the error code or the quoted message verbatim is shown, and first
    return sorted({j.rowid: j for j in [*exact, *(j for j in passing
                                                  if j.score >= MIN_RELATIVE * best)]}.values(),
                  key=lambda j: (-j.exact, -j.score, -j.bm25))


