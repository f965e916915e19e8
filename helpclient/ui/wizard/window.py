"""The "Report a problem" wizard: Qt pages over core's :class:`ReportFlow`.

The flow decides where the user may go and what is missing (Electrum's wizard model); this
window only mirrors it: one page per step, Next asks the flow, Back and Edit tell it, Send runs
the injected ``submit`` through the :class:`TaskRunner`.
"""

from __future__ import annotations

import logging
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from helpclient.core.delivery.outbox import Entry
from helpclient.core.i18n import Translate
from helpclient.core.models import Ticket
from helpclient.core.report.drafts import is_blank
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import (
    Contact,
    FormField,
    ProblemReport,
    Step,
    TriedArticle,
    render_body,
)
from helpclient.core.sysinfo.service import SysinfoService
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.first_paint import after_first_paint
from helpclient.ui.kit.geometry import grow_towards
from helpclient.ui.kit.screenshot_taker import ListWindows
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.base import StepPage
from helpclient.ui.wizard.boxes import discard_box, thanks_box
from helpclient.ui.wizard.buttons import WizardButtons
from helpclient.ui.wizard.form_fields import AskFields, FormFieldsAsker
from helpclient.ui.wizard.page_sysinfo import SysinfoPage
from helpclient.ui.wizard.pages_contact import ContactPage, ListPrograms, SoftwarePage
from helpclient.ui.wizard.pages_describe import ProblemPage
from helpclient.ui.wizard.review import DonePage, ReviewPage
from helpclient.ui.wizard.step_pages import StepPages
from helpclient.ui.wizard.sysinfo_session import SysinfoSession

log = logging.getLogger(__name__)

_Button = QWizard.WizardButton


# the system-information page lists items and previews one: room for both side by side
SYSINFO_SIZE = QSize(900, 640)

class ReportWizard(QWizard):
    """Guides the user through a problem report and sends it.

    ``submit`` is called with the finished report on a worker thread (via ``runner``) and
    returns the created :class:`Ticket`, or the outbox :class:`Entry` when the report was queued
    but could not be sent yet (the wizard then says it will be sent later). ``on_change`` is
    called with the new report after every edit (drafts autosave hooks in here). Signals:
    ``submitted(Ticket | Entry)`` once the ticket exists or the report is safely queued;
    ``open_ticket(Ticket)`` when the user asks to follow it in My requests;
    ``add_to_request(ticket_id)`` when the user would rather add the details to an open request
    that looks the same (see :meth:`offer_open_tickets`).
    """

    submitted = Signal(object)
    open_ticket = Signal(object)
    # the user closed the wizard because an article solved the problem (nothing was filed)
    deflected = Signal()
    add_to_request = Signal(str)
    other_ways = Signal(str, str)  # the report's summary and text, to prefill an e-mail

    def __init__(self, flow: ReportFlow, runner: TaskRunner,
                 submit: Callable[[ProblemReport], Ticket | Entry],
                 parent: QWidget | None = None, *,
                 on_change: Callable[[ProblemReport], None] | None = None,
                 cancel_upload: Callable[[str], None] | None = None,
                 sysinfo: SysinfoService | None = None,
                 list_windows: ListWindows | None = None,
                 max_attachment_bytes: int = 0, compress_dir: Path | None = None,
                 ticket_translate: Translate = QCoreApplication.translate,
                 list_programs: ListPrograms | None = None,
                 ask_fields: AskFields | None = None,
                 background_after_paint: bool = False) -> None:
        """``cancel_upload(report_id)``, when given, lets Cancel stop an upload under way;
        ``sysinfo`` adds the "What will be sent" step's collection and the bundle on send;
        ``list_programs`` gives the programs "Which program?" suggests (run off the GUI thread);
        ``max_attachment_bytes`` (the helpdesk's limit, 0: none) is checked on the review step,
        which offers to compress a larger file (the ZIP goes under ``compress_dir``, by default
        the temporary folder) or to leave it out. ``ticket_translate`` writes the ticket's text
        (the review shows it, the system information's summary uses it): the language support
        reads, which ``submit`` must render the ticket in too. ``background_after_paint``:
        the pages after the first are built, and the system-information collection and the
        programs' list start, once the wizard has been painted (its first page shows sooner:
        a cold first build of every page took a third of the click's 100 ms), not at once.
        ``ask_fields(category)`` gives the fields the helpdesk requires for a category (run off
        the GUI thread when the category is chosen; the urgency and contact step asks for
        them)."""
        super().__init__(parent)
        self._ticket_translate = ticket_translate
        self._cancel_upload = cancel_upload
        self._sysinfo = SysinfoSession(sysinfo, runner, self) if sysinfo is not None else None
        self._flow = flow
        self._runner = runner
        self._submit = submit
        self._on_change = on_change
        self._initial = flow.report  # closing asks first only when something was changed
        self._sending = False
        self._sent: Ticket | Entry | None = None
        self._moving = False  # Edit/"Back to review" move pages and tell the flow themselves
        self._reviewed = False
        self._discard_box: QMessageBox | None = None
        self.thanks_box: QMessageBox | None = None
        self._other_ways = False  # IT configured other ways to reach support
        self._form_asker = FormFieldsAsker(ask_fields, runner, flow, self._set_form_fields,
                                           self) if ask_fields is not None else None

        self._set_up_window()
        self._buttons = WizardButtons(self)
        self.customButtonClicked.connect(self._back_to_review)

        self._attachments = (max_attachment_bytes, compress_dir)  # the review page checks them
        self._pages = StepPages(self, flow, self._edit, self._wire_page,
                                lazy=background_after_paint, runner=runner,
                                sysinfo=self._sysinfo, list_windows=list_windows)
        # The confirmation page joins only after a successful send, so until then the last step
        # is the final page (Finish = Send) and nothing can move past it.
        self._done: DonePage | None = None
        self.currentIdChanged.connect(self._page_changed)
        self._update_buttons()
        if background_after_paint:  # at the latest a moment later, painted or not
            def after_paint() -> None:
                self._pages.build_all()
                self._background(runner, list_programs)

            after_first_paint(self, lambda: QTimer.singleShot(0, self, after_paint),
                              timeout_ms=500)
        else:
            self._background(runner, list_programs)

    def _wire_page(self, page: StepPage) -> None:
        if isinstance(page, ProblemPage):
            page.duplicate_hint.add_requested.connect(self.add_to_request)
        if isinstance(page, ReviewPage):
            page.translate = self._ticket_translate
            page.edit_requested.connect(self.go_to)
            page.other_ways_requested.connect(self._ask_other_ways)
            page.other_ways.setVisible(self._other_ways)
            max_bytes, compress_dir = self._attachments
            if max_bytes > 0:
                folder = compress_dir or Path(tempfile.gettempdir()) / "helpclient"
                page.watch_attachments(
                    self._runner, max_bytes,
                    folder / f"compressed-{self._flow.report.report_id[:12]}")

    def _set_up_window(self) -> None:
        self.setWindowTitle(self.tr("Report a problem"))
        if sys.platform.startswith("linux"):
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        # no fixed minimum height: the pages ask for what they show (suggestions come and go)
        self.setMinimumWidth(640)
        self.resize(660, 560)

    def _background(self, runner: TaskRunner, list_programs: ListPrograms | None) -> None:
        """The work that runs while the user fills the first steps: listing the programs, and
        collecting system information (at once, so the software step can offer what is
        installed)."""
        for page in self._pages:
            if isinstance(page, SoftwarePage) and list_programs is not None:
                runner.run_task(list_programs, page.offer_programs,
                                lambda exc: log.warning("programs not listed: %s", exc),
                                context=page)
        if self._sysinfo is not None and Step.SYSINFO in self._flow.steps:
            self._sysinfo.start(self._flow.report.sysinfo_anonymize)
        if self._form_asker is not None and self._flow.report.category is not None:
            self._form_asker.refresh()  # a draft's fields may have changed on the helpdesk

    # -- public ---------------------------------------------------------------------------------

    @property
    def report(self) -> ProblemReport:
        """The report as the user has filled it so far."""
        return self._flow.report

    @property
    def flow(self) -> ReportFlow:
        """The navigation state this wizard shows."""
        return self._flow

    @property
    def was_submitted(self) -> bool:
        """True once the report was sent or safely queued."""
        return self._sent is not None

    def prefill_contact(self, known: Contact) -> None:
        """Fill contact fields the user has left empty (details that arrive from the helpdesk
        account after the wizard opened); whatever the user typed stays."""
        current = self._flow.report.contact
        merged = Contact(name=current.name or known.name, email=current.email or known.email,
                         phone=current.phone or known.phone)
        if merged == current:
            return
        untouched = self._flow.report == self._initial
        self._flow.report = self._flow.report.with_changes(contact=merged)
        if untouched:
            self._initial = self._flow.report  # a prefill is not the user's change
        self.step_page(Step.CONTACT).load(self._flow.report)

    def add_tried_article(self, article: TriedArticle) -> None:
        """Remember an article the user read and found "Not what I need" (goes into the
        ticket as an article already tried)."""
        self._edit(tried_articles=self._flow.report.with_tried_article(article).tried_articles)

    def end_solved(self) -> None:
        """Close without filing anything: an article solved the problem. A short note thanks
        the user and says how to come back (``thanks_box``; it outlives the wizard)."""
        if self._sending:
            return
        self.deflected.emit()
        self.thanks_box = thanks_box(self)
        self.thanks_box.show()
        super().reject()

    def offer_open_tickets(self, tickets: Sequence[Ticket]) -> None:
        """The user's requests: a summary like one of the open ones offers to add to it."""
        page = self._pages.get(Step.PROBLEM)
        if isinstance(page, ProblemPage):
            page.duplicate_hint.set_open_tickets(tickets)

    def step_page(self, step: Step) -> StepPage:
        """The page showing ``step`` (built now if it was not yet)."""
        return self._pages.page(step)

    def go_to(self, step: Step) -> bool:
        """Show an earlier step (the review's Edit); False if the flow does not allow it."""
        target = self._flow.steps.index(step)
        if self._sending or target > self.currentId() or not self._flow.jump_to(step):
            return False
        self._moving = True
        try:
            while self.currentId() > target:
                self.back()
        finally:
            self._moving = False
        self._update_buttons()
        self.step_page(step).focus_start()
        return True

    # -- QWizard overrides ---------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt override)
        # Qt asks this before Next and before Finish; the flow decides.
        self._pages.build_all()  # the next step's page may be a stand-in still
        page = self.currentPage()
        if self._sent is not None:
            return True  # Close on the confirmation, or the move onto it
        if self._sending or not isinstance(page, StepPage):
            return False
        errors = self._flow.next()  # moves the flow on, or stays and says what is missing
        if errors:
            page.show_errors(errors)
            return False
        if page.step is not self._flow.current:
            return True  # the flow moved: let QWizard show the next page
        self._send_if_ready()  # last step: Finish means Send
        return False

    def show_upload_progress(self, report_id: str, sent_kib: int, total_kib: int) -> None:
        """Progress of this report's upload (other reports' progress is ignored)."""
        page = self.currentPage()
        if self._sending and report_id == self._flow.report.report_id \
                and isinstance(page, ReviewPage):
            page.show_upload(sent_kib, total_kib)

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here.
        if self._sending:
            # the request is on its way; closing now would hide how it ended — but the upload
            # may be stopped: the report then stays in the outbox
            if self._cancel_upload is not None:
                self._cancel_upload(self._flow.report.report_id)
                self.button(_Button.CancelButton).setEnabled(False)
            return
        report = self._flow.report
        if self._sent is None and report != self._initial and not is_blank(report):
            self._ask_discard()
            return
        super().reject()

    # -- navigation --------------------------------------------------------------------------

    def _edit(self, **changes: object) -> None:
        before = self._flow.report.category
        self._flow.report = self._flow.report.with_changes(**changes)
        if self._on_change is not None:
            self._on_change(self._flow.report)
        if self._form_asker is not None and self._flow.report.category is not before:
            self._form_asker.refresh()

    def _set_form_fields(self, fields: tuple[FormField, ...]) -> None:
        untouched = self._flow.report == self._initial
        self._edit(form_fields=fields)
        if untouched:
            self._initial = self._flow.report  # the helpdesk's answer is not the user's change
        page = self._pages.get(Step.CONTACT)
        if isinstance(page, ContactPage):
            page.show_form_fields(fields)

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        flow = self._flow
        if isinstance(page, StepPage) and not self._moving and page.step is not flow.current:
            # QWizard went Back by itself (button, Alt+B): tell the flow.
            if flow.index > 0 and flow.steps[flow.index - 1] is page.step:
                flow.back()
            else:
                flow.jump_to(page.step)
        if isinstance(page, ReviewPage):
            self._reviewed = True
        if isinstance(page, SysinfoPage):
            grow_towards(self, SYSINFO_SIZE)
        self._update_buttons()
        if isinstance(page, StepPage) and not self._moving:
            page.focus_start()

    def set_other_ways(self, available: bool) -> None:
        """Offer the other ways to reach support on the review step, and after a send parked
        for a reason only support can resolve (when IT set some)."""
        self._other_ways = available
        review = self._pages.get(Step.REVIEW)
        if isinstance(review, ReviewPage):
            review.other_ways.setVisible(available)

    def _ask_other_ways(self) -> None:
        self.other_ways.emit(self.report.summary,
                             render_body(self.report, self._ticket_translate))

    def _back_to_review(self, which: int) -> None:
        if which == _Button.CustomButton1.value:
            self._buttons.go_to_review(len(self._flow.steps) - 1)

    def _update_buttons(self) -> None:
        page = self.currentPage()
        self._buttons.show(back_to_review=(
            self._reviewed and isinstance(page, StepPage) and page.step is not Step.REVIEW
            and Step.REVIEW in self._flow.steps), sent=self._sent is not None)

    # -- sending -------------------------------------------------------------------------------

    def _send_if_ready(self) -> None:
        missing = self._flow.first_incomplete()
        if missing is not None:
            # Something changed since its step was checked: show it where it can be fixed.
            if self.go_to(missing):
                self.step_page(missing).show_errors(self._flow.errors(missing))
            return
        review = self.currentPage()
        if isinstance(review, ReviewPage) and review.attachments_block():
            return  # the review's box says which file is too large and what can be done
        report = self._flow.report
        submit = self._submit
        if self._sysinfo is not None and Step.SYSINFO in self._flow.steps:
            attach = self._sysinfo.attacher(self._ticket_translate)
        else:
            def attach(report: ProblemReport) -> ProblemReport:
                return report
        self._set_sending(True)
        # The report is immutable, so the worker thread gets a snapshot that later edits
        # cannot touch; the bundle is written there too (it is I/O).
        self._runner.run_task(lambda: submit(attach(report)), self._send_done,
                              self._send_failed)

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self._buttons.set_sending(sending, can_cancel=self._cancel_upload is not None)
        page = self.currentPage()
        if isinstance(page, ReviewPage):
            page.set_sending(sending)

    def _send_done(self, result: Ticket | Entry) -> None:
        self._set_sending(False)
        self._sent = result
        self._done = DonePage(self, other_ways=self._other_ways)
        self._done.open_ticket.connect(self.open_ticket)
        self._done.other_ways_requested.connect(self._ask_other_ways)
        if isinstance(result, Entry):
            log.info("report %s queued (%s)", result.id, result.state.value)
            self._done.show_queued(result)
        else:
            log.info("report %s sent as ticket %s", self._flow.report.report_id, result.id)
            self._done.show_ticket(result)
        self.setPage(len(self._flow.steps), self._done)
        self.next()  # validateCurrentPage lets it through now that the ticket exists
        self.submitted.emit(result)

    def _send_failed(self, exc: BaseException) -> None:
        log.info("sending report %s failed: %r", self._flow.report.report_id, exc)
        self._set_sending(False)
        page = self.currentPage()
        if isinstance(page, ReviewPage):
            page.show_failure(describe_error(exc))
        self.button(_Button.FinishButton).setFocus()

    def _ask_discard(self) -> None:
        if self._discard_box is None:
            box, discard = discard_box(self)
            box.finished.connect(
                lambda _result: self._discard() if box.clickedButton() is discard else None)
            self._discard_box = box
        # open(), not exec(): no nested event loop; the answer arrives through finished.
        self._discard_box.open()

    def _discard(self) -> None:
        super().reject()
