"""Cache, change detection, waiting-for-you and notification decisions, with a fake helpdesk."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

from helpclient.core.models import Message, Ticket, TicketStatus
from helpclient.core.tracking.activity import (
    Change,
    ChangeKind,
    QuietHours,
    asks_question,
    notices,
    support_waits,
)
from helpclient.core.tracking.cache import CachedTicket, TicketCache
from helpclient.core.tracking.sync import TicketSync

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def ticket(id_: str, minutes: int = 0, status: TicketStatus = TicketStatus.OPEN) -> Ticket:
    return Ticket(id_, f"Problem {id_}", status, status.value, T0, T0 + timedelta(minutes=minutes),
                  owner="bob")


def msg(minutes: int, body: str, *, support: bool, kind: str = "message") -> Message:
    return Message(str(minutes), "bob" if support else "alice", T0 + timedelta(minutes=minutes),
                   body, from_support=support, kind=kind)


class FakeHelpdesk:
    def __init__(self) -> None:
        self.tickets: dict[str, Ticket] = {}
        self.messages: dict[str, list[Message]] = {}
        self.calls: list[tuple[str, object]] = []

    def list_my_tickets(self, changed_since=None):
        self.calls.append(("list", changed_since))
        found = [t for t in self.tickets.values()
                 if changed_since is None or t.updated >= changed_since]
        return sorted(found, key=lambda t: t.updated, reverse=True)

    def conversation(self, ticket_id):
        self.calls.append(("conversation", ticket_id))
        return self.messages.get(ticket_id, [])


def make_sync(tmp_path, helpdesk, now=lambda: T0 + timedelta(hours=1)):
    cache = TicketCache(tmp_path / "cache.sqlite", "https://rt|alice")
    return TicketSync(lambda: helpdesk, cache, now)


def test_cache_round_trip_flags_and_account_switch(tmp_path):
    cache = TicketCache(tmp_path / "c.sqlite", "a")
    cache.store([CachedTicket(ticket("1", 5), unread=True), CachedTicket(ticket("2", 9))],
                synced_at=T0, full=True)
    assert [c.ticket.id for c in cache.tickets()] == ["2", "1"]
    assert cache.get("1") == CachedTicket(ticket("1", 5), unread=True)
    assert cache.unread_count() == 1 and cache.cursor == ticket("2", 9).updated
    assert cache.tickets()[1].unread  # read (and kept in memory) ...
    cache.mark_read("1")
    assert cache.unread_count() == 0
    assert not cache.tickets()[1].unread  # ... and the memory follows the write
    cache.close()
    assert len(TicketCache(tmp_path / "c.sqlite", "a").tickets()) == 2
    assert TicketCache(tmp_path / "c.sqlite", "b").tickets() == []


def test_first_sync_is_full_and_quiet_then_incremental(tmp_path):
    helpdesk = FakeHelpdesk()
    helpdesk.tickets = {"1": ticket("1", 0), "2": ticket("2", 3, TicketStatus.SOLVED)}
    sync = make_sync(tmp_path, helpdesk)
    first = sync.poll()
    assert first.full and first.changes == [] and first.has_active_tickets
    second = sync.poll()
    assert not second.full and second.changes == []
    assert helpdesk.calls[-1] == ("list", ticket("2", 3).updated)
    assert not any(call[0] == "conversation" for call in helpdesk.calls)


def test_support_reply_is_news_and_unread_users_own_reply_is_not(tmp_path):
    helpdesk = FakeHelpdesk()
    helpdesk.tickets = {"1": ticket("1", 0)}
    sync = make_sync(tmp_path, helpdesk)
    sync.poll()
    helpdesk.tickets["1"] = ticket("1", 10)
    helpdesk.messages["1"] = [msg(0, "printer broken", support=False),
                              msg(10, "Which floor is it on?", support=True)]
    result = sync.poll()
    assert [c.kind for c in result.changes] == [ChangeKind.REPLY]
    assert result.changes[0].excerpt == "Which floor is it on?"
    assert result.changes[0].waiting
    cached = sync.cache.get("1")
    assert cached is not None and cached.unread and cached.waiting
    assert result.unread == 1
    sync.cache.mark_read("1")
    helpdesk.tickets["1"] = ticket("1", 20)
    helpdesk.messages["1"].append(msg(20, "Third floor.", support=False))
    result = sync.poll()
    assert result.changes == []
    cached = sync.cache.get("1")
    assert cached is not None and not cached.unread and not cached.waiting


def test_solved_by_support_is_news(tmp_path):
    helpdesk = FakeHelpdesk()
    helpdesk.tickets = {"1": ticket("1", 0)}
    sync = make_sync(tmp_path, helpdesk)
    sync.poll()
    helpdesk.tickets["1"] = ticket("1", 30, TicketStatus.SOLVED)
    helpdesk.messages["1"] = [msg(30, "", support=True, kind="status")]
    result = sync.poll()
    assert [c.kind for c in result.changes] == [ChangeKind.SOLVED]
    assert not result.has_active_tickets


def test_user_solving_it_themselves_is_not_news(tmp_path):
    helpdesk = FakeHelpdesk()
    helpdesk.tickets = {"1": ticket("1", 0)}
    sync = make_sync(tmp_path, helpdesk)
    sync.poll()
    helpdesk.tickets["1"] = ticket("1", 30, TicketStatus.SOLVED)
    helpdesk.messages["1"] = [msg(30, "", support=False, kind="status")]
    assert sync.poll().changes == []


def test_full_sync_drops_vanished_tickets(tmp_path):
    helpdesk = FakeHelpdesk()
    helpdesk.tickets = {"1": ticket("1"), "2": ticket("2", 1)}
    sync = make_sync(tmp_path, helpdesk)
    sync.poll()
    del helpdesk.tickets["2"]
    assert sync.poll(force_full=True).full
    assert [c.ticket.id for c in sync.cache.tickets()] == ["1"]


def test_waiting_for_you():
    waiting = ticket("1", status=TicketStatus.WAITING_FOR_YOU)
    assert support_waits(waiting, None)
    assert support_waits(ticket("1"), [msg(1, "Can you restart it?\n\n--\nBob", support=True)])
    assert not support_waits(ticket("1"), [msg(1, "Done, restarted.", support=True)])
    assert not support_waits(ticket("1"), [msg(1, "Why?", support=True),
                                           msg(2, "Because.", support=False)])
    assert not support_waits(ticket("1", status=TicketStatus.SOLVED),
                             [msg(1, "OK?", support=True)])
    assert not asks_question(msg(1, "> did you try?\nFixed it.", support=True))


def test_an_answer_ends_the_wait_until_the_helpdesk_says_waiting_again():
    waiting = ticket("1", status=TicketStatus.WAITING_FOR_YOU)
    question, answer = msg(1, "Which printer?", support=True), msg(2, "P-114", support=False)
    assert support_waits(waiting, [question])
    # the user answered; the helpdesk's status lags behind (changed when an agent looks)
    assert not support_waits(waiting, [question, answer])
    # support set "waiting for you" again after the answer: waiting again
    again = replace(msg(3, "", support=True, kind="status"), status=TicketStatus.WAITING_FOR_YOU)
    assert support_waits(waiting, [question, answer, again])
    assert support_waits(waiting, None)  # without the conversation the status is all we know


def test_notices_respect_switch_quiet_hours_and_summarise_floods():
    changes = [Change(ticket("7"), ChangeKind.REPLY, "Which floor?")]
    noon = datetime(2026, 11, 24, 12, 0)
    shown = notices(changes, enabled=True, quiet=None, now_local=noon)
    assert [(n.title.render(), n.body.render(), n.ticket_id) for n in shown] == [
        ("Support replied to request #7", "Which floor?", "7")]
    assert notices(changes, enabled=False, quiet=None, now_local=noon) == []
    quiet = QuietHours.parse("22:00-07:00")
    assert quiet == QuietHours(time(22), time(7))
    assert notices(changes, enabled=True, quiet=quiet, now_local=noon.replace(hour=23)) == []
    assert notices(changes, enabled=True, quiet=quiet, now_local=noon.replace(hour=6)) == []
    assert notices(changes, enabled=True, quiet=quiet, now_local=noon.replace(hour=7))
    assert QuietHours.parse("nonsense") is None and QuietHours.parse("25:00-01:00") is None
    many = [Change(replace(ticket(str(i)), subject=f"s{i}"), ChangeKind.STATUS) for i in range(5)]
    flood = notices(many, enabled=True, quiet=None, now_local=noon)
    assert len(flood) == 1 and flood[0].title.render() == "5 requests have news"
