"""About: version, licence, logs, the helpdesk in use — from the tray menu, and copyable."""

from pathlib import Path

import pytest
from app_builder import make_test_app
from PySide6.QtGui import QGuiApplication, QIcon

from helpclient import __version__
from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.shell.about import AboutDialog, AboutFacts

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def make_app(tmp_path):
    apps = []

    def make(url=""):
        connection = Connection(Settings(tmp_path / f"config{len(apps)}.toml"),
                                SessionSecretStore(), backend_factory, environ={})
        if url:
            connection.settings.set("server.url", url)
        apps.append(make_test_app(tmp_path, connection, tray_available=True))
        return apps[-1]

    yield make
    for app in apps:
        app.dispose()
        app.cache.close()


def test_about_from_the_menu_says_what_support_asks_first(make_app, tmp_path, qtbot):
    app = make_app("https://rt.example.com")
    assert app.actions.about_action in app.tray.menu.actions()
    app.actions.about_action.trigger()
    about = app.about
    assert about is not None and about.isVisible()
    details = about.details()
    assert f"HelpClient {__version__}" in details
    assert "Request Tracker at https://rt.example.com" in details
    assert str(tmp_path / "log") in details
    assert "GNU General Public License" in details
    about.copy.click()
    assert QGuiApplication.clipboard().text() == details
    about.close()
    qtbot.waitUntil(lambda: app.about is None)


def test_about_without_a_helpdesk_says_so(make_app):
    app = make_app()
    assert "not set up yet" in app.open_about().details()


def test_the_helpdesk_address_is_never_broken_across_lines(qtbot):
    # in French the row reads "Request Tracker à l'adresse https://…": wrapped, it broke after
    # "https://"
    url = "https://servicedesk.example-corporation.com/helpdesk/request-tracker/SelfService"
    about = AboutDialog(AboutFacts("HelpClient", "1.0", "Request Tracker", url, Path("/tmp")),
                        QIcon())
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    label = about.helpdesk
    assert url in label.text()
    assert label.height() < 2 * label.fontMetrics().lineSpacing()  # one line
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())  # all of it
