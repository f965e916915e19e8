"""Draft autosave and restore in the app: core's Debouncer on a QTimer, saves on worker threads."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from helpclient.core.report.drafts import Debouncer, DraftError, DraftStore, OrderedSaver, is_blank
from helpclient.core.report.problem import ProblemReport
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg

log = logging.getLogger(__name__)

POLL_MS = 300


class Drafts(QObject):
    """Saves the wizard's report as the user types (after a short pause, and at least every few
    seconds while typing), and offers the last unsent draft at start."""

    def __init__(self, store: DraftStore, runner: TaskRunner, parent: QObject | None = None,
                 *, delay: float = 1.0, max_delay: float = 5.0) -> None:
        super().__init__(parent)
        self.store = store
        self._runner = runner
        self._saver = OrderedSaver(store)
        self._debouncer = Debouncer(self._save_async, time.monotonic, delay=delay,
                                    max_delay=max_delay)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._warned = False
        self._box: QMessageBox | None = None
        self.last_error = ""

    def changed(self, report: ProblemReport) -> None:
        """The wizard's ``on_change``: note the edit; it is saved shortly."""
        if is_blank(report):
            return
        self._debouncer.changed(report)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Save a pending edit now (quitting)."""
        self._timer.stop()
        self._debouncer.flush()

    def dispose(self) -> None:
        """Quitting: save a pending edit, and delete the "Continue your report?" question if
        it is still open (it has no parent window that would take it along)."""
        self.flush()
        if self._box is not None:
            self._box.hide()
            self._box.deleteLater()
            self._box = None

    def discard(self, report_id: str) -> None:
        """The report was sent or thrown away: no draft any more."""
        self._debouncer = Debouncer(self._save_async, time.monotonic,
                                    delay=self._debouncer.delay,
                                    max_delay=self._debouncer.max_delay)
        self._timer.stop()
        saver = self._saver
        self._runner.run_task(lambda: saver.discard(report_id), None,
                              lambda exc: log.warning("could not remove a draft: %s", exc))

    def _poll(self) -> None:
        self._debouncer.poll()
        if not self._debouncer.pending:
            self._timer.stop()

    def _save_async(self, report: ProblemReport) -> None:
        seq = self._saver.ticket()
        saver = self._saver
        self._runner.run_task(lambda: saver.save(report, seq), self._saved, self._failed)

    def _saved(self, _wrote: bool) -> None:
        self.last_error = ""
        self._warned = False

    def _failed(self, exc: BaseException) -> None:
        message = exc.message if isinstance(exc, DraftError) else str(exc)
        log.warning("draft not saved: %s", message)
        self.last_error = message
        if not self._warned:  # once, not on every keystroke
            self._warned = True
            QMessageBox.warning(None, self.tr("Draft not saved"), message)

    def offer_restore(self, open_report: Callable[[ProblemReport], None]) -> None:
        """Look for a draft (off the GUI thread); if one exists, ask whether to continue it."""
        self._runner.run_task(self.store.latest, lambda draft: self._ask(draft, open_report),
                              lambda exc: log.warning("drafts unreadable: %s", exc))

    def _ask(self, draft: ProblemReport | None,
             open_report: Callable[[ProblemReport], None]) -> None:
        if draft is None or is_blank(draft):
            return
        box = QMessageBox(QMessageBox.Icon.Question, "",  # titled with the application's name
                          self.tr("Continue your report?"))
        box.setObjectName("restore_draft_box")
        summary = draft.summary.strip() or self.tr("(no summary yet)")
        box.setInformativeText(arg(self.tr("You started a problem report that was not sent: "
                                           "“%1”."), summary))
        resume = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resume)

        def answered(_result: int) -> None:
            if box.clickedButton() is resume:
                open_report(draft)
            elif box.clickedButton() is discard:
                self.discard(draft.report_id)

        box.finished.connect(answered)
        self._box = box
        box.open()
