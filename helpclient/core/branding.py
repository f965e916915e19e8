"""The company's look, from settings (usually machine policy): its name, a logo, an accent colour
and a welcome line for the report wizard.

Qt-free: the checks that tell ``check-config`` why a value is unusable (a logo file that is
missing, unreadable or not an SVG/PNG; a colour that is not ``#RRGGBB``), and the colour
arithmetic that keeps text readable on and in the accent (WCAG contrast ratios). The UI paints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
LOGO_SUFFIXES = (".svg", ".png")
# a logo is a few kilobytes; a huge file is a mistake (a photo) and would slow every window
LOGO_MAX_BYTES = 2_000_000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# WCAG 2 AA: normal text needs 4.5:1 against its background
READABLE = 4.5

RGB = tuple[int, int, int]


class SettingsReader(Protocol):
    """What branding needs from settings: a value by key."""

    def get(self, key: str) -> Any:
        """The effective value of ``key``."""


def check_accent(value: str) -> str:
    """Why ``value`` cannot be the accent colour ("" when it can: empty or ``#RRGGBB``)."""
    if not value or _COLOUR.match(value.strip()):
        return ""
    return f"{value!r} is not a colour written as #RRGGBB (e.g. #0b5cad)"


def check_logo(value: str) -> str:
    """Why ``value`` cannot be the logo ("" when it can: empty, or an absolute path to a readable
    SVG or PNG file of reasonable size). Reads the start of the file."""
    if not value:
        return ""
    path = Path(value)
    if not path.is_absolute():
        return f"{value!r} is not an absolute path"
    if path.suffix.lower() not in LOGO_SUFFIXES:
        return f"{value} is not an SVG or PNG file (.svg, .png)"
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4096)
    except FileNotFoundError:
        return f"{value} does not exist"
    except IsADirectoryError:
        return f"{value} is a folder, not a file"
    except OSError as exc:
        return f"{value} cannot be read ({exc.strerror or exc})"
    if size > LOGO_MAX_BYTES:
        return f"{value} is {size:,} bytes, more than a logo needs ({LOGO_MAX_BYTES:,})"
    if path.suffix.lower() == ".png" and not head.startswith(_PNG_MAGIC):
        return f"{value} is not a PNG image"
    if path.suffix.lower() == ".svg" and b"<svg" not in head:
        return f"{value} is not an SVG image"
    return ""


@dataclass(frozen=True)
class Branding:
    """The look IT configured; empty fields mean HelpClient's own."""

    product: str = "HelpClient"
    company: str = ""
    logo: Path | None = None
    accent: str = ""
    welcome: str = ""

    @classmethod
    def from_settings(cls, settings: SettingsReader, fallback_product: str = "HelpClient"
                      ) -> Branding:
        """The branding in effect (settings already left out the values their checks refused;
        a logo file that went away since shows as no logo)."""
        logo_text = str(settings.get("branding.logo")).strip()
        logo = Path(logo_text) if logo_text else None
        accent = str(settings.get("branding.accent_color")).strip()
        return cls(product=str(settings.get("branding.product_name")).strip() or fallback_product,
                   company=str(settings.get("branding.company_name")).strip(),
                   logo=logo, accent=accent.lower() if not check_accent(accent) else "",
                   welcome=" ".join(str(settings.get("branding.welcome")).split()))

    def display_name(self) -> str:
        """The name windows and the tray show: the product, and the company when the product's
        name does not already say it ("HelpClient (Example Corp)")."""
        if not self.company or self.company.casefold() in self.product.casefold():
            return self.product
        return f"{self.product} ({self.company})"


def parse_colour(value: str) -> RGB:
    """``#RRGGBB`` as (r, g, b)."""
    if not _COLOUR.match(value):
        raise ValueError(f"not #RRGGBB: {value!r}")
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def format_colour(rgb: RGB) -> str:
    """(r, g, b) as ``#rrggbb``."""
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def luminance(rgb: RGB) -> float:
    """The relative luminance of an sRGB colour (WCAG 2)."""
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: RGB, second: RGB) -> float:
    """The contrast ratio of two colours, 1 to 21 (WCAG 2)."""
    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_on(background: RGB) -> RGB:
    """Black or white, whichever reads better on ``background`` (selected text, a default
    button's label on the accent)."""
    black, white = (0, 0, 0), (255, 255, 255)
    return black if contrast(black, background) >= contrast(white, background) else white


def readable_on(colour: RGB, background: RGB, ratio: float = READABLE) -> RGB:
    """``colour``, darkened (on a light background) or lightened (on a dark one) just enough to
    reach ``ratio`` against ``background``: a light brand colour still makes readable links."""
    if contrast(colour, background) >= ratio:
        return colour
    target = (0, 0, 0) if luminance(background) > 0.18 else (255, 255, 255)
    # mixing towards black or white only raises the contrast: find the least mix that suffices
    low, high = 0.0, 1.0
    for _ in range(20):
        middle = (low + high) / 2
        if contrast(_mix(colour, target, middle), background) >= ratio:
            high = middle
        else:
            low = middle
    mixed = _mix(colour, target, high)
    while contrast(mixed, background) < ratio and high < 1:  # rounding to whole channels
        high = min(1.0, high + 0.01)
        mixed = _mix(colour, target, high)
    return mixed


def _mix(colour: RGB, target: RGB, amount: float) -> RGB:
    r, g, b = (round(c + (t - c) * amount) for c, t in zip(colour, target, strict=True))
    return r, g, b
