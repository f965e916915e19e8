"""The top of a request's view: subject, number, status, dates and "Open in browser"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from helpclient.core.models import Ticket
from helpclient.ui.kit.links import is_web_address, open_outside
from helpclient.ui.kit.style import mute
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.status import StatusBadge
from helpclient.ui.requests.timefmt import format_absolute


def muted_label() -> QLabel:
    """A plain-text label in the theme's secondary text colour."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    mute(label)
    return label


class TicketHeader(QWidget):
    """Shows a ticket's subject, number, status and dates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._url = ""
        self.subject_label = QLabel()
        self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subject_label.setWordWrap(True)
        self.subject_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.subject_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.subject_label.setFont(font)
        self.id_label = QLabel()
        self.badge = StatusBadge()
        self.dates_label = muted_label()
        self.browser_button = QPushButton(self.tr("Open in browser"))
        self.browser_button.setToolTip(self.tr("Open this request on the helpdesk's website"))
        # the button is only shown for web addresses; open_outside checks again
        self.browser_button.clicked.connect(lambda: open_outside(self._url))
        self.browser_button.hide()

        meta = QHBoxLayout()
        for widget in (self.id_label, self.badge):
            meta.addWidget(widget)
        meta.addStretch(1)
        meta.addWidget(self.dates_label)
        title = QHBoxLayout()
        title.addWidget(self.subject_label, 1)
        title.addWidget(self.browser_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title)
        layout.addLayout(meta)

    def show_ticket(self, ticket: Ticket) -> None:
        """Fill in ``ticket``'s facts."""
        self._url = ticket.url
        self.subject_label.setText(ticket.subject or self.tr("(no subject)"))
        self.id_label.setText(arg(self.tr("#%1"), ticket.id))
        # the common status only: the helpdesk's own word for it means nothing to an employee
        self.badge.set_status(ticket.status)
        self.dates_label.setText(arg(self.tr("Opened %1 · Last update %2"),
                                     format_absolute(ticket.created),
                                     format_absolute(ticket.updated)))
        self.browser_button.setVisible(is_web_address(ticket.url))
