"""Which known problem fits what the user types, by the knowledge base's own rules.

The active announcements are indexed like articles (each language as one, its keywords and
affected services with its text) and judged by :mod:`helpclient.core.kb.relevance` — the same
stemming, synonyms («почта» = e-mail, «впн» = VPN), informative-word weights and thresholds that
keep article suggestions from being noise. So "Outlook cannot connect" finds "E-mail is down in
Building B", while "printer jams" finds nothing: an announcement shown for an unrelated problem
would tell the user to wait for a fix that does not concern them.

A handful of announcements alone makes poor statistics — in three texts "cannot" looks as rare
as "Outlook" — so the index also holds a *background*: HelpClient's bundled starter articles,
the same in every installation. They give common IT words their real weight, and they stand for
the other explanations of what the user typed: an announcement must score at least
:data:`BACKGROUND_SHARE` of the best of them ("my computer is slow" is the slow-computer
article's, not the one about the slow VPN).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from helpclient.core.kb import MIN_QUERY
from helpclient.core.kb.index import KnowledgeIndex
from helpclient.core.kb.relevance import Judged, judge, required_coverage, weigh, worth_showing
from helpclient.core.kb.sources import guess_language, scan_folder
from helpclient.core.kb.vocabulary import Vocabulary
from helpclient.core.known.model import Announcement
from helpclient.core.models import Article

ORIGIN = "announcements"
BACKGROUND = "background"
#: An announcement scores at least this share of the best background article. Lower than the
#: share between articles (relevance.MIN_RELATIVE, 0.8): an outage announced right now beats a
#: general article that fits a little better. Measured on tests/unit/known: the announcements
#: users meant scored 0.68-0.93 of the best article, "my computer is slow" against the slow-VPN
#: announcement 0.39.
BACKGROUND_SHARE = 0.5
#: Candidates judged: enough that the background never crowds an announcement out.
CANDIDATES = 40
_SEPARATOR = "\x1e"  # between an announcement's key and the language of its indexed text


class AnnouncementMatcher:
    """An index of the active announcements in ``path`` (a cache, rebuilt from the service's
    list) over the background articles of ``background`` (HelpClient's starter articles),
    judged with the vocabulary ``vocabulary()`` gives (the knowledge base's, so IT's synonyms
    apply here too). Thread-safe like the index."""

    def __init__(self, path: Path, vocabulary: Callable[[], Vocabulary] = Vocabulary,
                 background: Path | None = None) -> None:
        self._index = KnowledgeIndex(path)
        self._vocabulary = vocabulary
        self._lock = threading.Lock()
        self._loaded: dict[str, Announcement] = {}
        # unchanged articles are skipped: after the first start this reads the files only
        self._index.replace_origin(BACKGROUND, scan_folder(background) if background else [])

    def load(self, announcements: Sequence[Announcement]) -> None:
        """Index exactly these announcements (unchanged ones are not indexed again)."""
        articles = [article for a in announcements for article in _articles(a)]
        with self._lock:
            self._index.replace_origin(ORIGIN, articles)
            self._loaded = {a.key: a for a in announcements}

    def match(self, text: str, language: str = "") -> list[Announcement]:
        """The announcements that fit ``text``, best first, among those shown to users of
        ``language`` ("en", "ru"; "" any)."""
        if len(text.strip()) < MIN_QUERY:
            return []
        index = self._index
        index.vocabulary = self._vocabulary()
        found, plan = index.candidates(text, CANDIDATES, rank_titles=False, language=language)
        if not found:
            return []
        query = weigh(plan, index.vocabulary, text)
        ours: list[Judged] = []
        others: list[Judged] = []
        rows = index.rows(found)  # one query, not one per candidate
        for rowid, bm25 in found.items():
            if (row := rows.get(rowid)) is None:
                continue
            judged = judge(rowid, row, bm25, query, index.terms(row))
            (ours if row["origin"] == ORIGIN else others).append(judged)
        coverage = required_coverage(query)
        rival = max((j.score for j in worth_showing(others, coverage)), default=0.0)
        with self._lock:
            loaded = self._loaded
        matched: dict[str, Announcement] = {}
        for judged in worth_showing(ours, coverage):
            if judged.score < BACKGROUND_SHARE * rival and not judged.exact:
                continue
            announcement = loaded.get(str(judged.row["article_id"]).split(_SEPARATOR, 1)[0])
            if announcement is not None and announcement.shown_to(language):
                matched.setdefault(announcement.key, announcement)
        return list(matched.values())

    def close(self) -> None:
        """Close this thread's connection to the index."""
        self._index.close()


def _articles(announcement: Announcement) -> list[Article]:
    """One article per language of the announcement; its keywords and services count as text
    (in no particular language: they are often product names)."""
    extra = "\n".join((*announcement.services, *announcement.keywords))
    articles = []
    for language, words in announcement.texts:
        body = f"{words.text}\n{extra}".strip()
        articles.append(Article(
            id=f"{announcement.key}{_SEPARATOR}{language}", title=words.title, body=body,
            language=language or guess_language("", f"{words.title}\n{words.text}"),
            source=announcement.source, url=announcement.url, updated=announcement.updated))
    return articles
