"""The app's shell: tray actions, the no-tray window, crash dialog (single instance:
test_single_instance.py)."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox

from helpclient.resources_path import resource_file
from helpclient.ui.shell.crash import CrashReporter
from helpclient.ui.shell.tray import Actions, HomeWindow, Tray


def app_icon():
    return QIcon(str(resource_file("icons", "helpclient.svg")))


def test_tray_menu_has_the_app_actions_in_order(qtbot):
    actions = Actions()
    tray = Tray(actions, app_icon(), "HelpClient")
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator() and a.isVisible()]
    assert texts == ["&Report a problem…", "&My requests", "&Knowledge base",
                     "C&heck my computer…", "&Settings…", "&About…", "&Quit"]
    mnemonics = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(mnemonics)) == len(mnemonics)  # each key opens one item


def test_tray_shows_waiting_reports_first_and_only_while_there_are_some(qtbot):
    actions = Actions()
    tray = Tray(actions, app_icon(), "HelpClient")
    tray.set_waiting("1 report")
    first = tray.menu.actions()[0]
    assert first.isVisible()
    assert first.text() == ("Waiting to be sent: 1 report — will send when the connection is "
                            "back")
    assert "Waiting to be sent: 1 report" in tray.icon.toolTip()
    with qtbot.waitSignal(actions.outbox):
        first.trigger()
    tray.set_waiting("")
    assert not first.isVisible() and tray.icon.toolTip() == "HelpClient"


def test_each_action_emits_its_signal(qtbot):
    actions = Actions()
    pairs = [(actions.report_action, actions.report), (actions.requests_action, actions.requests),
             (actions.kb_action, actions.knowledge_base),
             (actions.check_action, actions.check_computer),
             (actions.settings_action, actions.settings), (actions.quit_action, actions.quit)]
    for action, signal in pairs:
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()


def test_tray_click_reports_a_problem(qtbot):
    actions = Actions()
    tray = Tray(actions, app_icon(), "HelpClient")
    with qtbot.waitSignal(actions.report, timeout=1000):
        tray._activated(tray.icon.ActivationReason.Trigger)


def test_home_window_explains_why_and_its_buttons_work(qtbot):
    actions = Actions()
    home = HomeWindow(actions, "HelpClient", app_icon())
    qtbot.addWidget(home)
    home.show()
    assert "no system tray" in home.reason.text()
    assert len(home.buttons) == 10
    with qtbot.waitSignal(actions.requests, timeout=1000):
        qtbot.mouseClick(home.buttons[1], Qt.MouseButton.LeftButton)
    # "Other ways to get help" has a button only while IT configured a channel
    channels = home.buttons[4]
    assert channels.text() == actions.channels_action.text()
    assert not channels.isVisible()
    actions.set_channels(True)
    assert channels.isVisible()
    with qtbot.waitSignal(actions.channels, timeout=1000):
        qtbot.mouseClick(channels, Qt.MouseButton.LeftButton)


def test_crash_reporter_shows_one_dialog_per_distinct_error(qtbot):
    reporter = CrashReporter("/tmp/helpclient.log")

    def fail(message):
        try:
            raise RuntimeError(message)
        except RuntimeError:
            reporter._hook(*sys.exc_info())

    fail("first")
    fail("first again, same place")
    assert reporter.shown == ["RuntimeError: first"]
    box = reporter.box
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "/tmp/helpclient.log" in box.text()
    assert "RuntimeError: first" in box.detailedText()
    box.close()
    qtbot.waitUntil(lambda: reporter.box is None, timeout=2000)
