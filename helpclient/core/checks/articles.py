"""The article that fixes what a check found: the knowledge base's suggestion for the check's
keywords, translated into the user's language (so the search finds the article they read)."""

from __future__ import annotations

from helpclient.core.checks.model import CHECKS_CTX, CheckResult
from helpclient.core.i18n import Translate, identity
from helpclient.core.kb.index import Hit
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.suggest import SuggestContext


def article_for(kb: KnowledgeBase, result: CheckResult, *, translate: Translate = identity,
                language: str = "") -> Hit | None:
    """The best article for a result that needs a look (None for a fine one, or when none
    matches). ``language`` ("en", "ru") ranks articles in it first. Blocking (the index)."""
    if not result.verdict.needs_look:
        return None
    words = translate(CHECKS_CTX, result.keywords)
    hits = kb.suggest(words, SuggestContext(language=language))
    return hits[0] if hits else None
