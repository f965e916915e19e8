"""Opening links outside the app. Addresses in tickets and articles come from the server, and
the operating system would open any scheme it knows (``file:``, custom handlers), so only the
schemes listed here are ever handed over."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

# Addresses a web browser opens.
WEB_SCHEMES = ("http", "https")
# What a link inside a text we show may open: web pages, and a new e-mail.
SAFE_SCHEMES = (*WEB_SCHEMES, "mailto")


def is_web_address(url: QUrl | str) -> bool:
    """True for an http(s) address."""
    return QUrl(url).scheme() in WEB_SCHEMES


def open_outside(url: QUrl | str, schemes: tuple[str, ...] = WEB_SCHEMES) -> bool:
    """Open ``url`` with the system's handler if its scheme is one of ``schemes``; returns
    whether it was handed over."""
    url = QUrl(url)
    if url.scheme() not in schemes:
        return False
    return QDesktopServices.openUrl(url)
