"""The "My requests" window: the user's tickets in a table, and one ticket at a time opened in
place (a Back button returns to the list), so there is one window to find, not many.

With a ticket cache and the poller (the app's setup), the list comes from the cache at once —
offline too, saying since when it is stale — and Refresh asks the poller for a poll now.
Without them (simple embedding, tests), Refresh lists the tickets from the backend directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.models import Ticket
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.sync import SyncResult
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.screenshot_taker import ListWindows
from helpclient.ui.kit.style import mute
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.banner import ErrorBanner
from helpclient.ui.requests.in_view import TicketInView
from helpclient.ui.requests.model import (
    Scope,
    TicketFilterProxy,
    TicketListModel,
    TicketRole,
)
from helpclient.ui.requests.remote_offer import RemoteOffer
from helpclient.ui.requests.reply_path import QueuedReplies
from helpclient.ui.requests.scope_bar import ScopeBar
from helpclient.ui.requests.ticket_table import empty_state, ticket_table
from helpclient.ui.requests.ticket_view import BackendFactory, ReplySender, TicketView
from helpclient.ui.requests.timefmt import format_absolute, format_time
from helpclient.ui.shell.poller import PollDriver

_MINUTE_MS = 60_000


class RequestsWindow(QMainWindow):
    """Lists the user's requests and opens one; never blocks on the helpdesk."""

    # The user asked to report a new problem (the app opens the report wizard).
    report_requested = Signal()
    # A refresh finished successfully and the list shows its result.
    refreshed = Signal()
    # The user read a ticket's news (the tray's unread count changes).
    unread_changed = Signal()
    # A ticket's view asks for the other ways to reach support: (subject, body).
    other_ways = Signal(str, str)
    # The user asks to let support connect to the computer, about this request (its id).
    remote_requested = Signal(str)

    def __init__(self, runner: TaskRunner, backend: BackendFactory,
                 parent: QWidget | None = None, *,
                 clock: Callable[[], datetime] | None = None,
                 cache: TicketCache | None = None, poller: PollDriver | None = None,
                 download_dir: Callable[[], Path] | None = None,
                 send_reply: ReplySender | None = None,
                 queued_replies: QueuedReplies | None = None,
                 list_windows: ListWindows | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._backend = backend
        self._cache = cache
        self._poller = poller
        self._download_dir = download_dir
        self._send_reply = send_reply
        self._queued_replies = queued_replies
        self._list_windows = list_windows
        self._other_ways = False  # IT configured other ways to reach support
        self._refreshing = False
        self._refresh_again = False  # a refresh asked for while one runs runs after it
        self._loaded_once = False
        self._updated_text = ""  # "Updated at 14:05", restored when a refresh fails
        # Views with a half-typed reply (or an action in flight) are kept when the user goes
        # back to the list, so the draft is still there when they return to that ticket.
        self._views: dict[str, TicketView] = {}
        self.model = TicketListModel(self, clock=clock)
        self.proxy = TicketFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_list_page())
        self.pages.addWidget(self._build_ticket_page())
        self.setCentralWidget(self.pages)
        self.setWindowTitle(self.tr("My requests"))
        self._list_title = ""  # the window title to restore when going back to the list
        self.resize(900, 560)
        # "5 min ago" must not stay "5 min ago" for an hour.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(_MINUTE_MS)
        self._clock_timer.timeout.connect(self.model.refresh_times)
        self._clock_timer.start()
        self.in_view = TicketInView(self, self._shown_ticket_id,
                                    cache.attention if cache is not None else None)
        self.in_view.came_into_view.connect(self._came_into_view)
        self.pages.currentChanged.connect(self.in_view.update)
        self.ticket_stack.currentChanged.connect(self.in_view.update)
        if poller is not None:
            poller.synced.connect(self._synced)
            poller.failed.connect(self._refresh_failed)
        self.show_cached()
        self._update_empty_state()
        # opened to see the requests: the arrows move through them at once, Enter opens one
        self._focus_first_row()

    # --- public API ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the user's tickets off the GUI thread; the list keeps its rows meanwhile."""
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        # The button stays enabled (a click meanwhile is coalesced above): disabling it would
        # throw keyboard focus elsewhere.
        self.progress.show()
        self.updated_label.setText(self.tr("Refreshing…"))
        if self._poller is not None:
            self._poller.poke()  # its synced/failed signal ends the refresh
            return
        backend = self._backend
        self._runner.run_task(lambda: backend().list_my_tickets(), self._refresh_done,
                              self._refresh_failed, context=self)

    def open_ticket(self, ticket_id: str) -> TicketView:
        """Show ticket ``ticket_id`` in this window (loading it fresh) and return its view."""
        view = self._views.get(ticket_id)
        if view is None:
            row = self.model.row_of(ticket_id)
            known = self.model.ticket_at(row) if row >= 0 else None
            view = TicketView(self._runner, self._backend, ticket_id, ticket=known,
                              download_dir=self._download_dir, send_reply=self._send_reply,
                              queued_replies=self._queued_replies,
                              list_windows=self._list_windows,
                              attention=self._cache.attention if self._cache else None)
            view.ticket_changed.connect(self._ticket_changed)
            view.waiting_known.connect(self._waiting_known)
            view.other_ways.connect(self.other_ways)
            view.set_other_ways(self._other_ways)
            view.loaded.connect(self.remote_offer.update_offer)  # the status may have changed
            self._views[ticket_id] = view
            self.ticket_stack.addWidget(view)
        else:
            view.reload()
        self.ticket_stack.setCurrentWidget(view)
        self._mark_read(ticket_id)
        if self.pages.currentIndex() == 0:
            # The app may have given the window its own title; keep it for the way back.
            self._list_title = self.windowTitle()
        self.pages.setCurrentIndex(1)
        self.remote_offer.update_offer()
        self.setWindowTitle(arg(self.tr("Request #%1 — %2"), ticket_id, self._list_title))
        view.conversation_view.setFocus()
        return view

    def set_other_ways(self, available: bool) -> None:
        """Offer the other ways to reach support when a reply is refused for good."""
        self._other_ways = available
        for view in self._views.values():
            view.set_other_ways(available)

    def continue_in_reply(self, ticket_id: str, text: str) -> None:
        """Open ticket ``ticket_id`` to add to it: ``text`` goes into its reply box (unless the
        user has already started a reply there), and the cursor with it."""
        view = self.open_ticket(ticket_id)
        if text and not view.reply_edit.toPlainText().strip():
            view.reply_edit.setPlainText(text)
        view.reply_edit.setFocus()

    def reply_delivered(self, ticket_id: str) -> None:
        """A reply that waited in the outbox reached ticket ``ticket_id``: show it there."""
        view = self._views.get(ticket_id)
        if view is not None:
            view.reply_delivered()
        self.refresh()

    def reply_progress(self, ticket_id: str, sent_kib: int, total_kib: int) -> None:
        """The upload of a reply to ``ticket_id`` moved on."""
        view = self._views.get(ticket_id)
        if view is not None:
            view.show_upload_progress(sent_kib, total_kib)

    def show_list(self) -> None:
        """Go back from a ticket to the list, with that ticket's row selected."""
        current = self.ticket_stack.currentWidget()
        if self.pages.currentIndex() == 1:
            self.setWindowTitle(self._list_title)
        self.pages.setCurrentIndex(0)
        if isinstance(current, TicketView):
            self._select(current.ticket_id)
            if not current.is_busy() and not current.reply_edit.toPlainText().strip():
                del self._views[current.ticket_id]
                self.ticket_stack.removeWidget(current)
                current.deleteLater()
        self.table.setFocus()

    def is_busy(self) -> bool:
        """Whether a request's view is loading, sending a reply, or acting on the request."""
        return any(view.is_busy for view in self._views.values())

    def current_ticket_view(self) -> TicketView | None:
        """The ticket shown, or None while the list is shown."""
        widget = self.ticket_stack.currentWidget()
        if self.pages.currentIndex() == 1 and isinstance(widget, TicketView):
            return widget
        return None

    def _shown_ticket_id(self) -> str | None:
        view = self.current_ticket_view()
        return None if view is None else view.ticket_id

    # --- building -----------------------------------------------------------------------------

    def _build_list_page(self) -> QWidget:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search by subject or number"))
        self.search_edit.setAccessibleName(self.tr("Search requests"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_query)
        self.search_edit.returnPressed.connect(self._focus_first_row)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)

        self.updated_label = QLabel()
        mute(self.updated_label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator: a refresh has no measurable progress
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(80)
        self.progress.setAccessibleName(self.tr("Refreshing"))
        self.progress.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Check the helpdesk for news (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        new_button = self.report_button = QPushButton(self.tr("Report a problem…"))
        new_button.clicked.connect(self.report_requested)

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        # takes the room while the search box is hidden (no requests yet), so the buttons keep
        # their size on the right instead of stretching
        bar.addStretch(0)
        bar.addWidget(self.progress)
        bar.addWidget(self.updated_label)
        bar.addWidget(self.refresh_button)
        bar.addWidget(new_button)

        self.error_banner = ErrorBanner()
        self.error_banner.retry_requested.connect(self.refresh)
        self.scope_bar = ScopeBar()
        self.scope_bar.scope_changed.connect(self._scope_changed)

        self.list_stack = QStackedWidget()
        self.table = ticket_table(self.proxy, self._open_index)
        self.list_stack.addWidget(self.table)
        empty, self.empty_report_button = empty_state()
        self.empty_report_button.clicked.connect(self.report_requested)
        self.list_stack.addWidget(empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.scope_bar)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.list_stack, 1)
        return page

    def _build_ticket_page(self) -> QWidget:
        back = QPushButton(self.tr("← My requests"))
        keys = QKeySequence(QKeySequence.StandardKey.Back).toString(
            QKeySequence.SequenceFormat.NativeText)
        back.setToolTip(arg(self.tr("Back to the list (%1)"), keys))
        back.clicked.connect(self.show_list)
        self.back_button = back
        self.ticket_stack = QStackedWidget()
        page = QWidget()
        QShortcut(QKeySequence.StandardKey.Back, page, self.show_list)
        self.remote_offer = RemoteOffer(self.current_ticket_view)  # shown when IT set a tool
        self.remote_offer.requested.connect(self.remote_requested)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        top.addWidget(self.remote_offer)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.ticket_stack, 1)
        return page

    # --- behaviour ----------------------------------------------------------------------------

    def _refresh_done(self, tickets: list[Ticket]) -> None:
        self.model.set_tickets(tickets)
        self._loaded_once = True
        self.error_banner.hide()
        self._updated_text = arg(self.tr("Updated at %1"), format_time(datetime.now(UTC)))
        self._refresh_finished()
        self.refreshed.emit()

    def _refresh_failed(self, exc: BaseException) -> None:
        # Rows stay as they were; the banner says what happened and offers a retry.
        self.error_banner.show_message(describe_error(exc))
        last = self._cache.last_sync if self._cache is not None else None
        if last is not None:
            self._updated_text = arg(self.tr("Not up to date: as of %1"), format_absolute(last))
        self._refresh_finished()

    def _synced(self, result: SyncResult) -> None:
        # The poller ran (asked by Refresh or on its own): show what the cache now holds, and
        # support's news in the ticket open here (an action running reloads it when done).
        view = self.current_ticket_view()
        if view is not None and not view.is_busy() and any(
                change.ticket.id == view.ticket_id for change in result.changes):
            view.reload()
        self.show_cached()
        self.error_banner.hide()
        if self._refreshing:
            self._refresh_finished()
        self.refreshed.emit()

    def show_cached(self) -> None:
        """Show the cached tickets and how fresh they are (no network)."""
        if self._cache is None:
            return
        self.model.set_cached(self._cache.tickets())
        last = self._cache.last_sync
        if last is not None:
            self._loaded_once = True
            self._updated_text = arg(self.tr("Updated at %1"), format_time(last))
            if not self._refreshing:
                self.updated_label.setText(self._updated_text)
        self._update_waiting_count()
        self._update_empty_state()

    def _update_waiting_count(self) -> None:
        self.scope_bar.set_waiting_count(self.model.waiting_count())

    def _scope_changed(self, scope: Scope) -> None:
        self.proxy.set_scope(scope)

    def _came_into_view(self, ticket_id: str) -> None:
        # Back on screen with news it missed while hidden: show them, and they are read.
        view = self._views.get(ticket_id)
        if view is not None and self.model.flags_of(ticket_id)[0] and not view.is_busy():
            view.reload()
        self._mark_read(ticket_id)

    def _mark_read(self, ticket_id: str) -> None:
        if self.model.flags_of(ticket_id)[0]:
            self.model.set_flags(ticket_id, unread=False)
            if self._cache is not None:
                self._cache.mark_read(ticket_id)
            self.unread_changed.emit()

    def _waiting_known(self, ticket_id: str, waiting: bool) -> None:
        # The conversation, just loaded, says whether support waits: the list agrees.
        self.model.set_flags(ticket_id, waiting=waiting)
        if self._cache is not None:
            self._cache.set_waiting(ticket_id, waiting)
        self._update_waiting_count()

    def _refresh_finished(self) -> None:
        self._refreshing = False
        self.progress.hide()
        self.updated_label.setText(self._updated_text)
        self._update_empty_state()
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _update_empty_state(self) -> None:
        empty = self._loaded_once and self.model.rowCount() == 0
        self.list_stack.setCurrentIndex(1 if empty else 0)
        # Nothing to search, and the empty page has its own (centred) report button.
        self.search_edit.setVisible(not empty)
        self.report_button.setVisible(not empty)

    def _ticket_changed(self, _ticket_id: str) -> None:
        self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        ticket = index.data(TicketRole) if index.isValid() else None
        if isinstance(ticket, Ticket):
            self.open_ticket(ticket.id)

    def _focus_first_row(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus()

    def _select(self, ticket_id: str) -> None:
        row = self.model.row_of(ticket_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
