""""Let support connect to my computer…" above an open request, when IT configured a tool."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from helpclient.ui.requests.ticket_view import TicketView


class RemoteOffer(QPushButton):
    """Shown for an open (not solved or closed) request while remote assistance is available;
    ``requested(ticket_id)`` asks for it about that request. ``current`` gives the request
    shown (None: the list)."""

    requested = Signal(str)

    def __init__(self, current: Callable[[], TicketView | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self._available = False
        self.setText(self.tr("Let support connect to my computer…"))
        self.setToolTip(self.tr("Start the remote-assistance tool your support team uses "
                                "(HelpClient asks you first)"))
        self.clicked.connect(self._clicked)
        self.hide()

    def set_available(self, available: bool) -> None:
        """Whether IT configured a tool that can start here."""
        self._available = available
        self.update_offer()

    def update_offer(self) -> None:
        """Show or hide the button for the request shown now (after it loaded or changed)."""
        view = self._current()
        ticket = view.ticket() if view is not None else None
        self.setVisible(self._available and ticket is not None and ticket.status.is_active)

    def _clicked(self) -> None:
        view = self._current()
        if view is not None:
            self.requested.emit(view.ticket_id)
