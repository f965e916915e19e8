"""Whether a text is a web address HelpClient may hand to a browser: absolute http(s) with a
server, nothing else (any other scheme — ``file:``, ``javascript:``, a custom handler — would be
a way to run something).

One check for every address that comes from settings, policy or a server (support's chat and
portal, social links, the remote-assistance page, links in IT's known-problems feed). It never
raises: ``urlsplit`` does on some typos ("http://[fe80::1"), and those come from hostile or
mistyped data.
"""

from __future__ import annotations

from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")


def web_address_problem(text: str) -> str:
    """Why ``text`` is not an absolute http(s) address with a server ("" when it is)."""
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(text)
    except ValueError:
        return "is not a web address"
    if parts.scheme.lower() not in WEB_SCHEMES:
        return "only http and https addresses are opened"
    if not parts.netloc:
        return "names no server"
    return ""


def is_web_address(text: str) -> bool:
    """True for an absolute http(s) address with a server (see :func:`web_address_problem`)."""
    return not web_address_problem(text)
