"""The three everyday flows with the keyboard alone, end to end through the app against a
stand-in helpdesk: filing a report from the tray, reading support's reply in My requests and
answering it, changing a setting. Only key presses drive them; the one thing the test does
itself is what the desktop does: open the tray icon's menu (Windows: Win+B, Enter; GNOME,
KDE: the panel's own key), from where the menu's mnemonics take over. Each window must open
with the focus somewhere useful and move through its fields in reading order."""

from __future__ import annotations

import pytest
from a11y_helpdesk import QUESTION, Helpdesk, signed_in_app
from key_driver import ALT, CTRL, alt, end_line, focused, press, type_text
from PySide6.QtCore import QPoint, Qt

from helpclient.core.report.problem import Category, Step, Urgency
from helpclient.core.settings import Settings
from helpclient.ui.requests.model import TicketRole

# the offscreen platform's noise: no tray window to watch, no keyboard grab for the menu
pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged",
    "This plugin does not support grabbing the keyboard")


@pytest.fixture
def helpdesk():
    return Helpdesk()


@pytest.fixture
def app(qtbot, tmp_path, helpdesk):
    helpclient = signed_in_app(tmp_path, helpdesk)
    helpclient.start_polling()
    yield helpclient
    helpclient.dispose()
    helpclient.cache.close()


def from_tray(qtbot, app, key: Qt.Key) -> None:
    """The desktop opens the tray icon's menu; ``key`` (a mnemonic) chooses the item."""
    menu = app.tray.menu
    menu.popup(QPoint(0, 0))
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, key)
    qtbot.waitUntil(lambda: not menu.isVisible())


def active_window_has_focus(qtbot, window) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    assert window.isAncestorOf(focused()) or focused() is window


def test_filing_a_report_from_the_tray(app, qtbot, helpdesk):
    from_tray(qtbot, app, Qt.Key.Key_R)
    wizard = app.wizard
    active_window_has_focus(qtbot, wizard)
    problem = wizard.step_page(Step.PROBLEM)
    assert focused() is problem.summary  # typing starts at once
    type_text(qtbot, "Printer prints blank pages")
    press(qtbot, Qt.Key.Key_Tab)  # into the categories; arrows choose among them
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.report.category is Category.SOFTWARE
    press(qtbot, Qt.Key.Key_Right)  # the second column: "Printing or scanning"
    assert wizard.report.category is Category.PRINTING
    press(qtbot, Qt.Key.Key_Return)  # Enter is Next

    assert wizard.flow.current is Step.ACTIONS
    for action in ("Opened the report", "Pressed Ctrl+P"):
        type_text(qtbot, action)
        end_line(qtbot)
    end_line(qtbot)  # an empty line ends the list
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.flow.current is Step.ERROR
    assert focused() is wizard.step_page(Step.ERROR).error_text
    alt(qtbot, Qt.Key.Key_M, lambda: wizard.report.no_error_message)  # "There was no error…"
    press(qtbot, Qt.Key.Key_S, ALT)  # "When did it start?"
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.report.no_error_message and wizard.report.started is not None
    alt(qtbot, Qt.Key.Key_N, lambda: wizard.flow.current is Step.SOFTWARE)

    assert focused() is wizard.step_page(Step.SOFTWARE).software
    type_text(qtbot, "LibreOffice Writer")
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.flow.current is Step.CONTACT
    contact = wizard.step_page(Step.CONTACT)
    assert contact.name.text() == "Alice"  # from the helpdesk account
    press(qtbot, Qt.Key.Key_U, ALT)  # "How urgent is it?"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.report.urgency is Urgency.NORMAL
    press(qtbot, Qt.Key.Key_Return)

    assert wizard.flow.current is Step.REVIEW
    alt(qtbot, Qt.Key.Key_S, lambda: bool(helpdesk.filed))  # Send
    [filed] = helpdesk.filed
    assert filed.subject == "Printer prints blank pages"
    assert "Pressed Ctrl+P" in filed.body
    qtbot.waitUntil(lambda: "#3" in wizard.currentPage().title())
    press(qtbot, Qt.Key.Key_Escape)  # Close
    assert not wizard.isVisible()


def test_reading_a_reply_and_answering_it(app, qtbot, helpdesk):
    helpdesk.support_says("1", "Is it the printer on the second floor?")
    app.poller.poke()  # support's news: the list shows it unread
    from_tray(qtbot, app, Qt.Key.Key_M)
    requests = app.requests
    active_window_has_focus(qtbot, requests)
    assert focused() is requests.table  # the list first: arrows choose, Enter opens
    for _ in range(requests.proxy.rowCount()):
        if requests.table.currentIndex().data(TicketRole).id == "1":
            break
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    view = requests.current_ticket_view()
    assert view is not None and view.ticket_id == "1"
    assert focused() is view.conversation_view  # reading first
    text = view.conversation_view.toPlainText()
    assert QUESTION in text and "second floor" in text
    press(qtbot, Qt.Key.Key_Tab)  # on to the reply box
    assert focused() is view.reply_edit
    type_text(qtbot, "Yes, the one by the kitchen: PRN-0042.")
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter sends
    qtbot.waitUntil(lambda: "PRN-0042" in helpdesk.messages["1"][-1].body)
    qtbot.waitUntil(lambda: "PRN-0042" in view.conversation_view.toPlainText())
    press(qtbot, Qt.Key.Key_Left, ALT)  # back to the list
    assert focused() is requests.table
    requests.hide()


def test_changing_a_setting(app, qtbot, tmp_path):
    from_tray(qtbot, app, Qt.Key.Key_S)
    dialog = app.settings_dialog
    active_window_has_focus(qtbot, dialog)
    press(qtbot, Qt.Key.Key_G, ALT)  # the General tab
    assert dialog.tabs.currentIndex() == 1
    notify = dialog.notifications.enabled
    for _ in range(6):  # Tab goes down the tab's fields to the notifications box
        if focused() is notify:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is notify and notify.isChecked()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)  # Save is the default button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Settings(tmp_path / "config.toml").get("sync.notifications") is False
