"""The report wizard's GUI tests: ``open_wizard`` opens one, active, hidden again at teardown."""

from __future__ import annotations

import pytest
from wizard_driver import Helpdesk

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import BASIC_STEPS, Contact, ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard


@pytest.fixture
def open_wizard(qtbot):
    def open_(report: ProblemReport | None = None, helpdesk: Helpdesk | None = None,
              steps: tuple[Step, ...] = BASIC_STEPS, runner: TaskRunner | None = None,
              **kwargs) -> ReportWizard:
        report = report or ProblemReport(contact=Contact("Ann Smith", "ann@example.com"))
        wizard = ReportWizard(ReportFlow(report, steps), runner or TaskRunner(synchronous=True),
                              helpdesk or Helpdesk(), **kwargs)
        # Hidden before pytest-qt closes it, so teardown does not ask "Discard this report?".
        qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(wizard.isActiveWindow)
        return wizard

    return open_
