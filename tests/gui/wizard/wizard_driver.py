"""What the wizard's GUI tests share: a complete report, a stand-in helpdesk, and the keys a user
presses (from ``key_driver``, shared with the other keyboard-only tests; the ``open_wizard``
fixture is in this folder's conftest)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from key_driver import ALT, CTRL, SHIFT, alt, end_line, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Urgency
from helpclient.ui.wizard import ReportWizard

FINISH = QWizard.WizardButton.FinishButton
BACK_TO_REVIEW = QWizard.WizardButton.CustomButton1

COMPLETE = ProblemReport(
    summary="Outlook cannot send mail", category=Category.EMAIL,
    actions=("Opened Outlook", "Clicked Send"), error_text="0x800CCC0F", started=Started.TODAY,
    software="Outlook", software_version="16.0", urgency=Urgency.HIGH,
    contact=Contact("Ann Smith", "ann@example.com", "+1 555 0100"),
)


@dataclass
class Helpdesk:
    """Stands in for ``submit``: records each report, fails as told, then files ticket #42."""

    failures: list[Exception] = field(default_factory=list)
    received: list[ProblemReport] = field(default_factory=list)
    on_call: Callable[[], object] | None = None
    url: str = "https://help.example.com/ticket/42"

    def __call__(self, report: ProblemReport) -> Ticket:
        self.received.append(report)
        if self.on_call is not None:
            self.on_call()
        if self.failures:
            raise self.failures.pop(0)
        now = datetime.now(UTC)
        return Ticket(id="42", subject=report.summary, status=TicketStatus.NEW, raw_status="new",
                      created=now, updated=now, url=self.url)


def shown(label: QLabel) -> str:
    """The label's text if the user can see it, else ''."""
    return label.text() if label.isVisible() else ""


def next_page(qtbot, wizard: ReportWizard) -> None:
    page_id = wizard.currentId()
    alt(qtbot, Qt.Key.Key_N, lambda: wizard.currentId() == page_id + 1)


__all__ = ["ALT", "BACK_TO_REVIEW", "COMPLETE", "CTRL", "FINISH", "SHIFT", "Helpdesk", "alt",
           "end_line", "focused", "next_page", "press", "shown", "type_text"]
