"""The quick checks inside the report wizard: they run when it opens, what needs a look shows on
the first step with its article and safe action, the picked program's version is checked on
the program step, and everything goes into the ticket — without counting as the user's edit."""

import pytest
from checks_fakes import FULL_DISK, MEMORY_FINE, NETWORK_FINE, FakeActions, services
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helpclient.core.checks.model import SafeAction
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import (
    BASIC_STEPS,
    Category,
    Contact,
    ProblemReport,
    Started,
    Step,
    render_body,
)
from helpclient.core.report.self_checks import Verdict
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.checks_assist import SelfCheckAssist

# the first steps filled, so the program step can be reached
DESCRIBED = ProblemReport(summary="Firefox hangs", category=Category.SOFTWARE,
                          actions=("Opened Firefox",), no_error_message=True,
                          started=Started.TODAY, contact=Contact("Ann Smith", "ann@example.com"))


@pytest.fixture
def open_wizard(qtbot, kb, language):
    language("en_US")

    def open_(checks, report=None, actions=None, opened=None):
        runner = TaskRunner(synchronous=True)
        wizard = ReportWizard(ReportFlow(report or ProblemReport(
            contact=Contact("Ann Smith", "ann@example.com")), BASIC_STEPS), runner,
            lambda report: None)
        qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
        assist = SelfCheckAssist(wizard, runner, services(kb, checks, actions),
                                 open_article=opened.append if opened is not None else None)
        wizard.show()
        return wizard, assist
    return open_


def test_findings_show_on_the_first_step_and_go_into_the_report(open_wizard, qtbot):
    opened, actions = [], FakeActions()
    wizard, assist = open_wizard([NETWORK_FINE, FULL_DISK, MEMORY_FINE], actions=actions,
                                 opened=opened)
    panel = assist.panel
    assert wizard.step_page(Step.PROBLEM).isAncestorOf(panel)
    assert panel.heading.text() == "Quick checks: 1 finding needs your attention."
    rows = list(panel.view.list.rows.values())
    assert [r.row.key for r in rows] == ["disk"]  # the fine ones only count in the heading
    disk = rows[0]
    assert disk.detail.text() == "The system disk is almost full: 0.6 GB free of 250.0 GB (0.2 %)."
    disk.article.linkActivated.emit("#")
    assert [hit.article.title for hit in opened] == ["The disk is full"]
    qtbot.mouseClick(disk.action, Qt.MouseButton.LeftButton)
    assert actions.done == [(SafeAction.OPEN_DISK_CLEANUP, "")]
    notes = wizard.report.self_checks
    assert [(n.name, n.verdict) for n in notes] == [
        ("network", Verdict.FINE), ("disk", Verdict.PROBLEM), ("memory", Verdict.FINE)]
    body = render_body(wizard.report)
    assert ("== Quick checks of this computer ==\n- Problem: Free disk space — The system disk "
            "is almost full: 0.6 GB free of 250.0 GB (0.2 %).\nFine: Network connection, "
            "Memory.") in body


def test_a_short_wizard_grows_to_show_the_findings_whole(open_wizard, qtbot):
    wizard, assist = open_wizard([NETWORK_FINE, MEMORY_FINE])
    wizard.resize(wizard.width(), 300)  # shorter than the first step with findings needs
    width = wizard.width()
    assist.session.run()  # again, now with a finding to show
    assist.session.recheck(frozenset({"disk"}), lambda: [FULL_DISK])
    panel = assist.panel
    qtbot.waitUntil(lambda: wizard.height() > 300)
    qtbot.waitUntil(lambda: panel.height() >= panel.minimumSizeHint().height())
    assert wizard.width() == width  # taller only
    room = wizard.screen().availableGeometry().height()
    assert wizard.height() <= room - 60  # within the screen


def test_all_fine_is_one_quiet_line(open_wizard):
    _wizard, assist = open_wizard([NETWORK_FINE, MEMORY_FINE])
    assert assist.panel.heading.text() == "Quick checks: Everything checked looks fine."
    assert assist.panel.view.isHidden()


def test_the_findings_are_no_edit_closing_asks_nothing(open_wizard, qtbot):
    wizard, _assist = open_wizard([FULL_DISK])
    assert wizard.report.self_checks  # the checks ran and left their notes
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert wizard.findChild(QMessageBox) is None


def test_a_drafts_old_findings_are_replaced(open_wizard):
    stale = ProblemReport(summary="Printer jams").with_changes(self_checks=(_note("vpn"),))
    wizard, _assist = open_wizard([NETWORK_FINE], report=stale)
    assert [n.name for n in wizard.report.self_checks] == ["network"]


def _note(name):
    from helpclient.core.report.self_checks import SelfCheckNote  # noqa: PLC0415

    return SelfCheckNote(name, "VPN", Verdict.PROBLEM, "The company VPN is not connected.")


def test_an_old_version_of_the_picked_program_is_said_on_the_program_step(open_wizard, qtbot):
    wizard, assist = open_wizard([NETWORK_FINE], report=DESCRIBED)
    page = wizard.step_page(Step.SOFTWARE)
    assert page.isAncestorOf(assist.version_hint) and not assist.version_hint.rows
    page.software.setText("Mozilla Firefox")
    page.version.setText("115.3.1esr")
    qtbot.waitUntil(lambda: "version" in assist.version_hint.rows)
    hint = assist.version_hint.rows["version"]
    assert hint.detail.text() == ("Mozilla Firefox 115.3.1esr is older than the version IT "
                                  "supports (128.0); updating it may fix the problem.")
    assert "Updating a program to the current version" in hint.article.text()
    assert [n.name for n in wizard.report.self_checks] == ["network", "version"]
    # updated: the hint goes; not about a program: the check goes too
    page.version.setText("128.0.1")
    qtbot.waitUntil(lambda: not assist.version_hint.rows)
    assert [n.verdict for n in wizard.report.self_checks] == [Verdict.FINE, Verdict.FINE]
    page.not_specific.setChecked(True)
    qtbot.waitUntil(lambda: [n.name for n in wizard.report.self_checks] == ["network"])


def test_in_russian(open_wizard, language):
    language("ru_RU")
    _wizard, assist = open_wizard([FULL_DISK])
    assert assist.panel.heading.text() == "Быстрые проверки: 1 пункт требует вашего внимания."
    disk = assist.panel.view.list.rows["disk"]
    assert "Заканчивается место на диске" in disk.article.text()

