"""The durable outbox: reports waiting to become tickets, and replies waiting to join theirs
(DESIGN.md §3 "Nothing is lost").

A report is written here — its JSON in SQLite (WAL, synchronous=FULL) and copies of its
attachments in a content-addressed folder — *before* any network call. The app and the CLI share
one outbox; :mod:`helpclient.core.delivery.sender` delivers from it. Rows are kept after
delivery (state ``sent``, with the ticket id) so a report can never be delivered twice by this
machine, and so the user can see what became of it; the attachment copies are removed once
nothing needs them.

An entry is of one of two kinds: ``report`` (a new ticket) or ``reply`` (a public reply to ticket
``reply_ticket`` with text ``reply_body``). A reply keeps its attachment copies in a minimal
``ProblemReport`` (its ``report_id`` is the reply's idempotency key), so storage, garbage
collection and every state transition are shared with reports.

Layout under the data dir::

    outbox.sqlite3
    outbox-files/<sha256>/<original file name>   (one copy per distinct content and name)
    outbox-files/.incoming/                        (partial copies; cleaned on open)
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from helpclient.core.delivery.entry import (
    PENDING_STATES,
    REPLY,
    REPORT,
    Entry,
    OutboxError,
    State,
)
from helpclient.core.models import NewAttachment
from helpclient.core.report.problem import ProblemReport
from helpclient.core.report.serialize import report_from_json, report_to_json
from helpclient.core.storage.filestore import remove_older_than, store_copy
from helpclient.core.storage.os_errors import describe_os_error
from helpclient.core.storage.sqlite import connect

__all__ = ["PENDING_STATES", "REPLY", "REPORT", "Entry", "Outbox", "OutboxError", "State"]

_IN_FLIGHT = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY,            -- the report id, also the idempotency key
    created REAL NOT NULL,
    updated REAL NOT NULL,
    state TEXT NOT NULL,
    report_json TEXT NOT NULL,      -- attachments point into outbox-files/
    total_bytes INTEGER NOT NULL DEFAULT 0,
    attempts INTEGER NOT NULL DEFAULT 0,
    -- 0: the server has nothing; 1: an attempt ended without an answer, the server may have
    -- the ticket; 2: an attempt is in flight (seen by another sender: the one sending died)
    in_doubt INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    ticket_id TEXT NOT NULL DEFAULT '',
    ticket_url TEXT NOT NULL DEFAULT ''
);
"""

# Columns added after the first release: (name, declaration). Opening an older outbox adds them
# with defaults, so its rows read as reports.
_MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("kind", "TEXT NOT NULL DEFAULT 'report'"),
    ("reply_ticket", "TEXT NOT NULL DEFAULT ''"),
    ("reply_body", "TEXT NOT NULL DEFAULT ''"),
    # a report's ticket text as the user reviewed it (headings in the language of that moment)
    ("ticket_body", "TEXT NOT NULL DEFAULT ''"),
    # the class of the error that parked it (core.errors.error_kind): what the user can do
    ("error_kind", "TEXT NOT NULL DEFAULT ''"),
)

def _entry(row: sqlite3.Row) -> Entry:
    return Entry(report=report_from_json(row["report_json"]), state=State(row["state"]),
                 created=row["created"], updated=row["updated"],
                 total_bytes=row["total_bytes"], attempts=row["attempts"],
                 in_doubt=bool(row["in_doubt"]), in_flight=row["in_doubt"] == _IN_FLIGHT,
                 next_attempt=row["next_attempt"],
                 last_error=row["last_error"], ticket_id=row["ticket_id"],
                 ticket_url=row["ticket_url"], kind=row["kind"],
                 reply_ticket=row["reply_ticket"], reply_body=row["reply_body"],
                 ticket_body=row["ticket_body"], error_kind=row["error_kind"])


def _migrate(db: sqlite3.Connection) -> None:
    have = {row[1] for row in db.execute("PRAGMA table_info(reports)")}
    with db:
        for name, declaration in _MIGRATIONS:
            if name not in have:
                db.execute(f"ALTER TABLE reports ADD COLUMN {name} {declaration}")


class Outbox:
    """Reports waiting to be sent, shared by every HelpClient process of this user.

    Each call opens its own short SQLite transaction, so one instance may be used from several
    threads (``check_same_thread`` is off and calls are serialised by SQLite's own locking)."""

    def __init__(self, data_dir: Path, clock: Callable[[], float] = time.time) -> None:
        self._dir = data_dir
        self._files = data_dir / "outbox-files"
        self._incoming = self._files / ".incoming"
        self._clock = clock
        self._lock = threading.RLock()
        try:
            self._incoming.mkdir(parents=True, exist_ok=True)
            self._db = connect(data_dir / "outbox.sqlite3", check_same_thread=False)
            self._db.executescript(_SCHEMA)
            _migrate(self._db)
        except (OSError, sqlite3.Error) as exc:
            raise OutboxError(self._storage_message(exc, "opened")) from exc
        self.collect_garbage()

    @property
    def lock_file(self) -> Path:
        """The file whoever delivers this outbox locks (the app or ``helpclient submit``)."""
        return self._dir / "outbox.lock"

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()

    @contextlib.contextmanager
    def _tx(self) -> Iterator[None]:
        # One connection serves every thread of the app: the lock keeps one thread's statements
        # out of another's transaction.
        with self._lock, self._db:
            yield

    def _query(self, sql: str, args: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return list(self._db.execute(sql, args).fetchall())

    @property
    def files_dir(self) -> Path:
        """Where attachment copies live."""
        return self._files

    # -- writing ---------------------------------------------------------------------------------

    def enqueue(self, report: ProblemReport, body: str = "") -> Entry:
        """Store the report and copies of its attachments durably; returns the new entry.

        ``body`` is the ticket text as the user saw it when they pressed Send: it is sent as it
        is, whatever the language later (empty: rendered when sent, as older entries are).

        Enqueueing the same report id again returns the stored entry unchanged (a double click
        or a retried script must not create a second report). Raises :class:`OutboxError` when
        storage fails; then nothing was queued and the caller still holds the report."""
        return self._enqueue(report, REPORT, ticket_body=body)

    def enqueue_reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
                      key: str = "") -> Entry:
        """Store a reply to ``ticket_id`` and copies of its files durably, like a report.

        ``key`` (default: a new one) is the reply's idempotency key; enqueueing the same key
        again returns the stored entry. Raises :class:`OutboxError` when storage fails."""
        first_line = next((line.strip() for line in body.splitlines() if line.strip()), "")
        holder = ProblemReport(summary=first_line[:200], report_id=key or uuid.uuid4().hex,
                               attachments=tuple(a.path for a in attachments))
        return self._enqueue(holder, REPLY, ticket_id, body)

    def _enqueue(self, report: ProblemReport, kind: str, reply_ticket: str = "",
                 reply_body: str = "", ticket_body: str = "") -> Entry:
        existing = self.get(report.report_id)
        if existing is not None:
            return existing
        item = "reply" if kind == REPLY else "report"
        try:
            copies = tuple(self._store_file(path) for path in report.attachments)
        except OSError as exc:
            raise OutboxError(self._storage_message(exc, "queued", item)) from exc
        stored = replace(report, attachments=copies)
        total = sum(p.stat().st_size for p in copies)
        now = self._clock()
        try:
            with self._tx():
                self._db.execute(
                    "INSERT OR IGNORE INTO reports (id, created, updated, state, report_json, "
                    "total_bytes, next_attempt, kind, reply_ticket, reply_body, ticket_body) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (report.report_id, now, now, State.QUEUED.value, report_to_json(stored),
                     total, now, kind, reply_ticket, reply_body, ticket_body))
        except sqlite3.Error as exc:
            raise OutboxError(self._storage_message(exc, "queued", item)) from exc
        entry = self.get(report.report_id)
        assert entry is not None
        return entry

    def _store_file(self, source: Path) -> Path:
        """Copy ``source`` into the content-addressed store (fsynced); returns the copy."""
        return store_copy(source, self._files, self._incoming)

    def _update(self, report_id: str, **values: object) -> None:
        values["updated"] = self._clock()
        columns = ", ".join(f"{name} = ?" for name in values)
        with self._tx():
            self._db.execute(f"UPDATE reports SET {columns} WHERE id = ?",  # noqa: S608 (names are ours)
                             (*values.values(), report_id))

    def begin_attempt(self, report_id: str) -> None:
        """Record, durably and before the request leaves, that an attempt starts: if the
        process dies now, the next sender knows the server may have the ticket."""
        with self._tx():
            self._db.execute("UPDATE reports SET attempts = attempts + 1, in_doubt = ?, "
                             "updated = ? WHERE id = ?", (_IN_FLIGHT, self._clock(), report_id))

    def mark_sent(self, report_id: str, ticket_id: str, ticket_url: str = "") -> None:
        """The ticket exists: keep the row as a record, free the attachment copies."""
        entry = self.get(report_id)
        self._update(report_id, state=State.SENT.value, ticket_id=ticket_id,
                     ticket_url=ticket_url, in_doubt=0, last_error="")
        if entry is not None:
            self._drop_copies(entry)

    def _drop_copies(self, entry: Entry) -> None:
        """Remove this report's attachment copies that no other pending report shares."""
        with contextlib.suppress(OSError, sqlite3.Error):
            keep = self._referenced()
            for path in entry.report.attachments:
                if path.parent.parent == self._files and path.parent.name not in keep:
                    shutil.rmtree(path.parent, ignore_errors=True)

    def reschedule(self, report_id: str, when: float, error: str, *, in_doubt: bool,
                   kind: str = "") -> None:
        """Try again at ``when`` (a transient failure: ``kind`` of error, see set_state)."""
        self._update(report_id, state=State.QUEUED.value, next_attempt=when, last_error=error,
                     in_doubt=int(in_doubt), error_kind=kind)

    def set_state(self, report_id: str, state: State, error: str = "", *,
                  in_doubt: bool | None = None, kind: str = "") -> None:
        """Park the report (needs sign-in, failed for good) with the reason and the kind of
        error it was (:func:`helpclient.core.errors.error_kind`)."""
        values: dict[str, object] = {"state": state.value, "last_error": error,
                                     "error_kind": kind}
        if in_doubt is not None:
            values["in_doubt"] = int(in_doubt)
        self._update(report_id, **values)

    def retry_now(self, report_id: str | None = None) -> int:
        """Make one report (or every pending one) due now, e.g. after sign-in or when the
        network comes back; returns how many."""
        now = self._clock()
        where = "state IN ('queued', 'needs_auth', 'failed')"
        args: tuple[object, ...] = (State.QUEUED.value, now, now)
        if report_id is not None:
            where += " AND id = ?"
            args = (*args, report_id)
        with self._tx():
            cursor = self._db.execute(
                f"UPDATE reports SET state = ?, next_attempt = ?, updated = ? WHERE {where}",  # noqa: S608
                args)
        return cursor.rowcount

    def wake(self) -> int:
        """Make the queued reports due now (network back), leaving parked ones parked."""
        now = self._clock()
        with self._tx():
            cursor = self._db.execute(
                "UPDATE reports SET next_attempt = ? WHERE state = 'queued' AND next_attempt > ?",
                (now, now))
        return cursor.rowcount

    def cancel(self, report_id: str) -> bool:
        """Remove a report that was not sent yet; False if it is gone or already sent."""
        with self._tx():
            entry = self.get(report_id)
            cursor = self._db.execute("DELETE FROM reports WHERE id = ? AND state != 'sent'",
                                      (report_id,))
        if entry is not None and cursor.rowcount:
            self._drop_copies(entry)
        return cursor.rowcount > 0

    # -- reading ---------------------------------------------------------------------------------

    def get(self, report_id: str) -> Entry | None:
        """One entry, or None."""
        rows = self._query("SELECT * FROM reports WHERE id = ?", (report_id,))
        row = rows[0] if rows else None
        return _entry(row) if row else None

    def entries(self, states: tuple[State, ...] = PENDING_STATES) -> list[Entry]:
        """Entries in the given states, oldest first."""
        marks = ",".join("?" * len(states))
        rows = self._query(
            f"SELECT * FROM reports WHERE state IN ({marks}) ORDER BY created",  # noqa: S608
            tuple(s.value for s in states))
        return [_entry(r) for r in rows]

    def pending(self) -> list[Entry]:
        """Reports not sent yet (queued, waiting for sign-in, or failed), oldest first."""
        return self.entries(PENDING_STATES)

    def replies_waiting(self, ticket_id: str) -> list[Entry]:
        """Replies to ``ticket_id`` not delivered yet, oldest first: the ticket's conversation
        shows them as waiting to be sent."""
        marks = ",".join("?" * len(PENDING_STATES))
        rows = self._query(
            f"SELECT * FROM reports WHERE kind = ? AND reply_ticket = ? "  # noqa: S608
            f"AND state IN ({marks}) ORDER BY created",
            (REPLY, ticket_id, *(s.value for s in PENDING_STATES)))
        return [_entry(r) for r in rows]

    def due(self, now: float) -> list[Entry]:
        """Queued reports whose next attempt is due, oldest first."""
        rows = self._query(
            "SELECT * FROM reports WHERE state = 'queued' AND next_attempt <= ? "
            "ORDER BY created", (now,))
        return [_entry(r) for r in rows]

    def next_due(self) -> float | None:
        """When the next queued report is due (None when nothing is queued)."""
        (row,) = self._query("SELECT MIN(next_attempt) FROM reports WHERE state = 'queued'")
        return None if row[0] is None else float(row[0])

    # -- housekeeping ----------------------------------------------------------------------------

    def _referenced(self) -> set[str]:
        rows = self._query("SELECT report_json FROM reports WHERE state != 'sent'")
        names: set[str] = set()
        for row in rows:
            for path in report_from_json(row[0]).attachments:
                names.add(path.parent.name)
        return names

    def collect_garbage(self, incoming_age: float = 3600.0) -> None:
        """Remove attachment copies no pending report refers to, and partial copies older
        than ``incoming_age`` seconds (left by a crash; younger ones may be another process's
        copy in progress). Failures are ignored: garbage is harmless."""
        with contextlib.suppress(OSError, sqlite3.Error):
            keep = self._referenced()
            for folder in self._files.iterdir():
                if folder.name.startswith(".") or folder.name in keep:
                    continue
                # a copy made just now may belong to an enqueue whose row is not committed yet
                if time.time() - folder.stat().st_mtime > incoming_age:
                    shutil.rmtree(folder, ignore_errors=True)
                elif not any(folder.iterdir()):
                    folder.rmdir()
            remove_older_than(self._incoming, incoming_age, time.time())

    def _storage_message(self, exc: BaseException, what: str, item: str = "report") -> str:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        return (f"The {item} could not be {what} in {self._dir} ({reason}). Nothing was sent "
                "and reports saved earlier are unchanged. Free some disk space or check the "
                "folder's permissions, then try again.")


