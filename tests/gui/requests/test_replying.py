"""Replying in the ticket view: a screenshot goes through the same review as a report's (choose,
crop / black out, attach) and arrives as a PNG; a reply waiting in the outbox shows in the
conversation, marked, and the "waiting for your answer" banner goes; the reopen dialog's error
looks like the wizard's."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from helpclient.core.delivery.outbox import Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import (
    Capability,
    Message,
    Ticket,
    TicketStatus,
    UserInfo,
)
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.wizard.pages_describe import ProblemPage

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
CAPS = Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE | Capability.REOPEN
USER = UserInfo(login="alice", name="Alice", email="alice@example.com")
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


@pytest.fixture
def outbox(tmp_path, helpdesk):
    box = Outbox(tmp_path / "data")
    yield box
    box.close()


def outbox_service(tmp_path, helpdesk, outbox, runner) -> OutboxService:
    return OutboxService(outbox, lambda on_event, on_progress: Sender(
        outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "lock"),
        policy=RetryPolicy(base=60), on_event=on_event, on_progress=on_progress), runner)


def conversation_text(view: TicketView) -> str:
    return view.conversation_view.toPlainText()


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


# --- a reply waiting in the outbox ---------------------------------------------------------------

def test_offline_reply_shows_in_the_conversation_and_the_banner_goes(
        qtbot, helpdesk, outbox, tmp_path):
    runner = TaskRunner(synchronous=True)
    service = outbox_service(tmp_path, helpdesk, outbox, runner)
    view = TicketView(runner, lambda: helpdesk, "7", send_reply=service.submit_reply,
                      queued_replies=service.replies_waiting)
    qtbot.addWidget(view)
    view.show()
    assert view.waiting_label.isVisible()  # support asked a question
    waiting_signals = []
    view.waiting_known.connect(lambda ticket_id, waiting: waiting_signals.append(waiting))
    helpdesk.offline = True
    view.reply_edit.setPlainText("It is printer P-114.")
    view.send_reply()
    assert helpdesk.replies == [] and len(outbox.replies_waiting("7")) == 1
    text = conversation_text(view)
    assert QUESTION in text  # the conversation as loaded stays
    assert "It is printer P-114." in text
    assert "Waiting to be sent" in text
    assert "as soon as the helpdesk can be reached" in text
    assert not view.waiting_label.isVisible()
    assert waiting_signals[-1] is False  # the list stops highlighting it too
    view.reload()  # still offline: the load fails, the waiting reply stays in sight
    assert view.error_banner.isVisible()
    assert "It is printer P-114." in conversation_text(view)
    assert not view.waiting_label.isVisible()


def test_delivered_reply_is_shown_once_not_twice(qtbot, helpdesk, outbox, tmp_path):
    runner = TaskRunner(synchronous=True)
    service = outbox_service(tmp_path, helpdesk, outbox, runner)
    window = RequestsWindow(runner, lambda: helpdesk, send_reply=service.submit_reply,
                            queued_replies=service.replies_waiting)
    qtbot.addWidget(window)
    # what the app does: a delivered reply is announced to the requests window
    service.outcome.connect(lambda event: window.reply_delivered(event.ticket_id)
                            if event.reply and event.state is State.SENT else None)
    view = window.open_ticket("7")
    helpdesk.offline = True
    view.reply_edit.setPlainText("It is printer P-114.")
    view.send_reply()
    assert conversation_text(view).count("It is printer P-114.") == 1
    helpdesk.offline = False
    outbox.retry_now()
    service.delivery.run_once()
    assert len(helpdesk.replies) == 1
    text = conversation_text(view)
    assert text.count("It is printer P-114.") == 1
    assert "Waiting to be sent" not in text
    assert not view.waiting_label.isVisible()  # answered: the question is no longer open


def test_a_direct_reply_drops_the_banner(qtbot, helpdesk):
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "7")
    qtbot.addWidget(view)
    view.show()
    assert view.waiting_label.isVisible()
    view.reply_edit.setPlainText("It is printer P-114.")
    view.send_reply()
    assert not view.waiting_label.isVisible()
    assert "Waiting to be sent" not in conversation_text(view)


def test_a_helpdesk_still_saying_waiting_for_you_after_the_answer_is_not_believed(
        qtbot, helpdesk):
    # e.g. a helpdesk that changes the status only when an agent looks at the answer
    helpdesk.ticket = Ticket("7", "Printer jams", TicketStatus.WAITING_FOR_YOU, "pending",
                             T0, T0)
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "7")
    qtbot.addWidget(view)
    view.show()
    assert view.waiting_label.isVisible()
    view.reply_edit.setPlainText("It is printer P-114.")
    view.send_reply()
    assert not view.waiting_label.isVisible()


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
