"""What the outbox holds, for its readers (sender, windows, CLI): an entry and its state. The
storage itself is :mod:`helpclient.core.delivery.outbox`."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from helpclient.core.errors import HelpdeskError, error_from_kind, user_cannot_fix
from helpclient.core.models import NewAttachment
from helpclient.core.report.problem import ProblemReport

REPORT = "report"
REPLY = "reply"


class State(enum.Enum):
    """Where a queued report stands."""

    QUEUED = "queued"          # waiting for its next attempt
    NEEDS_AUTH = "needs_auth"  # the helpdesk refused the sign-in (or none is set up)
    FAILED = "failed"          # refused for good: the user must change something
    SENT = "sent"              # the ticket exists


PENDING_STATES = (State.QUEUED, State.NEEDS_AUTH, State.FAILED)


class OutboxError(Exception):
    """The outbox could not store something; ``message`` says what and what was kept."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Entry:
    """One report in the outbox."""

    report: ProblemReport
    state: State
    created: float
    updated: float
    total_bytes: int
    attempts: int
    in_doubt: bool
    in_flight: bool
    next_attempt: float
    last_error: str
    ticket_id: str
    ticket_url: str
    kind: str = REPORT
    reply_ticket: str = ""   # for a reply: the ticket it answers
    reply_body: str = ""     # for a reply: its text
    ticket_body: str = ""    # for a report: the ticket text frozen at Send ("": render it)
    error_kind: str = ""     # the class of the error that parked it ("": none, or not known)

    @property
    def id(self) -> str:
        """The report id (= idempotency key)."""
        return self.report.report_id

    @property
    def is_reply(self) -> bool:
        """A reply to an existing ticket rather than a new report."""
        return self.kind == REPLY

    @property
    def attachments(self) -> tuple[NewAttachment, ...]:
        """The stored copies as the backend wants them (their names are the original ones)."""
        return tuple(NewAttachment(path, path.name) for path in self.report.attachments)

    def error(self) -> HelpdeskError | None:
        """The typed error that parked it (needs sign-in, failed), as the sender met it."""
        if self.state not in (State.NEEDS_AUTH, State.FAILED):
            return None
        return error_from_kind(self.error_kind, self.last_error)

    def last_failure(self) -> HelpdeskError | None:
        """The typed error of the last attempt, parked or to be retried (None: none, or one
        stored by an older version without its kind — ``last_error`` still has its text)."""
        return error_from_kind(self.error_kind, self.last_error) if self.last_error else None

    @property
    def user_cannot_fix(self) -> bool:
        """Parked for a reason only support can resolve: offer the other ways to reach it."""
        return user_cannot_fix(self.error())
