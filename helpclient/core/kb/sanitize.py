"""Sanitizing article HTML (nh3, the ammonia sanitizer): what remains can be shown safely.

Kept: text formatting, lists, tables, headings, code, links (http/https/mailto only) and
images whose source is inline data. Removed: scripts, styles, frames, forms, event-handler
attributes, ``javascript:`` and other link schemes, remote images, and CSS (no ``style``
attribute at all, so no ``url()`` can fetch anything).
"""

from __future__ import annotations

import nh3

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "ol", "p", "pre", "s",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
    "u", "ul",
})
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    # images only from data: URLs (embedded); a remote src would be fetched when shown
    is_data = value.strip().lower().startswith("data:")
    if tag == "img" and attribute == "src":
        return value if value.strip().lower().startswith("data:image/") else None
    return None if is_data else value


def sanitize_html(markup: str) -> str:
    """``markup`` with everything unsafe or remote removed (see the module docstring)."""
    return nh3.clean(
        markup,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(LINK_SCHEMES | {"data"}),
        clean_content_tags={"script", "style"},
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
