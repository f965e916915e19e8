"""The "Report a problem" wizard, driven like a user would: with the keyboard only.

``submit`` is the wizard's injected collaborator, so the tests hand in a plain function that
records the report and returns a Ticket (or raises, like an unreachable server would).
"""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the app


import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from wizard_driver import (
    ALT,
    BACK_TO_REVIEW,
    COMPLETE,
    CTRL,
    FINISH,
    SHIFT,
    Helpdesk,
    alt,
    end_line,
    focused,
    next_page,
    press,
    shown,
    type_text,
)

from helpclient.core.errors import ServerUnreachable
from helpclient.core.report.problem import (
    Category,
    Contact,
    ProblemReport,
    Started,
    Step,
    Urgency,
    render_sections,
    validate_all,
)
from helpclient.ui.kit.tasks import TaskRunner


def test_keyboard_only_from_first_page_to_sent_request(open_wizard, qtbot):
    helpdesk = Helpdesk()
    wizard = open_wizard(helpdesk=helpdesk)

    # --- What is wrong? Enter refuses an empty summary and says why. ----------------------
    problem = wizard.step_page(Step.PROBLEM)
    assert focused() is problem.summary
    assert not wizard.button(BACK_TO_REVIEW).isVisible()  # nothing reviewed yet
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.flow.current is Step.PROBLEM
    assert shown(problem.error_label("summary")) == "Describe the problem in one line."
    assert shown(problem.error_label("category")) == "Choose what the problem is about."
    assert focused() is problem.summary
    type_text(qtbot, "Outlook cannot send mail")
    assert shown(problem.error_label("summary")) == ""  # fixed: the message goes away
    assert shown(problem.error_label("category")) != ""
    press(qtbot, Qt.Key.Key_Tab)  # into the categories
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.report.category is Category.SOFTWARE
    press(qtbot, Qt.Key.Key_Down)  # arrows move through the choices
    assert wizard.report.category is not Category.SOFTWARE
    assert shown(problem.error_label("category")) == ""
    press(qtbot, Qt.Key.Key_Return)

    # --- What did you do? Type, Enter, type… an empty line ends the list. -------------------
    assert wizard.flow.current is Step.ACTIONS
    for action in ("Opened Outlook", "Wrote a message to Bob", "Clicked Send"):
        type_text(qtbot, action)
        end_line(qtbot)
    end_line(qtbot)  # on the new, empty line: done adding
    steps = ("Opened Outlook", "Wrote a message to Bob", "Clicked Send")
    assert wizard.report.actions == steps
    actions = wizard.step_page(Step.ACTIONS).editor
    assert focused() is actions.list
    press(qtbot, Qt.Key.Key_Up, ALT)  # "Clicked Send" one up
    assert wizard.report.actions == (steps[0], steps[2], steps[1])
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert wizard.report.actions == steps
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Delete)  # removes "Wrote a message to Bob"
    assert wizard.report.actions == (steps[0], steps[2])
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Insert)  # a new line after "Opened Outlook"
    type_text(qtbot, steps[1])
    end_line(qtbot)  # not the last line: no new line opens
    assert wizard.report.actions == steps
    press(qtbot, Qt.Key.Key_Return)  # Enter on the list is Next

    # --- What did you see? The no-error box, and Tab leaves the text field. -----------------
    assert wizard.flow.current is Step.ERROR
    error = wizard.step_page(Step.ERROR)
    assert focused() is error.error_text
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: error.error_label("error_text").isVisible())
    assert wizard.flow.current is Step.ERROR
    assert shown(error.error_label("started")) == "Choose when the problem started."
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is error.no_error
    assert error.error_text.toPlainText() == ""  # Tab moved on instead of typing a tab
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.report.no_error_message
    assert not error.error_text.isEnabled()
    assert shown(error.error_label("error_text")) == ""
    press(qtbot, Qt.Key.Key_Space)  # there was one after all
    assert error.error_text.isEnabled()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    type_text(qtbot, "0x800CCC0F: Sending reported error")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is error.started
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.report.started is Started.JUST_NOW
    assert shown(error.error_label("started")) == ""
    next_page(qtbot, wizard)

    # --- Which program? Opting out greys the fields. ----------------------------------------
    software = wizard.step_page(Step.SOFTWARE)
    press(qtbot, Qt.Key.Key_Return)
    assert shown(software.error_label("software")).startswith("Name the program")
    alt(qtbot, Qt.Key.Key_O, lambda: wizard.report.not_software_specific)
    assert not software.software.isEnabled()
    assert not software.version.isEnabled()
    assert shown(software.error_label("software")) == ""
    press(qtbot, Qt.Key.Key_Return)

    # --- Contact: prefilled; bad e-mail and phone are explained. ----------------------------
    contact = wizard.step_page(Step.CONTACT)
    assert wizard.flow.current is Step.CONTACT
    assert (contact.name.text(), contact.email.text()) == ("Ann Smith", "ann@example.com")
    press(qtbot, Qt.Key.Key_E, ALT)
    assert focused() is contact.email
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "ann@example")
    press(qtbot, Qt.Key.Key_P, ALT)
    type_text(qtbot, "call me")
    assert shown(contact.error_label("email")) == ""  # no scolding before Next
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.flow.current is Step.CONTACT
    assert shown(contact.error_label("urgency")) == "Choose how urgent the problem is."
    assert shown(contact.error_label("email")) == (
        "\u201cann@example\u201d is not a valid e-mail address (example: name@company.com).")
    assert shown(contact.error_label("phone")).startswith("\u201ccall me\u201d does not look")
    assert focused() in contact.urgencies.buttons()  # the first field to fix
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.report.urgency is Urgency.LOW
    press(qtbot, Qt.Key.Key_Down)
    assert wizard.report.urgency is Urgency.NORMAL
    press(qtbot, Qt.Key.Key_E, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "ann.smith@example.com")
    assert shown(contact.error_label("email")) == ""
    press(qtbot, Qt.Key.Key_P, ALT)
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "+1 555 0100")
    assert shown(contact.error_label("phone")) == ""
    press(qtbot, Qt.Key.Key_Return)

    # --- Review: exactly the text that will be sent, with Edit per section. ----------------
    review = wizard.step_page(Step.REVIEW)
    assert wizard.flow.current is Step.REVIEW
    expected = render_sections(wizard.report, QCoreApplication.translate)
    assert [label.text() for label in review.section_texts] == [text for _, text in expected]
    for needle in ("Outlook cannot send mail", "2. Wrote a message to Bob", "0x800CCC0F",
                   "Not about a specific program.", "ann.smith@example.com", "+1 555 0100"):
        assert needle in review.text()
    assert wizard.button(FINISH).text().replace("&", "") == "Send"

    # Edit "What I saw" with Tab + Space, change it, and come back with "Back to review".
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is review.edit_buttons[Step.ERROR]
    press(qtbot, Qt.Key.Key_Space)
    assert wizard.flow.current is Step.ERROR
    assert wizard.currentPage() is error
    assert focused() is error.error_text
    assert wizard.button(BACK_TO_REVIEW).isVisible()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " (twice)")
    alt(qtbot, Qt.Key.Key_T, lambda: wizard.currentPage() is review)
    assert wizard.flow.current is Step.REVIEW
    assert "0x800CCC0F: Sending reported error (twice)" in review.text()

    # --- Send. ---------------------------------------------------------------------------------
    with qtbot.waitSignal(wizard.submitted) as sent:
        alt(qtbot, Qt.Key.Key_S, lambda: bool(helpdesk.received))
    assert helpdesk.received == [wizard.report]
    assert validate_all(helpdesk.received[0]) == []
    assert helpdesk.received[0].contact == Contact("Ann Smith", "ann.smith@example.com",
                                                   "+1 555 0100")
    ticket = sent.args[0]
    assert ticket.id == "42"
    done = wizard.currentPage()
    assert "#42" in done.title()
    buttons = [wizard.button(b) for b in QWizard.WizardButton if 0 <= b.value <= 6]
    assert [b.text() for b in buttons if b is not None and b.isVisible()] == ["&Close"]
    assert focused() is done.follow
    with qtbot.waitSignal(wizard.open_ticket) as followed:
        press(qtbot, Qt.Key.Key_Space)
    assert followed.args == [ticket]
    press(qtbot, Qt.Key.Key_Return)  # Close
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_send_failure_keeps_the_report_and_retry_succeeds(open_wizard, qtbot):
    helpdesk = Helpdesk(failures=[ServerUnreachable("connection refused")])
    wizard = open_wizard(COMPLETE, helpdesk)
    for _ in range(5):
        next_page(qtbot, wizard)
    review = wizard.step_page(Step.REVIEW)
    assert wizard.currentPage() is review

    alt(qtbot, Qt.Key.Key_S, review.failure.isVisible)
    message = review.failure.text()
    assert "The helpdesk server is not answering" in message
    assert "Nothing was lost" in message
    assert wizard.currentPage() is review
    assert wizard.report == COMPLETE
    assert wizard.button(FINISH).isEnabled()
    assert not review.busy_label.isVisible()

    with qtbot.waitSignal(wizard.submitted):
        alt(qtbot, Qt.Key.Key_S, lambda: len(helpdesk.received) == 2)
    # The same report both times, so its id lets the helpdesk side spot a duplicate.
    assert helpdesk.received == [COMPLETE, COMPLETE]
    assert "#42" in wizard.currentPage().title()


def test_sending_runs_in_the_background_and_cannot_be_interrupted(open_wizard, qtbot):
    release = threading.Event()
    helpdesk = Helpdesk(on_call=lambda: release.wait(10))  # a slow server
    runner = TaskRunner()  # real worker threads: the wizard must stay responsive
    wizard = open_wizard(COMPLETE, helpdesk, runner=runner)
    for _ in range(5):
        next_page(qtbot, wizard)
    review = wizard.step_page(Step.REVIEW)
    press(qtbot, Qt.Key.Key_Return)  # Send
    qtbot.waitUntil(lambda: bool(helpdesk.received))
    assert shown(review.busy_label) == "Sending your request\u2026"
    assert not any(wizard.button(b).isEnabled() for b in (
        FINISH, QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton))
    assert not any(b.isEnabled() for b in review.edit_buttons.values())
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # closing now would hide how it ended
    assert wizard.isVisible()
    with qtbot.waitSignal(wizard.submitted):
        release.set()
    assert "#42" in wizard.currentPage().title()
    assert runner.wait_for_done()


@pytest.mark.parametrize(("url", "offered"), [("https://help.example.com/ticket/42", True),
                                              ("file:///etc/passwd", False), ("", False)])
def test_open_in_browser_only_for_web_addresses(open_wizard, qtbot, url, offered):
    wizard = open_wizard(COMPLETE, Helpdesk(url=url), steps=(Step.REVIEW,))
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage().browser.isVisible() is offered


def test_edit_buttons_jump_back_to_each_step(open_wizard, qtbot):
    wizard = open_wizard(COMPLETE)
    for _ in range(5):
        next_page(qtbot, wizard)
    review = wizard.step_page(Step.REVIEW)
    assert list(review.edit_buttons) == [Step.PROBLEM, Step.ACTIONS, Step.ERROR,
                                         Step.SOFTWARE, Step.CONTACT]
    for step in reversed(list(review.edit_buttons)):
        review.edit_buttons[step].setFocus()
        press(qtbot, Qt.Key.Key_Space)
        assert wizard.flow.current is step
        assert wizard.currentPage() is wizard.step_page(step)
        alt(qtbot, Qt.Key.Key_T, lambda: wizard.currentPage() is review)


def test_back_tells_the_flow(open_wizard, qtbot):
    wizard = open_wizard(COMPLETE)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.flow.current is Step.ERROR
    alt(qtbot, Qt.Key.Key_B, lambda: wizard.currentId() == 1)
    assert wizard.flow.current is Step.ACTIONS


def test_actions_editor_keys(open_wizard, qtbot):
    wizard = open_wizard(steps=(Step.ACTIONS, Step.REVIEW))
    page = wizard.step_page(Step.ACTIONS)
    alt(qtbot, Qt.Key.Key_N, lambda: page.error_label("actions").isVisible())  # empty: refused
    assert shown(page.error_label("actions")).startswith("Add at least one thing")
    assert wizard.flow.current is Step.ACTIONS
    page.editor.start_editing()  # as on arrival (focus went to the list with the message)
    type_text(qtbot, "Restarted the laptop")
    assert shown(page.error_label("actions")) == ""  # typing alone fixes it
    end_line(qtbot)
    type_text(qtbot, "Plugged in the dock")
    end_line(qtbot, Qt.Key.Key_Escape)  # Escape closes the line; what was typed stays
    press(qtbot, Qt.Key.Key_N, CTRL)  # Ctrl+N adds another
    type_text(qtbot, "Logged in")
    end_line(qtbot, Qt.Key.Key_Escape)
    assert wizard.report.filled_actions == ("Restarted the laptop", "Plugged in the dock",
                                            "Logged in")
    press(qtbot, Qt.Key.Key_Insert)
    end_line(qtbot, Qt.Key.Key_Escape)  # an empty new line goes away again
    assert page.editor.lines() == ("Restarted the laptop", "Plugged in the dock", "Logged in")
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert page.editor.lines()[:2] == ("Plugged in the dock", "Restarted the laptop")
    press(qtbot, Qt.Key.Key_Delete)
    assert wizard.report.actions == ("Plugged in the dock", "Logged in")


# Showing a message box makes the offscreen platform say it cannot resize windows to their
# size hints; harmless, and not about the wizard.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_closing_asks_before_discarding(open_wizard, qtbot):
    wizard = open_wizard()
    type_text(qtbot, "Printer jams")
    press(qtbot, Qt.Key.Key_Escape)
    box = wizard.findChild(QMessageBox, "discard_box")
    assert box is not None and box.text() == "Discard this report?"
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep editing
    assert not box.isVisible()
    assert wizard.isVisible()
    assert wizard.report.summary == "Printer jams"

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(box.isVisible)
    box.activateWindow()  # a desktop activates a new dialog; the offscreen platform does not
    qtbot.waitUntil(box.isActiveWindow)
    press(qtbot, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == QWizard.DialogCode.Rejected


def test_closing_an_untouched_report_does_not_ask(open_wizard, qtbot):
    wizard = open_wizard()
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.findChild(QMessageBox) is None


def test_closing_a_report_with_only_what_helpclient_proposed_does_not_ask(open_wizard, qtbot):
    # the system information collected for it is ticked by HelpClient, not typed by the user
    wizard = open_wizard()
    wizard._edit(sysinfo_items=("os", "disks"), sysinfo_consent=True)
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.findChild(QMessageBox) is None


def test_every_edit_reaches_on_change(open_wizard, qtbot):
    changes: list[ProblemReport] = []
    wizard = open_wizard(on_change=changes.append)
    type_text(qtbot, "VPN")
    assert [r.summary for r in changes] == ["V", "VP", "VPN"]
    assert changes[-1] is wizard.report


def test_account_details_fill_only_empty_contact_fields(open_wizard, qtbot):
    wizard = open_wizard(ProblemReport(contact=Contact(name="Typed Name")))
    wizard.prefill_contact(Contact("Alice Example", "alice@example.com", "+1 555 0100"))
    assert wizard.report.contact == Contact("Typed Name", "alice@example.com", "+1 555 0100")
    page = wizard.step_page(Step.CONTACT)
    assert page.email.text() == "alice@example.com"
    press(qtbot, Qt.Key.Key_Escape)  # a prefill is not the user's change: no discard question
    assert not wizard.isVisible()
    assert wizard.findChild(QMessageBox) is None
