"""Starting the GUI: the tray icon first, everything else once it is on screen.

Before the icon: the application object, the single-instance check (a second launch hands its
command over and leaves), logging and the crash file, the settings (for the interface language
and the product's name), the tray icon (or, without a tray, the home window), and SIGINT/SIGTERM.
Only those modules are imported; a test keeps the heavy ones out (tests/unit/test_start_path.py).

Once the icon has been painted (or after a second, if the tray host never paints it),
:func:`helpclient.wiring.start_app` builds the services and the window coordinator, in one go on
the GUI thread, so a click on the icon meanwhile waits for it rather than being lost.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable, Mapping
from typing import IO, TYPE_CHECKING

import PySide6
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from helpclient import APP_ID, APP_NAME, __version__
from helpclient.core.logsetup import (
    disable_crash_file,
    enable_crash_file,
    setup_logging,
    take_previous_crash,
)
from helpclient.core.paths import AppPaths
from helpclient.core.settings import Settings
from helpclient.platform import policy_source
from helpclient.ui.kit.first_paint import FirstPaint, after_first_paint, tray_icon_window
from helpclient.ui.kit.import_hook import stop_source_caching
from helpclient.ui.shell.frame import Frame
from helpclient.ui.shell.i18n import InterfaceLanguage
from helpclient.ui.shell.quit_signals import QuitSignals
from helpclient.ui.shell.single_instance import SingleInstance, server_name
from helpclient.ui.shell.timing_probe import TimingProbe

if TYPE_CHECKING:
    from helpclient.app import HelpClientApp
    from helpclient.core.secrets import SecretStore

log = logging.getLogger(__name__)

# the most the rest of the start waits for a tray host to paint the icon
ICON_WAIT_MS = 1_000


class _Start:
    """The second half of the start, run once; it holds the app when built."""

    def __init__(self, qapp: QApplication, frame: Frame, build: Callable[[], HelpClientApp],
                 instance: SingleInstance, probe: TimingProbe | None) -> None:
        self.qapp = qapp
        self.frame = frame
        self.app: HelpClientApp | None = None
        self._build = build
        self._probe = probe
        self._commands: list[str] = []  # from a second launch before the app was built
        self.watcher: FirstPaint | None = None  # waiting for the icon's first paint
        instance.command_received.connect(self._command)

    def _command(self, command: str) -> None:
        if self.app is None:
            self._commands.append(command)
        else:
            self.app.handle_command(command)

    def run(self) -> None:
        """Build and start the app (a second call does nothing)."""
        if self.app is not None:
            return
        self.app = self._build()
        probe = self._probe
        if probe is not None:
            self.app.wizard_shown.connect(
                lambda wizard: probe.watch_first_paint(wizard.currentPage(), "wizard"))
        for command in self._commands:
            self.app.handle_command(command)
        self._commands.clear()

    def quit(self) -> None:
        """Leave (SIGINT/SIGTERM): the app's way once it exists."""
        if self.app is not None:
            self.app.quit()
        else:
            self.frame.presence.withdraw()
            self.qapp.quit()


def _name_the_application() -> None:
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)


def _when_shown(frame: Frame, probe: TimingProbe | None,
                then: Callable[[], None]) -> FirstPaint | None:
    """Call ``then`` once the tray icon (or home window) has been painted, and at the latest
    after :data:`ICON_WAIT_MS`; the timing probe marks the moment first. Returns the watcher
    to keep meanwhile (None: the probe keeps its own, or there is nothing to watch)."""
    QTimer.singleShot(ICON_WAIT_MS, then)
    if probe is not None and frame.tray is not None:
        probe.watch_tray_icon(frame.tray.icon, then)
        return None
    window = tray_icon_window() if frame.tray is not None else frame.home
    return after_first_paint(window, then) if window is not None else None


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
    previous_crash = take_previous_crash(paths.crash_file)
    crash_stream: IO[str] = enable_crash_file(paths.crash_file)
    settings = Settings(paths.user_settings_file, policy_source())
    # the desktop shows it after every window's title (and alone in small boxes' title bars)
    title = str(settings.get("branding.product_name")) or APP_NAME
    QApplication.setApplicationDisplayName(title)
    language = InterfaceLanguage(qapp)
    language.apply(settings.get("ui.language"))
    qapp.setQuitOnLastWindowClosed(False)
    frame = Frame.build(title, QSystemTrayIcon.isSystemTrayAvailable())

    def build() -> HelpClientApp:
        from helpclient.services import Services  # noqa: PLC0415 (after the icon)
        from helpclient.wiring import start_app  # noqa: PLC0415

        redactor = setup_logging(paths.log_file)
        log.info("HelpClient %s started (Qt %s, PySide %s), its icon shown in %.2f s",
                 __version__, qVersion(), PySide6.__version__, time.monotonic() - began)
        services = Services.for_user(paths, secrets=secrets, environ=environ, settings=settings,
                                     on_secret=redactor.known_secrets.add)
        return start_app(qapp, frame, services, language=language, command=command,
                         known_secrets=lambda: frozenset(redactor.known_secrets),
                         previous_crash=previous_crash or "")

    probe = TimingProbe.from_env(environ, qapp)
    start = _Start(qapp, frame, build, instance, probe)
    instance.listen()
    signals = QuitSignals(lambda _number: start.quit(), parent=qapp)
    signals.install()
    frame.presence.present()
    start.watcher = _when_shown(frame, probe, start.run)
    try:
        return qapp.exec()
    finally:
        signals.uninstall()
        app = start.app
        if app is not None:
            app.runner.wait_for_done(5_000)
            app.dispose()
            app.cache.close()
        else:
            frame.presence.dispose()
        instance.close()
        language.clear()
        disable_crash_file(crash_stream)
        log.info("HelpClient stopped")
