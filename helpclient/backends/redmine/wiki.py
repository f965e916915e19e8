"""Redmine's wiki as an article source: pages into Articles, Textile into safe HTML.

Redmine stores wiki text as Textile (its default formatter). HelpClient does not render Textile
fully; it translates the common part — headings, paragraphs, bullet and numbered lists,
``*bold*``, ``_italic_``, ``@code@``, ``<pre>`` blocks and ``"links":https://…`` — after
escaping everything, so whatever else a page holds shows as the text it is, never as markup.
The result still goes through the knowledge base's HTML sanitizer (links to http(s) only).
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import quote, unquote

from helpclient.backends import shapes
from helpclient.backends.redmine.records import WikiPage, parse_date
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.kb.text import html_to_text
from helpclient.core.models import Article

_HEADING = re.compile(r"^h([1-6])(?:\([^)]*\))?\.\s+(.*)$")
_BULLET = re.compile(r"^([*#]+)\s+(.*)$")
_INLINE = (
    (re.compile(r"&quot;([^&]+?)&quot;:(https?://[^\s<]+[^\s<.,;:!?)])"), r'<a href="\2">\1</a>'),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"<em>\1</em>"),
    (re.compile(r"@(?=\S)([^@\n]+?)(?<=\S)@"), r"<code>\1</code>"),
)
_MARKUP = re.compile(r"<[^>]+>")
_HEADING_LINE = re.compile(r"^\s*h[1-6](?:\([^)]*\))?\.\s+.*$", re.M)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def textile_to_html(source: str) -> str:
    """Safe HTML for Textile text (the common subset; the rest stays text)."""
    out: list[str] = []
    lists: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            out.append("<p>" + "<br>".join(_inline(p) for p in paragraph) + "</p>")
            paragraph.clear()
        while lists:
            out.append(f"</{lists.pop()}>")

    lines = source.replace("\r\n", "\n").split("\n")
    index = 0
    while index < len(lines):
        raw = lines[index]
        index += 1
        if raw.strip().lower().startswith("<pre>"):
            flush()
            block = [raw.strip()[5:]]
            while index < len(lines) and "</pre>" not in lines[index - 1].lower()[5:] \
                    and "</pre>" not in block[-1].lower():
                block.append(lines[index])
                index += 1
            text = "\n".join(block)
            text = re.sub(r"</pre>\s*$", "", text, flags=re.IGNORECASE)
            out.append(f"<pre>{html.escape(text.strip(chr(10)))}</pre>")
            continue
        line = html.escape(raw.rstrip(), quote=True)
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        bullet = _BULLET.match(line)
        if heading:
            flush()
            out.append(f"<h{heading.group(1)}>{_inline(heading.group(2))}</h{heading.group(1)}>")
        elif bullet:
            if paragraph:
                out.append("<p>" + "<br>".join(_inline(p) for p in paragraph) + "</p>")
                paragraph.clear()
            depth, kind = len(bullet.group(1)), "ol" if bullet.group(1)[-1] == "#" else "ul"
            while len(lists) > depth:
                out.append(f"</{lists.pop()}>")
            while len(lists) < depth:
                lists.append(kind)
                out.append(f"<{kind}>")
            out.append(f"<li>{_inline(bullet.group(2))}</li>")
        else:
            if lists:
                flush()
            paragraph.append(line.strip())
    flush()
    return sanitize_html("\n".join(out))


def quote_title(title: str) -> str:
    """A wiki page title as one URL path segment."""
    return quote(str(title).strip(), safe="")


def page_url(base_url: str, project: str, title: str) -> str:
    """The page's web address."""
    return f"{base_url}/projects/{quote(project, safe='')}/wiki/{quote_title(title)}"


def _title_words(title: str) -> str:
    return title.replace("_", " ")


def article_from_page(page: WikiPage, base_url: str, project: str, *,
                      with_body: bool = False) -> Article:
    """An Article from a wiki page (its body as safe HTML when ``with_body``)."""
    body = textile_to_html(page.text) if with_body else ""
    return Article(id=page.title, title=_heading_of(page.text) or _title_words(page.title),
                   body=body, is_html=with_body, source="Redmine", updated=page.updated,
                   url=page_url(base_url, project, page.title))


def _heading_of(text: str) -> str:
    for line in text.replace("\r\n", "\n").split("\n")[:5]:
        found = _HEADING.match(line.strip())
        if found:
            return _MARKUP.sub("", found.group(2)).strip()[:shapes.MAX_LINE_CHARS]
    return ""


def article_from_result(value: Any, base_url: str, project: str) -> Article | None:
    """An Article (no body) from a ``/search.json`` result of type ``wiki-page``; None for
    other kinds of results."""
    item = shapes.expect_object(value, "a search result")
    if shapes.text(item.get("type"), "a search result's type") != "wiki-page":
        return None
    url = shapes.text(item.get("url"), "a search result's address")
    title = url.rstrip("/").rsplit("/wiki/", 1)[-1] if "/wiki/" in url else ""
    if not title:
        return None
    page_title = unquote(title)
    shown = shapes.text(item.get("title"), "a search result's title")
    shown = shown.split(": ", 1)[1] if shown.startswith("Wiki: ") and ": " in shown else shown
    excerpt = shapes.text(item.get("description"), "a search result's text", limit=2000)
    heading = _heading_of(excerpt)
    # the summary is the text under the heading (the heading is the title already)
    summary_source = _HEADING_LINE.sub("", excerpt, count=1) if heading else excerpt
    # the page's heading, as list_articles titles it, so the two are one article to the KB
    return Article(id=page_title,
                   title=heading or shown or _title_words(page_title),
                   summary=" ".join(html_to_text(textile_to_html(summary_source)).split())[:300],
                   source="Redmine", updated=parse_date(item.get("datetime")),
                   url=page_url(base_url, project, page_title))
