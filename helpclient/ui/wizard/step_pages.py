"""The report wizard's pages, one per step of the flow, built at once or when first needed.

Built lazily, only the first page exists when the wizard is first shown (its first paint
comes sooner: a cold build of all seven pages was a third of the tray click's 100 ms); the
others are stand-ins — plain pages that keep Next, not Finish, on the first one — until
:meth:`StepPages.build_all` or :meth:`StepPages.page` replaces them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget, QWizard, QWizardPage

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Step
from helpclient.ui.kit.screenshot_taker import ListWindows
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.base import EditReport, StepPage
from helpclient.ui.wizard.page_sysinfo import SysinfoPage
from helpclient.ui.wizard.pages_contact import ContactPage, SoftwarePage
from helpclient.ui.wizard.pages_describe import ActionsPage, ErrorPage, ProblemPage
from helpclient.ui.wizard.review import ReviewPage
from helpclient.ui.wizard.sysinfo_session import SysinfoSession

_PAGES: dict[Step, Callable[[ReportFlow, EditReport, QWidget], StepPage]] = {
    Step.PROBLEM: ProblemPage,
    Step.ACTIONS: ActionsPage,
    Step.ERROR: ErrorPage,
    Step.SOFTWARE: SoftwarePage,
    Step.CONTACT: ContactPage,
    Step.REVIEW: ReviewPage,
}


class StepPages:
    """The pages of ``wizard``'s steps (page id = the step's index in the flow). ``wire(page)``
    connects a page to the wizard once it is built; ``lazy``: build only the first page now.
    The system-information page collects through ``sysinfo`` and, for its screenshots, lists
    windows with ``list_windows`` on ``runner``."""

    def __init__(self, wizard: QWizard, flow: ReportFlow, edit: EditReport,
                 wire: Callable[[StepPage], None], *, lazy: bool, runner: TaskRunner,
                 sysinfo: SysinfoSession | None, list_windows: ListWindows | None) -> None:
        self._wizard = wizard
        self._flow = flow
        self._edit = edit
        self._wire = wire
        self._runner = runner
        self._sysinfo = sysinfo
        self._list_windows = list_windows
        self._built: dict[Step, StepPage] = {}
        for page_id, step in enumerate(flow.steps):
            if lazy and page_id > 0:
                wizard.setPage(page_id, QWizardPage(wizard))
            else:
                self._build(page_id, step)

    def get(self, step: Step) -> StepPage | None:
        """``step``'s page if it is built (a page shows the report as it is when visited, so
        what changes meanwhile needs no page built for it)."""
        return self._built.get(step)

    def page(self, step: Step) -> StepPage:
        """``step``'s page, built now if it was not yet."""
        if step not in self._built:
            self._build(self._flow.steps.index(step), step)
        return self._built[step]

    def build_all(self) -> None:
        """Build every page not built yet."""
        for page_id, step in enumerate(self._flow.steps):
            if step not in self._built:
                self._build(page_id, step)

    def __iter__(self) -> Iterator[StepPage]:
        """The pages built so far."""
        return iter(list(self._built.values()))

    def _build(self, page_id: int, step: Step) -> None:
        wizard = self._wizard
        if step is Step.SYSINFO:
            page: StepPage = SysinfoPage(self._flow, self._edit, wizard, session=self._sysinfo,
                                         runner=self._runner, list_windows=self._list_windows)
        else:
            page = _PAGES[step](self._flow, self._edit, wizard)
        stand_in = wizard.page(page_id)
        if stand_in is not None:
            wizard.removePage(page_id)
            stand_in.deleteLater()
        wizard.setPage(page_id, page)
        self._built[step] = page
        self._wire(page)
