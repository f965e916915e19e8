"""What the tray says when a report or reply that waited in the outbox is sent, needs the user
to sign in again, or is refused by the helpdesk."""

from __future__ import annotations

from PySide6.QtCore import QObject

from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.sender import Event
from helpclient.ui.kit.text import arg


class DeliveryNotices(QObject):
    """Turns outbox events into notification texts."""

    def describe(self, event: Event) -> tuple[str, str] | None:
        """(title, message) of the notification for ``event``, or None when there is none
        (a delivered reply shows up in its conversation instead)."""
        if event.reply:
            return self._reply(event)
        if event.state is State.SENT:
            return (arg(self.tr("Request #%1 sent"), event.ticket_id),
                    self.tr("A report that was waiting has reached support."))
        if event.state is State.NEEDS_AUTH:
            return (self.tr("Sign in to send your report"),
                    self.tr("The helpdesk did not accept your sign-in. Your report is kept: "
                            "sign in again in Settings and it will be sent."))
        if event.state is State.FAILED:
            return (self.tr("Your report was not accepted"),
                    arg(self.tr("%1 The report is kept: open the reports waiting to be sent "
                                "from HelpClient's menu."), event.message))
        return None

    def _reply(self, event: Event) -> tuple[str, str] | None:
        if event.state is State.NEEDS_AUTH:
            return (self.tr("Sign in to send your reply"),
                    arg(self.tr("Your reply to request #%1 is kept: sign in again in Settings "
                                "and it will be sent."), event.ticket_id))
        if event.state is State.FAILED:
            return (arg(self.tr("Your reply to request #%1 was not accepted"), event.ticket_id),
                    arg(self.tr("%1 The reply is kept: open the reports waiting to be sent "
                                "from HelpClient's menu."), event.message))
        return None
