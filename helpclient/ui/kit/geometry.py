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
