"""Replying in the ticket view: the reopen dialog's error looks like the wizard's."""

from __future__ import annotations

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.wizard.pages_describe import ProblemPage

# --- error style ---------------------------------------------------------------------------------

def test_reopen_error_looks_like_the_wizards(qtbot):
    dialog = ReopenDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # no reason: the error shows
    page = ProblemPage(ReportFlow(ProblemReport(), (Step.PROBLEM,)), lambda **_changes: None)
    qtbot.addWidget(page)
    page.show()
    wizard_error = next(iter(page._error_labels.values()))
    assert dialog.error_label.isVisible()
    assert dialog.error_label.styleSheet() == wizard_error.styleSheet()
    assert dialog.error_label.font().weight() == wizard_error.font().weight()
