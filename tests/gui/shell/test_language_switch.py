"""Choosing another language in Settings applies at once: the tray menu or home window, and
the windows open now, which come back where they were with what they showed."""

import pytest
from app_builder import make_test_app
from PySide6.QtWidgets import QMessageBox
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def make_app(qtbot, tmp_path):
    apps = []

    def make(*, tray: bool):
        connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                                backend_factory, environ={})
        apps.append(make_test_app(tmp_path, connection, tray_available=tray))
        return apps[-1]

    yield make
    for app in apps:
        app.dispose()  # also removes the translators it installed
        app.cache.close()


def choose_in_settings(app, code: str) -> None:
    app.open_settings()
    dialog = app.settings_dialog
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.save()


def test_the_tray_menu_and_the_open_windows_switch_at_once(make_app, qtbot):
    app = make_app(tray=True)
    app.open_kb()
    app.kb.search.setText("принтер")
    app.kb.move(120, 90)
    old_kb = app.kb
    app.open_requests()
    old_requests = app.requests
    app.open_outbox()
    app.outbox_window.hide()  # closed by the user: rebuilt when opened again
    assert app.actions.requests_action.text() == "&My requests"

    choose_in_settings(app, "ru")

    assert app.connection.settings.get("ui.language") == "ru"
    assert app.actions.requests_action.text() == "&Мои заявки"
    assert app.actions.report_action.text() == "&Сообщить о проблеме…"
    assert app.kb is not old_kb and app.kb.isVisible()
    assert app.kb.search.text() == "принтер"  # what it showed
    assert app.kb.search.placeholderText() == "Поиск в базе знаний…"
    assert app.kb.pos() == old_kb.pos()       # where it was
    assert app.requests is not old_requests and app.requests.isVisible()
    assert app.requests.windowTitle().startswith("Мои заявки")
    assert app.outbox_window is None
    assert app.open_outbox().windowTitle().startswith("Ожидают отправки")  # built anew


def test_without_a_tray_the_home_window_switches(make_app):
    app = make_app(tray=False)
    app.show_home()
    assert app.home.buttons[1].text() == "&My requests"
    choose_in_settings(app, "ru")
    assert app.home.buttons[1].text() == "&Мои заявки"
    assert app.home.reason.text().startswith("В вашей среде рабочего стола нет")


def test_a_report_being_written_keeps_its_window_and_the_user_is_told(make_app, qtbot):
    app = make_app(tray=True)
    app.open_report()
    wizard = app.wizard
    choose_in_settings(app, "ru")
    assert app.wizard is wizard and wizard.isVisible()  # nothing the user typed is touched
    boxes = [b for b in wizard.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].text().startswith("Язык изменён.")  # said in the new language
    boxes[0].accept()


def test_the_ticket_language_is_chosen_in_settings_unless_policy_fixes_it(qtbot, tmp_path):
    free = Connection(Settings(tmp_path / "a.toml"), SessionSecretStore(), backend_factory,
                      environ={})
    dialog = SettingsDialog(free, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dialog)
    assert dialog.ticket_language.isEnabled() and dialog.ticket_language.currentData() == ""
    dialog.ticket_language.setCurrentIndex(dialog.ticket_language.findData("ru"))
    dialog.save()
    assert Settings(tmp_path / "a.toml").get("ticket.language") == "ru"

    fixed = Connection(Settings(tmp_path / "b.toml", DictPolicy({"ticket.language": "en"})),
                       SessionSecretStore(), backend_factory, environ={})
    locked = SettingsDialog(fixed, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(locked)
    assert not locked.ticket_language.isEnabled()
    assert locked.ticket_language.currentData() == "en"
