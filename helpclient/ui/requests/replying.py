"""The ticket view's reply: sending it, and the replies still waiting in the outbox, shown at the
end of the conversation until the helpdesk has them. Once the user has answered (sent or
queued), the "Support is waiting for your answer" banner goes.

A mixin of ``TicketView`` (it uses the view's runner, widgets and action plumbing), split out to
keep the view's file about showing the ticket.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from helpclient.core.delivery.entry import Entry
from helpclient.core.tracking.attention import Attention, as_own
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.attachments import ReplyFiles
from helpclient.ui.requests.banner import ErrorBanner
from helpclient.ui.requests.reply_path import QueuedReplies, ReplySender

# For the type checker the mixin is the widget it is mixed into; at run time TicketView's own
# bases provide QWidget (a second QWidget base here would break the MRO).
if TYPE_CHECKING:
    _Widget = QWidget
else:
    _Widget = object


def no_queued_replies(_ticket_id: str) -> list[Entry]:
    """The ``QueuedReplies`` of a view without an outbox: nothing ever waits."""
    return []


class ReplyActions(_Widget):
    """Sending a reply and showing the ones that wait. Texts are translated in the "TicketView"
    context, the class they appear in at run time. ``TicketView`` provides what is declared
    below."""

    _runner: TaskRunner
    _ticket_id: str
    _attention: Attention | None
    _send_reply: ReplySender
    _queued_replies: QueuedReplies
    _queued: list[Entry]
    _action_running: bool
    reply_edit: QPlainTextEdit
    reply_files: ReplyFiles
    waiting_label: QLabel
    error_banner: ErrorBanner
    waiting_known: SignalInstance
    is_busy: Callable[[], bool]
    reload: Callable[[], None]
    _can_reply: Callable[[], bool]
    _can_attach: Callable[[], bool]
    _set_activity: Callable[[str], None]
    _update_actions: Callable[[], None]
    _show_conversation: Callable[[], None]
    _action_done: Callable[[], None]
    _action_failed: Callable[[BaseException], None]

    def send_reply(self) -> None:
        """Send the reply box's text; on success clear it, on failure keep it and explain."""
        body = self.reply_edit.toPlainText().strip()
        # Ctrl+Return reaches here even when the reply box is hidden (e.g. just solved).
        if not body or self.is_busy() or not self._can_reply():
            return
        ticket_id, send = self._ticket_id, self._send_reply
        files = self.reply_files.attachments() if self._can_attach() else ()
        self._action_running = True
        self.error_banner.hide()
        self._set_activity(QCoreApplication.translate("TicketView", "Sending your reply…"))
        self._update_actions()
        sending = as_own(self._attention, ticket_id, lambda: send(ticket_id, body, files))
        self._runner.run_task(sending, self._reply_done, self._action_failed, context=self)

    def show_upload_progress(self, sent_kib: int, total_kib: int) -> None:
        """How much of the reply being sent has gone (files make it take a while)."""
        if self._action_running and total_kib > 0:
            sending = QCoreApplication.translate("TicketView", "Sending your reply… %1 %")
            self._set_activity(arg(sending, min(100, sent_kib * 100 // total_kib)))

    def reply_delivered(self) -> None:
        """A reply that waited in the outbox has reached the helpdesk: it leaves the waiting
        ones and shows in the conversation (a load in flight may predate it: this one wins)."""
        self.reload()

    def _reply_done(self, sent: object) -> None:
        # The text is safe either way (on the helpdesk, or in the outbox): clear the box. The
        # user has answered: support no longer waits for them.
        self.reply_edit.clear()
        self.reply_files.clear()
        self.waiting_label.hide()
        if sent is False:
            self._action_running = False
            self._set_activity("")
            self._update_actions()
            self._refresh_queued()  # the reply shows in the conversation, marked as waiting
            return
        self._action_done()

    def _show_waiting(self, waiting: bool) -> None:
        # a reply waiting in the outbox is an answer too: support is not waiting for the user
        waiting = waiting and not self._queued
        self.waiting_label.setVisible(waiting)
        self.waiting_known.emit(self._ticket_id, waiting)

    def _refresh_queued(self) -> None:
        """Show the replies waiting in the outbox again, without asking the helpdesk (which may
        be out of reach: that is why they wait)."""
        ticket_id, queued = self._ticket_id, self._queued_replies
        self._runner.run_task(lambda: list(queued(ticket_id)), self._queued_loaded,
                              context=self)

    def _queued_loaded(self, entries: list[Entry]) -> None:
        self._queued = entries
        self._show_conversation()
        if entries:
            self._show_waiting(False)
