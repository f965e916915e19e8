"""Pure translations between Redmine's records and HelpClient's models (no I/O).

Facts they rely on (measured on Redmine 5.0.4): a requester never receives private notes (not
even their journals), but their files stay in the issue's attachment list; files of a public note
are named in that journal's details (``property: attachment``); files given at creation have no
journal. So a file is shown only when a visible journal names it, or it was the author's before
the issue existed — a later file no journal names belongs to a private note and stays hidden.
A private note given together with files or changes is split by Redmine into the private note and
a *public* journal of the changes whose ``notes`` are null (an agent's own file-only change has
""): the files of such a journal are the private note's and stay hidden too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from helpclient.backends.redmine.records import Attachment, Issue, Journal, Status
from helpclient.backends.report_key import has_key as text_has_key
from helpclient.backends.report_key import strip_key_marker
from helpclient.core.models import AttachmentInfo, Message, Ticket, TicketStatus

#: Redmine's default statuses (English and Russian default data) onto the common vocabulary.
#: "Closed" is where a request ends done, which is what the user's "solved" means; "Rejected"
#: ends it without a solution. Other names: closed ones CLOSED, open ones OPEN.
STATUS_NAMES: Mapping[str, TicketStatus] = {
    "new": TicketStatus.NEW, "новая": TicketStatus.NEW,
    "in progress": TicketStatus.OPEN, "в работе": TicketStatus.OPEN,
    "feedback": TicketStatus.WAITING_FOR_YOU, "обратная связь": TicketStatus.WAITING_FOR_YOU,
    "нужен отклик": TicketStatus.WAITING_FOR_YOU,
    "resolved": TicketStatus.SOLVED, "решена": TicketStatus.SOLVED,
    "closed": TicketStatus.SOLVED, "закрыта": TicketStatus.SOLVED,
    "rejected": TicketStatus.CLOSED, "отклонена": TicketStatus.CLOSED,
}
# which statuses a reopened request may go to, best first
_REOPEN_ORDER = (TicketStatus.OPEN, TicketStatus.NEW, TicketStatus.WAITING_FOR_YOU,
                 TicketStatus.ON_HOLD)


def map_status(found: Status) -> TicketStatus:
    """The common status of a Redmine status."""
    known = STATUS_NAMES.get(" ".join(found.name.split()).casefold())
    if known is not None:
        return known
    return TicketStatus.CLOSED if found.is_closed else TicketStatus.OPEN


def issue_url(base_url: str, issue_id: str) -> str:
    """The issue's web page."""
    return f"{base_url}/issues/{issue_id}"


def ticket_from_issue(found: Issue, base_url: str) -> Ticket:
    """A Ticket from an Issue."""
    return Ticket(id=found.id, subject=found.subject, status=map_status(found.status),
                  raw_status=found.status.name, created=found.created, updated=found.updated,
                  owner=found.assignee, queue=found.project, url=issue_url(base_url, found.id))


def solve_target(allowed: Sequence[Status], current: Status) -> Status | None:
    """The status "my problem is solved" moves to: a solved one the workflow allows, else a
    closed one that is not a rejection; None when the user may do neither."""
    choices = [s for s in allowed if s.id != current.id]
    for wanted in (TicketStatus.SOLVED,):
        for candidate in choices:
            if map_status(candidate) is wanted:
                return candidate
    return next((s for s in choices if s.is_closed and map_status(s) is not TicketStatus.CLOSED),
                None)


def reopen_target(allowed: Sequence[Status], current: Status) -> Status | None:
    """The status a reopened request goes back to (in progress, new, …); None if not allowed."""
    choices = [s for s in allowed if s.id != current.id and not s.is_closed]
    for wanted in _REOPEN_ORDER:
        for candidate in choices:
            if map_status(candidate) is wanted:
                return candidate
    return None


def _info(item: Attachment) -> AttachmentInfo:
    return AttachmentInfo(id=item.id, filename=item.filename, content_type=item.content_type,
                          size=item.size)


def _journal_files(journal: Journal) -> set[str]:
    if journal.split_off_private:
        return set()
    return {name for prop, name, _old, new in journal.details if prop == "attachment" and new}


def _clean(text: str) -> str:
    return strip_key_marker(text.replace("\r\n", "\n")).strip("\n")


def visible_journals(found: Issue) -> list[Journal]:
    """The journals a requester may see: private ones never (Redmine hides them from a
    requester already; this holds if the key belongs to someone who may see them)."""
    return [j for j in found.journals if not j.private]


def build_conversation(found: Issue, statuses: Mapping[str, Status]) -> list[Message]:
    """The public conversation, oldest first: the description (with the files given at
    creation), each public note with its files, and each status change as an event.
    ``statuses`` (id → Status) names the statuses a change moved between."""
    journals = visible_journals(found)
    named = set().union(*(_journal_files(j) for j in journals)) if journals else set()
    by_id = {a.id: a for a in found.attachments}
    first_files = [a for a in found.attachments if a.id not in named
                   and a.author_id == found.author_id
                   and (a.created is None or a.created <= found.created)]
    messages = [Message(id=f"issue-{found.id}", author=found.author_name, created=found.created,
                        body=_clean(found.description),
                        attachments=tuple(_info(a) for a in first_files))]
    for journal in sorted(journals, key=lambda j: (j.created or found.created, int(j.id))):
        messages.extend(_journal_messages(journal, found, by_id, statuses))
    return messages


def _journal_messages(journal: Journal, found: Issue, by_id: Mapping[str, Attachment],
                      statuses: Mapping[str, Status]) -> Iterable[Message]:
    created: datetime = journal.created or found.created
    from_support = journal.user_id != found.author_id
    body = _clean(journal.notes)
    files = tuple(_info(by_id[name]) for name in sorted(_journal_files(journal), key=_as_number)
                  if name in by_id)
    if body or files:
        yield Message(id=journal.id, author=journal.user_name, created=created, body=body,
                      from_support=from_support, attachments=files)
    for prop, name, old, new in journal.details:
        if prop == "attr" and name == "status_id" and new in statuses:
            yield Message(id=f"{journal.id}-status", author=journal.user_name, created=created,
                          body="", from_support=from_support, kind="status",
                          status=map_status(statuses[new]),
                          old_status=map_status(statuses[old]) if old in statuses else None)


def _as_number(text: str) -> int:
    return int(text) if text.isdigit() else 0


def has_reply_key(found: Issue, key: str) -> bool:
    """Whether one of the issue's notes carries the marker line of exactly ``key``."""
    return any(text_has_key(j.notes, key) for j in found.journals)


def has_key(found: Issue, key: str) -> bool:
    """Whether the issue's description carries the marker line of exactly ``key``."""
    return text_has_key(found.description, key)
