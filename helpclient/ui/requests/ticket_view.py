"""One request: its header, the public conversation, a reply box and solve / reopen actions.

Every helpdesk call goes through the ``TaskRunner``; while one is in flight the actions are
disabled, so a double click cannot send a reply twice or solve and reopen at once.

A reply goes through one function, ``send_reply`` (default: straight to the backend); the app
passes the durable outbox's instead, which gives replies the same guarantees as reports: a reply
that cannot go at once is kept and sent later. ``queued_replies`` reads the ones still waiting:
they show at the end of the conversation, marked as not sent yet, until the helpdesk has them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.delivery.entry import Entry
from helpclient.core.errors import user_cannot_fix
from helpclient.core.models import (
    Capability,
    Message,
    Ticket,
    TicketStatus,
)
from helpclient.core.tracking.activity import support_waits
from helpclient.core.tracking.attention import Attention, as_own
from helpclient.ui.kit.article_browser import ArticleBrowser
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.screenshot_taker import ListWindows
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.attachments import AttachmentsButton, ReplyFiles
from helpclient.ui.requests.banner import ErrorBanner
from helpclient.ui.requests.conversation import render_conversation
from helpclient.ui.requests.follow_up import FollowUpActions
from helpclient.ui.requests.queued import render_queued
from helpclient.ui.requests.rating_dialog import RatingDialog
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.requests.reply_path import (
    BackendFactory,
    QueuedReplies,
    ReplySender,
    default_download_dir,
    direct_reply,
)
from helpclient.ui.requests.replying import ReplyActions, no_queued_replies
from helpclient.ui.requests.ticket_header import TicketHeader, muted_label

__all__ = ["BackendFactory", "QueuedReplies", "ReplySender", "TicketView"]


class TicketView(ReplyActions, FollowUpActions, QWidget):
    """Shows one ticket and lets the user reply, mark it solved, or reopen it."""

    # The ticket changed on the helpdesk because of an action here (reply, solve, reopen);
    # the id is passed so a list can refresh.
    ticket_changed = Signal(str)
    # The ticket and its conversation have been (re)loaded and shown.
    loaded = Signal()
    # After a load: (ticket id, whether support waits for the user).
    waiting_known = Signal(str, bool)
    # An attachment was saved: its path.
    downloaded = Signal(object)
    # The user asks for the other ways to reach support: (subject, the reply typed).
    other_ways = Signal(str, str)

    def __init__(self, runner: TaskRunner, backend: BackendFactory, ticket_id: str,
                 parent: QWidget | None = None, *, ticket: Ticket | None = None,
                 download_dir: Callable[[], Path] | None = None,
                 send_reply: ReplySender | None = None,
                 queued_replies: QueuedReplies | None = None,
                 list_windows: ListWindows | None = None,
                 attention: Attention | None = None) -> None:
        super().__init__(parent)
        self._attention = attention  # where the user's own changes are noted: not news
        self._runner = runner
        self._backend = backend
        self._download_dir = download_dir or default_download_dir
        self._send_reply = send_reply or direct_reply(backend)
        self._queued_replies = queued_replies or no_queued_replies
        self._list_windows = list_windows
        self._queued: list[Entry] = []  # the user's replies still in the outbox
        self._rated = False
        self._rating_dialog: RatingDialog | None = None
        self._ticket_id = ticket_id
        self._ticket = ticket
        self._other_ways = False  # IT configured other ways to reach support
        self._messages: list[Message] = []
        self._capabilities = Capability.NONE
        self._action_running = False
        self._loading = False
        self._load_generation = 0  # a reload's answer wins over an older one still in flight
        # Which actions exist depends on the backend's capabilities, known after a first load.
        self._loaded_once = False
        self._build()
        if ticket is not None:
            self._show_header(ticket)
        self._update_actions()
        self.reload()

    # --- public API ---------------------------------------------------------------------------

    @property
    def ticket_id(self) -> str:
        """The id of the ticket shown."""
        return self._ticket_id

    def ticket(self) -> Ticket | None:
        """The ticket as last loaded (or as given), None before the first load."""
        return self._ticket

    def messages(self) -> list[Message]:
        """The public conversation as last loaded, oldest first."""
        return list(self._messages)

    def is_busy(self) -> bool:
        """True while a load or an action is in flight."""
        return self._loading or self._action_running

    def reload(self) -> None:
        """Fetch the ticket and its conversation again, off the GUI thread."""
        self._load_generation += 1
        generation = self._load_generation
        ticket_id, backend, queued = self._ticket_id, self._backend, self._queued_replies

        def load() -> tuple[Ticket, list[Message], Capability, list[Entry]]:
            helpdesk = backend()
            ticket, messages = helpdesk.get_ticket(ticket_id), helpdesk.conversation(ticket_id)
            # the outbox after the conversation: a reply delivered in between is then in the
            # conversation and no longer waiting (shown once), never the other way round
            return ticket, messages, helpdesk.capabilities, list(queued(ticket_id))

        self._loading = True
        self._set_activity(self.tr("Loading…"))
        self._update_actions()
        self._runner.run_task(load, lambda result: self._loaded(generation, result),
                              lambda exc: self._load_failed(generation, exc), context=self)

    def solve(self) -> None:
        """Tell the helpdesk the problem is solved."""
        if self.is_busy():
            return
        ticket_id, backend = self._ticket_id, self._backend
        doing = (self.tr("Confirming the solution…") if self._confirms_solution()
                 else self.tr("Marking the request as solved…"))
        self._run_action(doing, lambda: backend().solve(ticket_id), self._action_done)

    def ask_reopen(self) -> ReopenDialog:
        """Open (non-blocking) the dialog asking why to reopen; accepting it reopens."""
        dialog = ReopenDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.reopen(dialog.reason()))
        dialog.open()
        return dialog

    def reopen(self, reason: str) -> None:
        """Reopen the ticket with ``reason`` (which must not be empty) as the user's message."""
        reason = reason.strip()
        if not reason or self.is_busy():
            return
        ticket_id, backend = self._ticket_id, self._backend
        self._run_action(self.tr("Reopening the request…"),
                         lambda: backend().reopen(ticket_id, reason), self._action_done)

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.error_banner = ErrorBanner(self)
        # Only a failed load offers "Try again"; a failed action is retried by doing it again.
        self.error_banner.retry_requested.connect(self._retry_load)
        self.error_banner.other_ways_requested.connect(self._ask_other_ways)

        # The knowledge base's browser: it fetches no resource at all and opens only web (and
        # mailto) links outside, a second guard behind the escaping in render_conversation.
        self.conversation_view = ArticleBrowser()
        self.conversation_view.setAccessibleName(self.tr("Conversation"))
        # Shown by Qt while the document is empty, i.e. until the first load arrives.
        self.conversation_view.setPlaceholderText(self.tr("Loading the conversation…"))
        self._follow_end = True
        bar = self.conversation_view.verticalScrollBar()
        bar.rangeChanged.connect(self._scroll_range_changed)
        bar.actionTriggered.connect(self._user_scrolled)

        # Says so when support waits for the user; the list highlights the same tickets.
        self.waiting_label = QLabel(self.tr("Support is waiting for your answer."))
        self.waiting_label.setStyleSheet(
            "QLabel { background: #b3261e; color: white; border-radius: 4px; padding: 6px 10px;"
            " font-weight: 600; }")
        self.waiting_label.hide()
        self.attachments_button = AttachmentsButton()
        self.attachments_button.download_requested.connect(self.download)

        self.header = TicketHeader()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.conversation_view, 1)
        layout.addWidget(self.attachments_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._build_reply(layout)

    def _build_reply(self, layout: QVBoxLayout) -> None:
        self.reply_edit = QPlainTextEdit()
        self.reply_edit.setPlaceholderText(self.tr("Write a reply to support…"))
        self.reply_edit.setAccessibleName(self.tr("Your reply"))
        self.reply_edit.setTabChangesFocus(True)  # Tab moves on to Send, as users expect
        self.reply_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.reply_edit.textChanged.connect(self._update_actions)

        self.inactive_label = QLabel()
        self.solve_button = QPushButton(self.tr("My problem is solved"))
        self.solve_button.clicked.connect(self.solve)
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.rate_button = QPushButton(self.tr("Rate the help…"))
        self.rate_button.clicked.connect(self.ask_rating)
        self.reply_files = ReplyFiles(self._runner, list_windows=self._list_windows)
        self.activity_label = muted_label()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the reply (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send_reply)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.send_reply)

        actions = QHBoxLayout()
        actions.addWidget(self.solve_button)
        actions.addWidget(self.inactive_label)
        actions.addStretch(1)
        actions.addWidget(self.activity_label)
        # Reopen and Send are never shown together; either is the primary action, on the right.
        actions.addWidget(self.rate_button)
        actions.addWidget(self.reopen_button)
        actions.addWidget(self.send_button)

        layout.addWidget(self.reply_edit)
        layout.addWidget(self.reply_files)
        layout.addLayout(actions)

    # --- showing ------------------------------------------------------------------------------

    def _show_header(self, ticket: Ticket) -> None:
        self.header.show_ticket(ticket)
        self.setWindowTitle(arg(self.tr("Request #%1"), ticket.id))

    def _show_conversation(self) -> None:
        # The newest message is what the user came for. Qt lays long documents out lazily, so
        # the scroll range grows after setHtml: follow it to the end until the user scrolls.
        self._follow_end = True
        self.conversation_view.setHtml(render_conversation(self._messages, self.palette())
                                       + render_queued(self._queued, self.palette()))
        bar = self.conversation_view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _scroll_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow_end:
            self.conversation_view.verticalScrollBar().setValue(maximum)

    def _user_scrolled(self, _action: int) -> None:
        self._follow_end = False

    def _set_activity(self, text: str) -> None:
        self.activity_label.setText(text)

    def _is_active(self) -> bool:
        return self._ticket is not None and self._ticket.status.is_active

    def _confirms_solution(self) -> bool:
        """A solved ticket whose helpdesk asks the requester to confirm the solution (GLPI):
        the helpdesk offers solving for this very ticket."""
        ticket = self._ticket
        return (ticket is not None and ticket.status == TicketStatus.SOLVED
                and ticket.capabilities is not None
                and bool(ticket.capabilities & Capability.SOLVE))

    def _can_reply(self) -> bool:
        return self._loaded_once and self._is_active() and bool(
            self._capabilities & Capability.REPLY)

    def _can_attach(self) -> bool:
        return self._can_reply() and bool(self._capabilities & Capability.REPLY_ATTACHMENTS)

    def _update_actions(self) -> None:
        """Show actions the backend offers for this ticket's state; enable them when idle."""
        ticket, caps = self._ticket, self._capabilities
        known = self._loaded_once
        active = self._is_active()
        can_reply = self._can_reply()
        self.reply_edit.setVisible(can_reply)
        self.send_button.setVisible(can_reply)
        confirms = self._confirms_solution()
        self.solve_button.setText(self.tr("Confirm the solution") if confirms
                                  else self.tr("My problem is solved"))
        self.solve_button.setVisible(known and (active or confirms)
                                     and bool(caps & Capability.SOLVE))
        self.reopen_button.setVisible(known and not active and bool(caps & Capability.REOPEN))
        # CSAT only where the backend has it (RT has not: the button never appears there)
        self.rate_button.setVisible(known and not active and not self._rated
                                    and bool(caps & Capability.CSAT))
        self.reply_files.setVisible(self._can_attach())
        self.inactive_label.setVisible(known and not active)
        if ticket is not None and not active:
            self.inactive_label.setText(self._inactive_text(ticket.status, caps))
        idle = not self.is_busy()
        self.reply_edit.setReadOnly(self._action_running)
        self.send_button.setEnabled(idle and bool(self.reply_edit.toPlainText().strip()))
        self.solve_button.setEnabled(idle)
        self.reopen_button.setEnabled(idle)
        self.rate_button.setEnabled(idle)
        self.reply_files.setEnabled(not self._action_running)

    def _inactive_text(self, status: TicketStatus, caps: Capability) -> str:
        done = (self.tr("This request is solved.") if status == TicketStatus.SOLVED
                else self.tr("This request is closed."))
        if caps & Capability.REOPEN:
            return done + " " + self.tr("If the problem came back, reopen it.")
        return done + " " + self.tr("If the problem came back, report it again.")

    # --- task callbacks -----------------------------------------------------------------------

    def _loaded(self, generation: int,
                result: tuple[Ticket, list[Message], Capability, list[Entry]]) -> None:
        if generation != self._load_generation:
            return
        self._ticket, messages, self._capabilities, self._queued = result
        if self._ticket.capabilities is not None:  # the helpdesk says what this ticket allows
            self._capabilities &= self._ticket.capabilities
        self._messages = list(messages)
        self._loading = False
        self._loaded_once = True
        self._set_activity("")
        self._show_header(self._ticket)
        self._show_conversation()
        self.attachments_button.set_messages(self._messages)
        self._update_actions()
        self._show_waiting(support_waits(self._ticket, self._messages))
        self.loaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._load_generation:
            return
        self._loading = False
        self._set_activity("")
        self._show_error(exc, retry=True)
        self._update_actions()
        self._refresh_queued()

    def _run_action(self, activity: str, fn: Callable[[], object],
                    on_done: Callable[[], None]) -> None:
        self._action_running = True
        self.error_banner.hide()
        self._set_activity(activity)
        self._update_actions()
        self._runner.run_task(as_own(self._attention, self._ticket_id, fn),
                              lambda _result: on_done(), self._action_failed, context=self)

    def _action_done(self) -> None:
        self._action_running = False
        self._set_activity("")
        self.ticket_changed.emit(self._ticket_id)
        self.reload()

    def _action_failed(self, exc: BaseException) -> None:
        # The reply text stays in the box: nothing the user typed is lost on a failure.
        self._action_running = False
        self._set_activity("")
        self._show_error(exc, retry=False)
        self._update_actions()

    def _show_error(self, exc: BaseException, *, retry: bool) -> None:
        self.error_banner.retry_button.setVisible(retry)
        # an action (a reply) refused for a reason only support can resolve
        self.error_banner.other_ways_button.setVisible(
            self._other_ways and not retry and user_cannot_fix(exc))
        self.error_banner.show_message(describe_error(exc))

    def set_other_ways(self, available: bool) -> None:
        """Offer the other ways to reach support when an action is refused for good."""
        self._other_ways = available

    def _ask_other_ways(self) -> None:
        subject = self._ticket.subject if self._ticket is not None else ""
        self.other_ways.emit(arg(self.tr("Request #%1: %2"), self._ticket_id, subject),
                             self.reply_edit.toPlainText().strip())

    def _retry_load(self) -> None:
        self.error_banner.hide()
        self.reload()
