"""An inline error banner: what went wrong, in plain words, with a way to try again.

Shown above content rather than as a modal box, because after a failed refresh or send the
user's data is still there (the list, the typed reply) and they should keep working with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget


class ErrorBanner(QFrame):
    """A dismissible strip with an icon, a message and an optional "Try again" button."""

    retry_requested = Signal()
    other_ways_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, retry: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Tinted, not saturated: the banner must be noticed without hiding the content below.
        self.setStyleSheet(
            "#errorBanner { background: rgba(192, 28, 40, 0.10);"
            " border: 1px solid rgba(192, 28, 40, 0.55); border-radius: 6px; }")
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        # Messages may quote the server; never let that text be interpreted as markup.
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.retry_requested)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.clicked.connect(self.hide)
        # for a refusal only support can resolve, when IT configured other ways to reach it
        self.other_ways_button = QPushButton(self.tr("Other ways to reach support…"))
        self.other_ways_button.clicked.connect(self.other_ways_requested)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(icon)
        layout.addWidget(self.message_label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.other_ways_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        # only now, inside the banner: shown without a parent, the button would flash up as a
        # window of its own and take the focus from the user's window
        self.retry_button.setVisible(retry)
        self.other_ways_button.setVisible(False)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show the banner with ``text`` (already translated, plain text)."""
        self.message_label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self.message_label.text() if not self.isHidden() else ""
