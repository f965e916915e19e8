"""build_app: what the GUI does when the data folder cannot hold the outbox."""

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from helpclient.core.connection import Connection
from helpclient.core.i18n import identity
from helpclient.core.paths import AppPaths
from helpclient.core.report.problem import ProblemReport
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.launch import build_app
from helpclient.services import Services, backend_factory
from helpclient.ui.kit.tasks import TaskRunner


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
