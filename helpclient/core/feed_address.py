"""Which addresses may serve IT's known-problems feed: https, or http to this computer only (a
test server). Announcements tell people what to do, so nobody on the way may rewrite them.

At core's top because the settings check it (``announcements.feed_url``) and the feed reader
refuses anything else; OAuth's endpoints follow the same rule (tokens must not cross in clear).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def check_feed_url(value: str) -> str:
    """Why ``value`` cannot be a feed address ("" when it is empty or can)."""
    url = value.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return f"{value!r} is not a web address"
    if parts.scheme == "https" and host:
        return ""
    if parts.scheme == "http" and _is_loopback(host):
        return ""
    return f"{value!r} is not an https:// address"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
