"""The window coordinator: the tray (or home window), and the windows it opens on demand.

Every service comes in built (:func:`helpclient.wiring.build_app` wires them); this class opens,
raises and closes windows and passes news between them. What a decision means for the data
(which account a cache belongs to, which contact to remember, what the badge counts) is core's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from helpclient import APP_NAME, __version__
from helpclient.app_language import LanguageSwitch
from helpclient.app_reports import MakeWizard, ReportOpener
from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.sender import Event
from helpclient.core.tracking.cache import TicketCache, badge_counts
from helpclient.ui.checks.opener import CheckWindows
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.outbox.waiting_text import waiting_text
from helpclient.ui.shell.brand import Brand
from helpclient.ui.shell.delivery_notices import DeliveryNotices
from helpclient.ui.shell.drafts import Drafts
from helpclient.ui.shell.frame import Frame
from helpclient.ui.shell.i18n import InterfaceLanguage
from helpclient.ui.shell.notifications import notify_changes
from helpclient.ui.shell.other_ways import OtherWays
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.settings_watch import SettingsWatch
from helpclient.ui.shell.welcome import FirstRun, Welcomer, WelcomeWindow

if TYPE_CHECKING:  # the windows are imported when first opened: none is needed in the tray
    from helpclient.core.connection import Connection
    from helpclient.core.kb.service import KnowledgeBase
    from helpclient.core.report.problem import ProblemReport
    from helpclient.core.tracking.sync import SyncResult
    from helpclient.ui.checks.session import CheckServices
    from helpclient.ui.kb.upkeep import KnowledgeUpkeep
    from helpclient.ui.kb.window import KnowledgeBaseWindow
    from helpclient.ui.kit.screenshot_taker import ListWindows
    from helpclient.ui.outbox.window import OutboxWindow
    from helpclient.ui.remote.session import RemoteAssistance
    from helpclient.ui.requests.window import RequestsWindow
    from helpclient.ui.settings.dialog import SettingsDialog
    from helpclient.ui.shell.about import AboutDialog
    from helpclient.ui.wizard import ReportWizard

log = logging.getLogger(__name__)


class HelpClientApp(LanguageSwitch, QObject):
    """The running application: tray (or home window), and the windows it opens on demand.

    Collaborators, all required: ``frame`` (the tray icon or home window with the app's
    actions, perhaps already shown), ``connection`` (settings, helpdesk), ``runner`` (blocking
    work off the GUI thread), ``outbox`` (submitting reports and replies), ``drafts``
    (autosave), ``make_wizard`` (a report wizard wired to the outbox, drafts, system information
    and the knowledge base, for a report to start from), ``knowledge`` (the knowledge base,
    built on first use) and ``kb_upkeep`` (what keeps it current), ``cache`` and ``poller``
    (the user's tickets and what refreshes them); ``language`` (the interface language,
    switchable while running); ``first_run`` (whether the user has been welcomed); ``log_dir``
    (shown in About); ``list_windows`` (optional) offers other applications' windows for a
    reply's screenshot; ``remote`` lets support connect to this computer (offered only when IT
    configured a tool); ``check_services`` (optional) gives the quick checks of "Check my
    computer". Windows are imported and built when first opened, and nothing at start blocks
    the GUI thread. The report wizard is opened by :attr:`reports` (a :class:`ReportOpener`)."""

    def __init__(self, qapp: QApplication, *, frame: Frame, connection: Connection,
                 runner: TaskRunner, outbox: OutboxService, drafts: Drafts,
                 make_wizard: MakeWizard, knowledge: Callable[[], KnowledgeBase],
                 kb_upkeep: KnowledgeUpkeep, cache: TicketCache, poller: PollDriver,
                 language: InterfaceLanguage, first_run: FirstRun, log_dir: Path,
                 remote: RemoteAssistance, list_windows: ListWindows | None = None,
                 check_services: Callable[[], CheckServices] | None = None) -> None:
        super().__init__(qapp)
        self.log_dir = log_dir
        self.about: AboutDialog | None = None
        self.language = language
        self.qapp = qapp
        self.connection = connection
        self.runner = runner
        self.outbox = outbox
        self.drafts = drafts
        self.knowledge = knowledge
        self.kb_upkeep = kb_upkeep
        self.cache = cache
        self.poller = poller
        self.list_windows = list_windows
        self.icon = frame.icon
        self.brand = Brand(qapp, connection.settings, APP_NAME)
        title = self.brand.current.display_name()
        self.other_ways = OtherWays(connection.settings, self.icon, lambda: self.brand.current,
                                    self._raise, self)
        self.actions = frame.actions
        self.actions.setParent(self)  # they live as long as the app
        for signal, slot in ((self.actions.report, self.open_report),
                             (self.actions.requests, self.open_requests),
                             (self.actions.knowledge_base, self.open_kb),
                             (self.actions.settings, self.open_settings),
                             (self.actions.quit, self.quit),
                             (self.actions.outbox, self.open_outbox),
                             (self.actions.about, self.open_about),
                             (self.actions.channels, self.other_ways.open)):
            signal.connect(slot)
        # what is offered follows the settings: the other ways, remote assistance (if configured)
        self.actions.set_channels(self.other_ways.available())
        self.other_ways.available_changed.connect(self.actions.set_channels)
        self.remote = remote
        remote.attach(self.actions, self.open_remote)
        self.settings_watch = SettingsWatch(connection.settings, runner, self)
        self.settings_watch.changed.connect(self._settings_changed)
        self.checks = CheckWindows(self.actions.check_action, runner, check_services,
                                   self.open_report, self)
        self.delivery_notices = DeliveryNotices(self)
        self.tray, self.home, self.presence = frame.tray, frame.home, frame.presence
        self.presence.set_title(title)
        self._disposed = False
        self.welcomer: Welcomer | None = None
        if self.tray is not None:
            self.tray.setParent(self)
            self.tray.notification_clicked.connect(self._notification_clicked)
            self.welcomer = Welcomer(first_run, title, self.icon, self.tray.icon, self)
            self.welcomer.report.connect(self.open_report)
        self.poller.synced.connect(self._synced)
        self.reports = ReportOpener(make_wizard, connection=connection, runner=runner,
                                    drafts=drafts, other_ways=self.other_ways,
                                    open_tickets=lambda: [c.ticket for c in cache.tickets()],
                                    branding=lambda: self.brand.current,
                                    requests=self.open_requests, show=self._raise, parent=self)
        self.reports.submitted.connect(self._submitted)
        self.requests: RequestsWindow | None = None
        self.kb: KnowledgeBaseWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.outbox_window: OutboxWindow | None = None

    def start(self) -> None:
        """Show the tray icon (or home window) if it is not yet; start sending, polling and
        knowledge-base upkeep; ask for set-up when nothing is configured. Whether a token
        exists is asked off the GUI thread (the keyring may take its time)."""
        self.presence.present()
        self.outbox.changed.connect(self._update_waiting)
        self.outbox.outcome.connect(self._outbox_event)
        self.outbox.start()
        self.kb_upkeep.start()
        self.runner.run_task(self.connection.is_configured, self._configured,
                             lambda exc: self._configured(False))
        if self.welcomer is not None:
            self.welcomer.start()
        self.drafts.offer_restore(self.open_report)

    def _configured(self, configured: bool) -> None:
        if self._disposed:  # the answer came after quitting
            return
        if configured:
            self.start_polling()
        else:  # set-up says where the token will be kept: ask that off the GUI thread too
            self.runner.run_task(lambda: self.connection.secrets.is_secure,
                                 lambda _secure: self._set_up(), lambda _exc: self._set_up())

    def _set_up(self) -> None:
        if not self._disposed:
            self.open_settings()

    @property
    def welcome(self) -> WelcomeWindow | None:
        """The first-start welcome while it is shown."""
        return self.welcomer.window if self.welcomer is not None else None

    # --- following requests --------------------------------------------------------------------

    def start_polling(self) -> None:
        """Start the poller (once configured; a second call does nothing)."""
        if self.poller.running:
            return
        # read the cached list into memory off the GUI thread now, so My requests opens on it
        # at once even before the first poll (or offline, when the poll fails)
        self.runner.run_task(self.cache.tickets, lambda _tickets: self._update_badge())
        self.poller.start()

    def _synced(self, result: SyncResult) -> None:
        requests = self.requests
        looking_at = (requests.in_view.ticket_id
                      if requests is not None and requests.isActiveWindow() else None)
        notify_changes(result, self.connection.settings, self.presence.notify,
                       looking_at=looking_at)
        self._update_badge()

    def _update_badge(self) -> None:
        self.presence.set_unread(*badge_counts(self.cache.tickets()))

    def _notification_clicked(self, ticket_id: str) -> None:
        requests = self.open_requests()
        if ticket_id:
            requests.open_ticket(ticket_id)

    # --- windows -------------------------------------------------------------------------------

    def handle_command(self, command: str) -> None:
        """A command from the CLI or a second launch: open the matching window."""
        handlers: dict[str, Callable[[], object]] = {
            "report": self.open_report, "requests": self.open_requests, "kb": self.open_kb,
            "settings": self.open_settings, "show": self.show_home}
        handlers.get(command, self.show_home)()

    def show_home(self) -> None:
        """Bring HelpClient forward: the home window, or the report wizard from the tray."""
        if self.home is not None:
            self.home.present()
        else:
            self.open_report()

    @staticmethod
    def _raise(window: QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    @property
    def wizard(self) -> ReportWizard | None:
        """The report wizard, once opened (perhaps closed since)."""
        return self.reports.wizard

    def open_report(self, draft: ProblemReport | None = None) -> None:
        """The report wizard, or ``draft`` continued (see :meth:`ReportOpener.open`)."""
        self.reports.open(draft)

    def _submitted(self) -> None:
        self._update_waiting()
        self.poller.poke()  # the new ticket joins the cache (and the poll pace quickens)

    def open_outbox(self) -> OutboxWindow:
        """The reports waiting to be sent."""
        if self.outbox_window is None:
            from helpclient.ui.outbox.window import OutboxWindow  # noqa: PLC0415 (on first use)

            self.outbox_window = OutboxWindow(self.outbox, self.runner)
            self.other_ways.offer_in(self.outbox_window)
        self.outbox_window.refresh()
        self._raise(self.outbox_window)
        return self.outbox_window

    def _update_waiting(self) -> None:
        self.runner.run_task(self.outbox.waiting,
                             lambda entries: self.presence.set_waiting(waiting_text(entries)))

    def _outbox_event(self, event: Event) -> None:
        if event.reply and event.state is State.SENT:
            if self.requests is not None:  # a delivered reply shows in its conversation
                self.requests.reply_delivered(event.ticket_id)
            else:  # poll now: the reply is seen as the user's own, and later news as news
                self.poller.poke()
            return
        if not event.reply and self.reports.visible():
            return  # the wizard shows the outcome itself
        notice = self.delivery_notices.describe(event, self.other_ways.available())
        if notice is not None:
            self.presence.notify(*notice)

    def open_requests(self) -> RequestsWindow:
        """The My requests window, refreshed."""
        if self.requests is None:
            from helpclient.ui.requests.window import RequestsWindow  # noqa: PLC0415

            self.requests = RequestsWindow(self.runner, self.connection.backend,
                                           cache=self.cache, poller=self.poller,
                                           send_reply=self.outbox.submit_reply,
                                           queued_replies=self.outbox.replies_waiting,
                                           list_windows=self.list_windows)
            self.requests.unread_changed.connect(self._update_badge)
            self.requests.report_requested.connect(self.open_report)
            self.requests.remote_requested.connect(self.open_remote)
            self.outbox.reply_progress.connect(self.requests.reply_progress)
            self.other_ways.offer_in(self.requests)
            # asked again when clicked: a tool gone since is explained then
            self.requests.remote_offer.set_available(self.remote.available())
        self._raise(self.requests)
        self.requests.refresh()
        return self.requests

    def open_kb(self) -> None:
        """The knowledge-base browser."""
        if self.kb is None:
            from helpclient.ui.kb.window import KnowledgeBaseWindow  # noqa: PLC0415

            self.kb = KnowledgeBaseWindow(self.runner, self.knowledge(),
                                          self.connection.configured_backend)
        self._raise(self.kb)
        self.kb.focus_search()

    def open_settings(self) -> None:
        """Settings and sign-in."""
        if self.settings_dialog is not None and self.settings_dialog.isVisible():
            self._raise(self.settings_dialog)
            return
        from helpclient.backends import BACKEND_TYPES, SIGN_IN_METHODS  # noqa: PLC0415
        from helpclient.services_helpdesk import (  # noqa: PLC0415
            server_probe,
            start_browser_sign_in,
        )
        from helpclient.ui.settings.dialog import SettingsDialog  # noqa: PLC0415

        self.settings_dialog = SettingsDialog(self.connection, self.runner, BACKEND_TYPES,
                                              sign_in_methods=SIGN_IN_METHODS,
                                              probe=server_probe,
                                              start_browser=start_browser_sign_in)
        self.settings_dialog.signed_in.connect(lambda _user: self._signed_in())
        self.settings_dialog.settings_saved.connect(self._settings_changed)
        self.settings_dialog.language_changed.connect(self.change_language)
        self._raise(self.settings_dialog)

    def open_about(self) -> AboutDialog:
        """The About box: version, licence, logs, and the helpdesk in use."""
        if self.about is None:
            from helpclient.backends import BACKEND_TYPES  # noqa: PLC0415 (on first use)
            from helpclient.ui.kit.branding import logo_pixmap  # noqa: PLC0415
            from helpclient.ui.shell.about import AboutDialog, AboutFacts  # noqa: PLC0415

            config = self.connection.config()
            kind = BACKEND_TYPES.get(config.kind, config.kind) if config.url else ""
            brand = self.brand.current
            facts = AboutFacts(brand.product, __version__, kind, config.url, self.log_dir,
                               brand.company)
            self.about = AboutDialog(facts, self.icon, logo=logo_pixmap(brand.logo, 48))
            self.about.destroyed.connect(lambda: setattr(self, "about", None))
        self._raise(self.about)
        return self.about

    def _settings_changed(self) -> None:
        """Saved in Settings or changed on disk: the look, what is offered and the knowledge
        base's folders and sync follow."""
        self.presence.set_title(self.brand.apply().display_name())
        self.other_ways.refresh()
        self.actions.set_remote(self.remote.available())
        self.kb_upkeep.settings_changed()

    def open_remote(self, ticket_id: str = "") -> None:
        """Ask whether support may connect, noting it in ``ticket_id`` (asked from that
        request's view, over it) or else the request shown."""
        view = self.requests.current_ticket_view() if self.requests is not None else None
        self.remote.offer(ticket_id or (view.ticket_id if view is not None else ""),
                          self.requests if ticket_id else None)

    def _signed_in(self) -> None:
        self.outbox.retry()  # reports waiting for sign-in go now, unchanged
        self.cache.switch_account(str(self.connection.settings.get("server.url")))
        if self.poller.running:
            self.poller.poke()
        else:
            self.start_polling()
        self.kb_upkeep.sync()
        if self.requests is not None:
            self.requests.refresh()

    def _windows(self) -> list[QWidget]:
        return [w for w in (self.wizard, self.requests, self.kb, self.settings_dialog,
                            self.outbox_window) if w is not None]

    def quit(self) -> None:
        """Leave for real (closing windows does not). Windows are hidden, not closed: Qt 6
        cancels a quit when a window refuses to close, and the wizard would ask "Discard this
        report?" — while the draft it autosaves is exactly what the next start offers back."""
        self.presence.withdraw()
        for window in self._windows():
            window.hide()
        self.qapp.quit()

    def wind_down(self) -> None:
        """Ask the background work to end before it is waited for (quitting): an article sync
        or a folder's import stops between two articles, the outbox starts no new pass."""
        self.kb_upkeep.stop()
        self.outbox.stop()

    def dispose(self, *, idle: bool = False) -> None:
        """Delete every window now, while Qt is still up: leaving them to the interpreter's
        final garbage collection destroys widgets after QApplication, in no defined order.
        ``idle``: no task runs any more, so the helpdesk connection is closed too."""
        self._disposed = True
        if self.welcomer is not None:
            self.welcomer.stop()
        self.settings_watch.stop()
        self.other_ways.close()
        self.brand.restore()
        # a poll in flight still reports back: not to windows and a tray that are gone
        self.poller.synced.disconnect(self._synced)
        self.wind_down()  # again, for a dispose without a quit (a test's app)
        self.drafts.dispose()
        self.checks.dispose()
        self.reports.dispose()
        self.remote.shutdown()
        if idle:
            self.connection.close()  # a helpdesk session ends (GLPI: killSession)
        for window in self._windows():
            window.hide()
            window.deleteLater()
        if self.about is not None:
            self.about.close()
        self.presence.dispose()
        self.language.clear()
        self.poller.stop()
        self.requests = self.kb = self.settings_dialog = self.outbox_window = self.home = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
