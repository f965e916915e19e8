"""Replying in the ticket view: a screenshot goes through the same review as a report's (choose,
crop / black out, attach) and arrives as a PNG; the reopen dialog's error looks like the
wizard's."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import (
    Capability,
    Message,
    Ticket,
    TicketStatus,
)
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.wizard.pages_describe import ProblemPage

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
CAPS = Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE | Capability.REOPEN
QUESTION = "Which printer is it? Please tell me the number on its label?"


class Helpdesk:
    """One open ticket whose last message is support's question; a reply joins the conversation.
    ``offline`` makes every call fail as an unreachable server does."""

    capabilities = CAPS

    def __init__(self) -> None:
        self.offline = False
        self.ticket = Ticket("7", "Printer jams", TicketStatus.OPEN, "open", T0, T0)
        self.messages = [Message("m1", "Bob Support", T0, QUESTION, from_support=True)]
        self.replies: list[tuple[str, str, tuple]] = []
        self.keys: set[str] = set()

    def _check(self) -> None:
        if self.offline:
            raise ServerUnreachable("The helpdesk cannot be reached.")

    def get_ticket(self, ticket_id):
        self._check()
        return self.ticket

    def conversation(self, ticket_id):
        self._check()
        return list(self.messages)

    def reply(self, ticket_id, body, attachments=(), idempotency_key="", progress=None):
        self._check()
        # what the upload carries: name, type and bytes (the file may be gone afterwards)
        self.replies.append((ticket_id, body, tuple(
            (a.filename, a.content_type, a.path.read_bytes()) for a in attachments)))
        self.keys.add(idempotency_key)
        when = T0 + timedelta(minutes=len(self.messages))
        self.messages.append(Message(f"m{len(self.messages) + 1}", "Alice", when, body))

    def find_reply_by_key(self, ticket_id, key):
        self._check()
        return key in self.keys


@pytest.fixture
def helpdesk() -> Helpdesk:
    return Helpdesk()


# --- a reply's screenshot ------------------------------------------------------------------------

def test_reply_screenshot_is_reviewed_then_attached_as_png(qtbot, helpdesk, tmp_path,
                                                            monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the private folder goes
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "7")
    qtbot.addWidget(view)
    view.show()
    files = view.reply_files
    files.screenshots.capture._delay = 1
    menu = files.screenshot_button.menu()
    assert menu is files.screenshots.menu  # the same "what to capture" menu as the wizard's
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()  # Whole desktop
    qtbot.waitUntil(lambda: files.screenshots.editor is not None
                    and files.screenshots.editor.isVisible(), timeout=3000)
    assert files.files == []  # nothing is attached before the user has reviewed it
    editor = files.screenshots.editor
    editor.apply(QRect(0, 0, 40, 40))  # black out a corner
    editor.attach.click()
    assert [p.suffix for p in files.files] == [".png"]
    shot = files.files[0]
    view.reply_edit.setPlainText("Here is my screen.")
    view.send_reply()
    (_ticket, body, attachments), = helpdesk.replies
    assert body == "Here is my screen."
    (filename, content_type, data), = attachments
    assert (filename, content_type) == (shot.name, "image/png")
    assert QImage.fromData(data).pixelColor(10, 10) == QColor("black")
    assert not shot.exists()  # sent: the picture of the screen is not left in a temp folder


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
