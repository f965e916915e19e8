"""Window titles say what the window is: the desktop adds the application's name itself (Qt
appends it on X11 and Windows), so a title that names it too reads "HelpClient settings —
HelpClient", and a small box's title is cut. Boxes inside a tab do not repeat its name."""

import pytest
from app_builder import make_test_app
from PySide6.QtWidgets import QGroupBox

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def app(qtbot, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    app = make_test_app(tmp_path, connection, tray_available=True)
    yield app
    app.dispose()
    app.cache.close()


def test_no_window_title_names_the_application(app):
    app.open_report()
    app.open_requests()
    app.open_kb()
    app.open_outbox()
    app.open_settings()
    titles = {w: w.windowTitle() for w in (app.wizard, app.requests, app.kb, app.outbox_window,
                                           app.settings_dialog)}
    assert all(titles.values())
    assert not [t for t in titles.values() if "HelpClient" in t], titles
    app.wizard.hide()


def test_a_box_alone_on_its_tab_does_not_repeat_the_tab_name(app):
    app.open_settings()
    tabs = app.settings_dialog.tabs
    for index in range(tabs.count()):
        name = tabs.tabText(index).replace("&", "")
        boxes = tabs.widget(index).findChildren(QGroupBox)
        assert boxes
        assert not [b.title() for b in boxes if b.title().replace("&", "") == name], name
