"""Delivering the outbox: each queued report becomes exactly one ticket.

The state machine, per report (see :class:`helpclient.core.delivery.outbox.State`)::

    queued --due--> [find by key if any attempt was made] --found--> sent
                     \\--not found--> begin_attempt (durable) --> create_ticket --> sent
    transient failure (refused, reset, timeout, DNS, 5xx, 429) -> queued, backoff + jitter,
        never sooner than Retry-After, nor than ``settle`` when the server may have the ticket
    401 / no sign-in                                   -> needs_auth (kept; sign-in -> queued)
    rejected, too large, untrusted certificate, not a helpdesk -> failed (kept; user decides)

A reply entry follows the same machine, with ``find_reply_by_key`` (the ticket's messages) in
place of ``find_ticket_by_key`` and ``reply`` in place of ``create_ticket``.

Exactly once rests on two things: the report id is the idempotency key the backend can find again
(RT: a marker line in the first message), and the key is looked up before *every* attempt after
the first — including the first attempt of a process that was killed while sending.

Only one sender delivers at a time across processes (an OS file lock held for one pass), so the
app and ``helpclient submit`` may run together.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.delivery.attachments import find_oversized, megabytes
from helpclient.core.delivery.new_ticket import build_ticket
from helpclient.core.delivery.outbox import Entry, Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    HelpdeskError,
    RateLimited,
    TooLarge,
    Transient,
    UploadCancelled,
    error_kind,
)
from helpclient.core.i18n import Translate, identity
from helpclient.core.models import Ticket, UserInfo

log = logging.getLogger(__name__)

_CANCELLED = ("You stopped the upload. The report is kept on this computer: send it again, save "
              "it to a ZIP file for IT, or delete it.")


@dataclass(frozen=True)
class Event:
    """What happened to one report during a pass (for the tray, the CLI, logs)."""

    report_id: str
    state: State
    ticket_id: str = ""
    message: str = ""
    next_attempt: float | None = None
    reply: bool = False  # a reply to ticket ``ticket_id`` rather than a new report
    error: HelpdeskError | None = None  # why it waits or is parked (None: sent)


class OutboxLock:
    """An exclusive, non-blocking lock on a file; the OS releases it when the process dies,
    so a killed sender never blocks the next one."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    @contextlib.contextmanager
    def hold(self) -> Iterator[bool]:
        """Yields True while holding the lock, False if another sender has it."""
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if not _try_lock(fd):
                yield False
                return
            try:
                yield True
            finally:
                _unlock(fd)
        finally:
            os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl  # noqa: PLC0415 (POSIX only)
    except ImportError:  # Windows
        import msvcrt  # noqa: PLC0415

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]  # in Windows' stubs only
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl  # noqa: PLC0415
    except ImportError:
        import msvcrt  # noqa: PLC0415

        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]  # in Windows' stubs only
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


class Sender:
    """Delivers due reports from an :class:`Outbox`. Blocking: run it on a worker thread.

    ``backend`` and ``user`` are called when needed (they may raise AuthError or
    ConfigurationError: then reports wait for sign-in). ``clock``, ``rand`` and ``sleep`` are
    injected so tests control time. ``around_reply(ticket_id, send)`` runs each reply's sending
    (the app counts it as the user's own change, which the poller must not announce)."""

    def __init__(self, outbox: Outbox, backend: Callable[[], HelpdeskBackend],
                 user: Callable[[], UserInfo], lock: OutboxLock, *,
                 policy: RetryPolicy | None = None, clock: Callable[[], float] = time.time,
                 rand: Callable[[], float] = random.random,
                 sleep: Callable[[float], None] = time.sleep, tr: Translate = identity,
                 on_event: Callable[[Event], None] | None = None,
                 max_file_bytes: Callable[[], int] = lambda: 0,
                 on_progress: Callable[[str, int, int], None] | None = None,
                 around_reply: Callable[[str, Callable[[], None]], None] | None = None) -> None:
        self.outbox = outbox
        self.policy = policy or RetryPolicy()
        self._backend = backend
        self._user = user
        self._lock = lock
        self._clock = clock
        self._rand = rand
        self._sleep = sleep
        self._tr = tr
        self._on_event = on_event or (lambda _event: None)
        self._max_file_bytes = max_file_bytes
        self._on_progress = on_progress
        self._around_reply = around_reply or (lambda _ticket_id, send: send())
        self._cancel_lock = threading.Lock()
        self._cancelled: set[str] = set()

    def run_once(self) -> float | None:
        """Deliver every due report; returns seconds until the next one is due (0 when another
        process is delivering right now and this pass did nothing), None when nothing waits."""
        with self._lock.hold() as held:
            if not held:
                return None if self.outbox.next_due() is None else self.policy.settle
            self._recover()
            for entry in self.outbox.due(self._clock()):
                self._deliver(entry)
        upcoming = self.outbox.next_due()
        return None if upcoming is None else max(0.0, upcoming - self._clock())

    def cancel_upload(self, report_id: str) -> None:
        """Stop the upload of this report at the next block (any thread); it stays in the
        outbox as failed, to send again, save or delete."""
        with self._cancel_lock:
            self._cancelled.add(report_id)

    def _progress(self, report_id: str) -> Callable[[int, int], None]:
        def report(sent: int, total: int) -> None:
            with self._cancel_lock:
                if report_id in self._cancelled:
                    raise UploadCancelled(_CANCELLED)
            if self._on_progress is not None:
                self._on_progress(report_id, sent, total)

        return report

    def send_now(self, report_id: str) -> Ticket | None:
        """Try this report at once if it is due (just queued); the ticket when it exists now,
        None when it stays queued or parked, or another sender is busy."""
        with self._lock.hold() as held:
            if not held:
                return None
            self._recover()
            entry = self.outbox.get(report_id)
            if entry is None or entry.state is not State.QUEUED \
                    or entry.next_attempt > self._clock():
                return None
            return self._deliver(entry)

    def drain(self, max_wait: float) -> None:
        """Deliver until nothing is due within ``max_wait`` seconds from now (CLI use)."""
        deadline = self._clock() + max_wait
        while True:
            wait = self.run_once()
            if wait is None or self._clock() + wait > deadline:
                return
            self._sleep(wait)

    def _recover(self) -> None:
        """Attempts left in flight by a sender that died: the server may be finishing them, so
        give it ``settle`` seconds before asking whether the ticket exists."""
        now = self._clock()
        for entry in self.outbox.entries((State.QUEUED,)):
            if entry.in_flight:
                log.info("report %s: previous attempt was interrupted", entry.id)
                self.outbox.reschedule(entry.id, now + self.policy.settle,
                                       entry.last_error, in_doubt=True)

    def _deliver(self, entry: Entry) -> Ticket | None:
        if entry.is_reply:
            self._deliver_reply(entry)
            return None
        report_id = entry.id
        in_doubt = entry.in_doubt
        try:
            backend = self._backend()
            if entry.attempts > 0:
                # any earlier attempt may have created the ticket: never send blind twice
                found = backend.find_ticket_by_key(
                    report_id, since=datetime.fromtimestamp(entry.created, UTC))
                if found is not None:
                    log.info("report %s was already filed as ticket %s", report_id, found.id)
                    self.outbox.mark_sent(report_id, found.id, found.url)
                    self._on_event(Event(report_id, State.SENT, found.id))
                    return found
            too_big = oversized(entry.report.attachments, self._max_file_bytes())
            if too_big:
                raise TooLarge(too_big)
            ticket_data = build_ticket(entry.report, self._user(), self._tr,
                                       body=entry.ticket_body)
            with self._cancel_lock:
                self._cancelled.discard(report_id)  # a cancel from an earlier attempt is done
            self.outbox.begin_attempt(report_id)
            in_doubt = True
            ticket = backend.create_ticket(ticket_data, progress=self._progress(report_id))
        except HelpdeskError as exc:
            self._failed(entry, exc, in_doubt=in_doubt and not _never_reached(exc))
            return None
        self.outbox.mark_sent(report_id, ticket.id, ticket.url)
        log.info("report %s filed as ticket %s", report_id, ticket.id)
        self._on_event(Event(report_id, State.SENT, ticket.id))
        return ticket

    def _deliver_reply(self, entry: Entry) -> bool:
        """The reply's path through the same machine; True when the ticket has it now."""
        key, ticket_id = entry.id, entry.reply_ticket
        in_doubt = entry.in_doubt
        try:
            backend = self._backend()
            if entry.attempts > 0 and backend.find_reply_by_key(ticket_id, key):
                log.info("reply %s was already added to ticket %s", key, ticket_id)
                self._sent_reply(entry)
                return True
            too_big = oversized(entry.report.attachments, self._max_file_bytes())
            if too_big:
                raise TooLarge(too_big)
            self.outbox.begin_attempt(key)
            in_doubt = True
            self._around_reply(ticket_id, lambda: backend.reply(
                ticket_id, entry.reply_body, entry.attachments, idempotency_key=key,
                progress=self._progress(key)))
        except HelpdeskError as exc:
            self._failed(entry, exc, in_doubt=in_doubt and not _never_reached(exc))
            return False
        log.info("reply %s added to ticket %s", key, ticket_id)
        self._sent_reply(entry)
        return True

    def _sent_reply(self, entry: Entry) -> None:
        self.outbox.mark_sent(entry.id, entry.reply_ticket)
        self._on_event(Event(entry.id, State.SENT, entry.reply_ticket, reply=True))

    def _failed(self, entry: Entry, exc: HelpdeskError, *, in_doubt: bool) -> None:
        report_id = entry.id
        message = exc.message
        reply = entry.is_reply
        if isinstance(exc, AuthError | ConfigurationError):
            self.outbox.set_state(report_id, State.NEEDS_AUTH, message, in_doubt=in_doubt,
                                  kind=error_kind(exc))
            self._on_event(Event(report_id, State.NEEDS_AUTH, entry.reply_ticket,
                                 message=message, reply=reply, error=exc))
            log.info("report %s waits for sign-in", report_id)
            return
        if isinstance(exc, Transient) or type(exc) is HelpdeskError:
            failures = (self.outbox.get(report_id) or entry).attempts or 1
            retry_after = exc.retry_after if isinstance(exc, RateLimited) else None
            wait = self.policy.delay(failures, retry_after=retry_after, in_doubt=in_doubt,
                                     rand=self._rand)
            when = self._clock() + wait
            self.outbox.reschedule(report_id, when, message, in_doubt=in_doubt,
                                   kind=error_kind(exc))
            self._on_event(Event(report_id, State.QUEUED, entry.reply_ticket, message=message,
                                 next_attempt=when, reply=reply, error=exc))
            log.info("report %s: %s; next attempt in %.0f s", report_id, type(exc).__name__,
                     wait)
            return
        # Rejected, CertificateError, NotAHelpdesk, PermissionDenied, NotFound: retrying the
        # same request cannot help; the user must act (the report stays).
        self.outbox.set_state(report_id, State.FAILED, message, in_doubt=in_doubt,
                              kind=error_kind(exc))
        self._on_event(Event(report_id, State.FAILED, entry.reply_ticket, message=message,
                             reply=reply, error=exc))
        log.warning("report %s refused: %s", report_id, type(exc).__name__)


def oversized(paths: tuple[Path, ...], limit: int) -> str:
    """A message naming the files larger than ``limit`` bytes ("" when all fit, or no limit):
    the server would refuse or silently cut them, so they are caught before the upload."""
    found = find_oversized(paths, limit)
    if not found:
        return ""
    names = [f"“{o.name}” ({megabytes(o.size)} MB)" for o in found]
    return (f"Too large for the helpdesk, which accepts files up to {limit / 1_000_000:.0f} MB: "
            f"{', '.join(names)}. Compress or remove these files and send again, or save the "
            "report to a ZIP file and give it to IT another way.")


def _never_reached(exc: HelpdeskError) -> bool:
    """Failures after which the server certainly created nothing."""
    return not isinstance(exc, Transient) or isinstance(exc, RateLimited)
