"""Suggestions while the user describes a problem: which articles the report wizard shows under
the summary and under the error text. The wizard and ``benchmarks/kb_relevance.py`` both call
:func:`suggest`, so what the evaluation measures is what users see.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass

from helpclient.core.kb import MIN_QUERY
from helpclient.core.kb.index import Hit, KnowledgeIndex
from helpclient.core.kb.languages import translation_of
from helpclient.core.kb.relevance import judge, required_coverage, weigh, worth_showing
from helpclient.core.kb.stored import article_key

#: Suggestions shown at most under one field.
MAX_SUGGESTIONS = 5
#: How much of a pasted error text is searched (the first lines say what went wrong).
ERROR_TEXT_CHARS = 300
#: Candidates judged per suggestion wanted (bm25 finds them; the rules pick among them): more
#: cost time at 50,000 articles and did not raise the figures of tests/data/kb_eval.
POOL = 1
#: An article in another language than the interface's scores this share: of two that match
#: alike, the one the user reads comes first. No less than relevance.MIN_RELATIVE: the other
#: one is still shown (after), for a user who reads both.
OTHER_LANGUAGE_SHARE = 0.8
#: An article of the category the user chose scores this much more.
CATEGORY_BOOST = 1.25
#: Versions of one article (its translations, see translation_of) shown at most: the best, and
#: the next (in the interface's language first, see OTHER_LANGUAGE_SHARE) for a user who reads
#: both — not the same advice in five languages when the words they share ("VPN") match.
MAX_VERSIONS = 2


class Field(enum.Enum):
    """Which text the suggestions are for."""

    SUMMARY = "summary"
    ERROR = "error"


@dataclass(frozen=True)
class SuggestContext:
    """What the wizard knows besides the text: the field, the interface language ("en",
    "ru", "de", …; "" unknown), the category the user chose (a knowledge-base category name,
    "" none) and the keys of the articles the user dismissed ("Not what I need") in this
    report."""

    field: Field = Field.SUMMARY
    language: str = ""
    category: str = ""
    dismissed: frozenset[str] = frozenset()


def suggest(index: KnowledgeIndex, text: str, context: SuggestContext | None = None
            ) -> list[Hit]:
    """The articles worth suggesting for ``text``, best first, at most MAX_SUGGESTIONS."""
    context = context or SuggestContext()
    if context.field is Field.ERROR:
        text = text[:ERROR_TEXT_CHARS]
    if len(text.strip()) < MIN_QUERY:
        return []
    # the rules below rank the candidates: bm25 with title rarity would be wasted work
    found, plan = index.candidates(text, POOL * MAX_SUGGESTIONS, rank_titles=False,
                                   language=context.language)
    if not found:
        return []
    query = weigh(plan, index.vocabulary, text)
    for mark in query.marks:  # the articles holding an error code may rank low on the rest
        extra, _plan = index.candidates(f"{mark} ", MAX_SUGGESTIONS, rank_titles=False,
                                        language=plan.language)
        found = {**extra, **found}
    rows = index.rows(found)
    judged = [judge(rowid, row, bm25, query, index.terms(row), _context_factor(row, context))
              for rowid, bm25 in found.items()
              if (row := rows.get(rowid)) is not None
              and article_key(row["origin"], row["article_id"]) not in context.dismissed]
    hits: list[Hit] = []
    titles: set[str] = set()
    versions: dict[tuple[str, str], int] = {}
    for j in worth_showing(judged, required_coverage(query)):
        title = j.row["title"].casefold()
        version = translation_of(j.row["origin"], j.row["article_id"])
        if title not in titles and len(hits) < MAX_SUGGESTIONS \
                and versions.get(version, 0) < MAX_VERSIONS:
            titles.add(title)
            versions[version] = versions.get(version, 0) + 1
            hits.append(index.hit(j.row, j.score, plan.terms))
    return hits


def _context_factor(row: sqlite3.Row, context: SuggestContext) -> float:
    """How much an article's score counts given the interface language and the chosen
    category."""
    factor = 1.0
    if context.language and row["language"] != context.language:
        factor *= OTHER_LANGUAGE_SHARE
    if context.category and row["category"] == context.category:
        factor *= CATEGORY_BOOST
    return factor
