"""The question asked every time before support may connect: what will start, what support will
see, that the user stays in control, how to stop — and which request hears of it.

Nothing is remembered: each session is a new question, and the safe answer (Cancel) is the
default button, so Enter or Escape never starts anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.models import Ticket
from helpclient.core.remote import RemoteAssist
from helpclient.ui.kit.text import arg
from helpclient.ui.remote.notices import how_to_stop


def _label(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


class ConsentDialog(QDialog):
    """Asks whether support may connect with ``assist``'s tool. ``tickets`` are the user's open
    requests (newest first); ``chosen`` names the one to note the session in, when the user
    is looking at it. Accepted: the user agreed, :meth:`note_ticket` says where to note it.

    Shown with ``open()`` (non-blocking): the caller reacts to ``accepted``."""

    def __init__(self, assist: RemoteAssist, tickets: Sequence[Ticket], chosen: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tickets = list(tickets)
        self.setWindowTitle(self.tr("Remote assistance"))
        tool = f"<b>{escape(assist.tool)}</b>"
        heading = _label(self.tr("Let support connect to your computer?"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        if assist.opens_browser:
            what = arg(self.tr("HelpClient will open %1, the remote-assistance service your "
                               "support team uses, in your web browser."), tool)
        else:
            what = arg(self.tr("HelpClient will start %1, the remote-assistance program your "
                               "support team uses."), tool)
        self.what_label = _label(what, rich=True)
        self.sees_label = _label(self.tr(
            "Once you let them in, the person from support sees your screen and may use your "
            "mouse and keyboard, to work on the problem with you."))
        self.control_label = _label(self.tr(
            "You stay in control: you see everything they do, and you can end the session at "
            "any time."))
        self.stop_label = _label(arg(self.tr("<b>To stop:</b> %1"),
                                     escape(how_to_stop(assist))), rich=True)
        self.ticket_box = QComboBox()
        self.ticket_box.setAccessibleName(self.tr("Request to add the note to"))
        ticket_label = _label(self.tr("A note that you agreed will be added to your request:"))
        ticket_label.setBuddy(self.ticket_box)
        self._fill_tickets(chosen)
        ask_label = _label(self.tr("HelpClient asks every time. Nothing starts unless you "
                                   "agree."))
        self._build_buttons(assist)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        for label in (self.what_label, self.sees_label, self.control_label, self.stop_label):
            layout.addWidget(label)
        if self._tickets:
            choice = QVBoxLayout()  # the label sits with its list, not a paragraph away
            choice.setSpacing(4)
            choice.addWidget(ticket_label)
            choice.addWidget(self.ticket_box)
            layout.addLayout(choice)
        else:
            ticket_label.hide()
            self.ticket_box.hide()
        layout.addWidget(ask_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.cancel_button.setFocus()

    def _build_buttons(self, assist: RemoteAssist) -> None:
        self.buttons = QDialogButtonBox()
        start_text = (arg(self.tr("Open %1"), assist.tool) if assist.opens_browser
                      else arg(self.tr("Start %1"), assist.tool))
        self.start_button: QPushButton = self.buttons.addButton(
            start_text, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        self.cancel_button: QPushButton = cancel
        # the safe answer is the default: Enter does not let anyone in
        self.start_button.setAutoDefault(False)
        self.start_button.setDefault(False)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _fill_tickets(self, chosen: str) -> None:
        for ticket in self._tickets:
            self.ticket_box.addItem(arg(self.tr("#%1 — %2"), ticket.id,
                                        ticket.subject or self.tr("(no subject)")), ticket.id)
        self.ticket_box.addItem(self.tr("No request: do not add a note"), "")
        ids = [ticket.id for ticket in self._tickets]
        # the request the user is looking at, else the newest one
        self.ticket_box.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)

    def note_ticket(self) -> Ticket | None:
        """The request to note the session in (None: none, or the user chose none)."""
        chosen = self.ticket_box.currentData()
        return next((t for t in self._tickets if t.id == chosen), None)
