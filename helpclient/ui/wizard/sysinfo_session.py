"""One report's system-information collection, run off the GUI thread and shared by the pages
that use it (the software step's suggestions, the "What will be sent" step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from helpclient.core.i18n import Translate
from helpclient.core.report.problem import ProblemReport
from helpclient.core.sysinfo.collect import Collection
from helpclient.core.sysinfo.service import SysinfoService
from helpclient.ui.kit.tasks import TaskRunner


class SysinfoSession(QObject):
    """Collects through ``service`` on ``runner``; emits ``collected(Collection)`` on the GUI
    thread, or ``failed(str)``. A newer collection (anonymisation switched) replaces an older
    one that is still running: the older result is dropped when it arrives."""

    collected = Signal(object)
    failed = Signal(str)

    def __init__(self, service: SysinfoService, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._runner = runner
        self.collection: Collection | None = None
        self.running = False
        self._generation = 0

    @property
    def anonymize_locked(self) -> bool:
        """True when policy decides anonymisation."""
        return self.service.options.anonymize_locked

    def start(self, anonymize: bool) -> None:
        """Collect (again), anonymised or not."""
        self._generation += 1
        generation = self._generation
        self.running = True
        service = self.service
        self._runner.run_task(lambda: service.collect(anonymize),
                              lambda result: self._done(generation, result),
                              lambda exc: self._failed(generation, exc), context=self)

    def _done(self, generation: int, collection: Collection) -> None:
        if generation != self._generation:
            return
        self.running = False
        self.collection = collection
        self.collected.emit(collection)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.running = False
        self.failed.emit(str(exc))

    def attacher(self, translate: Translate) -> Callable[[ProblemReport], ProblemReport]:
        """A function for the worker thread that attaches the bundle of the collection as it is
        now to a report (the report's ticked items and consent decide what goes in); its
        summary is written with ``translate``, in the ticket language."""
        collection, service = self.collection, self.service

        def attach(report: ProblemReport) -> ProblemReport:
            if collection is None:
                return report
            return service.attach_bundle(report, collection, translate)
        return attach
