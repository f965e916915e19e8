"""What the wizard's GUI tests share: a complete report, a stand-in helpdesk, and the keys a user
presses (the ``open_wizard`` fixture is in this folder's conftest)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Urgency
from helpclient.ui.wizard import ReportWizard

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
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


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          ) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def shown(label: QLabel) -> str:
    """The label's text if the user can see it, else ''."""
    return label.text() if label.isVisible() else ""


def end_line(qtbot, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Enter or Escape in a line of the actions list: Qt's item delegate commits and closes the
    line editor through a queued call, so let the event loop run it."""
    press(qtbot, key)
    QApplication.processEvents()


def alt(qtbot, key: Qt.Key, until: Callable[[], bool]) -> None:
    """Alt+key: a button mnemonic clicks after Qt's short press animation, so wait for it."""
    press(qtbot, key, ALT)
    qtbot.waitUntil(until)


def next_page(qtbot, wizard: ReportWizard) -> None:
    page_id = wizard.currentId()
    alt(qtbot, Qt.Key.Key_N, lambda: wizard.currentId() == page_id + 1)
