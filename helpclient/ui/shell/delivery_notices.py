"""What the tray says when a report or reply that waited in the outbox is sent, needs the user
to sign in again, or is refused by the helpdesk — and, when only support can resolve that and IT
configured other ways to reach it, where to find them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.sender import Event
from helpclient.core.errors import user_cannot_fix
from helpclient.ui.kit.text import arg


class DeliveryNotices(QObject):
    """Turns outbox events into notification texts."""

    def describe(self, event: Event, other_ways: bool = False) -> tuple[str, str] | None:
        """(title, message) of the notification for ``event``, or None when there is none
        (a delivered reply shows up in its conversation instead). ``other_ways``: IT
        configured other ways to reach support, named when only support can help."""
        notice = self._reply(event) if event.reply else self._report(event)
        if notice is not None and other_ways and user_cannot_fix(event.error):
            title, message = notice
            return title, message + " " + self.tr(
                "You can also reach support another way: Other ways to get help, in "
                "HelpClient's menu.")
        return notice

    def _report(self, event: Event) -> tuple[str, str] | None:
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
