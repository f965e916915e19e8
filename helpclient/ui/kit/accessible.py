"""What screen readers are told about a widget beyond what Qt works out itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def without_mnemonic(text: str) -> str:
    """``text`` as read aloud: the ``&`` that marks a mnemonic dropped, ``&&`` an ampersand."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def label_field(label: QLabel, field: QWidget) -> None:
    """Make ``label`` the label of ``field``: its mnemonic focuses the field, and a screen reader
    names the field by it. Qt's accessibility finds a buddy label only among the field's
    siblings, and a field is often laid out in a box of its own later (with its error message,
    say): the label's text is given as the field's accessible name too."""
    label.setBuddy(field)
    field.setAccessibleName(without_mnemonic(label.text()))
