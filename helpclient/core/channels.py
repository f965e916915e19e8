"""The other ways to reach support that IT configured (phone, e-mail, chat, portal, social
channels), and the ``tel:`` and ``mailto:`` links to them.

The values come from settings, usually machine policy; a value that cannot make a working link
(a chat address that is not http(s), an e-mail address without "@") is left out rather than
offered broken. The ``check_*`` functions say why, for ``helpclient check-config``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from helpclient.core.web_address import is_web_address

log = logging.getLogger(__name__)

# Windows hands a link to the mail program through ShellExecute, and several mail programs
# cut what they receive, at about 2,000 characters: a longer mailto: link may open nothing or a
# truncated message, so ours stays under this (the body is cut, the address and subject never).
MAILTO_LIMIT = 2000
# a subject is a line: the summary is short, but policy or a pasted text might not be
SUBJECT_LIMIT = 200

_EMAIL = re.compile(r"^[^@\s?&#/<>\"]+@[^@\s?&#/<>\"]+\.[^@\s?&#/<>\"]+$")


class SettingsReader(Protocol):
    """What the channels need from settings: a value by key."""

    def get(self, key: str) -> Any:
        """The effective value of ``key``."""


@dataclass(frozen=True)
class SocialLink:
    """A social channel of support's (a messenger group, a community page): its name as the
    user sees it, and its web address."""

    label: str
    url: str


def parse_social_link(entry: str) -> SocialLink | None:
    """``"Label=https://…"`` (or a bare ``https://…``, named by its host) as a link; None when
    the address is not http(s)."""
    entry = entry.strip()
    if is_web_address(entry):
        return SocialLink(urlsplit(entry).hostname or entry, entry)
    label, sep, url = entry.partition("=")
    label, url = " ".join(label.split()), url.strip()
    if not sep or not label or not is_web_address(url):
        return None
    return SocialLink(label, url)


def check_social_link(entry: str) -> str:
    """Why ``entry`` of ``support.social_links`` cannot be offered ("" when it can)."""
    if parse_social_link(entry) is not None:
        return ""
    return f"{entry!r} is not Label=https://… (only http and https addresses are offered)"


def check_web_address(value: str) -> str:
    """Why ``value`` cannot be a chat or portal address ("" when empty or http(s))."""
    if not value.strip() or is_web_address(value.strip()):
        return ""
    return f"{value!r} is not an http or https address"


def check_email(value: str) -> str:
    """Why ``value`` cannot be support's e-mail address ("" when empty or an address)."""
    if not value.strip() or _EMAIL.match(value.strip()):
        return ""
    return f"{value!r} is not an e-mail address"


def check_phone(value: str) -> str:
    """Why ``value`` cannot be support's phone number ("" when empty or it has digits)."""
    if not value.strip() or tel_url(value):
        return ""
    return f"{value!r} has no digits to dial"


@dataclass(frozen=True)
class SupportChannels:
    """The configured channels; an empty field is not offered."""

    phone: str = ""
    email: str = ""
    chat_url: str = ""
    portal_url: str = ""
    company: str = ""
    social: tuple[SocialLink, ...] = ()

    @classmethod
    def from_settings(cls, settings: SettingsReader) -> SupportChannels:
        """The channels as configured, without the values that could not make a link."""
        phone = str(settings.get("support.phone")).strip()
        email = str(settings.get("support.email")).strip()
        chat = str(settings.get("support.chat_url")).strip()
        portal = str(settings.get("support.portal_url")).strip()
        if phone and not tel_url(phone):
            log.warning("support.phone has no digits to dial; not offered")
            phone = ""
        if email and not _EMAIL.match(email):
            log.warning("support.email is not an e-mail address; not offered")
            email = ""
        if chat and not is_web_address(chat):
            log.warning("support.chat_url is not an http(s) address; not offered")
            chat = ""
        if portal and not is_web_address(portal):
            log.warning("support.portal_url is not an http(s) address; not offered")
            portal = ""
        company = str(settings.get("branding.company_name")).strip()
        social = []
        for entry in settings.get("support.social_links") or ():
            link = parse_social_link(str(entry))
            if link is None:
                log.warning("a support.social_links entry is not Label=https://…; not offered")
            else:
                social.append(link)
        return cls(phone, email, chat, portal, company, tuple(social))

    def any(self) -> bool:
        """Whether at least one channel is configured."""
        return bool(self.phone or self.email or self.chat_url or self.portal_url or self.social)


def tel_url(phone: str) -> str:
    """The ``tel:`` link that dials ``phone`` as written for people ("+1 (555) 010-0 ext"):
    only the leading "+" and the digits count; "" when there is no digit."""
    digits = "".join(ch for ch in phone if ch.isdigit() and ch.isascii())
    if not digits:
        return ""
    plus = "+" if phone.lstrip().startswith("+") else ""
    return f"tel:{plus}{digits}"


def mailto_url(address: str, subject: str = "", body: str = "", *, cut_note: str = "",
               limit: int = MAILTO_LIMIT) -> str:
    """A ``mailto:`` link (RFC 6068) to ``address`` with ``subject`` and ``body`` filled,
    percent-encoded (UTF-8, line breaks as CRLF). When the link would exceed ``limit``
    characters the body is cut at a line break, and ``cut_note`` ends it, to say so."""
    base = "mailto:" + quote(address, safe="@")
    subject = " ".join(subject.split())
    if len(subject) > SUBJECT_LIMIT:
        subject = subject[:SUBJECT_LIMIT - 1].rstrip() + "\u2026"
    fields = [f"subject={_encode(subject)}"] if subject else []
    head = base + ("?" + "&".join(fields) if fields else "")
    if not body:
        return head
    joiner = "&" if fields else "?"

    def url(text: str) -> str:
        return f"{head}{joiner}body={_encode(text)}"

    whole = url(body)
    if len(whole) <= limit:
        return whole
    note = "\n\n" + cut_note if cut_note else ""
    if len(url(note)) > limit:
        return head  # not even the note fits next to this subject
    # the longest start of the body that fits with the note (encoded lengths grow with the
    # text, so a binary search over the number of characters finds it)
    low, high = 0, len(body)
    while low < high:
        middle = (low + high + 1) // 2
        if len(url(body[:middle] + note)) <= limit:
            low = middle
        else:
            high = middle - 1
    kept = body[:low]
    # end at a line break when one is near, so no line stops mid-word
    line_end = kept.rfind("\n")
    if line_end > len(kept) // 2:
        kept = kept[:line_end]
    return url(kept.rstrip() + note)


def _encode(text: str) -> str:
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")
