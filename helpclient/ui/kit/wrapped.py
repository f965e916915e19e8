"""A word-wrapped label that claims the height its text needs at the width it is given.

Qt lays a window out from its widgets' size hints, and a word-wrapped QLabel's hint is for
a width of its own choosing: in a narrower column (a form's field, a tab page, a window the
user made narrower) the text needs more lines than the layout gave it, and the last ones are
cut off or drawn over the next widget — a top-level window does not ask its layout for the
height for its width. This label asks for itself: once its width is known (and when its text
changes), its minimum height becomes the height its text takes at that width, so the layout
makes room and the window grows as far as it must."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped QLabel whose minimum height follows its text at its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 plain: bool = False) -> None:
        """``plain``: shown as plain text, never as rich text (text that is not markup)."""
        super().__init__(text, parent)
        self.setWordWrap(True)
        if plain:
            self.setTextFormat(Qt.TextFormat.PlainText)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        """Show ``text``, claiming the height it takes."""
        super().setText(text)
        self._claim_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """A new width: claim the height the text takes at it."""
        super().resizeEvent(event)
        self._claim_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Shown (on a tab brought forward, say) at the width laid out meanwhile."""
        super().showEvent(event)
        self._claim_height()

    def _claim_height(self) -> None:
        if not self.isVisible():
            return  # not laid out yet: its width means nothing
        needed = self.heightForWidth(self.width()) if self.text() else 0
        if needed >= 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)
