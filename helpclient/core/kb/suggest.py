"""Suggestions while the user describes a problem: which articles the report wizard shows under
the summary and under the error text. The wizard and ``benchmarks/kb_relevance.py`` both call
:func:`suggest`, so what the evaluation measures is what users see.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from helpclient.core.kb.index import Hit, KnowledgeIndex

#: Suggestions shown at most under one field.
MAX_SUGGESTIONS = 5
#: Shorter text (stripped) suggests nothing: two letters match too much to help.
MIN_QUERY = 3
#: How much of a pasted error text is searched (the first lines say what went wrong).
ERROR_TEXT_CHARS = 300


class Field(enum.Enum):
    """Which text the suggestions are for."""

    SUMMARY = "summary"
    ERROR = "error"


@dataclass(frozen=True)
class SuggestContext:
    """What the wizard knows besides the text: the field, the interface language ("en",
    "ru"; "" unknown), the category the user chose (a knowledge-base category name, "" none)
    and the keys of the articles the user dismissed ("Not what I need") in this report."""

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
    return index.search(text, MAX_SUGGESTIONS)
