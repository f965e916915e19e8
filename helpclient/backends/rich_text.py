"""Plain text as helpdesk rich text, and the report key's marker in HTML: what every connector
whose helpdesk stores messages as HTML (GLPI, Freshservice) sends and reads back the same way.

HelpClient writes plain text; such a helpdesk shows HTML, so text travels as paragraphs with its
line breaks kept and everything escaped. A report's idempotency key goes as one last paragraph
``HelpClient-Report: <key>`` (see :mod:`helpclient.backends.report_key`), which HelpClient
searches for and hides again when it shows the message.
"""

from __future__ import annotations

import html
import re

from helpclient.backends.report_key import KEY_MARKER, key_marker

_MARKER_PARAGRAPH = re.compile(
    r"<(p|div)>(?:\s|&nbsp;|<br\s*/?>)*" + re.escape(KEY_MARKER) + r"[^<]*</\1>",
    re.IGNORECASE)
_MARKER_LINE = re.compile(r"(?:<br\s*/?>)?\s*" + re.escape(KEY_MARKER) + r"\s*[^\s<]+",
                          re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n\s*\n")


def to_html(text: str, key: str = "") -> str:
    """Plain text as rich text: paragraphs at blank lines, line breaks kept, everything
    escaped; with ``key``, the marker paragraph last."""
    paragraphs = [p.strip("\n") for p in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    parts = [f"<p>{'<br>'.join(html.escape(line) for line in p.split(chr(10)))}</p>"
             for p in paragraphs if p.strip()]
    if key:
        parts.append(f"<p>{html.escape(key_marker(key))}</p>")
    return "".join(parts)


def without_marker(markup: str) -> str:
    """Sanitized HTML without HelpClient's key marker (its paragraph, or a line of it)."""
    return _MARKER_LINE.sub("", _MARKER_PARAGRAPH.sub("", markup)).strip()


def html_has_key(markup: str, key: str) -> bool:
    """Whether HTML (or its plain-text rendering) carries the marker of exactly ``key``."""
    if not key:
        return False
    wanted = re.escape(key_marker(key)) + r"(?![\w.-])"
    return re.search(wanted, html.unescape(markup)) is not None
