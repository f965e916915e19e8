"""What screen readers are told about a widget beyond what Qt works out itself."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
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


def tab_in_place(container: QWidget) -> None:
    """Put the widgets under ``container`` that take Tab, in the order they were made, at the
    container's own place in its window's Tab order. Qt appends a widget made after the window
    was built (rows of results, say) to the end of the order, after the window's buttons."""
    focusable = [w for w in container.findChildren(QWidget) if _takes_tab(w)]
    # setTabOrder ignores a widget without focus: start from the one before the container
    anchor: QWidget | None = container.previousInFocusChain()
    for _ in range(len(container.window().findChildren(QWidget)) + 1):  # the chain is a ring
        if anchor is None or anchor is container or (
                _takes_tab(anchor) and not container.isAncestorOf(anchor)):
            break
        anchor = anchor.previousInFocusChain()
    chain = focusable if anchor is None or anchor is container else [anchor, *focusable]
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
