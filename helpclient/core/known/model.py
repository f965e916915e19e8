"""An announcement of a known problem, as HelpClient keeps it: typed, its text cleaned, in the
languages IT wrote it in.

Every source (a JSON feed, the helpdesk's announcement articles) produces these, and every
string in one has passed :func:`clean_line` or :func:`clean_text`: no control characters, no
bidirectional overrides (which can make text read differently from what it is), bounded length.
The UI shows them as plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

#: A title longer than this is cut: it is one line in a menu and a notification.
MAX_TITLE = 200
#: The text is a few sentences; more is cut (with "…").
MAX_TEXT = 2000
#: Keywords and services: how many, and how long each.
MAX_TERMS = 20
MAX_TERM = 80
MAX_ID = 128

# C0/C1 controls but tab and newline; bidi embeddings, overrides and isolates; the BOM
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def clean_line(value: str, limit: int = MAX_TITLE) -> str:
    """One line of shown text: unsafe characters removed, whitespace collapsed, cut."""
    text = unicodedata.normalize("NFC", _UNSAFE.sub("", value.replace("\r", " ")))
    return _cut(" ".join(text.split()), limit)


def clean_text(value: str, limit: int = MAX_TEXT) -> str:
    """Several lines of shown text: unsafe characters removed, spaces within lines collapsed,
    at most one blank line in a row, cut."""
    text = unicodedata.normalize("NFC", _UNSAFE.sub("", value.replace("\r\n", "\n")
                                                         .replace("\r", "\n")))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _cut(_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip(), limit)


@dataclass(frozen=True)
class Localized:
    """An announcement's words in one language."""

    title: str
    text: str = ""


@dataclass(frozen=True)
class Announcement:
    """A known problem IT announced.

    ``key`` is unique across sources ("feed:mail-b", "rt:12"); ``texts`` pairs a language
    ("en", "ru"; "" when the source did not say) with the title and text in it, at least one;
    ``languages`` restricts who sees it (users of these interface languages; empty:
    everyone); ``since`` is when it started, ``until`` when IT expects it to be over (it is
    not shown after), ``resolved`` when IT said it is fixed (None: not yet); ``keywords`` and
    ``services`` (the affected ones, shown) help match it to what the user types; ``url``
    says more about it (http/https only); ``updated`` is the source's last change, when it
    says."""

    key: str
    texts: tuple[tuple[str, Localized], ...]
    since: datetime | None = None
    until: datetime | None = None
    resolved: datetime | None = None
    languages: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    url: str = ""
    source: str = ""
    updated: datetime | None = field(default=None, compare=False)

    def is_active(self, now: datetime) -> bool:
        """Started (or no start given), not resolved, not past its expected end."""
        if self.resolved is not None:
            return False
        if self.since is not None and self.since > now:
            return False
        return self.until is None or self.until > now

    def shown_to(self, language: str) -> bool:
        """Whether a user of this interface language sees it."""
        return not self.languages or language in self.languages

    def localized(self, language: str) -> Localized:
        """The words in ``language``, else the ones in no particular language, else English,
        else any: an outage is better told in another language than not at all."""
        texts = dict(self.texts)
        for choice in (language, "", "en"):
            if choice in texts:
                return texts[choice]
        return self.texts[0][1]
