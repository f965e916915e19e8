"""The outbox in the running app: sends in the background, wakes up when the network returns.

Core's :class:`Sender` does the work, one pass at a time on a worker thread (through the
TaskRunner); a single-shot QTimer schedules the next pass when the sender says something is due,
and at least every :data:`POLL_MS` so that reports queued by ``helpclient submit`` in a terminal
are noticed. While reports wait, the network is watched (:class:`NetworkWatch`, where the platform
has a backend): they become due at once when the machine comes back online.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from helpclient.core.delivery.outbox import Entry, Outbox, State
from helpclient.core.delivery.sender import Event, Sender
from helpclient.core.delivery.submit import submit_report
from helpclient.core.errors import Rejected
from helpclient.core.i18n import Translate
from helpclient.core.models import NewAttachment, Ticket
from helpclient.core.report.problem import ProblemReport
from helpclient.ui.kit.network_watch import NetworkWatch
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

# (on_event, on_progress) -> Sender
MakeSender = Callable[[Callable[[Event], None], Callable[[str, int, int], None]], Sender]

POLL_MS = 60_000


class OutboxService(QObject):
    """Signals: ``changed()`` when the list of waiting reports may have changed;
    ``outcome(Event)`` for each delivery outcome (emitted from the worker, delivered on the GUI
    thread by Qt's queued connection)."""

    changed = Signal()
    outcome = Signal(object)
    progress = Signal(str, int, int)  # report id, KiB sent, KiB total
    reply_progress = Signal(str, int, int)  # ticket id, KiB sent, KiB total (a reply sent now)

    def __init__(self, outbox: Outbox, make_sender: MakeSender, runner: TaskRunner,
                 parent: QObject | None = None, *, network: NetworkWatch | None = None) -> None:
        """``make_sender(on_event, on_progress)`` builds the sender that reports here;
        ``network`` is watched while reports wait (shared with the poller; by default one of
        its own)."""
        super().__init__(parent)
        self.outbox = outbox
        self.delivery = make_sender(self.outcome.emit, self._emit_progress)
        self._runner = runner
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.kick)
        self.network = network or NetworkWatch(self)
        self.network.online.connect(self._network_back)
        self._replying: dict[str, str] = {}  # reply being sent at once → its ticket

    def start(self) -> None:
        """Begin sending."""
        self.kick()

    def stop(self) -> None:
        """No more passes (the app is quitting)."""
        self._timer.stop()
        self._running = True  # a finishing pass will not schedule another

    def _network_back(self) -> None:
        log.info("network is back: sending waiting reports now")
        self.wake()

    def wake(self) -> None:
        """The network came back: everything queued is due now."""
        self._runner.run_task(self.outbox.wake, lambda _n: self.kick(),
                              lambda exc: log.warning("outbox wake failed: %s", exc))

    def kick(self) -> None:
        """Run a pass now (or right after the one running)."""
        if self._running:
            self._again = True
            return
        self._running = True
        self._timer.stop()
        self._runner.run_task(self.delivery.run_once, self._pass_done, self._pass_failed)

    def _pass_done(self, wait: float | None) -> None:
        self._running = False
        self.changed.emit()
        if self._again:
            self._again = False
            self.kick()
            return
        if wait is not None:  # reports wait (offline, perhaps): notice the network's return
            self.network.watch()
        delay = POLL_MS if wait is None else min(POLL_MS, int(wait * 1000) + 50)
        self._timer.start(delay)

    def _pass_failed(self, exc: BaseException) -> None:
        # a storage or programming error: keep trying later rather than stop sending forever
        log.error("outbox pass failed: %r", exc)
        self._running = False
        self._timer.start(POLL_MS)

    # -- called on worker threads ----------------------------------------------------------------

    def submit(self, report: ProblemReport, tr: Translate) -> Ticket | Entry:
        """Queue durably (with its text rendered by ``tr``, the ticket language), then try at
        once: the ticket if it exists now, else the queued entry. Blocking: the wizard runs it
        through the TaskRunner."""
        return submit_report(self.outbox, self.delivery, report, tr=tr)

    def submit_reply(self, ticket_id: str, body: str,
                     attachments: Sequence[NewAttachment] = ()) -> bool:
        """Queue a reply durably, then try at once: True when the ticket has it now, False when
        it waits (offline, sign-in). A reply the helpdesk refuses is taken back out of the
        outbox and the refusal raised (typed as the sender met it), so the ticket view keeps
        the text and says why.
        Blocking: the ticket view runs it through the TaskRunner."""
        entry = self.outbox.enqueue_reply(ticket_id, body, attachments)
        self._replying[entry.id] = ticket_id
        try:
            self.delivery.send_now(entry.id)
        finally:
            del self._replying[entry.id]
        now = self.outbox.get(entry.id) or entry
        if now.state is State.FAILED and self.outbox.cancel(entry.id):
            raise now.error() or Rejected(now.last_error)  # as the helpdesk refused it
        if now.state is not State.SENT:
            self.changed.emit()  # the outbox window and tray count show it
        return now.state is State.SENT

    def replies_waiting(self, ticket_id: str) -> list[Entry]:
        """Replies to ``ticket_id`` still in the outbox, oldest first (a small read; the ticket
        view runs it through the TaskRunner with its conversation)."""
        return self.outbox.replies_waiting(ticket_id)

    # -- called on the GUI thread ----------------------------------------------------------------

    def waiting(self) -> list[Entry]:
        """Reports not sent yet (a small read)."""
        return self.outbox.pending()

    def retry(self, report_id: str | None = None) -> None:
        """Try a parked report (or all) again now, e.g. after sign-in."""
        self._runner.run_task(lambda: self.outbox.retry_now(report_id),
                              lambda _n: self.kick(),
                              lambda exc: log.warning("outbox retry failed: %s", exc))

    def _emit_progress(self, report_id: str, sent: int, total: int) -> None:
        # Qt signals carry C ints: report in KiB so a multi-GB upload does not overflow
        sent_kib, total_kib = sent // 1024, max(total // 1024, 1)
        self.progress.emit(report_id, sent_kib, total_kib)
        ticket_id = self._replying.get(report_id)
        if ticket_id is not None:
            self.reply_progress.emit(ticket_id, sent_kib, total_kib)

    def cancel_upload(self, report_id: str) -> None:
        """Stop the running upload of this report (it stays in the outbox)."""
        self.delivery.cancel_upload(report_id)

    def cancel(self, report_id: str) -> None:
        """Remove a report that was not sent."""
        self._runner.run_task(lambda: self.outbox.cancel(report_id),
                              lambda _ok: self.changed.emit(),
                              lambda exc: log.warning("outbox cancel failed: %s", exc))


def status_counts(entries: list[Entry]) -> dict[State, int]:
    """How many waiting reports are in each state."""
    counts: dict[State, int] = {}
    for entry in entries:
        counts[entry.state] = counts.get(entry.state, 0) + 1
    return counts
