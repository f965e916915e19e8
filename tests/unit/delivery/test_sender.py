"""The sender's state machine and retry policy, with a scripted helpdesk and a fake clock."""

from datetime import UTC, datetime

import pytest
from outbox_fakes import USER

from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    ConfigurationError,
    RateLimited,
    Rejected,
    ServerUnreachable,
    Transient,
)
from helpclient.core.models import NewTicket
from helpclient.core.report.problem import ProblemReport

POLICY = RetryPolicy(base=10, cap=300, settle=5)


@pytest.fixture
def events():
    return []


@pytest.fixture
def sender(outbox, helpdesk, clock, tmp_path, events):
    return make_sender(outbox, helpdesk, clock, tmp_path, events)


def make_sender(outbox, helpdesk, clock, tmp_path, events=None, backend=None):
    return Sender(outbox, backend or (lambda: helpdesk), lambda: USER,
                  OutboxLock(tmp_path / "outbox.lock"), policy=POLICY, clock=clock,
                  rand=lambda: 1.0, sleep=clock.sleep,
                  on_event=(events.append if events is not None else None))


def test_backoff_doubles_with_jitter_and_caps():
    policy = RetryPolicy(base=10, cap=100)
    assert [policy.backoff(n, lambda: 1.0) for n in (1, 2, 3, 4, 5)] == [10, 20, 40, 80, 100]
    assert policy.backoff(1, lambda: 0.0) == 5  # equal jitter: between half and all
    assert policy.backoff(10_000, lambda: 1.0) == 100  # no overflow


def test_delay_honours_retry_after_bounded_and_settle():
    policy = RetryPolicy(base=10, cap=100, settle=30, max_retry_after=600)
    assert policy.delay(1, retry_after=120, rand=lambda: 1.0) == 120
    assert policy.delay(1, retry_after=1, rand=lambda: 1.0) == 10
    assert policy.delay(1, retry_after=10 ** 9, rand=lambda: 1.0) == 600
    assert policy.delay(1, in_doubt=True, rand=lambda: 1.0) == 30


def test_first_attempt_sends_without_lookup(sender, outbox, helpdesk, events):
    entry = outbox.enqueue(ProblemReport(summary="Monitor flickers"))
    assert sender.run_once() is None
    assert helpdesk.calls == ["create"]
    sent = outbox.get(entry.id)
    assert (sent.state, sent.ticket_id, sent.attempts) == (State.SENT, "1", 1)
    assert events[-1].state is State.SENT and events[-1].ticket_id == "1"
    assert helpdesk.tickets[entry.id].idempotency_key == entry.id
    assert helpdesk.tickets[entry.id].requestor_email == USER.email


def test_lost_answer_then_retry_finds_the_ticket_instead_of_sending_again(
        sender, outbox, helpdesk, clock):
    entry = outbox.enqueue(ProblemReport(summary="Lost answer"))
    helpdesk.create_then_fail = ServerUnreachable("reset")
    wait = sender.run_once()
    queued = outbox.get(entry.id)
    assert queued.state is State.QUEUED and queued.in_doubt
    assert wait == 10  # backoff 10 (>= settle 5)
    clock.now += wait
    sender.run_once()
    assert helpdesk.calls == ["create", "find"]
    # the lookup starts where the report was queued, however long ago that was
    assert helpdesk.lookup_since == [datetime.fromtimestamp(entry.created, UTC)]
    assert outbox.get(entry.id).state is State.SENT
    assert len(helpdesk.tickets) == 1


def test_transient_failures_back_off_then_deliver_once(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue(ProblemReport(summary="Flaky"))
    helpdesk.script = [ServerUnreachable("refused"), Transient("HTTP 503"), None]
    waits = []
    for _ in range(3):
        waits.append(sender.run_once())
        if waits[-1] is not None:
            clock.now += waits[-1]
    assert waits == [10, 20, None]
    assert helpdesk.calls == ["create", "find", "create", "find", "create"]
    assert outbox.get(entry.id).state is State.SENT


def test_retry_after_is_honoured(sender, outbox, helpdesk, clock):
    outbox.enqueue(ProblemReport(summary="Busy"))
    helpdesk.script = [RateLimited("slow down", retry_after=120)]
    assert sender.run_once() == 120
    clock.now += 119
    assert sender.run_once() == pytest.approx(1)  # not due yet: nothing sent
    assert helpdesk.calls == ["create"]


def test_unauthorised_waits_for_sign_in_and_resends_the_same_report(
        sender, outbox, helpdesk, events):
    entry = outbox.enqueue(ProblemReport(summary="Token expired"))
    helpdesk.script = [AuthError("sign in again")]
    assert sender.run_once() is None
    parked = outbox.get(entry.id)
    assert parked.state is State.NEEDS_AUTH and parked.last_error == "sign in again"
    assert events[-1].state is State.NEEDS_AUTH
    outbox.retry_now()  # the user signed in
    sender.run_once()
    assert outbox.get(entry.id).state is State.SENT
    assert helpdesk.calls == ["create", "find", "create"]
    assert helpdesk.tickets[entry.id].subject == "Token expired"


def test_no_server_configured_parks_like_sign_in(outbox, helpdesk, clock, tmp_path):
    def backend():
        raise ConfigurationError("No helpdesk server is set up yet")

    sender = make_sender(outbox, helpdesk, clock, tmp_path, backend=backend)
    entry = outbox.enqueue(ProblemReport(summary="Offline first"))
    sender.run_once()
    assert outbox.get(entry.id).state is State.NEEDS_AUTH
    assert outbox.get(entry.id).attempts == 0


@pytest.mark.parametrize("error", [Rejected("too large"), CertificateError("untrusted")])
def test_permanent_failures_stop_and_keep_the_report(sender, outbox, helpdesk, error, clock):
    entry = outbox.enqueue(ProblemReport(summary="Refused"))
    helpdesk.script = [error]
    assert sender.run_once() is None
    failed = outbox.get(entry.id)
    assert failed.state is State.FAILED and failed.last_error == error.message
    clock.now += 10_000
    sender.run_once()
    assert helpdesk.calls == ["create"]  # never retried by itself
    assert outbox.pending()[0].report.summary == "Refused"


def test_failed_lookup_is_retried_without_sending(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue(ProblemReport(summary="Lookup fails"))
    helpdesk.create_then_fail = ServerUnreachable("timeout")
    clock.now += sender.run_once()
    helpdesk.lookup_errors = [Transient("HTTP 502")]
    clock.now += sender.run_once()
    assert helpdesk.calls == ["create", "find"]
    sender.run_once()
    assert helpdesk.calls == ["create", "find", "find"]
    assert outbox.get(entry.id).state is State.SENT and len(helpdesk.tickets) == 1


def test_interrupted_attempt_waits_to_settle_then_looks_up(outbox, helpdesk, clock, tmp_path):
    """A sender killed mid-request leaves the attempt in flight; the next one gives the server
    ``settle`` seconds to finish before asking whether the ticket exists."""
    entry = outbox.enqueue(ProblemReport(summary="Killed"))
    outbox.begin_attempt(entry.id)  # then the process died
    helpdesk.ids[entry.id] = "9"  # the server finished creating it
    helpdesk.tickets[entry.id] = NewTicket(subject="Killed", body="")
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    assert sender.run_once() == 5
    assert helpdesk.calls == []
    clock.now += 5
    sender.run_once()
    assert helpdesk.calls == ["find"]
    assert outbox.get(entry.id).ticket_id == "9"


def test_only_one_sender_delivers_at_a_time(outbox, helpdesk, clock, tmp_path):
    outbox.enqueue(ProblemReport(summary="Shared"))
    other = OutboxLock(tmp_path / "outbox.lock")
    sender = make_sender(outbox, helpdesk, clock, tmp_path)
    with other.hold() as held:
        assert held
        assert sender.run_once() == POLICY.settle  # try again soon
    assert helpdesk.calls == []
    sender.run_once()
    assert helpdesk.calls == ["create"]


def test_drain_sleeps_until_delivered_within_the_limit(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue(ProblemReport(summary="Drain"))
    helpdesk.script = [ServerUnreachable("refused")]
    sender.drain(max_wait=60)
    assert outbox.get(entry.id).state is State.SENT
    entry2 = outbox.enqueue(ProblemReport(summary="Gives up"))
    helpdesk.script = [ServerUnreachable("refused")] * 10
    start = clock.now
    sender.drain(max_wait=15)
    assert outbox.get(entry2.id).state is State.QUEUED
    assert clock.now - start <= 15


def test_wake_makes_a_backed_off_report_due_at_once(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue(ProblemReport(summary="Network back"))
    helpdesk.script = [ServerUnreachable("no network")] * 3
    clock.now += sender.run_once()
    clock.now += sender.run_once()
    assert sender.run_once() == 40  # third failure: 40 s to wait
    outbox.wake()
    assert sender.run_once() is None
    assert outbox.get(entry.id).state is State.SENT


def test_send_now_returns_the_ticket_or_none(sender, outbox, helpdesk):
    entry = outbox.enqueue(ProblemReport(summary="Right away"))
    assert sender.send_now(entry.id).id == "1"
    other = outbox.enqueue(ProblemReport(summary="Offline"))
    helpdesk.script = [ServerUnreachable("no network")]
    assert sender.send_now(other.id) is None
    assert outbox.get(other.id).state is State.QUEUED
    assert sender.send_now(other.id) is None  # not due yet: not tried again
    assert helpdesk.calls == ["create", "create"]


def test_files_over_the_server_limit_are_refused_before_upload(outbox, helpdesk, clock,
                                                               tmp_path):
    big = tmp_path / "memory.dmp"
    big.write_bytes(b"x" * 2_000_001)
    small = tmp_path / "note.txt"
    small.write_text("ok")
    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "l"),
                    policy=POLICY, clock=clock, max_file_bytes=lambda: 1_000_000)
    entry = outbox.enqueue(ProblemReport(summary="Big dump", attachments=(big, small)))
    sender.run_once()
    failed = outbox.get(entry.id)
    assert failed.state is State.FAILED
    assert "“memory.dmp” (2.0 MB)" in failed.last_error and "note.txt" not in failed.last_error
    assert "up to 1 MB" in failed.last_error
    assert helpdesk.calls == []  # nothing was uploaded


def test_upload_progress_and_cancel_keeps_the_report(outbox, helpdesk, clock, tmp_path):
    seen = []

    def progress(report_id, sent, total):
        seen.append((sent, total))
        sender.cancel_upload(report_id)  # the user clicks Cancel at the first progress

    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "l"),
                    policy=POLICY, clock=clock, on_progress=progress)
    entry = outbox.enqueue(ProblemReport(summary="Cancel me"))
    sender.run_once()
    stopped = outbox.get(entry.id)
    assert seen == [(1, 2)]
    assert stopped.state is State.FAILED and "You stopped the upload" in stopped.last_error
    assert helpdesk.tickets == {}
    outbox.retry_now(entry.id)  # "Send now": a new attempt is not cancelled by the old click
    sender.run_once()
    assert outbox.get(entry.id).state is State.FAILED  # progress cancels again in this test
    sender._on_progress = None
    outbox.retry_now(entry.id)
    sender.run_once()
    assert outbox.get(entry.id).state is State.SENT
