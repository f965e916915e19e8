"""The quick checks inside the report wizard: they run when it opens, their findings show on
the first step (:class:`CheckPanel`), the version of the program the user picks is checked
on the program step, and the results go into the report, so support sees them in the ticket.

Attached from outside (the app), so the wizard works the same without checks. The results are
HelpClient's observation, not the user's words: they change no draft and ask no "Discard?".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from helpclient.core.checks.model import Check
from helpclient.core.kb.index import Hit
from helpclient.core.report.problem import Step
from helpclient.ui.checks.panel import CheckPanel
from helpclient.ui.checks.results import ResultsList, check_rows
from helpclient.ui.checks.session import CheckServices, CheckSession, Outcome
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.base import StepPage
from helpclient.ui.wizard.pages_contact import SoftwarePage
from helpclient.ui.wizard.pages_describe import ProblemPage
from helpclient.ui.wizard.window import ReportWizard

VERSION = frozenset({"version"})
#: the program's version is checked once typing pauses this long
TYPING_PAUSE_MS = 400


class SelfCheckAssist(QObject):
    """Wires the quick checks into ``wizard`` (its child: it lives as long as the wizard);
    ``open_article`` shows a finding's article (the knowledge assist's viewer)."""

    def __init__(self, wizard: ReportWizard, runner: TaskRunner, services: CheckServices,
                 open_article: Callable[[Hit], None] | None = None) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self.session = CheckSession(runner, services, self)
        problem = wizard.step_page(Step.PROBLEM)
        assert isinstance(problem, ProblemPage)
        self.panel = CheckPanel(self.session, problem)
        _insert_before_stretch(problem, self.panel)
        software = wizard.step_page(Step.SOFTWARE)
        assert isinstance(software, SoftwarePage)
        self.version_hint = ResultsList(software)
        _insert_before_stretch(software, self.version_hint)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._check_version)
        for field in (software.software, software.version):
            field.textChanged.connect(self._pause.start)
        software.not_specific.toggled.connect(self._pause.start)
        if open_article is not None:
            self.panel.view.article_chosen.connect(open_article)
            self.version_hint.article_chosen.connect(open_article)
        self.session.finished.connect(self._finished)
        # a draft's findings are from another day: they go until this run replaces them
        wizard.flow.report = wizard.report.with_changes(self_checks=())
        self.session.run(self._program_checks)

    def _program_checks(self) -> Sequence[Check]:
        report = self.wizard.report
        if report.not_software_specific:
            return []
        return self.session.program_checks(report.software, report.software_version)

    def _check_version(self) -> None:
        program_checks = self._program_checks()  # read the report here, on the GUI thread
        self.session.recheck(VERSION, lambda: program_checks)

    def _finished(self, outcome: Outcome) -> None:
        self.wizard.flow.report = self.wizard.report.with_changes(
            self_checks=tuple(r.note() for r in outcome.results))
        version = outcome.result("version")
        shown = Outcome((version,), outcome.articles, outcome.actions) \
            if version is not None and version.verdict.needs_look else Outcome(())
        # the pages' scroll areas make room for the new rows (see page_scroll)
        self.version_hint.set_rows(check_rows(shown))


def _insert_before_stretch(page: StepPage, widget: QWidget) -> None:
    """Put ``widget`` at the end of ``page``'s column, above the stretch that ends it."""
    layout = page.body_layout()
    last = layout.itemAt(layout.count() - 1)
    at = layout.count() - 1 if last is not None and last.spacerItem() is not None \
        else layout.count()
    layout.insertWidget(at, widget)
