"""Starting the GUI: single instance, logging and crash files, translations, the services, and
the Qt event loop around :class:`helpclient.app.HelpClientApp`."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO

import PySide6
from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from helpclient import APP_ID, APP_NAME, __version__
from helpclient.app import HelpClientApp
from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import OutboxError
from helpclient.core.logsetup import (
    disable_crash_file,
    enable_crash_file,
    setup_logging,
    take_previous_crash,
)
from helpclient.core.paths import AppPaths
from helpclient.core.report.drafts import DraftStore
from helpclient.core.secrets import SecretStore, open_secret_store
from helpclient.core.settings import Settings
from helpclient.core.storage.filestore import remove_older_than
from helpclient.core.sysinfo.service import SysinfoService
from helpclient.delivery import build_sender, open_outbox
from helpclient.platform import policy_source
from helpclient.services import backend_factory, build_knowledge_base, build_sysinfo
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.shell.crash import CrashReporter
from helpclient.ui.shell.i18n import choose_locale, install_translators
from helpclient.ui.shell.single_instance import SingleInstance, server_name

log = logging.getLogger(__name__)


def _show_previous_crash(crash_text: str, crash_file: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, arg(QCoreApplication.translate(
        "App", "HelpClient closed unexpectedly last time. Requests you had already sent are "
        "safe with support. "
        "The technical details are saved in %1."), crash_file.with_suffix(".previous.log")))
    box.setDetailedText(crash_text)
    box.open()
    box.setParent(None)


def _open_outbox(paths: AppPaths, connection: Connection,
                 runner: TaskRunner) -> OutboxService | None:
    try:
        outbox = open_outbox(paths)
    except OutboxError as exc:
        log.error("outbox unavailable: %s", exc.message)
        QMessageBox.warning(None, APP_NAME, arg(QCoreApplication.translate(
            "App", "HelpClient cannot keep reports on this computer: %1 Reports will be sent "
            "directly, and only while the helpdesk can be reached."), exc.message))
        return None
    return OutboxService(outbox, lambda on_event, on_progress: build_sender(
        outbox, connection, paths, tr=QCoreApplication.translate, on_event=on_event,
        on_progress=on_progress), runner)


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
    outbox = _open_outbox(paths, connection, runner)

    def sysinfo() -> SysinfoService:
        # built when a report opens: settings, screens and learnt secrets are current then
        return build_sysinfo(settings, paths, displays=screen_facts(qapp),
                             known_secrets=frozenset(redactor.known_secrets))

    app = HelpClientApp(qapp, connection, runner, paths.log_file, outbox=outbox,
                        drafts=DraftStore(paths.data_dir), sysinfo=sysinfo,
                        cache_file=paths.cache_dir / "tickets.sqlite",
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
        if app.cache is not None:
            app.cache.close()
        instance.close()
        del translators
        disable_crash_file(crash_stream)
        log.info("HelpClient stopped")
