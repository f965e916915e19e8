"""The outbox and sender against the real RT 5 behind a fault-injecting proxy.

Each case queues one report with an attachment, breaks the network or the server in one way, lets
the sender run with real time (short backoff), and checks the state the report ends in — and that
RT holds exactly one ticket for it, or none when the failure is permanent.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from fault_proxy import FaultProxy, Rule, fault_proxy
from local_servers import local_server, make_certificates, tls_context

from helpclient.backends.http import make_session
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.delivery.outbox import Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.models import Message, NewAttachment, NewTicket, UserInfo
from helpclient.core.report.problem import Category, ProblemReport
from helpclient.demo.rt_instance import RTInstance, free_port

CREATE = "POST /REST/2.0/ticket"
READ_TIMEOUT = 2.0
FAST = RetryPolicy(base=0.3, cap=2.0, settle=1.0)


@pytest.fixture
def proxy(rt_outbox: RTInstance) -> Iterator[tuple[FaultProxy, str]]:
    with fault_proxy(rt_outbox.url) as running:
        yield running


def tickets_titled(rt: RTInstance, admin: requests.Session, subject: str) -> list[str]:
    """Ids of every ticket with this subject, whoever can see it (asked as root)."""
    answer = admin.get(f"{rt.rest_url}/tickets", params={
        "query": f"Subject = '{subject}'", "fields": "Subject", "per_page": 100}, timeout=30)
    answer.raise_for_status()
    return [str(item["id"]) for item in answer.json()["items"]]


class Harness:
    """An outbox, a sender with real time and short backoff, and a switchable backend."""

    def __init__(self, tmp_path: Path, rt: RTInstance, url: str, token: str) -> None:
        self.rt = rt
        self.url = url
        self.token = token
        self.queue_name = rt.queue
        self.outbox_dir = tmp_path / "data"
        self.outbox = Outbox(self.outbox_dir)
        self.backends: list[RequestTrackerBackend] = []
        self.sender = Sender(self.outbox, self.backend, lambda: UserInfo(
            rt.user_login, rt.user_name, rt.user_email), OutboxLock(tmp_path / "lock"),
            policy=FAST)
        attachment = tmp_path / "trace.log"
        attachment.write_bytes(b"line\n" * 20_000)
        self.attachment = attachment

    def backend(self) -> RequestTrackerBackend:
        # a short read timeout, so "stall" tests need not wait 30 s
        session = make_session("Request Tracker")
        session.request = functools.partial(session.request,  # type: ignore[method-assign]
                                            timeout=(2.0, READ_TIMEOUT))
        backend = RequestTrackerBackend(self.url, self.token, queue=self.queue_name,
                                        session=session)
        self.backends.append(backend)
        return backend

    def queue(self, subject: str) -> str:
        report = ProblemReport(summary=subject, category=Category.OTHER,
                               attachments=(self.attachment,))
        return self.outbox.enqueue(report).id

    def run_until(self, done: Callable[[], bool], limit: float = 30.0) -> None:
        deadline = time.monotonic() + limit
        while not done() and time.monotonic() < deadline:
            wait = self.sender.run_once()
            if wait is None:
                return
            time.sleep(min(wait, 0.5))

    def close(self) -> None:
        for backend in self.backends:
            backend.close()
        self.outbox.close()


@pytest.fixture
def make_harness(tmp_path: Path, rt_outbox: RTInstance) -> Iterator[Callable[..., Harness]]:
    rt = rt_outbox
    made: list[Harness] = []

    def make(url: str, token: str | None = None) -> Harness:
        harness = Harness(tmp_path / str(len(made)), rt, url, token or rt.user_token)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.close()


def _subject(case: str) -> str:
    return f"Fault {case} {time.time_ns()}"


TRANSIENT_CASES: dict[str, dict[str, Any]] = {
    "reset_after_sent": {"action": "reset_after"},
    "stall_past_read_timeout": {"action": "stall_after", "seconds": READ_TIMEOUT + 2},
    "429_retry_after": {"action": "status", "status": 429, "headers": {"Retry-After": "2"}},
    "500": {"action": "status", "status": 500},
    "502_after_rt_created_it": {"action": "status_after", "status": 502},
    "503": {"action": "status", "status": 503, "times": 2},
}


@pytest.mark.parametrize("case", TRANSIENT_CASES)
def test_transient_fault_retries_and_delivers_exactly_once(
        case: str, proxy: tuple[FaultProxy, str], make_harness: Callable[..., Harness],
        rt_outbox: RTInstance, rt_outbox_admin: requests.Session) -> None:
    rt, admin = rt_outbox, rt_outbox_admin
    state, url = proxy
    harness = make_harness(url)
    subject = _subject(case)
    report_id = harness.queue(subject)
    state.add(Rule(CREATE, **TRANSIENT_CASES[case]))
    harness.run_until(lambda: harness.outbox.get(report_id).state is State.SENT)
    entry = harness.outbox.get(report_id)
    assert entry.state is State.SENT, entry.last_error
    assert tickets_titled(rt, admin, subject) == [entry.ticket_id]
    creates = [s for s in state.seen if f"{s.method} {s.path}".startswith(CREATE)]
    if case == "429_retry_after":
        assert creates[1].at - creates[0].at >= 2.0  # Retry-After honoured
    if TRANSIENT_CASES[case]["action"] != "status":
        # RT created the ticket on the first try; the retry found it instead of sending again
        assert len(creates) == 1 and entry.attempts == 1


def test_refused_connection_waits_then_delivers_when_the_server_is_back(
        make_harness: Callable[..., Harness], rt_outbox: RTInstance,
        rt_outbox_admin: requests.Session) -> None:
    rt, admin = rt_outbox, rt_outbox_admin
    harness = make_harness(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    subject = _subject("refused")
    report_id = harness.queue(subject)
    wait = harness.sender.run_once()
    entry = harness.outbox.get(report_id)
    assert entry.state is State.QUEUED and wait is not None and wait > 0
    assert "Could not connect" in entry.last_error
    harness.url = rt.url  # the network is back
    harness.outbox.wake()
    harness.sender.run_once()
    entry = harness.outbox.get(report_id)
    assert entry.state is State.SENT
    assert tickets_titled(rt, admin, subject) == [entry.ticket_id]


def test_too_large_stops_and_keeps_the_report(
        proxy: tuple[FaultProxy, str], make_harness: Callable[..., Harness],
        rt_outbox: RTInstance, rt_outbox_admin: requests.Session) -> None:
    rt, admin = rt_outbox, rt_outbox_admin
    state, url = proxy
    harness = make_harness(url)
    subject = _subject("413")
    report_id = harness.queue(subject)
    state.add(Rule(CREATE, "status", status=413, times=5))
    assert harness.sender.run_once() is None  # nothing more to try by itself
    entry = harness.outbox.get(report_id)
    assert entry.state is State.FAILED and "too large" in entry.last_error
    assert not entry.user_cannot_fix  # shrinking the file is the user's to do
    assert entry.report.attachments[0].exists()
    assert tickets_titled(rt, admin, subject) == []
    assert state.forwarded(CREATE) == 0


def test_a_queue_rt_refuses_parks_the_report_as_only_support_can_resolve(
        make_harness: Callable[..., Harness], rt_outbox: RTInstance,
        rt_outbox_admin: requests.Session) -> None:
    """A queue RT does not know (IT's policy out of date): refused for good, kept, and marked so
    the UI offers the other ways to reach support, also after the outbox is opened again."""
    rt, admin = rt_outbox, rt_outbox_admin
    harness = make_harness(rt.url)
    harness.queue_name = "No Such Queue 13"
    subject = _subject("unknown queue")
    report_id = harness.queue(subject)
    assert harness.sender.run_once() is None  # nothing more to try by itself
    entry = harness.outbox.get(report_id)
    assert entry.state is State.FAILED, entry.last_error
    assert entry.user_cannot_fix and entry.error() is not None
    assert tickets_titled(rt, admin, subject) == []
    again = Outbox(harness.outbox_dir)
    try:
        assert again.get(report_id).user_cannot_fix
    finally:
        again.close()


def test_untrusted_certificate_stops_and_keeps_the_report(
        tmp_path: Path, make_harness: Callable[..., Harness]) -> None:
    _ca, cert, key = make_certificates(tmp_path)  # a CA this machine does not trust
    answer = lambda path: (200, "application/json", b"{}", {})  # noqa: E731
    with local_server(answer, tls_context(cert, key)) as url:
        harness = make_harness(url)
        report_id = harness.queue(_subject("tls"))
        assert harness.sender.run_once() is None
    entry = harness.outbox.get(report_id)
    assert entry.state is State.FAILED
    assert "certificate is not trusted" in entry.last_error
    assert entry.report.attachments[0].exists()


def test_unauthorised_then_signed_in_sends_the_same_report_once(
        make_harness: Callable[..., Harness], rt_outbox: RTInstance,
        rt_outbox_admin: requests.Session) -> None:
    rt, admin = rt_outbox, rt_outbox_admin
    user_id = rt.user_token.split("-")[1]
    harness = make_harness(rt.url, token=f"1-{user_id}-0123456789abcdef0123456789abcdef")
    subject = _subject("401")
    report_id = harness.queue(subject)
    assert harness.sender.run_once() is None
    entry = harness.outbox.get(report_id)
    assert entry.state is State.NEEDS_AUTH and "Sign in again" in entry.last_error
    harness.token = rt.user_token  # the user signed in again; the report was not retyped
    harness.outbox.retry_now()
    harness.sender.run_once()
    entry = harness.outbox.get(report_id)
    assert entry.state is State.SENT and entry.report.summary == subject
    assert tickets_titled(rt, admin, subject) == [entry.ticket_id]


def test_cancel_during_upload_sends_nothing_and_keeps_the_report(
        tmp_path: Path, proxy: tuple[FaultProxy, str], make_harness: Callable[..., Harness],
        rt_outbox: RTInstance, rt_outbox_admin: requests.Session) -> None:
    rt, admin = rt_outbox, rt_outbox_admin
    state, url = proxy
    state.throttle = 0.02
    harness = make_harness(url)
    big = tmp_path / "big.bin"
    big.write_bytes(b"\0" * (6 * 1024 * 1024))
    subject = _subject("cancel")
    report_id = harness.outbox.enqueue(ProblemReport(summary=subject, attachments=(big,))).id
    seen: list[tuple[int, int]] = []

    def progress(rid: str, sent: int, total: int) -> None:
        seen.append((sent, total))
        if sent > 2 * 1024 * 1024:
            sender.cancel_upload(rid)

    sender = Sender(harness.outbox, harness.backend, lambda: UserInfo(
        rt.user_login, rt.user_name, rt.user_email), OutboxLock(tmp_path / "cancel.lock"),
        policy=FAST, on_progress=progress)
    sender.run_once()
    entry = harness.outbox.get(report_id)
    assert entry.state is State.FAILED and "You stopped the upload" in entry.last_error
    assert seen and seen[-1][0] < seen[-1][1]  # stopped part-way
    assert entry.report.attachments[0].exists()
    assert tickets_titled(rt, admin, subject) == []
    assert state.forwarded(CREATE) == 0


# -- replies: the same guarantees as reports ------------------------------------------------------

def _ticket_for_replies(harness: Harness, subject: str) -> str:
    """A ticket of the seeded user, created directly (not through the proxy or the outbox)."""
    url, harness.url = harness.url, harness.rt.url
    try:
        return harness.backend().create_ticket(NewTicket(subject, "Needs a reply")).id
    finally:
        harness.url = url


def _replies_saying(harness: Harness, ticket_id: str, text: str) -> list[Message]:
    url, harness.url = harness.url, harness.rt.url
    try:
        messages = harness.backend().conversation(ticket_id)
    finally:
        harness.url = url
    return [m for m in messages if m.kind == "message" and text in m.body]


def test_reply_queued_while_unreachable_is_delivered_once_when_back(
        make_harness: Callable[..., Harness], rt_outbox: RTInstance) -> None:
    harness = make_harness(f"http://127.0.0.1:{free_port()}")  # nothing listens there
    ticket_id = _ticket_for_replies(harness, _subject("reply-refused"))
    text = f"Here is the trace {time.time_ns()}"
    key = harness.outbox.enqueue_reply(
        ticket_id, text, [NewAttachment(harness.attachment, harness.attachment.name)]).id
    harness.attachment.unlink()  # the outbox holds its own copy
    wait = harness.sender.run_once()
    entry = harness.outbox.get(key)
    assert entry.state is State.QUEUED and wait is not None and wait > 0
    assert "Could not connect" in entry.last_error
    harness.url = rt_outbox.url  # the network is back
    harness.outbox.wake()
    harness.run_until(lambda: harness.outbox.get(key).state is State.SENT)
    entry = harness.outbox.get(key)
    assert entry.state is State.SENT and entry.ticket_id == ticket_id
    (reply,) = _replies_saying(harness, ticket_id, text)
    assert [a.filename for a in reply.attachments] == ["trace.log"]
    assert "HelpClient-Report" not in reply.body  # the marker is for HelpClient only
    assert not reply.from_support


def test_reply_retry_after_a_reset_once_sent_does_not_duplicate_it(
        proxy: tuple[FaultProxy, str], make_harness: Callable[..., Harness]) -> None:
    state, url = proxy
    harness = make_harness(url)
    ticket_id = _ticket_for_replies(harness, _subject("reply-reset"))
    correspond = f"POST /REST/2.0/ticket/{ticket_id}/correspond"
    text = f"One more detail {time.time_ns()}"
    key = harness.outbox.enqueue_reply(
        ticket_id, text, [NewAttachment(harness.attachment, harness.attachment.name)]).id
    state.add(Rule(correspond, "reset_after"))  # RT stores it, the answer never arrives
    harness.run_until(lambda: harness.outbox.get(key).state is State.SENT)
    entry = harness.outbox.get(key)
    assert entry.state is State.SENT, entry.last_error
    assert entry.attempts == 1 and state.forwarded(correspond) == 1  # found, not sent again
    assert len(_replies_saying(harness, ticket_id, text)) == 1
