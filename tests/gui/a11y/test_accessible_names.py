"""Every interactive widget of every window has a name a screen reader can say: its own text, a
buddy label's, or an explicit accessible name. The walk asks Qt's accessibility itself
(``QAccessible``), so a label that is not the widget's buddy does not count. Each window is
checked in the states that show its parts: every wizard page as the user reaches it, the
suggestions, both sign-in methods, a check with an action."""

from __future__ import annotations

import pytest
from a11y_helpdesk import (
    COMPLETE,
    AllActions,
    Helpdesk,
    NoActions,
    check_services,
    signed_in_app,
)
from a11y_walk import interactive_widgets, nameless, nameless_actions
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QRadioButton

from helpclient.backends import BACKEND_TYPES, SIGN_IN_METHODS
from helpclient.core.backend import ServerIdentity
from helpclient.core.channels import SupportChannels
from helpclient.core.connection import Connection
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.report.problem import Step
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.resources_path import resource_file
from helpclient.ui.kit.screenshot import ScreenshotEditor
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.rating_dialog import RatingDialog
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.shell.channels import ChannelsDialog
from helpclient.ui.shell.tray import Actions, HomeWindow
from helpclient.ui.shell.welcome import WelcomeWindow
from helpclient.ui.wizard.kb_assist import KnowledgeAssist

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def kb(tmp_path):
    base = KnowledgeBase(tmp_path / "kb.sqlite", starter_folder=resource_file("kb"))
    base.refresh_folders()
    return base


@pytest.fixture
def app(qtbot, tmp_path, kb):
    helpclient = signed_in_app(tmp_path, Helpdesk(), with_sysinfo=True,
                               check_services=lambda: check_services(kb, NoActions()))
    helpclient.start_polling()
    yield helpclient
    for widget in QApplication.topLevelWidgets():  # dialogs opened over the windows
        if isinstance(widget, QDialog):
            widget.hide()
    helpclient.dispose()
    helpclient.cache.close()


def assert_all_named(window, where: str = "") -> None:
    assert interactive_widgets(window)  # the walk found something to check
    missing = nameless(window)
    assert not missing, f"{where or type(window).__name__}:\n" + "\n".join(missing)


def test_the_tray_menu_actions_are_named(app):
    assert app.tray is not None
    assert not nameless_actions(app.tray.menu)


def test_the_home_window_without_a_tray(qtbot):
    home = HomeWindow(Actions(), "HelpClient", QIcon(str(resource_file("icons",
                                                                        "helpclient.svg"))))
    qtbot.addWidget(home)
    assert_all_named(home)


def test_every_page_of_the_report_wizard_as_it_is_reached(app, tmp_path):
    app.open_report(COMPLETE)
    wizard = app.wizard
    seen = []
    for step in wizard.flow.steps:  # the review last: it shows the report as filled in
        assert wizard.flow.current is step
        seen.append(step)
        page = wizard.currentPage()
        if step is Step.SYSINFO:  # with a screenshot taken: its list and Remove show
            shot = tmp_path / "screenshot.png"
            assert picture().save(str(shot))
            page.screenshots.taker.taken.emit(shot)
            assert page.screenshots.list.isVisibleTo(page)
        assert_all_named(page, str(step))
        assert not nameless(wizard)  # the wizard's own buttons
        if step is Step.SYSINFO:
            page.consent.setChecked(True)
        if step is not wizard.flow.steps[-1]:
            wizard.next()
    assert Step.SYSINFO in seen and seen[-1] is Step.REVIEW
    wizard.hide()


def test_the_knowledge_base_suggestions_in_the_wizard(app, qtbot):
    app.knowledge().refresh_folders()  # the starter articles, as the app's upkeep imports them
    app.open_report()
    wizard = app.wizard
    # the suggestions join once the first page is on screen
    qtbot.waitUntil(lambda: wizard.findChild(KnowledgeAssist) is not None)
    assist = wizard.findChild(KnowledgeAssist)
    summary = wizard.step_page(Step.PROBLEM).summary
    for char in "printer does not print":
        summary.insert(char)
    assist.summary_suggestions.search_now()
    suggestion = assist.summary_suggestions.findChild(QLabel, "suggestion_0")
    page = wizard.step_page(Step.PROBLEM)
    assert suggestion in interactive_widgets(page)
    assert_all_named(page)
    wizard.hide()


def picture() -> QImage:
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ae2"))
    return image


def test_the_screenshot_editor(qtbot):
    editor = ScreenshotEditor(picture())
    qtbot.addWidget(editor)
    editor.show()
    assert_all_named(editor)


def test_my_requests_the_request_view_and_its_dialogs(app, qtbot):
    requests = app.open_requests()
    assert_all_named(requests, "My requests")
    view = requests.open_ticket("1")  # waiting for the user's answer: the reply box
    assert view.reply_edit.isVisibleTo(requests)
    assert_all_named(requests, "the request view")
    requests.show_list()
    requests.open_ticket("2")  # solved: rate, reopen
    assert_all_named(requests, "a solved request")
    for dialog in (ReopenDialog(requests), RatingDialog(requests)):
        assert_all_named(dialog)
        dialog.deleteLater()


def test_settings_every_tab(app):
    app.open_settings()
    dialog = app.settings_dialog
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert_all_named(dialog.tabs.widget(index), dialog.tabs.tabText(index))
    assert not nameless(dialog)


@pytest.mark.parametrize("kind", list(BACKEND_TYPES))
def test_the_sign_in_dialog_of_every_helpdesk_type(qtbot, tmp_path, kind):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            lambda config, credentials: Helpdesk(), environ={})

    def probe(config):
        return ServerIdentity(BACKEND_TYPES[kind], "", config.url, SIGN_IN_METHODS[kind])

    settings = SettingsDialog(connection, TaskRunner(synchronous=True), BACKEND_TYPES,
                              sign_in_methods=SIGN_IN_METHODS, probe=probe)
    qtbot.addWidget(settings)
    settings.show()
    box = settings.helpdesk
    box.kind.setCurrentIndex(box.kind.findData(kind))
    box.url.setText("https://help.example.com")
    box.project.setText("it")
    sign_in = box.open_sign_in()
    assert sign_in is not None
    for method in SIGN_IN_METHODS[kind]:  # each way of signing in shows its own fields
        button = sign_in.method_buttons.get(method)
        if isinstance(button, QRadioButton):
            button.setChecked(True)
        assert_all_named(sign_in, f"{kind} {method}")
    assert SIGN_IN_METHODS[kind]  # at least one way was walked
    sign_in.hide()


def test_the_outbox_knowledge_base_and_about_windows(app):
    assert_all_named(app.open_outbox(), "Waiting to be sent")
    app.open_kb()
    assert_all_named(app.kb)
    assert_all_named(app.open_about())


def test_the_quick_checks_window_with_an_action_to_take(qtbot, tmp_path, kb):
    actions = AllActions()
    helpclient = signed_in_app(tmp_path, Helpdesk(),
                               check_services=lambda: check_services(kb, actions))
    helpclient.actions.check_action.trigger()
    window = helpclient.checks.window
    assert window is not None
    assert "Open disk clean-up" in [b.text().replace("&", "")
                                   for b in interactive_widgets(window)]
    assert_all_named(window)
    helpclient.dispose()
    helpclient.cache.close()


def test_the_welcome_and_other_ways_windows(qtbot):
    icon = QIcon(str(resource_file("icons", "helpclient.svg")))
    welcome = WelcomeWindow("HelpClient", icon, QRect(1500, 0, 24, 24))
    qtbot.addWidget(welcome)
    assert_all_named(welcome)
    channels = ChannelsDialog(SupportChannels("+1 (555) 010-0", "help@example.com",
                                              "https://chat.example.com",
                                              "https://portal.example.com"), icon)
    qtbot.addWidget(channels)
    assert_all_named(channels)
