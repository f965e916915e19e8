"""The wizard's duplicate hint: "This looks like your open request #N" with a button to add the
new details to it instead of opening a second ticket. Matching is ``core.duplicates``; the open
tickets come from the ticket cache (no network while the user types)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from helpclient.core.models import Ticket
from helpclient.core.report.duplicates import likely_duplicate
from helpclient.ui.kit.text import arg


class DuplicateHint(QFrame):
    """Hidden until the summary matches one of the user's open requests."""

    # The user chose to add the details to this request (its id).
    add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._tickets: list[Ticket] = []
        self.match: Ticket | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._add)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        self.hide()

    def set_open_tickets(self, tickets: Sequence[Ticket]) -> None:
        """The user's requests to compare against (only active ones can match)."""
        self._tickets = list(tickets)

    def check(self, summary: str) -> None:
        """Show or hide the hint for the summary as typed."""
        self.match = likely_duplicate(summary, self._tickets)
        if self.match is None:
            self.hide()
            return
        self.label.setText(arg(self.tr("This looks like your open request #%1 “%2”. Add what "
                                       "you know now to it, so support sees it in one place."),
                               self.match.id, self.match.subject))
        self.add_button.setText(arg(self.tr("Add this to request #%1"), self.match.id))
        self.show()

    def _add(self) -> None:
        if self.match is not None:
            self.add_requested.emit(self.match.id)
