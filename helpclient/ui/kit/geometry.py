"""Window sizes that respect the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def grow_towards(window: QWidget, wanted: QSize) -> None:
    """Grow ``window`` (never shrink it) towards ``wanted``, as far as its screen allows."""
    screen = window.screen()
    room = screen.availableGeometry().size() if screen is not None else wanted
    size = window.size().expandedTo(wanted.boundedTo(room - QSize(40, 60)))
    if size != window.size():
        window.resize(size)


def open_at_least(window: QWidget, width: int) -> None:
    """Open ``window`` at least ``width`` pixels wide, and wider when its content asks for it
    (a longer language, a larger font). Unlike ``setMinimumWidth``, which replaces the minimum
    the layout works out, so that a checkbox or button with a longer text is cut off."""
    hint = window.sizeHint()
    window.resize(max(width, hint.width()), hint.height())
