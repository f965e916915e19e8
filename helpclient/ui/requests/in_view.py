"""Which ticket the user has in front of them: the My requests window is shown, not minimized,
and that ticket's page is the current one. Core is told (its news is read already), and the
window hears when a ticket comes into view (to mark it read and show what it missed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from helpclient.core.tracking.attention import Attention


class TicketInView(QObject):
    """Follows ``window``'s show, hide and minimize; ``shown_ticket`` says which ticket page is
    current (None: the list). Call :meth:`update` when the page changes."""

    # A ticket came into view (opened, or its window shown or restored): its id.
    came_into_view = Signal(str)

    def __init__(self, window: QWidget, shown_ticket: Callable[[], str | None],
                 attention: Attention | None) -> None:
        super().__init__(window)
        self._window = window
        self._shown_ticket = shown_ticket
        self._attention = attention
        self._in_view: str | None = None
        window.installEventFilter(self)

    @property
    def ticket_id(self) -> str | None:
        """The ticket in view, if any."""
        return self._in_view

    def update(self) -> None:
        """Work out again which ticket is in view."""
        window = self._window
        ticket_id = (self._shown_ticket()
                     if window.isVisible() and not window.isMinimized() else None)
        if ticket_id == self._in_view:
            return
        self._in_view = ticket_id
        if self._attention is not None:
            self._attention.set_viewing(ticket_id)
        if ticket_id is not None:
            self.came_into_view.emit(ticket_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Show, hide and minimize change what is in view."""
        if watched is self._window and event.type() in (
                QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.WindowStateChange):
            self.update()
        return False
