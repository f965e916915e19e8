"""A report or reply parked for a reason only support can resolve is marked so — in the event
the tray hears and in the outbox, across restarts — so the UI can offer the other ways to reach
support; a file too large, a cancelled upload or a passing failure are not."""

import pytest
from outbox_fakes import USER

from helpclient.core.delivery.outbox import Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    ConfigurationError,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
    Rejected,
    ServerUnreachable,
    TooLarge,
    UploadCancelled,
    error_from_kind,
    error_kind,
    user_cannot_fix,
)
from helpclient.core.report.problem import ProblemReport


def make_sender(outbox, helpdesk, clock, tmp_path, events, max_file_bytes=0):
    return Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "lock"),
                  policy=RetryPolicy(base=10, cap=300, settle=5), clock=clock,
                  rand=lambda: 1.0, sleep=clock.sleep, on_event=events.append,
                  max_file_bytes=lambda: max_file_bytes)


@pytest.mark.parametrize("error", [AuthError("revoked"), ConfigurationError("no server"),
                                   PermissionDenied("no right"), NotFound("gone"),
                                   CertificateError("untrusted"), NotAHelpdesk("a wiki"),
                                   Rejected("queue disabled")])
def test_failures_only_support_can_resolve(error):
    assert user_cannot_fix(error)


@pytest.mark.parametrize("error", [TooLarge("compress it"), UploadCancelled("stopped"),
                                   ServerUnreachable("offline"), ValueError("bug"), None])
def test_failures_the_user_or_time_resolves(error):
    assert not user_cannot_fix(error)


def test_a_stored_kind_gives_the_typed_error_back():
    for error in (PermissionDenied("x"), TooLarge("y"), AuthError("z")):
        again = error_from_kind(error_kind(error), error.message)
        assert type(again) is type(error) and again.message == error.message
    assert error_from_kind("", "old row") is None
    assert error_from_kind("SomethingNew", "later version") is None


@pytest.mark.parametrize(("error", "state", "cannot_fix"), [
    (PermissionDenied("You may not create tickets in this queue"), State.FAILED, True),
    (Rejected("Queue is disabled"), State.FAILED, True),
    (AuthError("token revoked"), State.NEEDS_AUTH, True),
    (ServerUnreachable("offline"), State.QUEUED, False),
])
def test_the_sender_records_why_a_report_is_parked(outbox, helpdesk, clock, tmp_path, error,
                                                  state, cannot_fix):
    events = []
    entry = outbox.enqueue(ProblemReport(summary="Printer"))
    helpdesk.script = [error]
    make_sender(outbox, helpdesk, clock, tmp_path, events).run_once()
    parked = outbox.get(entry.id)
    assert parked.state is state
    assert parked.user_cannot_fix is cannot_fix
    assert events[-1].error is error
    # kept with its kind, parked or to be retried: the windows word it in the user's language
    assert type(parked.last_failure()) is type(error)
    assert parked.last_failure().message == error.message
    if cannot_fix:
        assert type(parked.error()) is type(error) and parked.error().message == error.message


def test_a_file_too_large_is_the_user_s_to_fix(outbox, helpdesk, clock, tmp_path):
    big = tmp_path / "screen.png"
    big.write_bytes(b"x" * 2000)
    events = []
    entry = outbox.enqueue(ProblemReport(summary="Screen", attachments=(big,)))
    make_sender(outbox, helpdesk, clock, tmp_path, events, max_file_bytes=1000).run_once()
    parked = outbox.get(entry.id)
    assert parked.state is State.FAILED and not parked.user_cannot_fix
    assert isinstance(events[-1].error, TooLarge)


def test_the_reason_survives_a_restart_and_a_retry_clears_it(tmp_path, helpdesk, clock):
    outbox = Outbox(tmp_path / "data", clock)
    entry = outbox.enqueue(ProblemReport(summary="VPN"))
    helpdesk.script = [PermissionDenied("no right")]
    make_sender(outbox, helpdesk, clock, tmp_path, []).run_once()
    outbox.close()
    again = Outbox(tmp_path / "data", clock)
    try:
        assert again.get(entry.id).user_cannot_fix
        again.retry_now(entry.id)  # queued again: nothing to offer until it is parked again
        assert not again.get(entry.id).user_cannot_fix
    finally:
        again.close()
