"""The user's own changes (reply, solve, reopen, rating) and the ticket they are reading are not
news; support's changes after them are. The fake helpdesk answers the way Request Tracker does:
a reply to a solved ticket reopens it as "The RT System itself", which reads like support."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from helpclient.core.models import Message, Ticket, TicketStatus
from helpclient.core.tracking.activity import Change, ChangeKind, notices
from helpclient.core.tracking.attention import Attention, as_own
from helpclient.core.tracking.cache import TicketCache, badge_counts
from helpclient.core.tracking.sync import TicketSync

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
NOON = datetime(2026, 11, 24, 12, 0)


class RtLikeHelpdesk:
    """A clock that moves one minute per change, and RT's habits on status changes."""

    def __init__(self) -> None:
        self.minute = 0
        self.tickets: dict[str, Ticket] = {}
        self.messages: dict[str, list[Message]] = {}
        self.during_list = None  # something happening while the poll asks for the list

    def _change(self, ticket_id: str, status: TicketStatus | None = None) -> datetime:
        self.minute += 1
        when = T0 + timedelta(minutes=self.minute)
        old = self.tickets[ticket_id]
        status = status or old.status
        self.tickets[ticket_id] = Ticket(ticket_id, old.subject, status, status.value,
                                         old.created, when, owner="bob")
        return when

    def _say(self, ticket_id: str, body: str, *, support: bool, kind: str = "message",
             status: TicketStatus | None = None) -> None:
        when = self._change(ticket_id, status)
        author = "bob" if support else "alice"
        self.messages.setdefault(ticket_id, []).append(Message(
            f"m{self.minute}", author, when, body, from_support=support, kind=kind,
            status=status))

    def add(self, ticket_id: str, status: TicketStatus = TicketStatus.OPEN) -> None:
        self.tickets[ticket_id] = Ticket(ticket_id, f"Problem {ticket_id}", status,
                                         status.value, T0, T0, owner="bob")

    # --- the backend's side ---
    def list_my_tickets(self, changed_since=None):
        if self.during_list is not None:
            happening, self.during_list = self.during_list, None
            happening()
        return [t for t in self.tickets.values()
                if changed_since is None or t.updated >= changed_since]

    def conversation(self, ticket_id):
        return list(self.messages.get(ticket_id, []))

    # --- the user's actions, as RT records them ---
    def reply(self, ticket_id, body):
        self._say(ticket_id, body, support=False)
        if self.tickets[ticket_id].status is TicketStatus.NEW:  # RT opens it itself
            self._say(ticket_id, "open", support=True, kind="status",
                      status=TicketStatus.OPEN)

    def reopen(self, ticket_id, reason):
        self._say(ticket_id, reason, support=False)
        self._say(ticket_id, "open", support=True, kind="status", status=TicketStatus.OPEN)

    def solve(self, ticket_id):
        self._say(ticket_id, "resolved", support=False, kind="status",
                  status=TicketStatus.SOLVED)

    def rate(self, ticket_id, satisfied):
        self._change(ticket_id)

    # --- support's ---
    def support_says(self, ticket_id, body):
        self._say(ticket_id, body, support=True)

    def support_sets(self, ticket_id, status):
        self._say(ticket_id, status.value, support=True, kind="status", status=status)


@pytest.fixture
def helpdesk() -> RtLikeHelpdesk:
    desk = RtLikeHelpdesk()
    desk.add("1")
    desk.add("2", TicketStatus.NEW)
    return desk


@pytest.fixture
def sync(tmp_path, helpdesk):
    cache = TicketCache(tmp_path / "cache.sqlite", "https://rt|alice")
    sync = TicketSync(lambda: helpdesk, cache, lambda: T0 + timedelta(days=0, hours=1))
    sync.poll()  # the first sync: the baseline
    yield sync
    cache.close()


def kinds(result, ticket_id="1"):
    return [c.kind for c in result.changes if c.ticket.id == ticket_id]


def test_own_reopen_is_not_news_but_supports_reply_after_it_is(sync, helpdesk):
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    assert kinds(sync.poll()) == [ChangeKind.SOLVED]
    sync.cache.mark_read("1")
    sync.cache.attention.run("1", lambda: helpdesk.reopen("1", "Still broken."))
    result = sync.poll()
    assert result.changes == [] and result.unread == 0
    helpdesk.support_says("1", "Restarted the service, try again.")
    assert kinds(sync.poll()) == [ChangeKind.REPLY]
    cached = sync.cache.get("1")
    assert cached is not None and cached.unread


def test_own_reply_that_makes_the_helpdesk_open_the_ticket_is_not_news(sync, helpdesk):
    sync.cache.attention.run("2", lambda: helpdesk.reply("2", "Also the scanner."))
    assert helpdesk.tickets["2"].status is TicketStatus.OPEN
    assert sync.poll().changes == []
    helpdesk.support_sets("2", TicketStatus.SOLVED)
    assert kinds(sync.poll(), "2") == [ChangeKind.SOLVED]


def test_own_solve_and_rating_are_not_news_support_reopening_is(sync, helpdesk):
    attention = sync.cache.attention
    attention.run("1", lambda: helpdesk.solve("1"))
    attention.run("1", lambda: helpdesk.rate("1", True))
    assert sync.poll().changes == []
    helpdesk.support_sets("1", TicketStatus.OPEN)
    assert kinds(sync.poll()) == [ChangeKind.STATUS]


def test_without_the_record_the_same_reopen_reads_as_support_changing_the_status(
        sync, helpdesk):
    # what the field test saw: RT's own status change after the user's reopen looks like news
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    sync.poll()
    helpdesk.reopen("1", "Still broken.")
    assert kinds(sync.poll()) == [ChangeKind.STATUS]


def test_a_reply_kept_in_the_outbox_changed_nothing(sync, helpdesk):
    sync.cache.attention.run("1", lambda: False)  # queued: the helpdesk has not seen it
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    assert kinds(sync.poll()) == [ChangeKind.SOLVED]


def test_a_failed_action_may_have_reached_the_helpdesk(sync, helpdesk):
    def reopen_then_fail():
        helpdesk.reopen("1", "Still broken.")
        raise TimeoutError("no answer")

    helpdesk.support_sets("1", TicketStatus.SOLVED)
    sync.poll()
    with pytest.raises(TimeoutError):
        sync.cache.attention.run("1", reopen_then_fail)
    assert sync.poll().changes == []


def test_an_action_during_a_poll_counts_for_it_and_for_the_next(sync, helpdesk):
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    sync.poll()
    listed_before = helpdesk.list_my_tickets

    def list_then_reopen(changed_since=None):
        # the list was read just before the reopen reached the helpdesk: this poll cannot
        # see the reopen, the next one compares it with the solved ticket
        found = listed_before(changed_since)
        sync.cache.attention.run("1", lambda: helpdesk.reopen("1", "Still broken."))
        return found

    helpdesk.list_my_tickets = list_then_reopen
    assert sync.poll().changes == []
    helpdesk.list_my_tickets = listed_before
    assert sync.poll().changes == []
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    assert kinds(sync.poll()) == [ChangeKind.SOLVED]


def test_an_action_that_ends_while_the_helpdesk_lists_counts(sync, helpdesk):
    helpdesk.support_sets("1", TicketStatus.SOLVED)
    sync.poll()
    # the reopen lands between the poll's request and its reading of the cache
    helpdesk.during_list = lambda: sync.cache.attention.run(
        "1", lambda: helpdesk.reopen("1", "Still broken."))
    assert sync.poll().changes == []


def test_news_on_the_ticket_being_read_is_read_already(sync, helpdesk):
    attention = sync.cache.attention
    attention.set_viewing("1")
    helpdesk.support_says("1", "Which floor?")
    result = sync.poll()
    assert kinds(result) == [ChangeKind.REPLY]  # the window shows it: it is still news
    assert result.unread == 0
    assert badge_counts(sync.cache.tickets()) == (0, 1)  # support waits: that still shows
    attention.set_viewing(None)
    helpdesk.support_says("1", "Anyone there?")
    assert sync.poll().unread == 1


def test_no_notice_for_the_ticket_the_user_is_looking_at():
    one = Ticket("1", "Printer", TicketStatus.OPEN, "open", T0, T0)
    two = Ticket("2", "Mail", TicketStatus.OPEN, "open", T0, T0)
    changes = [Change(one, ChangeKind.REPLY, "Which floor?"), Change(two, ChangeKind.STATUS)]
    shown = notices(changes, enabled=True, quiet=None, now_local=NOON, looking_at="1")
    assert [n.ticket_id for n in shown] == ["2"]


def test_as_own_without_attention_runs_the_action_as_is():
    assert as_own(None, "1", lambda: 42)() == 42
    attention = Attention()
    mark = attention.poll_started()
    assert as_own(attention, "1", lambda: 42)() == 42
    assert attention.is_own("1", mark) and not attention.is_own("2", mark)
    attention.poll_finished(mark)  # ended after this poll began: the next poll must see it
    later = attention.poll_started()
    assert attention.is_own("1", later)
    attention.poll_finished(later)
    assert not attention.is_own("1", attention.poll_started())
