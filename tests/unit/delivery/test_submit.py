"""The one submit path: queued before any network call, then tried; the same for the app's
"try once now" and the CLI's "keep delivering for a while"."""

from outbox_fakes import USER

from helpclient.core.delivery.entry import Entry
from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.delivery.submit import submit_report
from helpclient.core.errors import AuthError, ServerUnreachable
from helpclient.core.models import Ticket
from helpclient.core.report.problem import ProblemReport


def make_sender(outbox, helpdesk, clock, tmp_path, progress=None):
    return Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "outbox.lock"),
                  policy=RetryPolicy(base=10, cap=300, settle=5), clock=clock,
                  rand=lambda: 1.0, sleep=clock.sleep, on_progress=progress)


def test_a_reachable_helpdesk_gets_the_ticket_at_once(outbox, helpdesk, clock, tmp_path):
    queued: list[Entry] = []
    progress: list[tuple[str, int, int]] = []
    sender = make_sender(outbox, helpdesk, clock, tmp_path,
                         lambda *args: progress.append(args))
    report = ProblemReport(summary="Scanner sends blank pages")

    def on_queued(entry):
        # safe on disk before the helpdesk heard of it
        assert outbox.get(entry.id) is not None and helpdesk.calls == []
        queued.append(entry)

    result = submit_report(outbox, sender, report, on_queued=on_queued)
    assert isinstance(result, Ticket) and result.id == "1"
    assert [e.id for e in queued] == [report.report_id]
    assert helpdesk.calls == ["create"]
    assert outbox.get(report.report_id).state is State.SENT
    # the upload's progress reaches the sender's listener through create_ticket's argument
    assert progress == [(report.report_id, 1, 2), (report.report_id, 2, 2)]


def test_offline_the_report_stays_queued_and_is_sent_once_later(outbox, helpdesk, clock,
                                                                tmp_path):
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    helpdesk.script = [ServerUnreachable("down")]
    report = ProblemReport(summary="VPN drops")
    result = submit_report(outbox, sender, report)
    assert isinstance(result, Entry) and result.state is State.QUEUED
    assert result.last_error == "down"
    clock.sleep(3600)
    sender.run_once()
    assert list(helpdesk.tickets) == [report.report_id]
    assert outbox.get(report.report_id).state is State.SENT


def test_signed_out_the_report_waits_for_sign_in(outbox, helpdesk, clock, tmp_path):
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    helpdesk.script = [AuthError("token revoked")]
    result = submit_report(outbox, sender, ProblemReport(summary="Outlook asks for a password"))
    assert isinstance(result, Entry) and result.state is State.NEEDS_AUTH


def test_delivering_for_a_while_retries_and_sends_what_else_waits(outbox, helpdesk, clock,
                                                                  tmp_path):
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    earlier = outbox.enqueue(ProblemReport(summary="Queued earlier by the app"))
    helpdesk.script = [ServerUnreachable("down")]
    report = ProblemReport(summary="Printer jams")
    result = submit_report(outbox, sender, report, deliver_for=600)
    # the first try failed; the pass after the backoff sent both
    assert isinstance(result, Entry) and result.state is State.SENT and result.ticket_id
    assert set(helpdesk.tickets) == {earlier.id, report.report_id}


def test_delivering_for_too_short_a_while_leaves_it_queued(outbox, helpdesk, clock, tmp_path):
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    helpdesk.script = [ServerUnreachable("down")]
    result = submit_report(outbox, sender, ProblemReport(summary="Wi-Fi slow"), deliver_for=1)
    assert isinstance(result, Entry) and result.state is State.QUEUED
    assert helpdesk.tickets == {}


def _shouting(context: str, text: str) -> str:
    """A stand-in translation: every fixed word of the ticket in capitals."""
    return text.upper()


def test_the_text_is_frozen_when_queued_and_sent_as_reviewed(outbox, helpdesk, clock, tmp_path):
    # queued while offline in one language, sent by a session that renders in another
    helpdesk.script = [ServerUnreachable("down")]
    report = ProblemReport(summary="Scanner sends blank pages")
    submit_report(outbox, make_sender(outbox, helpdesk, clock, tmp_path), report, tr=_shouting)
    assert "== WHAT IS WRONG ==" in outbox.get(report.report_id).ticket_body
    later = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "outbox.lock"),
                   policy=RetryPolicy(base=10, cap=300, settle=5), clock=clock,
                   rand=lambda: 1.0, sleep=clock.sleep)  # renders untranslated
    clock.sleep(3600)
    later.run_once()
    body = helpdesk.tickets[report.report_id].body
    assert "== WHAT IS WRONG ==" in body and "== What is wrong ==" not in body
    assert "Scanner sends blank pages" in body


def test_an_entry_queued_before_text_was_frozen_is_rendered_when_sent(outbox, helpdesk, clock,
                                                                      tmp_path):
    report = ProblemReport(summary="Old entry")
    outbox.enqueue(report)  # no frozen text, as an outbox from an older version holds
    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "outbox.lock"),
                    policy=RetryPolicy(base=10, cap=300, settle=5), clock=clock,
                    rand=lambda: 1.0, sleep=clock.sleep, tr=_shouting)
    sender.run_once()
    assert "== WHAT IS WRONG ==" in helpdesk.tickets[report.report_id].body
