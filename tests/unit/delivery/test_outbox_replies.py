"""Replies in the outbox: stored like reports, delivered exactly once, old databases migrated."""

import sqlite3

import pytest
from outbox_fakes import USER

from helpclient.core.delivery.outbox import REPLY, Outbox, OutboxError, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.errors import AuthError, Rejected, ServerUnreachable, Transient
from helpclient.core.models import NewAttachment
from helpclient.core.report.problem import ProblemReport

POLICY = RetryPolicy(base=10, cap=300, settle=5)

# The table as the first release wrote it (before replies).
_OLD_SCHEMA = """
CREATE TABLE reports (
    id TEXT PRIMARY KEY, created REAL NOT NULL, updated REAL NOT NULL, state TEXT NOT NULL,
    report_json TEXT NOT NULL, total_bytes INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0, in_doubt INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '',
    ticket_id TEXT NOT NULL DEFAULT '', ticket_url TEXT NOT NULL DEFAULT ''
);
"""


@pytest.fixture
def events():
    return []


@pytest.fixture
def sender(outbox, helpdesk, clock, tmp_path, events):
    return Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "outbox.lock"),
                  policy=POLICY, clock=clock, rand=lambda: 1.0, sleep=clock.sleep,
                  on_event=events.append)


@pytest.fixture
def screenshot(tmp_path):
    path = tmp_path / "screen.png"
    path.write_bytes(b"\x89PNG fake")
    return path


def test_a_reply_is_stored_with_copies_of_its_files(outbox, screenshot):
    entry = outbox.enqueue_reply("42", "It still fails.\nSee the screenshot.",
                                 [NewAttachment(screenshot, screenshot.name)])
    screenshot.unlink()  # the user may delete the original at once
    assert entry.is_reply and entry.kind == REPLY
    assert (entry.reply_ticket, entry.reply_body) == ("42", "It still fails.\nSee the screenshot.")
    assert entry.report.summary == "It still fails."
    (copy,) = entry.attachments
    assert copy.filename == "screen.png" and copy.path.read_bytes() == b"\x89PNG fake"
    assert entry.state is State.QUEUED
    assert outbox.enqueue_reply("42", "again", key=entry.id) == entry  # same key: one entry


def test_a_reply_is_delivered_and_its_copies_freed(sender, outbox, helpdesk, screenshot, events):
    entry = outbox.enqueue_reply("42", "Thanks", [NewAttachment(screenshot, screenshot.name)])
    assert sender.run_once() is None
    assert helpdesk.replies == {entry.id: ("42", "Thanks", (("screen.png", b"\x89PNG fake"),))}
    assert helpdesk.calls == ["reply"]  # a first attempt asks nothing
    sent = outbox.get(entry.id)
    assert sent is not None and sent.state is State.SENT and sent.ticket_id == "42"
    assert not sent.report.attachments[0].exists()
    assert [(e.state, e.ticket_id, e.reply) for e in events] == [(State.SENT, "42", True)]


def test_the_reply_is_sent_inside_around_reply(outbox, helpdesk, clock, tmp_path):
    # the app notes there that the change is the user's own (the poller must not announce it)
    around: list[tuple[str, list[str]]] = []

    def note(ticket_id, send):
        before = list(helpdesk.calls)
        send()
        around.append((ticket_id, [c for c in helpdesk.calls if c not in before]))

    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "l"),
                    policy=POLICY, clock=clock, around_reply=note)
    entry = outbox.enqueue_reply("42", "Thanks")
    sender.run_once()
    assert around == [("42", ["reply"])]
    assert outbox.get(entry.id).state is State.SENT


def test_a_lost_answer_is_looked_up_and_never_sent_twice(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue_reply("7", "Here is the log")
    helpdesk.reply_then_fail = Transient("connection reset")
    wait = sender.run_once()
    assert wait is not None and wait >= POLICY.settle  # the server may have it: settle first
    assert outbox.get(entry.id).state is State.QUEUED and outbox.get(entry.id).in_doubt
    clock.sleep(wait)
    sender.run_once()
    assert helpdesk.calls == ["reply", "find_reply"]
    assert len(helpdesk.replies) == 1
    assert outbox.get(entry.id).state is State.SENT


def test_unreachable_then_back_sends_once(sender, outbox, helpdesk, clock):
    entry = outbox.enqueue_reply("7", "Hello")
    helpdesk.reply_script = [ServerUnreachable("refused"), ServerUnreachable("refused")]
    for _ in range(3):
        wait = sender.run_once()
        if wait is not None:
            clock.sleep(wait)
    assert helpdesk.calls == ["reply", "find_reply", "reply", "find_reply", "reply"]
    assert list(helpdesk.replies) == [entry.id]
    assert outbox.get(entry.id).state is State.SENT


def test_a_dead_sender_mid_reply_is_recovered_by_lookup(outbox, helpdesk, clock, tmp_path):
    entry = outbox.enqueue_reply("7", "Hello")
    outbox.begin_attempt(entry.id)  # the process died with the request in flight ...
    helpdesk.replies[entry.id] = ("7", "Hello", ())  # ... after the server stored it
    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "l"),
                    policy=POLICY, clock=clock, rand=lambda: 1.0)
    wait = sender.run_once()
    assert wait == POLICY.settle
    clock.sleep(wait)
    sender.run_once()
    assert helpdesk.calls == ["find_reply"]
    assert outbox.get(entry.id).state is State.SENT


def test_sign_in_and_refusal_park_the_reply(sender, outbox, helpdesk):
    waiting = outbox.enqueue_reply("7", "one")
    helpdesk.reply_script = [AuthError("401")]
    sender.run_once()
    assert outbox.get(waiting.id).state is State.NEEDS_AUTH
    refused = outbox.enqueue_reply("8", "two")
    helpdesk.reply_script = [Rejected("ticket is closed")]
    sender.run_once()
    parked = outbox.get(refused.id)
    assert parked.state is State.FAILED and parked.last_error == "ticket is closed"
    assert helpdesk.replies == {}


def test_reports_and_replies_share_one_queue(sender, outbox, helpdesk):
    report = outbox.enqueue(ProblemReport(summary="Printer is jammed"))
    reply = outbox.enqueue_reply("1", "more details")
    assert [e.kind for e in outbox.pending()] == ["report", "reply"]
    sender.run_once()
    assert report.id in helpdesk.tickets and reply.id in helpdesk.replies
    assert outbox.pending() == []


def test_an_old_outbox_is_migrated_and_its_reports_still_send(tmp_path, clock, helpdesk):
    data = tmp_path / "old"
    data.mkdir()
    db = sqlite3.connect(data / "outbox.sqlite3")
    db.executescript(_OLD_SCHEMA)
    from helpclient.core.report.serialize import report_to_json  # noqa: PLC0415

    old = ProblemReport(summary="Old report from last week", report_id="old1")
    db.execute("INSERT INTO reports (id, created, updated, state, report_json, next_attempt) "
               "VALUES ('old1', 1, 1, 'queued', ?, 0)", (report_to_json(old),))
    db.commit()
    db.close()
    box = Outbox(data, clock)
    try:
        (entry,) = box.pending()
        assert entry.kind == "report" and not entry.is_reply and entry.report == old
        assert entry.ticket_body == ""  # rendered when sent, as before
        reply = box.enqueue_reply("3", "works on the new schema")
        sender = Sender(box, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "l"),
                        policy=POLICY, clock=clock, rand=lambda: 1.0)
        sender.run_once()
        assert "old1" in helpdesk.tickets and reply.id in helpdesk.replies
    finally:
        box.close()
    Outbox(data, clock).close()  # opening a migrated outbox again changes nothing


def test_an_unreadable_file_queues_no_reply_and_says_so(outbox, tmp_path):
    missing = tmp_path / "gone.png"
    with pytest.raises(OutboxError, match="The reply could not be queued"):
        outbox.enqueue_reply("42", "see file", [NewAttachment(missing, missing.name)])
    assert outbox.pending() == []


def test_replies_waiting_are_a_tickets_unsent_replies_oldest_first(outbox, clock):
    outbox.enqueue(ProblemReport(summary="A report, not a reply"))
    first = outbox.enqueue_reply("42", "First answer")
    clock.sleep(5)
    outbox.enqueue_reply("43", "Another ticket")
    second = outbox.enqueue_reply("42", "Second answer")
    sent = outbox.enqueue_reply("42", "Already delivered")
    outbox.mark_sent(sent.id, "42")
    outbox.set_state(second.id, State.NEEDS_AUTH, "sign in")
    waiting = outbox.replies_waiting("42")
    assert [(e.reply_body, e.state) for e in waiting] == [
        ("First answer", State.QUEUED), ("Second answer", State.NEEDS_AUTH)]
    assert waiting[0].id == first.id
    assert outbox.replies_waiting("44") == []
