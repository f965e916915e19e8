"""The composition root: builds the services, wires them to the UI, keeps one instance per user."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from helpclient import APP_NAME
from helpclient.backends import BACKEND_TYPES
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import Entry, State
from helpclient.core.delivery.sender import Event
from helpclient.core.delivery.submit import submit_report
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.models import Ticket, UserInfo
from helpclient.core.paths import AppPaths
from helpclient.core.report.drafts import DraftStore
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Contact, ProblemReport, report_steps
from helpclient.core.report.userinfo import prefill_contact
from helpclient.core.sysinfo.service import SysinfoService
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.sync import SyncResult, TicketSync
from helpclient.platform import os_user
from helpclient.platform.power import power_state
from helpclient.resources_path import resource_file
from helpclient.services import build_knowledge_base
from helpclient.ui.kb.upkeep import KnowledgeUpkeep
from helpclient.ui.kb.window import KnowledgeBaseWindow
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.outbox.waiting_text import waiting_text
from helpclient.ui.outbox.window import OutboxWindow
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.shell.delivery_notices import DeliveryNotices
from helpclient.ui.shell.drafts import Drafts
from helpclient.ui.shell.notifications import notify_changes
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.tray import Actions, HomeWindow, Tray
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.kb_assist import KnowledgeAssist

log = logging.getLogger(__name__)

COMMANDS = ("show", "report", "requests", "kb", "settings")


class HelpClientApp(QObject):
    """The running application: tray (or home window), and the windows it opens on demand."""

    def __init__(self, qapp: QApplication, connection: Connection, runner: TaskRunner,
                 log_file: Path, *, tray_available: bool | None = None,
                 outbox: OutboxService | None = None, drafts: DraftStore | None = None,
                 sysinfo: Callable[[], SysinfoService] | None = None,
                 cache_file: Path | None = None, poll_policy: PollPolicy | None = None,
                 knowledge: KnowledgeBase | None = None) -> None:
        """Without ``outbox`` the wizard sends directly (tests); without ``drafts`` nothing is
        autosaved; without ``sysinfo`` no system information is offered; without
        ``cache_file`` (where the ticket cache lives) no poller runs. ``poll_policy``
        overrides the policy built from the settings; ``knowledge`` is the knowledge base
        (built from the settings when not given)."""
        super().__init__(qapp)
        self.knowledge = knowledge or build_knowledge_base(connection.settings,
                                                           AppPaths.for_user())
        self.kb_upkeep = KnowledgeUpkeep(runner, self.knowledge, self._kb_backend,
                                         lambda: connection.settings.get("kb.sync_minutes"),
                                         self)
        self.sysinfo = sysinfo
        self.cache_file = cache_file
        self._poll_policy = poll_policy
        self.cache: TicketCache | None = None
        self.poller: PollDriver | None = None
        self.qapp = qapp
        self.connection = connection
        self.runner = runner
        self.log_file = log_file
        self.icon = QIcon(str(resource_file("icons", "helpclient.svg")))
        self.title = connection.settings.get("branding.product_name") or APP_NAME
        qapp.setWindowIcon(self.icon)
        self.actions = Actions(self)
        self.actions.report.connect(self.open_report)
        self.actions.requests.connect(self.open_requests)
        self.actions.knowledge_base.connect(self.open_kb)
        self.actions.settings.connect(self.open_settings)
        self.actions.quit.connect(self.quit)
        self.actions.outbox.connect(self.open_outbox)
        self.outbox = outbox
        self.delivery_notices = DeliveryNotices(self)
        self.outbox_window: OutboxWindow | None = None
        self.drafts = Drafts(drafts, runner, self) if drafts is not None else None
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Tray | None = None
        self.home: HomeWindow | None = None
        if tray_available:
            self.tray = Tray(self.actions, self.icon, self.title, self)
            self.tray.notification_clicked.connect(self._notification_clicked)
        else:
            log.warning("no system tray on this desktop; using a window instead")
            self.home = HomeWindow(self.actions, self.title, self.icon)
        self.wizard: ReportWizard | None = None
        self.requests: RequestsWindow | None = None
        self.kb: KnowledgeBaseWindow | None = None
        self.settings_dialog: SettingsDialog | None = None

    def _helpdesk(self) -> HelpdeskBackend | None:
        # worker threads only: may read the keyring
        return self.connection.backend() if self.connection.is_configured() else None

    def _kb_backend(self) -> tuple[HelpdeskBackend, str] | None:
        backend = self._helpdesk()
        return None if backend is None else (backend, self.connection.config().url)

    def start(self) -> None:
        """Show the tray icon (or home window); ask for set-up when nothing is configured."""
        self.kb_upkeep.start()
        if self.tray is not None:
            self.tray.show()
        else:
            assert self.home is not None
            self._raise(self.home)
        if self.outbox is not None:
            self.outbox.changed.connect(self._update_waiting)
            self.outbox.event.connect(self._outbox_event)
            self.outbox.start()
        if not self.connection.is_configured():
            self.open_settings()
        else:
            self.start_polling()
        if self.drafts is not None:
            self.drafts.offer_restore(self.open_report)

    # --- following requests (issue 6) ---------------------------------------------------------

    def start_polling(self) -> None:
        """Open the ticket cache and start the poller (once configured; once only)."""
        if self.cache_file is None or self.poller is not None:
            return
        settings = self.connection.settings
        self.cache = TicketCache(self.cache_file, str(settings.get("server.url")))
        sync = TicketSync(self.connection.backend, self.cache, lambda: datetime.now(UTC))
        policy = self._poll_policy or PollPolicy(
            active_interval=60.0 * max(1, int(settings.get("sync.poll_minutes"))))
        self.poller = PollDriver(PollScheduler(policy, time.time), sync, self.runner, self,
                                 power_probe=power_state, watch_network=True)
        self.poller.synced.connect(self._synced)
        # read the cached list into memory off the GUI thread now, so My requests opens on it
        # at once even before the first poll (or offline, when the poll fails)
        self.runner.run_task(self.cache.tickets, lambda _tickets: self._update_badge())
        self.poller.start()

    def _synced(self, result: SyncResult) -> None:
        if self.tray is not None:
            notify_changes(result, self.connection.settings, self.tray.notify)
        self._update_badge()

    def _update_badge(self) -> None:
        if self.tray is None or self.cache is None:
            return
        cached = self.cache.tickets()
        waiting = sum(1 for c in cached if c.waiting and c.ticket.status.is_active)
        self.tray.set_unread(sum(1 for c in cached if c.unread), waiting)

    def _notification_clicked(self, ticket_id: str) -> None:
        self.open_requests()
        if ticket_id and self.requests is not None:
            self.requests.open_ticket(ticket_id)

    def _add_to_request(self, ticket_id: str) -> None:
        """The wizard's duplicate hint: continue in that request's reply box, with the
        summary typed so far, instead of opening a second ticket."""
        text = self.wizard.report.summary if self.wizard is not None else ""
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        self.open_requests()
        assert self.requests is not None
        view = self.requests.open_ticket(ticket_id)
        if text and not view.reply_edit.toPlainText().strip():
            view.reply_edit.setPlainText(text)
        view.reply_edit.setFocus()

    def handle_command(self, command: str) -> None:
        """A command from the CLI or a second launch: open the matching window."""
        handlers = {"report": self.open_report, "requests": self.open_requests,
                    "kb": self.open_kb, "settings": self.open_settings, "show": self.show_home}
        handlers.get(command, self.show_home)()

    def show_home(self) -> None:
        """Bring HelpClient forward: the home window, or the report wizard from the tray."""
        if self.home is not None:
            self._raise(self.home)
        else:
            self.open_report()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def open_report(self, draft: ProblemReport | None = None) -> None:
        """The report wizard (a single one: a second click brings it forward); ``draft``
        continues a report saved earlier."""
        if self.wizard is not None and self.wizard.isVisible():
            self._raise(self.wizard)
            return
        start = draft if isinstance(draft, ProblemReport) else \
            ProblemReport(contact=self._saved_contact())
        service = self.sysinfo() if self.sysinfo is not None else None
        steps = report_steps(sysinfo=service is not None and service.options.enabled)
        flow = ReportFlow(start, steps)
        on_change = self.drafts.changed if self.drafts is not None else None
        cancel_upload = self.outbox.cancel_upload if self.outbox is not None else None
        limit_mb = int(self.connection.settings.get("outbox.max_attachment_mb"))
        self.wizard = ReportWizard(flow, self.runner, self._submit, on_change=on_change,
                                   cancel_upload=cancel_upload, sysinfo=service,
                                   list_windows=other_windows,
                                   max_attachment_bytes=max(0, limit_mb) * 1_000_000,
                                   compress_dir=service.bundle_dir if service else None)
        if self.outbox is not None:
            self.outbox.progress.connect(self.wizard.show_upload_progress)
        if self.drafts is not None:
            self.wizard.rejected.connect(
                lambda wizard=self.wizard: self._wizard_closed(wizard, start))
            # an article solved the problem: nothing will be sent, so no draft to offer later
            self.wizard.deflected.connect(
                lambda drafts=self.drafts, wizard=self.wizard:
                drafts.discard(wizard.report.report_id))
        self.wizard.setWindowTitle(arg(self.tr("Report a problem — %1"), self.title))
        self.wizard.submitted.connect(self._submitted)
        self.wizard.open_ticket.connect(self._open_ticket)
        hint = getattr(self.wizard.step_page(self.wizard.flow.steps[0]), "duplicate_hint", None)
        if hint is not None and self.cache is not None:
            hint.set_open_tickets([c.ticket for c in self.cache.tickets()])
            hint.add_requested.connect(self._add_to_request)
        KnowledgeAssist(self.wizard, self.runner, self.knowledge, self._helpdesk)
        self._raise(self.wizard)
        # fill the gaps from the helpdesk account (off the GUI thread), else from the OS
        if self.connection.is_configured():
            self.runner.run_task(self.connection.user, self._prefill_contact,
                                 lambda exc: self._prefill_contact(None))
        else:
            self._prefill_contact(None)

    def _saved_contact(self) -> Contact:
        settings = self.connection.settings
        return Contact(settings.get("contact.name"), settings.get("contact.email"),
                       settings.get("contact.phone"))

    def _prefill_contact(self, account: UserInfo | None) -> None:
        if self.wizard is not None:
            self.wizard.prefill_contact(prefill_contact(self._saved_contact(), account, os_user()))

    def _submit(self, report: ProblemReport) -> Ticket | Entry:
        # runs on a worker thread
        if self.outbox is not None:
            return self.outbox.submit(report)  # durable first, then sent if possible
        translate = QCoreApplication.translate
        return submit_report(self.connection.backend(), report, self.connection.user(), translate)

    def _wizard_closed(self, wizard: ReportWizard, start: ProblemReport) -> None:
        # closed unsent: a changed report was discarded on purpose (the wizard asked); an
        # untouched one keeps its draft, if any
        if self.drafts is not None and wizard.report != start and not wizard.was_submitted:
            self.drafts.discard(wizard.report.report_id)

    def _submitted(self, result: Ticket | Entry) -> None:
        if self.wizard is not None:
            if self.drafts is not None:
                self.drafts.discard(self.wizard.report.report_id)
            self._remember_contact(self.wizard.report.contact)
        if self.outbox is not None:
            self._update_waiting()
        if self.poller is not None:
            self.poller.poke()  # the new ticket joins the cache (and the poll pace quickens)
        elif self.requests is not None:
            self.requests.refresh()

    def _remember_contact(self, contact: Contact) -> None:
        settings = self.connection.settings
        settings.set("contact.name", contact.name.strip())
        settings.set("contact.email", contact.email.strip())
        settings.set("contact.phone", contact.phone.strip())
        self.runner.run_task(settings.save, None,
                             lambda exc: log.warning("could not save contact details: %s", exc))

    def _open_ticket(self, ticket: Ticket) -> None:
        self.open_requests()
        assert self.requests is not None
        self.requests.open_ticket(ticket.id)

    def open_outbox(self) -> None:
        """The reports waiting to be sent."""
        if self.outbox is None:
            return
        if self.outbox_window is None:
            self.outbox_window = OutboxWindow(self.outbox, self.runner)
        self.outbox_window.refresh()
        self._raise(self.outbox_window)

    def _update_waiting(self) -> None:
        if self.outbox is None or self.tray is None:
            return
        self.runner.run_task(self.outbox.waiting,
                             lambda entries: self.tray and self.tray.set_waiting(
                                 waiting_text(entries)))

    def _outbox_event(self, event: Event) -> None:
        if event.reply and event.state is State.SENT:
            if self.requests is not None:  # a delivered reply shows in its conversation
                self.requests.reply_delivered(event.ticket_id)
            return
        if not event.reply and self.wizard is not None and self.wizard.isVisible():
            return  # the wizard shows the outcome itself
        notice = self.delivery_notices.describe(event)
        if notice is not None and self.tray is not None:
            self.tray.notify(*notice)

    def open_requests(self) -> None:
        """The My requests window, refreshed."""
        if self.requests is None:
            send_reply = self.outbox.submit_reply if self.outbox is not None else None
            self.requests = RequestsWindow(self.runner, self.connection.backend,
                                           cache=self.cache, poller=self.poller,
                                           send_reply=send_reply)
            self.requests.unread_changed.connect(self._update_badge)
            self.requests.setWindowTitle(arg(self.tr("My requests — %1"), self.title))
            self.requests.report_requested.connect(self.open_report)
            if self.outbox is not None:
                self.outbox.reply_progress.connect(self.requests.reply_progress)
        self._raise(self.requests)
        self.requests.refresh()

    def open_kb(self) -> None:
        """The knowledge-base browser."""
        if self.kb is None:
            self.kb = KnowledgeBaseWindow(self.runner, self.knowledge, self._helpdesk)
        self._raise(self.kb)
        self.kb.search.setFocus()

    def open_settings(self) -> None:
        """Settings and sign-in."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self._raise(self.settings_dialog)
            return
        self.settings_dialog = SettingsDialog(self.connection, self.runner, BACKEND_TYPES)
        self.settings_dialog.signed_in.connect(lambda _user: self._signed_in())
        self.settings_dialog.settings_saved.connect(self.kb_upkeep.settings_changed)
        self._raise(self.settings_dialog)

    def _signed_in(self) -> None:
        if self.outbox is not None:
            self.outbox.retry()  # reports waiting for sign-in go now, unchanged
        url = str(self.connection.settings.get("server.url"))
        if self.cache is not None and self.cache.get_meta("account") != url:
            # another server: its tickets are not this one's
            self.cache.clear()
            self.cache.set_meta("account", url)
        if self.poller is None:
            self.start_polling()
        else:
            self.poller.poke()
        self.kb_upkeep.sync()
        if self.requests is not None:
            self.requests.refresh()

    def quit(self) -> None:
        """Leave for real (closing windows does not). Windows are hidden, not closed: Qt 6
        cancels a quit when a window refuses to close, and the wizard would ask "Discard this
        report?" — while the draft it autosaves is exactly what the next start offers back."""
        if self.tray is not None:
            self.tray.hide()
        for window in (self.wizard, self.requests, self.kb, self.settings_dialog, self.home,
                       self.outbox_window):
            if window is not None:
                window.hide()
        self.qapp.quit()

    def dispose(self) -> None:
        """Delete every window now, while Qt is still up: leaving them to the interpreter's
        final garbage collection destroys widgets after QApplication, in no defined order."""
        self.kb_upkeep.stop()
        if self.outbox is not None:
            self.outbox.stop()
        if self.drafts is not None:
            self.drafts.dispose()
        windows = (self.wizard, self.requests, self.kb, self.settings_dialog, self.home,
                   self.outbox_window)
        for window in windows:
            if window is not None:
                window.hide()
                window.deleteLater()
        if self.tray is not None:
            self.tray.hide()
            self.tray.menu.deleteLater()
        if self.poller is not None:
            self.poller.stop()
        self.wizard = self.requests = self.kb = self.settings_dialog = self.home = None
        self.outbox_window = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def other_windows() -> list[tuple[int, str]]:
    """Other applications' windows a screenshot can show alone (blocking: runs OS tools)."""
    from helpclient.platform.desktop_windows import list_windows  # noqa: PLC0415

    return [(w.window_id, w.title) for w in list_windows()]
