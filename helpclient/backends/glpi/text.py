"""GLPI's text: what it stores, what HelpClient sends, and the report's key marker.

GLPI up to 10 stores text HTML-encoded (``Glpi\\Toolbox\\Sanitizer``: ``<`` as ``&#60;``, ``>`` as
``&#62;``, ``&`` as ``&#38;``; 9.x wrote ``&lt;``/``&gt;``/``&amp;``) and the legacy API returns
it as stored; GLPI 11 stores and returns it as written. Rich text (a ticket's description, a
follow-up, a solution, an article) is HTML either way: it is decoded once when it is encoded,
then sanitized like every helpdesk HTML (scripts, frames, remote images and styles go).

HelpClient writes plain text; GLPI's editor shows HTML, so text is sent as paragraphs with line
breaks kept. A report's idempotency key travels as one last paragraph ``HelpClient-Report: <key>``
that HelpClient searches for and hides again when it shows the message.
"""

from __future__ import annotations

import html
import re

from helpclient.backends.rich_text import html_has_key, to_html, without_marker
from helpclient.core.kb.sanitize import sanitize_html

__all__ = ["has_key", "is_encoded", "plain_field", "rich_text", "to_html"]

# GLPI 10's Sanitizer entities and 9.x's htmlspecialchars ones, for < and >
_ENCODED_TAG = re.compile(r"&(?:#0*60|#x0*3c|lt);", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)


def plain_field(stored: str) -> str:
    """A one-line field (a title, a name, a file name) as the user wrote it."""
    return html.unescape(stored) if _ENTITY.search(stored) else stored


def is_encoded(stored: str) -> bool:
    """Whether rich text arrived HTML-encoded (GLPI ≤ 10): encoded tags and no real one."""
    return "<" not in stored and bool(_ENCODED_TAG.search(stored))


def rich_text(stored: str) -> str:
    """Rich text as safe HTML: decoded once when GLPI encoded it, then sanitized, and without
    HelpClient's key marker."""
    markup = html.unescape(stored) if is_encoded(stored) else stored
    clean = sanitize_html(markup)
    return without_marker(clean)


def has_key(stored: str, key: str) -> bool:
    """Whether stored rich text carries the marker of ``key``."""
    if not key:
        return False
    return html_has_key(html.unescape(stored) if is_encoded(stored) else stored, key)
