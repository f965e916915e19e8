"""Tie a task callback to the widget it updates.

A background task may finish after its widget was closed and deleted (the user went back to the
list, or closed the window). Calling into a deleted Qt object raises ``RuntimeError``, so the
callbacks the requests UI hands to ``TaskRunner`` are wrapped to do nothing once it is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def bound_to(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, made a no-op once ``owner``'s C++ object has been deleted."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
