"""The wizard's duplicate hint: matching a summary against open requests."""

from __future__ import annotations

from datetime import UTC, datetime

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.report.duplicates import likely_duplicate

NOW = datetime(2026, 11, 24, tzinfo=UTC)


def t(id_: str, subject: str, status: TicketStatus = TicketStatus.OPEN) -> Ticket:
    return Ticket(id_, subject, status, status.value, NOW, NOW)


TICKETS = [t("1", "Printer on 3rd floor jams"), t("2", "VPN disconnects every hour"),
           t("3", "Outlook asks for password", TicketStatus.SOLVED),
           t("4", "Не печатает принтер на третьем этаже")]


def test_same_problem_in_other_words_matches_an_open_ticket():
    assert likely_duplicate("The printer jams again", TICKETS).id == "1"
    assert likely_duplicate("vpn keeps disconnecting", TICKETS).id == "2"
    assert likely_duplicate("принтер на третьем этаже снова", TICKETS).id == "4"


def test_unrelated_short_or_solved_does_not():
    assert likely_duplicate("Monitor flickers", TICKETS) is None
    assert likely_duplicate("printer", TICKETS) is None
    assert likely_duplicate("Outlook asks for password", TICKETS) is None  # solved
    assert likely_duplicate("", TICKETS) is None
