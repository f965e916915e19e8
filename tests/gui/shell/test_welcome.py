"""The first start says where HelpClient lives and offers a report at once; later starts and
desktops without a tray (whose home window already says it) show no welcome."""

import pytest
from app_builder import make_test_app
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QIcon

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.shell.welcome import WelcomeWindow

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def start_app(tmp_path):
    apps = []

    def start(*, tray: bool = True):
        connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                                backend_factory, environ={})
        connection.settings.set("server.url", "https://rt.example")  # no set-up dialog
        app = make_test_app(tmp_path, connection, tray_available=tray)
        apps.append(app)
        app.start()
        return app

    def stop(app):
        apps.remove(app)
        app.dispose()
        app.cache.close()

    start.stop = stop
    yield start
    for app in list(apps):
        stop(app)


def test_the_first_start_welcomes_and_report_now_opens_the_wizard(start_app, qtbot):
    app = start_app()
    qtbot.waitUntil(lambda: app.welcome is not None and app.welcome.isVisible())
    welcome = app.welcome
    assert welcome.report_button.isDefault()
    assert "system tray" in welcome.text.text()
    welcome.report_button.click()
    assert app.wizard is not None and app.wizard.isVisible()
    qtbot.waitUntil(lambda: app.welcome is None)  # closed and deleted


def test_a_later_start_shows_no_welcome(start_app, qtbot):
    first = start_app()
    qtbot.waitUntil(lambda: first.welcome is not None)
    first.welcome.close_button.click()
    qtbot.waitUntil(lambda: first.welcome is None)
    start_app.stop(first)
    again = start_app()
    qtbot.wait(900)  # longer than the welcome's delay
    assert again.welcome is None


def test_without_a_tray_the_home_window_is_the_welcome(start_app, qtbot):
    app = start_app(tray=False)
    assert app.home.isVisible()
    assert app.home.buttons[0].text() == "&Report a problem…"
    qtbot.wait(900)
    assert app.welcome is None


def test_the_welcome_stands_beside_the_tray_icon_inside_the_screen(qtbot):
    area = QGuiApplication.primaryScreen().availableGeometry()
    icon_at = QRect(area.right() - 30, area.top() + 2, 24, 24)  # a tray at the top right
    welcome = WelcomeWindow("HelpClient", QIcon(), icon_at)
    qtbot.addWidget(welcome)
    welcome.place()
    assert welcome.y() >= icon_at.bottom()           # below the icon
    assert welcome.x() + welcome.width() <= area.right() + 1
    bottom_icon = QRect(area.right() - 30, area.bottom() - 26, 24, 24)  # at the bottom right
    below_welcome = WelcomeWindow("HelpClient", QIcon(), bottom_icon)
    qtbot.addWidget(below_welcome)
    below_welcome.place()
    assert below_welcome.y() + below_welcome.height() <= bottom_icon.top()  # above it
