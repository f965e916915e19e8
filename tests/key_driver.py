"""The keys a user presses, sent where the keyboard focus is: what the keyboard-only tests
drive the GUI with (no mouse, no method a user cannot reach with keys)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    """The widget with the keyboard focus (there must be one)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    """``key`` (with ``modifier``) pressed where the focus is."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    """``text`` typed where the focus is."""
    qtbot.keyClicks(focused(), text)


def end_line(qtbot, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Enter or Escape in a line of the actions list: Qt's item delegate commits and closes the
    line editor through a queued call, so let the event loop run it."""
    press(qtbot, key)
    QApplication.processEvents()


def alt(qtbot, key: Qt.Key, until: Callable[[], bool]) -> None:
    """Alt+key: a button mnemonic clicks after Qt's short press animation, so wait for it."""
    press(qtbot, key, ALT)
    qtbot.waitUntil(until)
