"""The contract, tickets: who signs in, creating a report's ticket with its files and key, finding
it again by that key, one ticket, and the user's list — all pages, and only what changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from content import BINARY, LOG_TEXT, body_text, report_files
from targets import Target

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import Capability, NewTicket, TicketStatus

REPORT_KEY = "contract-report-7d3f0c1e"
FIND_KEY = "contract-find-52b9e4a0"


def test_whoami_is_the_signed_in_user(target: Target, helpdesk: HelpdeskBackend) -> None:
    me = helpdesk.whoami()
    assert (me.login, me.name, me.email) == (
        target.user.login, target.user.name, target.user.email)


def test_create_with_attachments_and_key_reads_back(
    target: Target, helpdesk: HelpdeskBackend, tmp_path
) -> None:
    uploaded: list[tuple[int, int]] = []
    ticket = helpdesk.create_ticket(
        NewTicket(subject="Laptop disk full", body="The disk is full.\nНе могу сохранить файл.",
                  idempotency_key=REPORT_KEY, attachments=report_files(tmp_path)),
        progress=lambda sent, total: uploaded.append((sent, total)))
    assert uploaded and uploaded[-1][0] == uploaded[-1][1] >= len(BINARY) + len(LOG_TEXT)
    assert ticket.subject == "Laptop disk full"
    assert ticket.status is TicketStatus.NEW
    assert ticket.created.tzinfo is not None and ticket.updated >= ticket.created
    assert ticket.url.startswith(target.base_url) and ticket.id in ticket.url
    # filed as the user's own: it is in their list (and so it is theirs to follow)
    assert ticket.id in [t.id for t in helpdesk.list_my_tickets()]

    first = helpdesk.conversation(ticket.id)[0]
    assert first.kind == "message" and not first.from_support
    assert body_text(first).startswith("The disk is full.\nНе могу сохранить файл.")
    assert REPORT_KEY not in first.body  # the key is for HelpClient, not for people
    files = {a.filename: a for a in first.attachments}
    assert set(files) == {"dump.bin", "журнал.txt"}  # the message's own text is no file
    # 0: "not known", from a helpdesk that stores no sizes
    assert files["dump.bin"].size == (len(BINARY) if target.connector.file_sizes else 0)
    assert files["dump.bin"].content_type == "application/octet-stream"
    assert files["журнал.txt"].content_type.startswith("text/plain")
    assert b"".join(helpdesk.download_attachment(files["dump.bin"].id)) == BINARY
    assert b"".join(helpdesk.download_attachment(files["журнал.txt"].id)) == LOG_TEXT


def test_find_by_key(helpdesk: HelpdeskBackend) -> None:
    if Capability.FIND_BY_KEY not in helpdesk.capabilities:
        pytest.skip(f"{helpdesk.name} declares no FIND_BY_KEY")
    ticket = helpdesk.create_ticket(
        NewTicket(subject="Printer offline", body="It says offline.", idempotency_key=FIND_KEY))
    queued = ticket.created - timedelta(minutes=1)  # when the outbox took the report
    found = helpdesk.find_ticket_by_key(FIND_KEY, since=queued)
    assert found is not None and found.id == ticket.id
    assert helpdesk.find_ticket_by_key("contract-key-never-used", since=queued) is None
    assert helpdesk.find_ticket_by_key("", since=queued) is None


def test_get_ticket(helpdesk: HelpdeskBackend) -> None:
    ticket = helpdesk.create_ticket(NewTicket(subject="Mouse lags", body="Every few seconds."))
    again = helpdesk.get_ticket(ticket.id)
    assert (again.id, again.subject, again.status) == (ticket.id, "Mouse lags", TicketStatus.NEW)
    assert again.created == ticket.created


def test_list_all_pages_newest_first(target: Target, helpdesk: HelpdeskBackend) -> None:
    for number in range(1, 4):  # at least three: two pages of two
        helpdesk.create_ticket(NewTicket(subject=f"Paging ticket {number}", body="For paging."))
    everything = helpdesk.list_my_tickets()
    with target.connect(page_size=2) as paged:
        in_pages = paged.list_my_tickets()
    assert [t.id for t in in_pages] == [t.id for t in everything]
    updated = [t.updated for t in everything]
    assert updated == sorted(updated, reverse=True)


def test_list_changed_since_across_pages(target: Target, helpdesk: HelpdeskBackend) -> None:
    before = helpdesk.list_my_tickets()
    cutoff = max((t.updated for t in before), default=datetime(2020, 1, 1, tzinfo=UTC))
    cutoff += timedelta(seconds=1)  # helpdesks keep whole seconds
    target.wait_past(cutoff)
    fresh = [helpdesk.create_ticket(NewTicket(subject=f"Changed after the cutoff {n}",
                                              body="New.")) for n in range(1, 4)]
    with target.connect(page_size=2) as paged:
        changed = paged.list_my_tickets(changed_since=cutoff)
    assert sorted(t.id for t in changed) == sorted(t.id for t in fresh)
    assert all(t.updated >= cutoff for t in changed)
    updated = [t.updated for t in changed]
    assert updated == sorted(updated, reverse=True)
