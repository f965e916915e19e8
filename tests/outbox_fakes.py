"""Test doubles for the outbox and sender: a controllable clock and a scripted helpdesk."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from helpclient.core.models import NewAttachment, NewTicket, Ticket, TicketStatus, UserInfo


class Clock:
    """Time that moves only when the test says."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class FakeHelpdesk:
    """Creates tickets in memory; ``script`` is a list of exceptions (or None = succeed) consumed
    by create_ticket; ``lookup_errors`` likewise by find_ticket_by_key. ``create_then_fail``
    makes the next create store the ticket and then raise (the answer was lost)."""

    def __init__(self) -> None:
        self.tickets: dict[str, NewTicket] = {}
        self.ids: dict[str, str] = {}
        self.script: list[BaseException | None] = []
        self.lookup_errors: list[BaseException | None] = []
        self.create_then_fail: BaseException | None = None
        self.calls: list[str] = []
        self.lookup_since: list[object] = []
        # replies: key -> (ticket id, body, file names and contents); same scripting as tickets
        self.replies: dict[str, tuple[str, str, tuple[tuple[str, bytes], ...]]] = {}
        self.reply_script: list[BaseException | None] = []
        self.reply_then_fail: BaseException | None = None

    def _ticket(self, key: str) -> Ticket:
        when = datetime(2026, 1, 1, tzinfo=UTC)
        return Ticket(self.ids[key], self.tickets[key].subject, TicketStatus.NEW, "new", when,
                      when, url=f"https://rt.example/{self.ids[key]}")

    def create_ticket(self, ticket: NewTicket, progress=None) -> Ticket:
        self.calls.append("create")
        if self.script:
            error = self.script.pop(0)
            if error is not None:
                raise error
        if progress is not None:  # the upload, in two halves
            progress(1, 2)
            progress(2, 2)
        key = ticket.idempotency_key
        self.ids.setdefault(key, str(len(self.tickets) + 1))
        if key in self.tickets:
            raise AssertionError(f"duplicate ticket for {key}")
        self.tickets[key] = ticket
        if self.create_then_fail is not None:
            error, self.create_then_fail = self.create_then_fail, None
            raise error
        return self._ticket(key)

    def find_ticket_by_key(self, key: str, since=None) -> Ticket | None:
        self.calls.append("find")
        self.lookup_since.append(since)
        if self.lookup_errors:
            error = self.lookup_errors.pop(0)
            if error is not None:
                raise error
        return self._ticket(key) if key in self.tickets else None


    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "", progress=None) -> None:
        self.calls.append("reply")
        if progress is not None:  # the upload, as the HTTP layer reports it
            total = sum(a.path.stat().st_size for a in attachments) + len(body)
            progress(total // 2, total)
            progress(total, total)
        if self.reply_script:
            error = self.reply_script.pop(0)
            if error is not None:
                raise error
        if idempotency_key in self.replies:
            raise AssertionError(f"duplicate reply for {idempotency_key}")
        files = tuple((a.filename, a.path.read_bytes()) for a in attachments)
        self.replies[idempotency_key] = (ticket_id, body, files)
        if self.reply_then_fail is not None:
            error, self.reply_then_fail = self.reply_then_fail, None
            raise error

    def find_reply_by_key(self, ticket_id: str, key: str) -> bool:
        self.calls.append("find_reply")
        if self.lookup_errors:
            error = self.lookup_errors.pop(0)
            if error is not None:
                raise error
        return key in self.replies and self.replies[key][0] == ticket_id


USER = UserInfo(login="alice", name="Alice", email="alice@example.com")
