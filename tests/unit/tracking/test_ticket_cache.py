"""The ticket cache's account and the tray badge's counts, decided in core."""

from datetime import UTC, datetime

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.tracking.cache import CachedTicket, TicketCache, badge_counts

WHEN = datetime(2026, 11, 24, 9, tzinfo=UTC)


def cached(ticket_id, status=TicketStatus.OPEN, *, unread=False, waiting=False):
    ticket = Ticket(ticket_id, f"Ticket {ticket_id}", status, status.value, WHEN, WHEN)
    return CachedTicket(ticket, unread=unread, waiting=waiting)


def test_switching_to_another_account_drops_the_old_list(tmp_path):
    cache = TicketCache(tmp_path / "tickets.sqlite", "https://rt.example")
    cache.store([cached("7")], synced_at=WHEN, full=True)
    cache.switch_account("https://rt.example")  # the same account: the list stays
    assert [c.ticket.id for c in cache.tickets()] == ["7"]
    cache.switch_account("https://other.example")
    assert cache.tickets() == [] and cache.last_sync is None
    assert cache.get_meta("account") == "https://other.example"
    cache.close()


def test_no_account_shows_no_earlier_accounts_list(tmp_path):
    cache = TicketCache(tmp_path / "tickets.sqlite", "https://rt.example")
    cache.store([cached("7")], synced_at=WHEN, full=True)
    cache.switch_account("")  # nothing configured any more
    assert cache.tickets() == []
    cache.close()


def test_badge_counts_news_and_active_requests_waiting_for_the_user():
    tickets = [cached("1", unread=True), cached("2", waiting=True),
               cached("3", unread=True, waiting=True),
               cached("4", TicketStatus.SOLVED, unread=True, waiting=True),
               cached("5")]
    # a solved ticket's news counts; support cannot wait on the user for a solved one
    assert badge_counts(tickets) == (3, 2)
    assert badge_counts([]) == (0, 0)
