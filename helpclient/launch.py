"""Starting the GUI: single instance, logging and crash files, translations, and the Qt event
loop around :class:`helpclient.app.HelpClientApp`, whose collaborators :func:`build_app` makes:
core's services from :mod:`helpclient.services`, each in its Qt driver."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from helpclient import APP_ID, APP_NAME, __version__
from helpclient.app import HelpClientApp, MakeWizard
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.delivery.outbox import OutboxError
from helpclient.core.logsetup import (
    disable_crash_file,
    enable_crash_file,
    setup_logging,
    take_previous_crash,
)
from helpclient.core.paths import AppPaths
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, report_steps
from helpclient.core.secrets import SecretStore
from helpclient.core.storage.filestore import remove_older_than
from helpclient.core.sysinfo.service import SysinfoService
from helpclient.core.tracking.attention import Attention
from helpclient.core.tracking.poll_policy import PollScheduler
from helpclient.platform.power import power_state
from helpclient.services import Services
from helpclient.ui.kb.upkeep import KnowledgeUpkeep
from helpclient.ui.kit.style import HelpClientStyle
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.shell.crash import CrashReporter
from helpclient.ui.shell.drafts import Drafts
from helpclient.ui.shell.i18n import InterfaceLanguage, TicketLanguage
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.single_instance import SingleInstance, server_name
from helpclient.ui.shell.timing_probe import TimingProbe
from helpclient.ui.shell.welcome import FirstRun
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.kb_assist import KnowledgeAssist

log = logging.getLogger(__name__)


def _show_previous_crash(crash_text: str, crash_file: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "", arg(QCoreApplication.translate(
        "App", "HelpClient closed unexpectedly last time. Requests you had already sent are "
        "safe with support. "
        "The technical details are saved in %1."), crash_file.with_suffix(".previous.log")))
    box.setDetailedText(crash_text)
    box.open()
    box.setParent(None)


def _outbox_service(services: Services, runner: TaskRunner, attention: Attention,
                    language: TicketLanguage) -> OutboxService:
    """The outbox in the data folder; when it cannot be opened, the user is told and reports go
    through an outbox in a temporary folder (still through the sender, only while the app runs).
    Replies it sends count as the user's own changes (``attention``), not news."""
    try:
        outbox = services.outbox
    except OutboxError as exc:
        log.error("outbox unavailable: %s", exc.message)
        QMessageBox.warning(None, "", arg(QCoreApplication.translate(
            "App", "HelpClient cannot keep reports on this computer: %1 Reports will be sent "
            "directly, and only while the helpdesk can be reached."), exc.message))
        outbox = services.temporary_outbox()
    # only entries queued before text was frozen at Send are rendered by the sender
    return OutboxService(outbox, lambda on_event, on_progress: services.sender(
        outbox, tr=language.translate(), on_event=on_event, on_progress=on_progress,
        around_reply=attention.run), runner)


def other_windows() -> list[tuple[int, str]]:
    """Other applications' windows a screenshot can show alone (blocking: runs OS tools)."""
    from helpclient.platform.desktop_windows import list_windows  # noqa: PLC0415

    return [(w.window_id, w.title) for w in list_windows()]


def launchable_programs(language: str) -> list[tuple[str, str]]:
    """The programs a person launches here, as (name, version), for "Which program?"; names
    in ``language`` where the system has them (blocking: reads files, runs package tools)."""
    from helpclient.platform.applications import installed_applications  # noqa: PLC0415

    return [(p.name, p.version) for p in installed_applications(language)]


def wizard_factory(services: Services, runner: TaskRunner, outbox: OutboxService,
                   drafts: Drafts, sysinfo: Callable[[], SysinfoService], *,
                   language: TicketLanguage) -> MakeWizard:
    """How a report wizard is made: its steps from what system information the settings offer,
    sending through the outbox, autosaved as a draft, checked against the helpdesk's file size
    limit, with knowledge-base suggestions, window screenshots, and the programs installed here
    to suggest for "Which program?"."""
    connection = services.connection

    def make(start: ProblemReport) -> ReportWizard:
        service = sysinfo()
        # one translation for what the review shows and what is queued: the same text
        ticket_translate = language.translate()
        ui_language = QLocale().name()  # the interface's, read here on the GUI thread
        flow = ReportFlow(start, report_steps(sysinfo=service.options.enabled))
        limit_mb = int(connection.settings.get("outbox.max_attachment_mb"))
        wizard = ReportWizard(flow, runner, lambda report: outbox.submit(report, ticket_translate),
                              on_change=drafts.changed, ticket_translate=ticket_translate,
                              cancel_upload=outbox.cancel_upload, sysinfo=service,
                              list_windows=other_windows,
                              list_programs=lambda: launchable_programs(ui_language),
                              max_attachment_bytes=max(0, limit_mb) * 1_000_000,
                              compress_dir=service.bundle_dir)
        outbox.progress.connect(wizard.show_upload_progress)
        KnowledgeAssist(wizard, runner, services.knowledge, connection.configured_backend)
        return wizard

    return make


def build_app(qapp: QApplication, services: Services, runner: TaskRunner, *,
              tray_available: bool | None = None, outbox: OutboxService | None = None,
              sysinfo: Callable[[], SysinfoService] | None = None,
              language: InterfaceLanguage | None = None) -> HelpClientApp:
    """The application with every collaborator built from ``services``: the Qt drivers
    (outbox sending, draft autosave, knowledge-base upkeep, the poller) around core's services.
    ``tray_available`` defaults to what the desktop says; tests replace the outbox service (to
    reach a fake helpdesk) or system information. ``language`` is the interface language
    installed at start (by default none is: the source text, English)."""
    connection = services.connection
    if tray_available is None:
        tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    cache = services.open_ticket_cache()
    # one for the sender and every wizard: a translator is loaded once per language
    ticket_language = TicketLanguage(services.settings)
    if outbox is None:
        outbox = _outbox_service(services, runner, cache.attention, ticket_language)
    if sysinfo is None:
        def sysinfo() -> SysinfoService:
            # built when a report opens: settings and screens are current then
            return services.sysinfo(displays=screen_facts(qapp))

    def kb_backend() -> tuple[HelpdeskBackend, str] | None:
        backend = connection.configured_backend()
        return None if backend is None else (backend, connection.config().url)

    poller = PollDriver(PollScheduler(services.poll_policy(), time.time),
                        services.ticket_sync(cache), runner, power_probe=power_state,
                        watch_network=True)
    knowledge = services.knowledge
    kb_upkeep = KnowledgeUpkeep(runner, knowledge, kb_backend,
                                lambda: connection.settings.get("kb.sync_minutes"))
    drafts = Drafts(services.drafts, runner)
    app = HelpClientApp(qapp, connection=connection, runner=runner, outbox=outbox,
                        drafts=drafts,
                        make_wizard=wizard_factory(services, runner, outbox, drafts, sysinfo,
                                                   language=ticket_language),
                        knowledge=knowledge, kb_upkeep=kb_upkeep, cache=cache, poller=poller,
                        language=language or InterfaceLanguage(qapp),
                        first_run=FirstRun(services.paths.welcomed_marker),
                        log_dir=services.paths.log_dir,
                        tray_available=tray_available, list_windows=other_windows)
    # parented to the app, so they live as long as it does
    for driver in (poller, kb_upkeep, drafts):
        driver.setParent(app)
    return app


def screen_facts(qapp: QApplication) -> tuple[dict[str, object], ...]:
    """The screens as the system-information bundle reports them (only Qt knows them)."""
    return tuple({"name": screen.name(), "width": screen.size().width(),
                  "height": screen.size().height(), "scale": screen.devicePixelRatio(),
                  "dpi": round(screen.logicalDotsPerInch()), "primary":
                  screen is qapp.primaryScreen()} for screen in qapp.screens())


# a report being written right now (by the CLI perhaps) is never a day old
REPORT_FILES_MAX_AGE_S = 24 * 3600


def _prune_old_report_files(runner: TaskRunner, bundles: Path) -> None:
    runner.run_task(lambda: remove_older_than(bundles, REPORT_FILES_MAX_AGE_S, time.time()),
                    None,
                    lambda exc: log.warning("old report files not removed: %s", exc))


def _watch_timing(app: HelpClientApp, environ: Mapping[str, str]) -> None:
    """Timing lines for the footprint benchmark, when ``HELPCLIENT_TIMING`` asks for them."""
    probe = TimingProbe.from_env(environ, app)
    if probe is None:
        return
    if app.tray is not None:
        probe.watch_tray_icon(app.tray.icon)
    app.wizard_shown.connect(lambda wizard: probe.watch_first_paint(
        wizard.currentPage(), "window-painted", lambda: ["wizard"]))


def run_gui(command: str = "show", *, environ: Mapping[str, str] | None = None,
            secrets: SecretStore | None = None) -> int:
    """Start the GUI, or hand ``command`` to the instance already running. Returns the exit code."""
    environ = os.environ if environ is None else environ
    for set_name, value in ((QApplication.setApplicationName, APP_ID),
                            (QApplication.setApplicationDisplayName, APP_NAME),
                            (QApplication.setApplicationVersion, __version__),
                            (QApplication.setDesktopFileName, APP_ID)):
        set_name(value)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    qapp.setStyle(HelpClientStyle())
    paths = AppPaths.for_user()
    instance = SingleInstance(server_name(APP_ID, paths.data_dir))
    if instance.send_to_running(command):
        return 0
    paths.ensure()
    redactor = setup_logging(paths.log_file)
    previous_crash = take_previous_crash(paths.crash_file)
    crash_stream: IO[str] = enable_crash_file(paths.crash_file)
    log.info("HelpClient %s starting (Qt %s, PySide %s)", __version__, qVersion(),
             PySide6.__version__)
    services = Services.for_user(paths, secrets=secrets, environ=environ,
                                 on_secret=redactor.known_secrets.add)
    # the desktop shows it after every window's title (and alone in small boxes' title bars)
    QApplication.setApplicationDisplayName(
        str(services.settings.get("branding.product_name")) or APP_NAME)
    language = InterfaceLanguage(qapp)
    language.apply(services.settings.get("ui.language"))
    crash = CrashReporter(str(paths.log_file), qapp)
    crash.install()
    runner = TaskRunner(qapp)

    def sysinfo() -> SysinfoService:
        # built when a report opens: settings, screens and learnt secrets are current then
        return services.sysinfo(displays=screen_facts(qapp),
                                known_secrets=frozenset(redactor.known_secrets))

    app = build_app(qapp, services, runner, sysinfo=sysinfo, language=language)
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
    _watch_timing(app, environ)
    _prune_old_report_files(runner, paths.bundle_dir)
    if command != "show":
        app.handle_command(command)
    if previous_crash:
        _show_previous_crash(previous_crash, paths.crash_file)
    try:
        return qapp.exec()
    finally:
        runner.wait_for_done(5_000)
        app.dispose()
        app.cache.close()
        instance.close()
        del language  # the translators go with the application
        disable_crash_file(crash_stream)
        log.info("HelpClient stopped")
