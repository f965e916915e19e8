"""The app's wiring of the quick checks: "Check my computer…" in the tray opens one window that
checks, and the report wizard runs them when the setting says so."""

import pytest
from app_builder import make_test_app
from checks_fakes import FULL_DISK, NETWORK_FINE, services, starter_kb

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.checks.window import CheckWindow
from helpclient.ui.wizard.checks_assist import SelfCheckAssist
from helpclient.ui.wizard.kb_assist import KnowledgeAssist


@pytest.fixture
def make_app(qtbot, tmp_path):
    kb = starter_kb(tmp_path)

    def make(**overrides):
        connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                                backend_factory, environ={})
        return make_test_app(tmp_path, connection, tray_available=True, **overrides)
    make.kb = kb
    return make


def test_the_tray_action_opens_one_check_window_that_checks(make_app):
    app = make_app(check_services=lambda: services(make_app.kb, [FULL_DISK]))
    assert app.actions.check_action.isVisible()
    app.actions.check_action.trigger()
    window = app.checks.window
    assert isinstance(window, CheckWindow) and window.isVisible()
    assert list(window.view.list.rows) == ["disk"]
    app.actions.check_action.trigger()  # again: the same window, checked anew
    assert app.checks.window is window
    window.report.click()  # "Report a problem…" goes on to the wizard
    assert app.wizard is not None and app.wizard.isVisible()
    app.dispose()
    assert app.checks.window is None


def test_the_wizard_runs_the_checks_unless_the_setting_says_no(qtbot, make_app):
    app = make_app(check_services=lambda: services(make_app.kb, [NETWORK_FINE]))
    app.open_report()
    # the checks (and the knowledge base) join once the first page is on screen
    qtbot.waitUntil(lambda: app.wizard.findChild(SelfCheckAssist) is not None)
    assert [n.name for n in app.wizard.report.self_checks] == ["network"]
    app.wizard.hide()
    app.connection.settings.set("checks.in_reports", False)
    app.open_report()
    qtbot.waitUntil(lambda: app.wizard.findChild(KnowledgeAssist) is not None)
    assert app.wizard.findChild(SelfCheckAssist) is None
    assert app.wizard.report.self_checks == ()
    app.dispose()


def test_by_default_the_app_offers_this_computers_checks_built_on_demand(make_app):
    from helpclient.app import HelpClientApp  # noqa: PLC0415

    app = make_app()
    assert isinstance(app, HelpClientApp)
    # build_app wires this OS's checks; the window is built only when asked for
    assert app.actions.check_action.isVisible() and app.checks.window is None
    app.dispose()
