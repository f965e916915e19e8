"""The window the tray's "Known problems" opens: what IT is working on now, and a way to report
something else."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.known.model import Announcement
from helpclient.ui.known.card import AnnouncementCard


class KnownProblemsWindow(QWidget):
    """The active announcements as cards; ``report_requested`` when the user's problem is
    another one (or they want to add to it)."""

    report_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Known problems"))
        self.heading = QLabel(self.tr("IT already knows about these problems and is working on "
                                      "them. You will be told when each is fixed."), self)
        self.heading.setWordWrap(True)
        self.empty = QLabel(self.tr("There are no known problems right now."), self)
        self.cards: list[AnnouncementCard] = []
        self._list = QWidget()
        self._rows = QVBoxLayout(self._list)
        self._rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._list)
        buttons = QDialogButtonBox(self)
        self.report_button = QPushButton(self.tr("Report a problem…"), self)
        self.report_button.setToolTip(self.tr("Your problem is a different one, or you have "
                                              "something to add"))
        self.report_button.clicked.connect(self.report_requested)
        buttons.addButton(self.report_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.set_announcements([])

    def set_announcements(self, announcements: Sequence[Announcement]) -> None:
        """Show these announcements (newest first), or say there are none."""
        for card in self.cards:
            card.setParent(None)  # out of the layout now, deleted when Qt gets to it
            card.deleteLater()
        self.cards = []
        for position, announcement in enumerate(announcements):
            card = AnnouncementCard(announcement, self._list)
            self._rows.insertWidget(position, card)
            self.cards.append(card)
        self.heading.setVisible(bool(self.cards))
        self.empty.setVisible(not self.cards)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
