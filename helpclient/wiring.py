"""The GUI's parts wired together: core's services from :mod:`helpclient.services`, each in its
Qt driver, around :class:`helpclient.app.HelpClientApp`. :mod:`helpclient.launch` calls
:func:`start_app` once the tray icon is on screen; tests call :func:`build_app`.

Only what runs while the app sits in the tray is imported here; the report wizard, system
information and the knowledge base are imported when a report or a search first needs them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from helpclient import APP_NAME
from helpclient.app import HelpClientApp
from helpclient.app_reports import MakeWizard
from helpclient.core.backend import fields_asked
from helpclient.core.delivery.outbox import OutboxError
from helpclient.core.storage.filestore import remove_older_than
from helpclient.core.tracking.attention import Attention
from helpclient.core.tracking.poll_policy import PollScheduler
from helpclient.platform import os_user
from helpclient.platform.memory import release_free_heap
from helpclient.platform.power import power_state
from helpclient.platform.presence import open_probe, open_watches
from helpclient.services import Services, knowledge_folders
from helpclient.ui.kb.upkeep import KnowledgeUpkeep
from helpclient.ui.kit.first_paint import after_first_paint
from helpclient.ui.kit.network_watch import NetworkWatch
from helpclient.ui.kit.style import HelpClientStyle
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.remote.session import RemoteAssistance
from helpclient.ui.shell.crash import CrashReporter
from helpclient.ui.shell.drafts import Drafts
from helpclient.ui.shell.frame import Frame
from helpclient.ui.shell.i18n import InterfaceLanguage, TicketLanguage
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.presence import PresenceDriver
from helpclient.ui.shell.welcome import FirstRun

if TYPE_CHECKING:
    from helpclient.core.backend import HelpdeskBackend
    from helpclient.core.report.problem import ProblemReport
    from helpclient.core.sysinfo.service import SysinfoService
    from helpclient.ui.checks.session import CheckServices  # the quick checks load when shown
    from helpclient.ui.wizard import ReportWizard

log = logging.getLogger(__name__)

# a report being written right now (by the CLI perhaps) is never a day old
REPORT_FILES_MAX_AGE_S = 24 * 3600
# how long after the start the report wizard's code is loaded (see warm_report_wizard)
WARM_UP_MS = 2_000


def _show_previous_crash(crash_text: str, crash_file: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "", arg(QCoreApplication.translate(
        "App", "HelpClient closed unexpectedly last time. Requests you had already sent are "
        "safe with support. "
        "The technical details are saved in %1."), crash_file.with_suffix(".previous.log")))
    box.setDetailedText(crash_text)
    box.open()
    box.setParent(None)


def _outbox_service(services: Services, runner: TaskRunner, attention: Attention,
                    language: TicketLanguage, network: NetworkWatch) -> OutboxService:
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
        around_reply=attention.run), runner, network=network)


def other_windows() -> list[tuple[int, str]]:
    """Other applications' windows a screenshot can show alone (blocking: runs OS tools)."""
    from helpclient.platform.desktop_windows import list_windows  # noqa: PLC0415

    return [(w.window_id, w.title) for w in list_windows()]


def launchable_programs(language: str) -> list[tuple[str, str]]:
    """The programs a person launches here, as (name, version), for "Which program?"; names
    in ``language`` where the system has them (blocking: reads files, runs package tools)."""
    from helpclient.platform.applications import installed_applications  # noqa: PLC0415

    return [(p.name, p.version) for p in installed_applications(language)]


def build_check_services(services: Services) -> CheckServices:
    """The quick checks with the settings as they are when a window runs them, this OS's safe
    actions and the knowledge base for their articles."""
    from helpclient.core.checks.suite import CheckConfig, program_checks  # noqa: PLC0415
    from helpclient.services import SafeActions, build_self_checks  # noqa: PLC0415
    from helpclient.ui.checks.session import CheckServices  # noqa: PLC0415

    settings = services.settings
    return CheckServices(lambda: build_self_checks(settings),
                         lambda program, version: program_checks(
                             CheckConfig.from_settings(settings), program, version),
                         SafeActions(), services.knowledge)


def wizard_factory(services: Services, runner: TaskRunner, outbox: OutboxService,
                   drafts: Drafts, sysinfo: Callable[[], SysinfoService], *,
                   language: TicketLanguage,
                   checks: Callable[[], CheckServices] | None = None) -> MakeWizard:
    """How a report wizard is made: its steps from what system information the settings offer,
    sending through the outbox, autosaved as a draft, checked against the helpdesk's file size
    limit, with knowledge-base suggestions, window screenshots, and the programs installed here
    to suggest for "Which program?"."""
    connection = services.connection

    def make(start: ProblemReport) -> ReportWizard:
        # imported by warm_report_wizard() a moment after start, else with the first report
        from helpclient.core.report.flow import ReportFlow  # noqa: PLC0415
        from helpclient.core.report.problem import report_steps  # noqa: PLC0415
        from helpclient.ui.wizard import ReportWizard  # noqa: PLC0415

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
                              ask_fields=lambda category: fields_asked(
                                  connection.configured_backend(), category),
                              max_attachment_bytes=max(0, limit_mb) * 1_000_000,
                              compress_dir=service.bundle_dir, background_after_paint=True)
        outbox.progress.connect(wizard.show_upload_progress)

        def assist() -> None:
            # the knowledge base's modules (and the quick checks') load once the first page is
            # on screen
            from helpclient.ui.wizard.kb_assist import KnowledgeAssist  # noqa: PLC0415

            kb_assist = KnowledgeAssist(wizard, runner, services.knowledge,
                                        connection.configured_backend)
            if checks is not None and connection.settings.get("checks.in_reports"):
                from helpclient.ui.wizard.checks_assist import SelfCheckAssist  # noqa: PLC0415

                SelfCheckAssist(wizard, runner, checks(), open_article=kb_assist.open_hit)

        # after the paint pass is over (the page is on screen), behind whatever else it ends
        after_first_paint(wizard, lambda: QTimer.singleShot(0, wizard, assist), timeout_ms=500)
        return wizard

    return make


def warm_report_wizard() -> None:
    """Import what opening the report wizard needs (the knowledge base and the collectors
    come after its first paint), so that the first click on the tray icon shows it at once:
    about 100 ms of imports and 2-3 MiB, spent once while the app is idle."""
    from helpclient.core.report import flow, problem, userinfo  # noqa: F401, PLC0415
    from helpclient.core.sysinfo import service  # noqa: F401, PLC0415
    from helpclient.ui.wizard import brand_banner, known_assist, window  # noqa: F401, PLC0415


def build_app(qapp: QApplication, services: Services, runner: TaskRunner, *,
              frame: Frame | None = None, tray_available: bool | None = None,
              outbox: OutboxService | None = None,
              sysinfo: Callable[[], SysinfoService] | None = None,
              language: InterfaceLanguage | None = None,
              check_services: Callable[[], CheckServices] | None = None) -> HelpClientApp:
    """The application with every collaborator built from ``services``: the Qt drivers
    (outbox sending, draft autosave, knowledge-base upkeep, the poller) around core's services.
    ``frame`` is the tray icon (or home window) already shown, if any; without one it is built
    here — with a tray if ``tray_available`` (by default what the desktop says). Tests replace
    the outbox service (to reach a fake helpdesk) or system information. ``language`` is the
    interface language installed at start (by default none is: the source text, English).
    ``check_services`` (tests) replaces the quick checks of this computer."""
    connection = services.connection
    settings = services.settings
    if check_services is None:
        def check_services() -> CheckServices:
            return build_check_services(services)
    if frame is None:
        if tray_available is None:
            tray_available = QSystemTrayIcon.isSystemTrayAvailable()
        frame = Frame.build(str(settings.get("branding.product_name")) or APP_NAME,
                            tray_available)
    cache = services.open_ticket_cache()
    # one for the sender and every wizard: a translator is loaded once per language
    ticket_language = TicketLanguage(settings)
    # the network is watched once the outbox or a poll could not get through
    network = NetworkWatch()
    if outbox is None:
        outbox = _outbox_service(services, runner, cache.attention, ticket_language, network)
    if sysinfo is None:
        def sysinfo() -> SysinfoService:
            # built when a report opens: settings and screens are current then
            return services.sysinfo(displays=screen_facts(qapp))

    def kb_backend() -> tuple[HelpdeskBackend, str] | None:
        backend = connection.configured_backend()
        return None if backend is None else (backend, connection.config().url)

    policy = services.poll_policy()
    # who is at the computer: the OS sources open when polling starts, off the GUI thread
    presence = PresenceDriver(runner, policy.away_after, open_probe=open_probe,
                              open_watches=open_watches)
    poller = PollDriver(PollScheduler(policy, time.time), services.ticket_sync(cache), runner,
                        power_probe=power_state, presence=presence)
    poller.failed.connect(lambda _exc: network.watch())
    network.online.connect(poller.poke)
    kb_upkeep = KnowledgeUpkeep(runner, lambda: services.knowledge, kb_backend,
                                lambda: settings.get("kb.sync_minutes"),
                                folders=lambda: knowledge_folders(settings),
                                server_url=lambda: connection.config().url,
                                state_file=services.paths.kb_upkeep_file,
                                index_file=services.paths.kb_index_file)
    drafts = Drafts(services.drafts, runner)
    remote = RemoteAssistance(
        settings, runner, outbox.submit_reply, ticket_translate=ticket_language.translate,
        open_tickets=lambda: [c.ticket for c in cache.tickets() if c.ticket.status.is_active],
        login=lambda: os_user().login)
    app = HelpClientApp(qapp, frame=frame, connection=connection, runner=runner, outbox=outbox,
                        drafts=drafts,
                        make_wizard=wizard_factory(services, runner, outbox, drafts, sysinfo,
                                                   language=ticket_language,
                                                   checks=check_services),
                        knowledge=lambda: services.knowledge, kb_upkeep=kb_upkeep, cache=cache,
                        poller=poller, language=language or InterfaceLanguage(qapp),
                        first_run=FirstRun(services.paths.welcomed_marker),
                        log_dir=services.paths.log_dir, remote=remote,
                        list_windows=other_windows, check_services=check_services)
    # parented to the app, so they live as long as it does
    for driver in (poller, kb_upkeep, drafts, remote, network):
        driver.setParent(app)
    return app


def screen_facts(qapp: QApplication) -> tuple[dict[str, object], ...]:
    """The screens as the system-information bundle reports them (only Qt knows them)."""
    return tuple({"name": screen.name(), "width": screen.size().width(),
                  "height": screen.size().height(), "scale": screen.devicePixelRatio(),
                  "dpi": round(screen.logicalDotsPerInch()), "primary":
                  screen is qapp.primaryScreen()} for screen in qapp.screens())


def start_app(qapp: QApplication, frame: Frame, services: Services, *,
              language: InterfaceLanguage, known_secrets: Callable[[], frozenset[str]],
              command: str = "show", previous_crash: str = "") -> HelpClientApp:
    """Everything after the tray icon: the crash dialog, the services and the window
    coordinator, started; then ``command`` (from the command line), the last crash's report,
    and — off the GUI thread — the removal of old report files."""
    paths = services.paths
    CrashReporter(str(paths.log_file), qapp).install()
    qapp.setStyle(HelpClientStyle())  # before any dialog; the tray menu is re-polished
    if frame.tray is None:
        log.warning("no system tray on this desktop; using a window instead")
    # after a burst of work (the last task's cycles were collected as it came back), the
    # heap's free pages go back: a day in the tray does not keep its busiest moment's memory
    runner = TaskRunner(qapp, settled=release_free_heap)

    def sysinfo() -> SysinfoService:
        # built when a report opens: settings, screens and learnt secrets are current then
        return services.sysinfo(displays=screen_facts(qapp), known_secrets=known_secrets())

    app = build_app(qapp, services, runner, frame=frame, sysinfo=sysinfo, language=language)
    app.start()
    bundles = paths.bundle_dir
    runner.run_task(lambda: remove_older_than(bundles, REPORT_FILES_MAX_AGE_S, time.time()),
                    None, lambda exc: log.warning("old report files not removed: %s", exc))

    def attach() -> None:
        # known problems and crash offers: once the event loop runs (the app keeps them)
        from helpclient.watchers import attach_watchers  # noqa: PLC0415

        attach_watchers(app, services, runner)

    QTimer.singleShot(0, app, attach)
    if command != "show":
        app.handle_command(command)
    if previous_crash:
        _show_previous_crash(previous_crash, paths.crash_file)
    # once the start's own work (first poll, outbox, folders) is under way
    QTimer.singleShot(WARM_UP_MS, app, warm_report_wizard)
    return app
