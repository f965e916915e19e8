"""The app with its outbox and drafts: Send queues, the tray shows what waits, drafts return."""

import time

import pytest
from app_builder import make_test_app
from outbox_fakes import USER, FakeHelpdesk
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import Entry, Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.errors import AuthError, Rejected, ServerUnreachable
from helpclient.core.models import NewAttachment
from helpclient.core.report.drafts import DraftStore
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import (
    Category,
    Contact,
    ProblemReport,
    Started,
    Urgency,
)
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.outbox.waiting_text import waiting_text
from helpclient.ui.outbox.window import OutboxWindow, state_text
from helpclient.ui.wizard import ReportWizard

# the offscreen platform has no tray window to watch; the app's own code is not involved
pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

COMPLETE = ProblemReport(
    summary="Outlook cannot send mail", category=Category.EMAIL,
    actions=("Opened Outlook",), error_text="0x800CCC0F", started=Started.TODAY,
    software="Outlook", urgency=Urgency.HIGH, contact=Contact("Ann Smith", "ann@example.com"))


def make_app(tmp_path, helpdesk):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    runner = TaskRunner(synchronous=True)
    outbox = Outbox(tmp_path / "data")
    service = OutboxService(outbox, lambda on_event, on_progress: Sender(
        outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "lock"),
        policy=RetryPolicy(base=60), on_event=on_event, on_progress=on_progress), runner)
    app = make_test_app(tmp_path, connection, tray_available=True, runner=runner,
                        outbox=service)
    return app, outbox


def send_from_wizard(app, report):
    app.open_report(report)
    wizard = app.wizard
    for _ in wizard.flow.steps[1:]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def test_offline_send_is_queued_shown_in_the_tray_and_sent_when_the_network_returns(
        qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    app.start()
    helpdesk.script = [ServerUnreachable("no network")]
    wizard = send_from_wizard(app, COMPLETE)
    assert wizard.was_submitted
    assert wizard.currentPage().title() == "Your report is saved and will be sent"
    # why, in the interface's words (the connector's own message is in English)
    assert ("Reason: The helpdesk server could not be reached."
            in wizard.currentPage().message.text())
    outbox_action = app.actions.outbox_action
    assert outbox_action.isVisible()
    assert outbox_action.text().startswith("Waiting to be sent: 1 report")
    window = OutboxWindow(app.outbox, app.runner)
    qtbot.addWidget(window)
    assert window.list.count() == 1
    assert "Waiting for the connection" in window.list.item(0).text()
    assert "0x800CCC0F" in window.detail.toPlainText()
    app.outbox.wake()  # the network is back
    assert outbox.pending() == []
    assert outbox.get(COMPLETE.report_id).state is State.SENT
    assert len(helpdesk.tickets) == 1
    assert not outbox_action.isVisible()
    assert window.list.count() == 0
    app.dispose()


def test_online_send_says_sent(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    app.start()
    report = COMPLETE.with_changes(report_id="feed01")
    wizard = send_from_wizard(app, report)
    assert wizard.currentPage().title() == "Request #1 sent"
    assert outbox.get("feed01").state is State.SENT
    app.dispose()


def test_draft_autosaves_and_is_offered_at_the_next_start(qtbot, tmp_path):
    app, _outbox = make_app(tmp_path, FakeHelpdesk())
    app.start()
    app.open_report()
    app.wizard.step_page(app.wizard.flow.current)  # the first page shows
    draft = app.wizard.report.with_changes(summary="Scanner is offline")
    app.drafts.changed(draft)
    qtbot.waitUntil(lambda: DraftStore(tmp_path / "data").latest() is not None, timeout=3000)
    app.wizard.hide()
    app.dispose()

    again, _ = make_app(tmp_path, FakeHelpdesk())
    again.start()
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.objectName() == "restore_draft_box")
    assert "Scanner is offline" in box.informativeText()
    box.buttons()[0].click()  # Continue
    assert again.wizard is not None and again.wizard.report.summary == "Scanner is offline"
    assert again.wizard.report.report_id == draft.report_id  # the same report, not a copy
    again.wizard.hide()
    again.dispose()


def test_upload_progress_shows_and_stop_cancels(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    window = OutboxWindow(app.outbox, app.runner)
    qtbot.addWidget(window)
    window.show()
    entry = outbox.enqueue(COMPLETE)
    app.outbox.progress.emit(entry.id, 2048, 8192)
    assert window.upload.isVisible() and window.upload.value() == 2048
    assert window.upload.format() == "Uploading: 2.0 of 8.0 MB"
    cancelled = []
    app.outbox.delivery.cancel_upload = cancelled.append
    window.stop_button.click()
    assert cancelled == [entry.id] and not window.stop_button.isEnabled()
    app.outbox.changed.emit()  # the pass ended
    assert not window.upload.isVisible() and window.stop_button.isEnabled()
    app.dispose()


def test_wizard_shows_upload_progress_and_cancel_stops_it(qtbot, tmp_path):
    outbox = Outbox(tmp_path / "data")
    cancelled = []
    seen = {}

    def submit(report):
        # the upload is under way (the runner is synchronous: the wizard is "sending" now)
        wizard.show_upload_progress(report.report_id, 1024, 4096)
        seen["format"] = wizard.currentPage().busy_bar.format()
        seen["cancel_enabled"] = wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
        wizard.reject()  # the user clicks Cancel
        entry = outbox.enqueue(report)
        outbox.set_state(entry.id, State.FAILED, "You stopped the upload.")
        return outbox.get(entry.id)

    wizard = ReportWizard(ReportFlow(COMPLETE), TaskRunner(synchronous=True), submit,
                          cancel_upload=cancelled.append)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    for _ in wizard.flow.steps[1:]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert seen == {"format": "1.0 of 4.0 MB", "cancel_enabled": True}
    assert cancelled == [COMPLETE.report_id]
    assert wizard.isVisible()  # Cancel stopped the upload, it did not close the window
    assert wizard.currentPage().title() == "Your report is saved but not sent"
    outbox.close()


def test_refused_sign_in_waits_and_the_same_report_goes_after_signing_in(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    app.start()
    helpdesk.script = [AuthError("The helpdesk did not accept your sign-in. Sign in again.")]
    wizard = send_from_wizard(app, COMPLETE)
    assert wizard.currentPage().title() == "Your report is saved but not sent"
    assert outbox.get(COMPLETE.report_id).state is State.NEEDS_AUTH
    app._signed_in()  # the settings dialog's signal after a successful sign-in
    assert outbox.get(COMPLETE.report_id).state is State.SENT
    assert helpdesk.tickets[COMPLETE.report_id].subject == COMPLETE.summary
    app.dispose()


def test_network_back_makes_waiting_reports_go_at_once(qtbot, tmp_path, monkeypatch):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    watched = []
    monkeypatch.setattr(app.outbox.network, "watch", lambda: watched.append(1))
    app.outbox.kick()
    assert watched == []  # nothing waits: the network's backend is not even loaded
    helpdesk.script = [ServerUnreachable("offline")]
    outbox.enqueue(COMPLETE)
    app.outbox.kick()
    assert outbox.get(COMPLETE.report_id).next_attempt > time.time() + 20  # backing off
    assert watched == [1]
    app.outbox.network.online.emit()
    assert outbox.get(COMPLETE.report_id).state is State.SENT
    app.dispose()


def test_offline_reply_is_queued_listed_and_sent_once_when_back(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    shot = tmp_path / "screen.png"
    shot.write_bytes(b"png")
    helpdesk.reply_script = [ServerUnreachable("no network")]
    assert app.outbox.submit_reply("5", "More details", [NewAttachment(shot, shot.name)]) is False
    window = OutboxWindow(app.outbox, app.runner)
    qtbot.addWidget(window)
    assert window.list.item(0).text().startswith("Reply to request #5\n")
    assert "More details" in window.detail.toPlainText()
    assert "screen.png" in window.detail.toPlainText()
    assert not window.zip_button.isEnabled()
    assert window.cancel_button.text() == "&Delete reply…"
    outbox.retry_now()
    app.outbox.delivery.run_once()
    window.refresh()
    assert window.list.count() == 0
    assert helpdesk.calls == ["reply", "find_reply", "reply"]
    assert [(t, b) for t, b, _files in helpdesk.replies.values()] == [("5", "More details")]


def test_reply_sent_at_once_or_refused_leaves_nothing_waiting(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, outbox = make_app(tmp_path, helpdesk)
    assert app.outbox.submit_reply("5", "Thanks, it works") is True
    helpdesk.reply_script = [Rejected("The ticket is closed")]
    with pytest.raises(Rejected, match="closed"):
        app.outbox.submit_reply("6", "One more thing")
    assert outbox.pending() == [] and len(helpdesk.replies) == 1


def test_my_requests_replies_through_the_outbox(qtbot, tmp_path):
    app, _outbox = make_app(tmp_path, FakeHelpdesk())
    app.open_requests()
    qtbot.addWidget(app.requests)
    assert app.requests._send_reply == app.outbox.submit_reply
    # and shows the replies still waiting there in the conversation
    assert app.requests._queued_replies == app.outbox.replies_waiting


def test_a_reply_with_files_shows_its_upload_in_the_ticket_view(qtbot, tmp_path):
    helpdesk = FakeHelpdesk()
    app, _outbox = make_app(tmp_path, helpdesk)
    app.open_requests()
    qtbot.addWidget(app.requests)
    shown = []
    app.outbox.reply_progress.connect(lambda *args: shown.append(args))
    log = tmp_path / "trace.log"
    log.write_bytes(b"x" * 300_000)
    assert app.outbox.submit_reply("5", "The trace", [NewAttachment(log, "trace.log")])
    # the reply's own ticket, halfway then done, in KiB
    assert [s[0] for s in shown] == ["5", "5"] and shown[-1][1] == shown[-1][2] >= 290
    assert 0 < shown[0][1] < shown[0][2]


def test_waiting_replies_are_counted_as_replies(qtbot, tmp_path):
    outbox = Outbox(tmp_path)
    outbox.enqueue(ProblemReport(summary="Scanner offline"))
    outbox.enqueue_reply("5", "More details")
    outbox.enqueue_reply("6", "Still broken")
    assert waiting_text(outbox.pending()) == "1 report(s) and 2 reply(ies)"  # no English .qm
    assert waiting_text(outbox.pending()[:1]) in ("1 report(s)", "1 reply(ies)")
    assert waiting_text([]) == ""


@pytest.mark.parametrize(("kind", "said"), [
    ("NotSetUp", "Waiting for a helpdesk to be set up (Settings)"),  # never signed in at all
    ("AuthError", "Waiting for you to sign in again (Settings)"),
])
def test_a_report_parked_before_any_helpdesk_is_set_up_does_not_ask_to_sign_in_again(
        qapp, kind, said):
    entry = Entry(COMPLETE, State.NEEDS_AUTH, created=0.0, updated=0.0, total_bytes=0,
                  attempts=1, in_doubt=False, in_flight=False, next_attempt=0.0,
                  last_error="No helpdesk server is set up yet", ticket_id="", ticket_url="",
                  error_kind=kind)
    assert state_text(entry) == said
