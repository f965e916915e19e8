"""The composition root: builds the services, wires them to the UI, keeps one instance per user."""

from __future__ import annotations

import logging
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from helpclient import APP_ID, APP_NAME, __version__
from helpclient.app_services import backend_factory, build_knowledge_base
from helpclient.backends import BACKEND_TYPES
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.connection import Connection
from helpclient.core.flow import ReportFlow
from helpclient.core.kb import KnowledgeBase
from helpclient.core.logsetup import (
    disable_crash_file,
    enable_crash_file,
    setup_logging,
    take_previous_crash,
)
from helpclient.core.models import Ticket, UserInfo
from helpclient.core.paths import AppPaths
from helpclient.core.report import Contact, ProblemReport
from helpclient.core.secrets import SecretStore, open_secret_store
from helpclient.core.settings import Settings
from helpclient.core.submit import submit_report
from helpclient.core.userinfo import prefill_contact
from helpclient.platform import os_user, policy_source
from helpclient.resources_path import resource_file
from helpclient.ui.crash import CrashReporter
from helpclient.ui.i18n import choose_locale, install_translators
from helpclient.ui.kb_upkeep import KnowledgeUpkeep
from helpclient.ui.kb_window import KnowledgeBaseWindow
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.settings_dialog import SettingsDialog
from helpclient.ui.single_instance import SingleInstance, server_name
from helpclient.ui.tasks import TaskRunner
from helpclient.ui.text import arg
from helpclient.ui.tray import Actions, HomeWindow, Tray
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.kb_assist import KnowledgeAssist

log = logging.getLogger(__name__)

COMMANDS = ("show", "report", "requests", "kb", "settings")


class HelpClientApp(QObject):
    """The running application: tray (or home window), and the windows it opens on demand."""

    def __init__(self, qapp: QApplication, connection: Connection, runner: TaskRunner,
                 log_file: Path, *, tray_available: bool | None = None,
                 knowledge: KnowledgeBase | None = None) -> None:
        super().__init__(qapp)
        self.knowledge = knowledge or build_knowledge_base(connection.settings,
                                                           AppPaths.for_user())
        self.kb_upkeep = KnowledgeUpkeep(runner, self.knowledge, self._kb_backend,
                                         lambda: connection.settings.get("kb.sync_minutes"),
                                         self)
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
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        self.tray: Tray | None = None
        self.home: HomeWindow | None = None
        if tray_available:
            self.tray = Tray(self.actions, self.icon, self.title, self)
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
        if not self.connection.is_configured():
            self.open_settings()

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

    def open_report(self) -> None:
        """The report wizard (a single one: a second click brings it forward)."""
        if self.wizard is not None and self.wizard.isVisible():
            self._raise(self.wizard)
            return
        flow = ReportFlow(ProblemReport(contact=self._saved_contact()))
        self.wizard = ReportWizard(flow, self.runner, self._submit)
        self.wizard.setWindowTitle(arg(self.tr("Report a problem — %1"), self.title))
        self.wizard.submitted.connect(self._submitted)
        self.wizard.open_ticket.connect(self._open_ticket)
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

    def _submit(self, report: ProblemReport) -> Ticket:
        # runs on a worker thread
        translate = QCoreApplication.translate
        return submit_report(self.connection.backend(), report, self.connection.user(), translate)

    def _submitted(self, ticket: Ticket) -> None:
        if self.wizard is not None:
            self._remember_contact(self.wizard.report.contact)
        if self.requests is not None:
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

    def open_requests(self) -> None:
        """The My requests window, refreshed."""
        if self.requests is None:
            self.requests = RequestsWindow(self.runner, self.connection.backend)
            self.requests.setWindowTitle(arg(self.tr("My requests — %1"), self.title))
            self.requests.report_requested.connect(self.open_report)
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
        self._raise(self.settings_dialog)

    def _signed_in(self) -> None:
        self.kb_upkeep.sync()
        if self.requests is not None:
            self.requests.refresh()

    def quit(self) -> None:
        """Leave for real (closing windows does not)."""
        if self.tray is not None:
            self.tray.hide()
        self.qapp.quit()

    def dispose(self) -> None:
        """Delete every window now, while Qt is still up: leaving them to the interpreter's
        final garbage collection destroys widgets after QApplication, in no defined order."""
        self.kb_upkeep.stop()
        windows = (self.wizard, self.requests, self.kb, self.settings_dialog, self.home)
        for window in windows:
            if window is not None:
                window.hide()
                window.deleteLater()
        if self.tray is not None:
            self.tray.hide()
            self.tray.menu.deleteLater()
        self.wizard = self.requests = self.kb = self.settings_dialog = self.home = None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _show_previous_crash(crash_text: str, crash_file: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, arg(QCoreApplication.translate(
        "App", "HelpClient closed unexpectedly last time. Requests you had already sent are "
        "safe with support. "
        "The technical details are saved in %1."), crash_file.with_suffix(".previous.log")))
    box.setDetailedText(crash_text)
    box.open()
    box.setParent(None)


def run_gui(command: str = "show", *, environ: Mapping[str, str] | None = None,
            secrets: SecretStore | None = None) -> int:
    """Start the GUI, or hand ``command`` to the instance already running. Returns the exit code."""
    environ = os.environ if environ is None else environ
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    instance = SingleInstance(server_name(APP_ID))
    if instance.send_to_running(command):
        return 0
    paths = AppPaths.for_user()
    paths.ensure()
    redactor = setup_logging(paths.log_file)
    previous_crash = take_previous_crash(paths.crash_file)
    crash_stream: IO[str] = enable_crash_file(paths.crash_file)
    log.info("HelpClient %s starting (Qt %s, PySide %s)", __version__, qVersion(),
             PySide6.__version__)
    settings = Settings(paths.user_settings_file, policy_source())
    translators = install_translators(qapp, choose_locale(settings.get("ui.language")))
    crash = CrashReporter(str(paths.log_file), qapp)
    crash.install()
    connection = Connection(settings, secrets or open_secret_store(), backend_factory,
                            environ, on_secret=redactor.known_secrets.add)
    runner = TaskRunner(qapp)
    app = HelpClientApp(qapp, connection, runner, paths.log_file,
                        knowledge=build_knowledge_base(settings, paths))
    instance.command_received.connect(app.handle_command)
    instance.listen()
    qapp.setQuitOnLastWindowClosed(False)
    # Python handles SIGINT/SIGTERM only when the interpreter runs: wake it regularly
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    heartbeat = QTimer(qapp, interval=250)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
    app.start()
    if command != "show":
        app.handle_command(command)
    if previous_crash:
        _show_previous_crash(previous_crash, paths.crash_file)
    try:
        return qapp.exec()
    finally:
        runner.wait_for_done(5_000)
        app.dispose()
        instance.close()
        del translators
        disable_crash_file(crash_stream)
        log.info("HelpClient stopped")
