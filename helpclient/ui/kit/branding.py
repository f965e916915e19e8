"""The company's look on screen: the accent colour in the application's palette, and the logo as
a picture of a given height.

The accent becomes the selection colour (with black or white text, whichever reads better),
the accent the style paints default buttons and focus with, and the link colour — darkened or
lightened as far as needed for links to stay readable on the window's background. Not under a
high-contrast theme: its user chose those colours to be able to read at all, and they stay.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette, QPixmap

from helpclient.core.branding import format_colour, parse_colour, readable_on, text_on
from helpclient.ui.kit.style import rgb

log = logging.getLogger(__name__)

_ACTIVE_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def high_contrast(palette: QPalette) -> bool:
    """Whether the user reads with a high-contrast theme: the system says so (Qt 6.10+ knows
    it on Windows, macOS and GNOME), or the palette shows it — windows and their text pure
    black and white (ordinary themes soften one of the two)."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast:
        return True
    pair = {palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name()}
    return pair == {"#000000", "#ffffff"}


def accented(palette: QPalette, accent: str) -> QPalette:
    """``palette`` with ``accent`` (``#rrggbb``; "" changes nothing) as its highlight, accent and
    link colours, each paired with readable text — unless it is a high-contrast palette, which
    is kept as it is."""
    result = QPalette(palette)
    if not accent or high_contrast(palette):
        return result
    colour = parse_colour(accent)
    on_accent = QColor(format_colour(text_on(colour)))
    for group in _ACTIVE_GROUPS:
        background = rgb(palette.color(group, QPalette.ColorRole.Base))
        link = QColor(format_colour(readable_on(colour, background)))
        result.setColor(group, QPalette.ColorRole.Highlight, QColor(accent))
        result.setColor(group, QPalette.ColorRole.HighlightedText, on_accent)
        result.setColor(group, QPalette.ColorRole.Accent, QColor(accent))
        result.setColor(group, QPalette.ColorRole.Link, link)
        result.setColor(group, QPalette.ColorRole.LinkVisited, link)
    return result


class AccentPalette:
    """Applies an accent to the application's palette, and takes it off again: the palette the
    application had first is kept, so a changed or removed accent starts from it."""

    def __init__(self, app: QGuiApplication) -> None:
        self._app = app
        self._original = QPalette(app.palette())
        self.accent = ""

    def apply(self, accent: str) -> None:
        """Use ``accent`` ("": the system's colours)."""
        if accent == self.accent:
            return
        self.accent = accent
        self._app.setPalette(accented(self._original, accent))

    def restore(self) -> None:
        """The palette as it was before any accent."""
        self.apply("")


def logo_pixmap(path: Path | None, height: int, max_width: int | None = None) -> QPixmap:
    """The logo at ``path`` (SVG or PNG) scaled to ``height`` pixels, and no wider than
    ``max_width`` (default: four times the height), keeping its proportions; a null pixmap when
    there is none or it cannot be read."""
    if path is None:
        return QPixmap()
    icon = QIcon(str(path))
    pixmap = icon.pixmap(QSize(max_width or height * 4, height))
    if pixmap.isNull():
        log.warning("the logo %s could not be shown", path)
    return pixmap
