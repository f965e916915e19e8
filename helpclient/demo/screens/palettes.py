"""The palettes the screens are rendered in besides the platform's: a dark one (as a dark desktop
theme gives the app) and a high-contrast one (white on black, yellow selection, as Windows'
"High Contrast Black" and GNOME's high-contrast theme)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

_DARK = {Role.Window: "#2b2b2e", Role.WindowText: "#e8e8ea", Role.Base: "#1e1e20",
         Role.AlternateBase: "#323236", Role.ToolTipBase: "#3a3a3e", Role.ToolTipText: "#e8e8ea",
         Role.PlaceholderText: "#9a9aa0", Role.Text: "#e8e8ea", Role.Button: "#3a3a3e",
         Role.ButtonText: "#e8e8ea", Role.BrightText: "#ffffff", Role.Light: "#4a4a50",
         Role.Midlight: "#3e3e44", Role.Mid: "#2a2a2e", Role.Dark: "#161618",
         Role.Shadow: "#000000", Role.Highlight: "#3d7bd9", Role.HighlightedText: "#ffffff",
         Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9", Role.Accent: "#3d7bd9"}
_DARK_DISABLED = {Role.WindowText: "#8a8a90", Role.Text: "#8a8a90", Role.ButtonText: "#8a8a90"}

_CONTRAST = {Role.Window: "#000000", Role.WindowText: "#ffffff", Role.Base: "#000000",
             Role.AlternateBase: "#101010", Role.ToolTipBase: "#000000",
             Role.ToolTipText: "#ffffff", Role.PlaceholderText: "#c0c0c0", Role.Text: "#ffffff",
             Role.Button: "#000000", Role.ButtonText: "#ffffff", Role.BrightText: "#ffffff",
             Role.Light: "#ffffff", Role.Midlight: "#c0c0c0", Role.Mid: "#808080",
             Role.Dark: "#ffffff", Role.Shadow: "#ffffff", Role.Highlight: "#ffff00",
             Role.HighlightedText: "#000000", Role.Link: "#00ffff", Role.LinkVisited: "#ff80ff",
             Role.Accent: "#ffff00"}
_CONTRAST_DISABLED = {Role.WindowText: "#3ff23f", Role.Text: "#3ff23f",
                      Role.ButtonText: "#3ff23f"}


def _palette(colours: dict[QPalette.ColorRole, str],
             disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    return palette


def dark_palette() -> QPalette:
    """A dark theme's palette."""
    return _palette(_DARK, _DARK_DISABLED)


def contrast_palette() -> QPalette:
    """A high-contrast theme's palette (white on black)."""
    return _palette(_CONTRAST, _CONTRAST_DISABLED)
