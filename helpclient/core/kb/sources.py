"""Where knowledge-base articles come from: folders of Markdown/HTML files that IT ships (and the
bundled starter knowledge base), and the helpdesk's own articles, synced incrementally.

A folder article's id is its path relative to the folder. The first ``# Title`` line (Markdown)
or ``<title>``/``<h1>`` (HTML) is its title; an optional ``<!-- category: network -->`` line sets
its category (else the sub-folder's name); ``en-``/``ru-``/``de-``/``fr-``/``es-`` file-name
prefixes, or the text, give its language. HTML is sanitized when it is read, so only clean HTML
is ever stored.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.kb.index import LANGUAGE_SAMPLE, KnowledgeIndex
from helpclient.core.kb.languages import STEMMERS, text_language
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.kb.text import fold
from helpclient.core.kb.upkeep_state import ARTICLE_SUFFIXES
from helpclient.core.models import Article

log = logging.getLogger(__name__)

#: Articles bigger than this are skipped (a stray log file in the folder, not an article).
MAX_ARTICLE_BYTES = 2 * 1024 * 1024
STARTER_ORIGIN = "starter"

_CATEGORY = re.compile(r"^\s*<!--\s*category:\s*([\w-]+)\s*-->\s*$", re.I | re.M)
_HTML_TITLE = re.compile(r"<(title|h1)[^>]*>(.*?)</\1>", re.I | re.S)
_TAGS = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[^\W_]+")


def folder_origin(folder: Path) -> str:
    """The index origin of a folder's articles."""
    return f"folder:{folder.expanduser().resolve()}"


def backend_origin(base_url: str) -> str:
    """The index origin of a helpdesk's articles."""
    return f"backend:{base_url}"


def guess_language(name: str, text: str) -> str:
    """"en", "ru", "de", "fr" or "es" from such a file-name prefix ("de-vpn.md"), else from
    the text (its script, then its stop words and letters; English when nothing tells)."""
    prefix = name.split("-", 1)[0].lower()
    if prefix in STEMMERS and "-" in name:
        return prefix
    return text_language(_WORD.findall(fold(text[:LANGUAGE_SAMPLE])))


def read_article(path: Path, folder: Path, source: str) -> Article | None:
    """The article in ``path`` (inside ``folder``), or None if it is not one or unreadable."""
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            log.warning("skipping %s: larger than %d bytes", path, MAX_ARTICLE_BYTES)
            return None
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        updated = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    except OSError as exc:
        log.warning("cannot read article %s: %s", path, exc)
        return None
    relative = path.relative_to(folder)
    category_match = _CATEGORY.search(text)
    category = category_match.group(1).lower() if category_match else (
        relative.parts[0].lower() if len(relative.parts) > 1 else "")
    text = _CATEGORY.sub("", text)
    is_html = path.suffix.lower() in (".html", ".htm")
    if is_html:
        title_match = _HTML_TITLE.search(text)
        title = _TAGS.sub("", title_match.group(2)).strip() if title_match else ""
        body = sanitize_html(text)
    else:
        first, _, rest = text.lstrip().partition("\n")
        title, body = (first[2:].strip(), rest.strip()) if first.startswith("# ") else ("", text)
    return Article(id=relative.as_posix(), title=title or path.stem, body=body, is_html=is_html,
                   source=source, language=guess_language(path.stem, text), category=category,
                   updated=updated)


class SyncStopped(Exception):
    """A sync or a folder's import stopped before it wrote anything, because the app is
    quitting."""


def scan_folder(folder: Path, source: str = "", *,
                stop: Callable[[], bool] = lambda: False) -> list[Article]:
    """Every article in ``folder`` and its sub-folders (hidden ones skipped). ``stop()`` is
    asked before each file: once true, :class:`SyncStopped` is raised (reading thousands of
    articles from a share takes seconds, and quitting must not wait for it)."""
    folder = folder.expanduser().resolve()
    if not folder.is_dir():
        return []
    articles: list[Article] = []
    for path in sorted(folder.rglob("*")):
        if stop():
            raise SyncStopped(f"stopped after {len(articles)} articles of {folder}")
        if path.is_file() and not any(p.startswith(".") for p in path.relative_to(folder).parts):
            article = read_article(path, folder, source or folder.name)
            if article is not None:
                articles.append(article)
    return articles


def import_folder(index: KnowledgeIndex, folder: Path, origin: str = "",
                  source: str = "", *, stop: Callable[[], bool] = lambda: False
                  ) -> tuple[int, int]:
    """(Re)index a folder: new and changed files are indexed, deleted ones removed.
    Returns (indexed, removed). ``stop``: see :func:`scan_folder`."""
    return index.replace_origin(origin or folder_origin(folder),
                                scan_folder(folder, source, stop=stop))


@dataclass(frozen=True)
class SyncResult:
    """What a backend sync changed."""

    added: int = 0
    updated: int = 0
    removed: int = 0


def sync_backend(index: KnowledgeIndex, backend: HelpdeskBackend, origin: str,
                 now: Callable[[], datetime] = lambda: datetime.now(UTC), *,
                 stop: Callable[[], bool] = lambda: False) -> SyncResult:
    """Bring the index's copy of the helpdesk's articles up to date: one light listing, then
    the bodies of only the new and changed articles; articles no longer listed are removed.
    ``stop()`` is asked before each article is fetched: once true, :class:`SyncStopped` is
    raised with the index untouched (a first sync fetches articles for a minute or more, and
    quitting must not wait for it); the next sync starts over."""
    listed = {a.id: a for a in backend.list_articles()}
    stored = index.updated_times(origin)
    added = updated = 0
    fresh = []
    for article_id, article in listed.items():
        if article_id in stored and stored[article_id] == article.updated \
                and article.updated is not None:
            continue
        if stop():
            raise SyncStopped(f"stopped after {added + updated} of the articles to fetch")
        full = backend.get_article(article_id)
        fresh.append(replace(full, updated=article.updated or full.updated,
                             body=sanitize_html(full.body) if full.is_html else full.body,
                             source=full.source or backend.name))
        if article_id in stored:
            updated += 1
        else:
            added += 1
    index.upsert(origin, fresh)
    removed = index.remove(origin, set(stored) - set(listed))
    index.set_meta(f"synced:{origin}", now().isoformat())
    return SyncResult(added, updated, removed)
