"""Starting the GUI: the tray icon first, everything else once it is on screen.

Before the icon, only what must come first: the application object, the single-instance check
(a second launch hands its command over and leaves; it must not flash a second icon), the crash
file, SIGINT/SIGTERM — and the icon. Those modules are all that is imported; a test keeps the
others out (tests/gui/shell/test_start_path.py).

Once the icon has been painted (or after a second, if the tray host never paints it):
the settings, the interface language, the tray menu, then :func:`helpclient.wiring.start_app`
with the services and the window coordinator — in one go on the GUI thread, so a click on the
icon meanwhile waits for them rather than being lost. Without a tray, the home window's texts
need the settings and the language first: they come before it.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from helpclient import APP_ID, APP_NAME, __version__
from helpclient.core.logsetup import disable_crash_file, enable_crash_file, take_previous_crash
from helpclient.core.paths import AppPaths
from helpclient.resources_path import app_icon_file
from helpclient.ui.kit.first_paint import FirstPaint, after_first_paint, tray_icon_window
from helpclient.ui.kit.gui_gc import collect_if_due, give_back, take_over
from helpclient.ui.kit.import_hook import stop_source_caching
from helpclient.ui.shell.quit_signals import QuitSignals
from helpclient.ui.shell.single_instance import SingleInstance, server_name
from helpclient.ui.shell.timing_probe import TimingProbe

if TYPE_CHECKING:
    from helpclient.app import HelpClientApp
    from helpclient.core.secrets import SecretStore
    from helpclient.core.settings import Settings
    from helpclient.ui.shell.frame import Frame
    from helpclient.ui.shell.i18n import InterfaceLanguage

log = logging.getLogger(__name__)

# the most the rest of the start waits for a tray host to paint the icon
ICON_WAIT_MS = 1_000


class _Start:
    """The start after the icon, run once: it holds what it built."""

    def __init__(self, qapp: QApplication, paths: AppPaths, instance: SingleInstance, *,
                 command: str, environ: Mapping[str, str], secrets: SecretStore | None,
                 previous_crash: str, began: float) -> None:
        self.qapp = qapp
        self.paths = paths
        self.app: HelpClientApp | None = None
        self.frame: Frame | None = None
        self.settings: Settings | None = None
        self.language: InterfaceLanguage | None = None
        self.in_tray: QSystemTrayIcon | None = None
        self.watcher: FirstPaint | None = None  # waiting for the icon's first paint
        self.probe = TimingProbe.from_env(environ, qapp)
        self._command, self._environ, self._secrets = command, environ, secrets
        self._previous_crash, self._began = previous_crash, began
        self._commands: list[str] = []  # from a second launch before the app was built
        instance.command_received.connect(self._received)

    def _received(self, command: str) -> None:
        if self.app is None:
            self._commands.append(command)
        else:
            self.app.handle_command(command)

    def show(self) -> None:
        """The icon in the tray at once (or, without a tray, the home window); the rest once
        it has been painted."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.in_tray = QSystemTrayIcon(QIcon(str(app_icon_file())))
            self.in_tray.show()
            if self.probe is not None:  # it marks the moment, then the start goes on
                self.probe.watch_tray_icon(self.in_tray, self.run)
            elif (window := tray_icon_window()) is not None:
                self.watcher = after_first_paint(window, self.run)
        else:
            frame = self._frame()
            frame.presence.present()
            assert frame.home is not None
            self.watcher = after_first_paint(frame.home, self.run)
        QTimer.singleShot(ICON_WAIT_MS if self.watcher or self.probe else 0, self.run)

    def _frame(self) -> Frame:
        """Settings, the interface language and the tray menu (or home window)."""
        from helpclient.core.settings import Settings  # noqa: PLC0415 (after the icon)
        from helpclient.platform import policy_source  # noqa: PLC0415
        from helpclient.ui.shell.frame import Frame  # noqa: PLC0415
        from helpclient.ui.shell.i18n import InterfaceLanguage  # noqa: PLC0415

        settings = self.settings = Settings(self.paths.user_settings_file, policy_source())
        # the desktop shows it after every window's title (and alone in small boxes' title bars)
        title = str(settings.get("branding.product_name")) or APP_NAME
        QApplication.setApplicationDisplayName(title)
        self.language = InterfaceLanguage(self.qapp)
        self.language.apply(settings.get("ui.language"))
        self.frame = Frame.build(title, self.in_tray is not None, in_tray=self.in_tray)
        return self.frame

    def run(self) -> None:
        """Build and start the app (a second call does nothing); when that fails, say why
        and leave."""
        if self.app is not None:
            return
        try:
            self.app = self._build()
        except Exception:
            log.exception("HelpClient could not start")
            self.qapp.exit(1)
            return
        probe = self.probe
        if probe is not None:
            # the window, not its page: the page's content fills it (a scroll area), so Qt
            # never sends the page itself a paint event; the window's paint pass includes it
            self.app.reports.shown.connect(
                lambda wizard: probe.watch_first_paint(wizard, "wizard"))
        for command in self._commands:
            self.app.handle_command(command)
        self._commands.clear()

    def _build(self) -> HelpClientApp:
        frame = self.frame or self._frame()
        from helpclient.core.logsetup import setup_logging  # noqa: PLC0415
        from helpclient.services import Services, app_secret_store  # noqa: PLC0415
        from helpclient.wiring import start_app  # noqa: PLC0415

        redactor = setup_logging(self.paths.log_file)
        log.info("HelpClient %s started; its icon came %.2f s into the start", __version__,
                 time.monotonic() - self._began)
        services = Services.for_user(self.paths, environ=self._environ,
                                     secrets=self._secrets or app_secret_store(),
                                     settings=self.settings, on_secret=redactor.known_secrets.add)
        assert self.language is not None
        return start_app(self.qapp, frame, services, language=self.language,
                         command=self._command,
                         known_secrets=lambda: frozenset(redactor.known_secrets),
                         previous_crash=self._previous_crash)

    def quit(self) -> None:
        """Leave (SIGINT/SIGTERM): the app's way once it exists."""
        if self.app is not None:
            self.app.quit()
            return
        if self.in_tray is not None:
            self.in_tray.hide()
        self.qapp.quit()

    def close(self) -> None:
        """Delete what was built, while Qt is still up."""
        if self.app is not None:
            # the helpdesk connection closes only when no task may still be using it; told to
            # end first, a long sync or import does not hold the wait for its 5 s
            self.app.wind_down()
            self.app.dispose(idle=self.app.runner.wait_for_done(5_000))
            self.app.cache.close()
        elif self.frame is not None:
            self.frame.presence.dispose()
        elif self.in_tray is not None:
            self.in_tray.hide()
        if self.language is not None:
            self.language.clear()


def _name_the_application() -> None:
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)


def run_gui(command: str = "show", *, environ: Mapping[str, str] | None = None,
            secrets: SecretStore | None = None) -> int:
    """Start the GUI, or hand ``command`` to the instance already running. Returns the exit code."""
    began = time.monotonic()
    environ = os.environ if environ is None else environ
    stop_source_caching()
    _name_the_application()
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication)
    paths = AppPaths.for_user()
    instance = SingleInstance(server_name(APP_ID, paths.data_dir))
    if instance.send_to_running(command):
        return 0
    paths.ensure()
    previous_crash = take_previous_crash(paths.crash_file) or ""
    crash_stream: IO[str] = enable_crash_file(paths.crash_file)
    qapp.setQuitOnLastWindowClosed(False)
    take_over()  # cycles are collected on this thread only: Qt objects die where they live
    qapp.focusChanged.connect(lambda _old, _new: collect_if_due())
    start = _Start(qapp, paths, instance, command=command, environ=environ, secrets=secrets,
                   previous_crash=previous_crash, began=began)
    instance.listen()
    signals = QuitSignals(lambda _number: start.quit(), parent=qapp)
    signals.install()
    start.show()
    try:
        return qapp.exec()
    finally:
        signals.uninstall()
        start.close()
        instance.close()
        disable_crash_file(crash_stream)
        give_back()
        log.info("HelpClient stopped")
