"""The composition root without a helpdesk: windows open on command and are disposed cleanly."""

from app_builder import make_test_app
from PySide6.QtWidgets import QApplication, QMessageBox

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory


def make_app(tmp_path, tray):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    return make_test_app(tmp_path, connection, tray_available=tray)


def test_commands_open_their_windows_and_dispose_removes_them(qtbot, tmp_path):
    app = make_app(tmp_path, tray=False)
    app.start()
    assert app.settings_dialog.isVisible()  # nothing configured yet: set-up first
    app.handle_command("report")
    assert app.wizard.isVisible()
    app.handle_command("kb")
    assert app.kb.isVisible()
    app.handle_command("unknown-command")  # falls back to showing HelpClient
    assert app.home.isVisible()
    app.dispose()
    assert app.wizard is None and app.kb is None and app.home is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_with_a_tray_there_is_no_home_window(qtbot, tmp_path):
    app = make_app(tmp_path, tray=True)
    assert app.home is None and app.tray is not None
    app.show_home()  # from the tray, "show" means the report wizard
    assert app.wizard is not None and app.wizard.isVisible()
    app.dispose()


def test_second_report_command_reuses_the_open_wizard(qtbot, tmp_path):
    app = make_app(tmp_path, tray=False)
    app.handle_command("report")
    first = app.wizard
    app.handle_command("report")
    assert app.wizard is first
    app.dispose()


def test_the_wizard_checks_attachments_against_the_configured_limit(qtbot, tmp_path):
    app = make_app(tmp_path, tray=False)
    app.connection.settings.set("outbox.max_attachment_mb", 3)
    app.open_report()
    review = app.wizard.step_page(app.wizard.flow.steps[-1])
    assert review.oversize is not None and review.oversize.limit == 3_000_000
    app.dispose()


def test_quit_with_a_report_in_progress_asks_nothing(qtbot, tmp_path):
    app = make_app(tmp_path, tray=False)
    app.handle_command("report")
    app.wizard.flow.report = app.wizard.report.with_changes(summary="Half-typed report")
    app.quit()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    app.dispose()



def test_knowledge_folders_changed_on_disk_are_imported_at_once(qtbot, tmp_path):
    # the same as a save in Settings: not a minute later, at the folders' next look
    app = make_app(tmp_path, tray=False)
    folder = tmp_path / "it-articles"
    folder.mkdir()
    (folder / "badge.md").write_text("# Badge reader\n\nHold the badge still.\n")
    kb = app.knowledge()
    assert not [h for h in kb.search("badge reader") if h.article.title == "Badge reader"]
    app.connection.settings.user_file.write_text(
        f"[kb]\nstarter = false\nfolders = [{str(folder)!r}]\n")
    qtbot.waitUntil(lambda: [h.article.title for h in kb.search("badge reader")]
                    == ["Badge reader"], timeout=5000)
    app.dispose()
