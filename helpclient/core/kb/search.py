"""Query planning for the knowledge-base index: which stems each query word stands for, and the
order of the FTS5 queries that find the best articles fast.

* Every word must match (AND) first. A word the index does not know is replaced by the most
  common indexed stem one typo away (:mod:`helpclient.core.kb.query_terms`). When that finds
  too few, articles matching only some of the words fill the list (OR), so one wrong word does
  not lose the article.
* The word being typed (the last, unless the query ends with a space) is a prefix, expanded to
  the few most common stems it starts, from the ``kb_term`` table: "пр" means "принтер", "проблем"
  …, not all of the thousands of stems that start with "пр".
* bm25 is computed for every article a query matches, so a query made only of very common words
  would rank tens of thousands of articles. Such queries look at titles first (``kb_title``, much
  shorter posting lists); their hits are the ones worth showing anyway.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from helpclient.core.kb.languages import (
    ALL_STOP_WORDS,
    LATIN,
    evident_language,
    stemmer_language,
)
from helpclient.core.kb.query_terms import (
    MIN_TYPO_PREFIX,
    TermCounts,
    corrected,
    markers_of,
    term_stems,
)
from helpclient.core.kb.spellings import latin_spellings
from helpclient.core.kb.text import MIN_PREFIX, Analyzer, QueryTerm
from helpclient.core.kb.vocabulary import Vocabulary

#: The indexed stems one query word stands for (its spellings, a prefix's expansions).
Group = tuple[str, ...]
#: How many candidates per result wanted are ranked again with their titles.
POOL = 2
#: How many less common words anchor the pairs of the last search step.
MAX_ANCHORS = 6
#: A word in more articles than this is "frequent": see the module docstring.
FREQUENT_DOCS = 2000
#: Title matches weigh this many times a body match.
TITLE_WEIGHT = 8.0
#: The ranking function of each FTS5 table (bm25: lower is better).
_BM25 = {"kb_fts": f"bm25(kb_fts, {TITLE_WEIGHT}, 1.0, 0.0)", "kb_title": "bm25(kb_title)"}

#: Words that carry no meaning for search, in every language (see languages.STOP_WORDS).
STOP_WORDS = ALL_STOP_WORDS


@dataclass(frozen=True)
class Plan:
    """A query as searched: its terms (typos corrected), the indexed stems each stands for
    (empty when the index has none), how many articles hold each term's stems at most, and
    how many articles there are."""

    terms: list[QueryTerm]
    groups: list[Group]
    docs: list[int]
    articles: int
    #: how many stems of each group are the term's own (the rest are its synonyms')
    own: list[int]
    #: the language the query's Latin words were read in ("en", "de", …)
    language: str = ""
    #: how many articles the languages.TUNED_LANGUAGES languages with most articles hold (0:
    #: not counted yet)
    paired: int = 0


def parse_query(analyzer: Analyzer, query: str,
                vocabulary: Vocabulary | None = None, language: str = "") -> list[QueryTerm]:
    """The query's words as terms, Latin words stemmed in ``language``; the last is a prefix
    unless the query ends in a space. Stop words are dropped (a query of only stop words finds
    nothing: every article has them), except the word being typed, which may become something
    else. A word's synonyms (``vocabulary``) are alternates: "drops" also finds
    «отключается»."""
    words = analyzer.words(query)
    typing = bool(query) and not query[-1].isspace()
    stems = [analyzer.stem(w, language) for w in words]
    terms = []
    for i, (w, stem) in enumerate(zip(words, stems, strict=True)):
        synonyms = vocabulary.synonyms(stems, i, language) if vocabulary else ()
        terms.append(QueryTerm(w, stem,
                               prefix=typing and i == len(words) - 1 and len(w) >= MIN_PREFIX,
                               alternates=tuple(dict.fromkeys((*latin_spellings(w),
                                                               *synonyms)))))
    # single characters ("3", "a") are too common to mean anything in a description
    kept = [t for t in terms if t.word not in STOP_WORDS and len(t.word) > 1]
    # a stop word being typed is most likely just that word: keep it only when it is alone
    # (it may yet become "theme"); its expansions leave stop words out
    return kept or [t for t in terms if t.prefix]


def search_rowids(conn: sqlite3.Connection, analyzer: Analyzer, query: str, limit: int,
                  frequent_docs: int = FREQUENT_DOCS, *, vocabulary: Vocabulary | None = None,
                  rank_titles: bool = True, language: str = ""
                  ) -> tuple[dict[int, float], Plan]:
    """Article rowids with their scores (higher is better), best first — at least ``limit``
    when that many match, then a few more candidates (for callers that drop duplicates) — and
    the query as searched (typos corrected), for making snippets and judging the matches.
    ``language`` (the interface's, "" unknown) reads a query that does not show its own."""
    counts = TermCounts(conn)
    interface, language = language, _query_language(counts, analyzer, query, language)
    terms = parse_query(analyzer, query, vocabulary, language)
    found: dict[int, float] = {}
    if not terms or limit <= 0:
        return found, Plan(terms, [], [], 0, [], language)
    readers = {interface, written_in(query, language)}
    terms = [corrected(counts, t, analyzer, language, readers) for t in terms]
    stems = [term_stems(counts, t) for t in terms]
    own = [len(mine) for mine, _others in stems]
    groups = [_without_synonyms_if_frequent(counts, (*mine, *others), len(mine), frequent_docs)
              for mine, others in stems]
    docs = [counts.of(g) if g else 0 for g in groups]
    articles = int(conn.execute("SELECT count(*) FROM kb_article").fetchone()[0])
    row = conn.execute("SELECT value FROM kb_meta WHERE key='paired'").fetchone()
    plan = Plan(terms, groups, docs, articles, own, language, int(row[0]) if row else 0)
    known = [g for g in groups if g]
    # counted once per word; every step below asks whether its words are frequent
    common = {g for g, n in zip(groups, docs, strict=True) if g and n > frequent_docs}
    # Each step runs only while fewer than ``limit`` articles are found, and adds up to
    # POOL times as many candidates for the ranking with titles.
    if known and len(known) == len(groups):
        _match_choices(conn, [known], common, limit, found, then_bodies=True)
        _match_in_languages(conn, known, common, limit, found, readers=readers)
    if len(found) < limit and (subsets := _all_but_one(groups, known)):
        _match_choices(conn, subsets, common, limit, found, then_bodies=False)
    if len(found) < limit and len(known) > 1:
        _match_some(conn, known, common, limit, found)
    if not rank_titles:  # the caller ranks them itself (the wizard's suggestions)
        return found, plan
    return _ranked_with_titles(conn, analyzer, known, found, articles), plan


def _query_language(counts: TermCounts, analyzer: Analyzer, query: str, preferred: str) -> str:
    """The language to read the query's Latin words in: the one its stop words and letters
    show („Drucker druckt nicht“: German), else the one whose stems the index knows for most
    of its words ("Drucker" alone in an English interface: German), ``preferred`` among
    equals."""
    words = [w for w in analyzer.words(query) if len(w) > 1 and w not in STOP_WORDS]
    if len(words) > 1 and query and not query[-1].isspace() and len(words[-1]) < MIN_TYPO_PREFIX:
        words.pop()  # a short word being typed says little yet ("conn" is a French stem too)
    evident = evident_language(analyzer.words(query), preferred)
    if evident:
        return evident
    first = stemmer_language(preferred)
    if not words:
        return first
    known: dict[str, int] = {}
    for lang in (first, *(lang for lang in LATIN if lang != first)):
        known[lang] = sum(counts.of([analyzer.stem(w, lang)]) > 0 for w in words)
        if known[lang] == len(words):  # every word known: no reading can do better
            break
    return max(known, key=lambda lang: known[lang])  # the first among equals


def written_in(query: str, latin: str) -> str:
    """The language a query is written in: Russian by its script, else ``latin`` (the one its
    Latin words were read in)."""
    letters = [c for c in query if c.isalpha()]
    cyrillic = sum(1 for c in letters if "а" <= c.lower() <= "я" or c in "ёЁ")
    return "ru" if letters and cyrillic * 2 > len(letters) else latin


def _match_in_languages(conn: sqlite3.Connection, known: Sequence[Group], common: set[Group],
                        limit: int, found: dict[int, float], *, readers: set[str]) -> None:
    """Add the best articles matching every word in the languages the user reads (the
    interface's, the query's) when none of those was found: with the same article in five
    languages, words they share ("VPN", "connect") can fill the candidates with translations
    the user does not read."""
    markers = markers_of(readers)
    if not markers or set(known) <= common:  # only frequent words: titles were searched
        return
    languages = sorted({m.removeprefix("0lang0") for m in markers})
    marks = ",".join("?" * len(languages))
    readable = conn.execute(
        f"SELECT count(*) FROM kb_article WHERE language IN ({marks}) AND "  # noqa: S608
        "rowid IN (SELECT value FROM json_each(?))", [*languages, json.dumps(list(found))]
    ).fetchone()[0]
    # one is enough: the best of those languages by bm25 is then among the candidates too
    if readable:
        return
    preferred: dict[int, float] = {}
    either = " OR ".join(f'"{m}"' for m in markers)
    _collect(conn, "kb_fts", f"{_all_of(known)} AND ({either})", limit, preferred)
    found.update((rowid, score) for rowid, score in preferred.items() if rowid not in found)


def _without_synonyms_if_frequent(counts: TermCounts, group: Group, own: int,
                                  frequent_docs: int) -> Group:
    """A word's stems without its synonyms' when the word itself is frequent: thousands of
    articles hold it already, and every synonym's articles would be ranked too (at 50,000
    articles that made the suggestions' p95 1-2 ms slower)."""
    if own and len(group) > own and counts.of(group[:own]) > frequent_docs:
        return group[:own]
    return group


def _match_some(conn: sqlite3.Connection, known: Sequence[Group], common: set[Group],
                limit: int, found: dict[int, float]) -> None:
    """The last step: articles matching some of the words. Of two words, either will do;
    of a longer description, two at least — one word of it ("3", "page") is no match worth
    showing. Each choice holds a less common word: one over common words alone would rank half
    the index (without any, titles are searched)."""
    rare = [i for i, g in enumerate(known) if g not in common]
    table = "kb_fts" if rare else "kb_title"
    if len(known) < 3:
        expr = " OR ".join(_group_expr(known[i]) for i in (rare or range(len(known))))
    else:
        anchors = (rare or list(range(len(known))))[:MAX_ANCHORS]
        pairs = sorted({(min(a, b), max(a, b)) for a in anchors for b in range(len(known))
                        if a != b})
        expr = " OR ".join(_all_of([known[i], known[j]]) for i, j in pairs)
    _collect(conn, table, expr, limit, found)


def _ranked_with_titles(conn: sqlite3.Connection, analyzer: Analyzer,
                        groups: Sequence[Sequence[str]], found: dict[int, float],
                        articles: int) -> dict[int, float]:
    """``found`` best first once each query word in an article's title adds its rarity among
    titles.

    bm25 gives a title match at most about twice a body match, and a word many articles
    mention in passing ("Wi-Fi") weighs little: "wifi keeps disconnecting" ranked three
    articles that mention all three words above "Wi-Fi is not working". Among titles the
    same word is rare, so its title IDF lifts the article that is about it."""
    if not found or not groups:
        return found
    titles = {rowid: set(analyzer.terms(title, language)) for rowid, title, language in
              conn.execute("SELECT rowid, title, language FROM kb_article "
                           "WHERE rowid IN (SELECT value FROM json_each(?))",
                           (json.dumps(list(found)),))}
    scored = dict(found)
    for group in groups:  # only words that are in some candidate's title cost a lookup
        holders = [rowid for rowid in found if titles.get(rowid, set()).intersection(group)]
        if holders:
            weight = idf(articles, _title_docs(conn, group))
            for rowid in holders:
                scored[rowid] += weight
    return dict(sorted(scored.items(), key=lambda item: -item[1]))


def idf(articles: int, docs: int) -> float:
    """bm25's inverse document frequency of a word in ``docs`` of ``articles``."""
    docs = min(docs, articles)
    return math.log(1 + (articles - docs + 0.5) / (docs + 0.5))


def _title_docs(conn: sqlite3.Connection, stems: Sequence[str]) -> int:
    """An upper bound of the titles holding any of ``stems``."""
    # one lookup per stem: fts5vocab scans its whole table for "term IN (...)"
    select = "SELECT doc FROM kb_title_vocab WHERE term = ?"
    row = conn.execute(f"SELECT coalesce(sum(doc), 0) FROM "  # noqa: S608
                       f"({' UNION ALL '.join([select] * len(stems))})", list(stems)).fetchone()
    return int(row[0])


def _all_but_one(groups: Sequence[Group], known: Sequence[Group]) -> list[list[Group]]:
    """The word groups to match when not every word matches together: the known words when
    some are unknown ("printer Kyocera"), else each choice of all words but one
    ("wifi keeps disconnecting" finds the Wi-Fi article that says "keeps dropping")."""
    if len(known) < len(groups):
        return [list(known)] if known else []
    if len(known) < 3:  # two words less one is one word: the OR below ranks those
        return []
    return [[*known[:i], *known[i + 1:]] for i in range(len(known))]


def _match_choices(conn: sqlite3.Connection,
                   choices: Sequence[Sequence[Group]], common: set[Group], limit: int,
                   found: dict[int, float], *, then_bodies: bool) -> None:
    """Add the best articles matching every group of one of ``choices``, in one FTS5 query
    (each article ranked once). Choices made only of frequent words are looked up in titles
    first: in bodies they would rank thousands of articles. Bodies follow for them only
    ``then_bodies`` (the full query; a second-best match is not worth it)."""
    frequent = [c for c in choices if set(c) <= common]
    in_bodies = [c for c in choices if then_bodies or c not in frequent]
    if frequent:
        _collect(conn, "kb_title", " OR ".join(_all_of(c) for c in frequent), limit, found)
    if in_bodies:
        _collect(conn, "kb_fts", " OR ".join(_all_of(c) for c in in_bodies), limit, found)


def _all_of(groups: Sequence[Group]) -> str:
    return "(" + " AND ".join(_group_expr(g) for g in groups) + ")"


def _collect(conn: sqlite3.Connection, table: str, expr: str, limit: int,
             found: dict[int, float]) -> None:
    """Add up to POOL × ``limit`` best matches of ``expr`` unless ``limit`` are found."""
    if len(found) >= limit:
        return
    # bm25() named in the query, not the table's configured "rank": FTS5 serves ORDER BY rank
    # through an inner query of its own, ~30 % slower on thousands of matches
    rows = conn.execute(f"SELECT rowid, {_BM25[table]} AS score FROM {table} "  # noqa: S608
                        f"WHERE {table} MATCH ? ORDER BY score LIMIT ?", (expr, limit * POOL))
    for rowid, score in rows:
        found.setdefault(rowid, -score)


def _group_expr(stems: Sequence[str]) -> str:
    """An FTS5 expression matching any of ``stems`` (stems are letters and digits only, so
    quoting makes each a literal, and stems joined by spaces a phrase)."""
    if len(stems) == 1:
        return f'"{stems[0]}"'
    return "(" + " OR ".join(f'"{s}"' for s in stems) + ")"
