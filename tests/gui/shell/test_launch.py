"""build_app: what the GUI does when the data folder cannot hold the outbox."""

import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from helpclient.core.connection import Connection
from helpclient.core.i18n import identity
from helpclient.core.paths import AppPaths
from helpclient.core.report.problem import ProblemReport
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import Services, backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.wiring import build_app


def test_an_outbox_that_cannot_be_opened_is_said_and_reports_still_queue(
        qtbot, tmp_path, monkeypatch):
    paths = AppPaths.under(tmp_path)
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "outbox-files").write_text("not a folder")  # the outbox cannot open
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    connection = Connection(Settings(paths.user_settings_file), SessionSecretStore(),
                            backend_factory, environ={})
    connection.settings.set("sysinfo.enabled", False)
    app = build_app(QApplication.instance(), Services.around(paths, connection),
                    TaskRunner(synchronous=True), tray_available=False)
    try:
        assert len(warnings) == 1
        assert warnings[0].startswith("HelpClient cannot keep reports on this computer:")
        outbox = app.outbox.outbox
        assert Path(tempfile.gettempdir()) in outbox.lock_file.parents
        # not signed in: the report is kept (in the temporary outbox) and waits for sign-in
        result = app.outbox.submit(ProblemReport(summary="Excel crashes"), identity)
        assert outbox.get(result.id) is not None
    finally:
        app.dispose()
        app.cache.close()


def test_starting_the_gui_builds_no_argument_parser(monkeypatch):
    from helpclient import cli, launch  # noqa: PLC0415

    started = []
    monkeypatch.setattr(launch, "run_gui", started.append)
    monkeypatch.setattr(cli, "_parser", lambda: pytest.fail("the parser was built"))
    for argv, command in (([], "show"), (["report"], "report"), (["kb-window"], "kb")):
        cli.main(argv)
        assert started.pop() == command


def test_a_second_launch_before_the_app_is_built_is_handed_to_it(qtbot, tmp_path,
                                                                   monkeypatch):
    from helpclient.launch import _Start  # noqa: PLC0415
    from helpclient.ui.shell.single_instance import SingleInstance  # noqa: PLC0415

    class App:
        def __init__(self):
            self.commands = []

        def handle_command(self, command):
            self.commands.append(command)

    monkeypatch.setattr(_Start, "_build", lambda _start: App())
    instance = SingleInstance("helpclient-test-start")
    start = _Start(QApplication.instance(), AppPaths.under(tmp_path), instance, command="show",
                   environ={}, secrets=None, previous_crash="", began=0.0)
    instance.command_received.emit("report")  # the icon shows, the app is not built yet
    start.run()
    instance.command_received.emit("kb")
    start.run()  # a second call (the icon's paint, then the time-out) builds nothing more
    assert start.app.commands == ["report", "kb"]


def test_a_start_that_fails_after_the_icon_says_why_and_leaves(qtbot, tmp_path, monkeypatch):
    from helpclient.launch import _Start  # noqa: PLC0415
    from helpclient.ui.shell.single_instance import SingleInstance  # noqa: PLC0415

    def broken(_start):
        raise OSError("the data folder is read-only")

    exits = []
    monkeypatch.setattr(_Start, "_build", broken)
    qapp = QApplication.instance()
    monkeypatch.setattr(qapp, "exit", exits.append)
    start = _Start(qapp, AppPaths.under(tmp_path), SingleInstance("helpclient-test-broken"),
                   command="show", environ={}, secrets=None, previous_crash="", began=0.0)
    start.run()
    assert exits == [1] and start.app is None


def test_the_rest_of_the_start_installs_the_app_style_and_the_crash_dialog(qtbot, tmp_path):
    import sys  # noqa: PLC0415
    import threading  # noqa: PLC0415

    from PySide6.QtWidgets import QStyleFactory  # noqa: PLC0415

    from helpclient.ui.kit.style import HelpClientStyle  # noqa: PLC0415
    from helpclient.ui.shell.frame import Frame  # noqa: PLC0415
    from helpclient.ui.shell.i18n import InterfaceLanguage  # noqa: PLC0415
    from helpclient.wiring import start_app  # noqa: PLC0415

    qapp = QApplication.instance()
    style_name, hooks = qapp.style().name(), (sys.excepthook, threading.excepthook)
    paths = AppPaths.under(tmp_path)
    paths.ensure()
    connection = Connection(Settings(paths.user_settings_file), SessionSecretStore(),
                            backend_factory, environ={})
    connection.settings.set("sysinfo.enabled", False)
    frame = Frame.build("HelpClient", tray_available=False)
    qapp.setStyle(QStyleFactory.create("Fusion"))  # whatever another test left
    try:
        app = start_app(qapp, frame, Services.around(paths, connection),
                        language=InterfaceLanguage(qapp), known_secrets=frozenset)
        assert isinstance(qapp.style(), HelpClientStyle)
        assert sys.excepthook != hooks[0]
        # nothing configured: set-up opens once the token's absence is known (off the GUI thread)
        qtbot.waitUntil(lambda: app.settings_dialog is not None)
        app.runner.wait_for_done(5_000)
        app.dispose()
        app.cache.close()
    finally:
        sys.excepthook, threading.excepthook = hooks
        qapp.setStyle(QStyleFactory.create(style_name))


class ClosingBackend:
    """A backend holding a session on the server (GLPI's)."""

    capabilities = 0

    def __init__(self, _config, _token):
        self.closed = 0

    def close(self):
        self.closed += 1


def test_quitting_closes_the_helpdesk_connection_once_no_task_runs(qtbot, tmp_path):
    paths = AppPaths.under(tmp_path)
    connection = Connection(Settings(paths.user_settings_file), SessionSecretStore(),
                            ClosingBackend, environ={"HELPCLIENT_TOKEN": "t"})
    connection.settings.set("server.url", "https://glpi.example.com")
    connection.settings.set("sysinfo.enabled", False)
    app = build_app(QApplication.instance(), Services.around(paths, connection),
                    TaskRunner(synchronous=True), tray_available=False)
    backend = connection.backend()
    try:
        assert backend.closed == 0
    finally:
        app.dispose(idle=True)
        app.cache.close()
    assert backend.closed == 1
