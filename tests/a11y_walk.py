"""What a screen reader is told about a window: the interactive widgets in its tree and the
accessible name Qt's accessibility reports for each (its own text, a buddy label's,
``setAccessibleName``). Shared by the accessibility tests and any tour of the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

# a tab bar is named by its tabs' texts (checked as such)
INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
               QLineEdit, QPlainTextEdit, QTextEdit)
LINKS = (Qt.TextInteractionFlag.LinksAccessibleByKeyboard
         | Qt.TextInteractionFlag.LinksAccessibleByMouse)


def accessible_name(widget: QWidget) -> str:
    """The name Qt's accessibility gives ``widget`` (what a screen reader says for it)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    if isinstance(widget, QComboBox) and not widget.accessibleName():
        # on Linux Qt names a combo box by its current item; its label comes as a relation
        labels = interface.relations(QAccessible.RelationFlag.Label)
        return " ".join(label.text(QAccessible.Text.Name) for label, _ in labels).strip()
    return interface.text(QAccessible.Text.Name).strip()


def accessible_description(widget: QWidget) -> str:
    """The description Qt's accessibility gives ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Description).strip() if interface is not None
            else "")


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside its own widgets (a combo box's line edit, a scroll area's bars, a
    tab bar's scroll buttons, a line edit's clear button, a view's headers): their owner carries
    the name, or, for headers, the view's columns do."""
    if isinstance(widget, QScrollBar) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractItemView) and isinstance(widget, QHeaderView):
        return True
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        parent = parent.parentWidget()
    return False


def _is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):  # a label is interactive only with links in it
        return bool(widget.textInteractionFlags() & LINKS) and "<a " in widget.text()
    return isinstance(widget, INTERACTIVE)


def describe(widget: QWidget) -> str:
    """Enough to find the widget in the code: its class, object name and a bit of its text."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    for getter in ("text", "placeholderText", "toolTip"):
        value = getattr(widget, getter, None)
        text = value() if callable(value) else ""
        if isinstance(text, str) and text:
            parts.append(f"{getter}={text[:40]!r}")
            break
    parent = widget.parentWidget()
    if parent is not None:
        parts.append(f"in {type(parent).__name__}")
    return " ".join(parts)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and every widget under it a user operates (not Qt's own inner parts) that shows
    while ``root`` does: a page not current, a button hidden until it has something to do, are
    left for the state that shows them."""
    widgets = [root, *root.findChildren(QWidget)]
    return [w for w in widgets
            if _is_interactive(w) and not _qt_internal(w) and (w is root or w.isVisibleTo(root))]


def nameless(root: QWidget) -> list[str]:
    """Each interactive widget under ``root`` that has no accessible name, described; tabs
    without text and menu actions without text are listed too."""
    found = [describe(w) for w in interactive_widgets(root) if not accessible_name(w)]
    for bar in [root, *root.findChildren(QTabBar)]:
        if isinstance(bar, QTabBar) and (bar is root or bar.isVisibleTo(root)):
            found += [f"tab {i} of {describe(bar)}" for i in range(bar.count())
                      if not bar.tabText(i).replace("&", "").strip()
                      and not bar.accessibleTabName(i)]
    return found


def nameless_actions(menu: QMenu) -> list[str]:
    """Each visible action of ``menu`` (and its submenus) without text."""
    found: list[str] = []
    action: QAction
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():  # shown once it has text
            continue
        if not action.text().replace("&", "").strip():
            found.append(f"action {action.objectName() or action!r} in {menu.title()!r}")
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += nameless_actions(sub)
    return found
