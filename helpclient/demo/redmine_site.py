"""The demo Redmine's wiki: HelpClient's bundled Markdown articles (English and Russian) as
Textile wiki pages, so the wizard's suggestions come from Redmine's wiki as they would from a
company's own."""

from __future__ import annotations

import re
from pathlib import Path

_CATEGORY = re.compile(r"^\s*<!--\s*category:.*?-->\s*$", re.M)
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_NUMBERED = re.compile(r"^\d+\.\s+", re.M)
_BULLET = re.compile(r"^[-*]\s+", re.M)
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.M)


def markdown_to_textile(markdown: str) -> str:
    """The Markdown the bundled articles use (headings, bold, lists) as Textile."""
    text = _CATEGORY.sub("", markdown).strip()
    # headings first: Textile numbers list items with "#"
    text = _HEADING.sub(lambda m: f"h{len(m.group(1))}. {m.group(2)}", text)
    text = _BOLD.sub(r"*\1*", text)
    text = _BULLET.sub("* ", text)
    return _NUMBERED.sub("# ", text)


def wiki_articles(articles_dir: Path) -> list[dict[str, str]]:
    """``{"title", "text"}`` for each ``*.md`` article (the title is the file's name, which
    Redmine shows capitalised; the page's heading is what HelpClient shows)."""
    if not articles_dir.is_dir():
        return []
    return [{"title": path.stem.replace(" ", "_"),
             "text": markdown_to_textile(path.read_text(encoding="utf-8"))}
            for path in sorted(articles_dir.glob("*.md"))]
