"""The one report wizard of the running app: opened (or brought forward), wired to the drafts,
the other ways to get help and the user's open requests, and what its outcome means — the draft
discarded, the contact remembered. A part of the window coordinator
(:class:`helpclient.app.HelpClientApp` owns one), kept apart like :mod:`helpclient.app_language`;
the wizard's modules are imported when a report is first opened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.shell.drafts import Drafts
from helpclient.ui.shell.other_ways import OtherWays

if TYPE_CHECKING:
    from helpclient.core.branding import Branding
    from helpclient.core.connection import Connection
    from helpclient.core.models import Ticket, UserInfo
    from helpclient.core.report.problem import ProblemReport
    from helpclient.ui.requests.window import RequestsWindow
    from helpclient.ui.wizard import ReportWizard

log = logging.getLogger(__name__)

# a new report wizard, wired to the services, starting from this report
MakeWizard: TypeAlias = "Callable[[ProblemReport], ReportWizard]"


class ReportOpener(QObject):
    """Opens the report wizard made by ``make_wizard`` (replaceable: the known problems wrap
    it). ``connection`` gives the settings and the signed-in account (to prefill the contact);
    ``open_tickets`` the user's requests (the wizard's duplicate hint); ``branding`` the company's
    greeting; ``requests`` opens My requests (to continue in a request instead); ``show`` brings
    a window forward.

    ``shown(wizard)``: a new wizard was just shown. ``submitted()``: a report was sent or
    queued."""

    shown = Signal(object)
    submitted = Signal()

    def __init__(self, make_wizard: MakeWizard, *, connection: Connection, runner: TaskRunner,
                 drafts: Drafts, other_ways: OtherWays, open_tickets: Callable[[], list[Ticket]],
                 branding: Callable[[], Branding], requests: Callable[[], RequestsWindow],
                 show: Callable[[QWidget], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_wizard = make_wizard
        self.wizard: ReportWizard | None = None
        self._connection = connection
        self._runner = runner
        self._drafts = drafts
        self._other_ways = other_ways
        self._open_tickets = open_tickets
        self._branding = branding
        self._requests = requests
        self._show = show

    def visible(self) -> bool:
        """True while a wizard is on screen."""
        return self.wizard is not None and self.wizard.isVisible()

    def open(self, draft: ProblemReport | None = None) -> None:
        """The report wizard (a single one: a second call brings it forward); ``draft``
        continues a report saved earlier."""
        if self.wizard is not None and self.wizard.isVisible():
            self._show(self.wizard)
            return
        from helpclient.core.report.problem import ProblemReport, Step  # noqa: PLC0415 (on use)
        from helpclient.core.report.userinfo import saved_contact  # noqa: PLC0415
        from helpclient.ui.wizard.brand_banner import greet  # noqa: PLC0415

        start = draft if isinstance(draft, ProblemReport) else \
            ProblemReport(contact=saved_contact(self._connection.settings))
        wizard = self.wizard = self.make_wizard(start)
        wizard.rejected.connect(lambda: self._closed(wizard, start))
        # an article solved the problem: nothing will be sent, so no draft to offer later
        wizard.deflected.connect(lambda: self._drafts.discard(wizard.report.report_id))
        wizard.submitted.connect(self._submitted)
        wizard.open_ticket.connect(self._open_ticket)
        wizard.offer_open_tickets(self._open_tickets())
        wizard.add_to_request.connect(lambda ticket_id: self._add_to_request(wizard, ticket_id))
        self._other_ways.offer_in(wizard)
        greet(wizard.step_page(Step.PROBLEM), self._branding())
        self._show(wizard)
        self.shown.emit(wizard)
        # fill the gaps from the helpdesk account, else (not signed in: user() fails at once)
        # from the OS; off the GUI thread, as reading the token may take the keyring's time
        self._runner.run_task(self._connection.user, self._prefill_contact,
                              lambda _exc: self._prefill_contact(None))

    def dispose(self) -> None:
        """Delete the wizard now, while Qt is still up (its draft is already saved)."""
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def _prefill_contact(self, account: UserInfo | None) -> None:
        from helpclient.core.report.userinfo import prefill_contact, saved_contact  # noqa: PLC0415
        from helpclient.platform import os_user  # noqa: PLC0415

        if self.wizard is not None:
            saved = saved_contact(self._connection.settings)
            self.wizard.prefill_contact(prefill_contact(saved, account, os_user()))

    def _closed(self, wizard: ReportWizard, start: ProblemReport) -> None:
        # closed unsent: a changed report was discarded on purpose (the wizard asked); an
        # untouched one keeps its draft, if any
        if wizard.report != start and not wizard.was_submitted:
            self._drafts.discard(wizard.report.report_id)

    def _submitted(self, _result: object) -> None:
        if self.wizard is not None:
            self._drafts.discard(self.wizard.report.report_id)
            self._remember_contact(self.wizard.report)
        self.submitted.emit()

    def _remember_contact(self, report: ProblemReport) -> None:
        from helpclient.core.report.userinfo import remember_contact  # noqa: PLC0415

        settings = self._connection.settings
        remember_contact(settings, report.contact)
        self._runner.run_task(settings.save, None,
                              lambda exc: log.warning("could not save contact details: %s", exc))

    def _add_to_request(self, wizard: ReportWizard, ticket_id: str) -> None:
        """The wizard's duplicate hint: continue in that request's reply box, with the
        summary typed so far, instead of opening a second ticket."""
        text = wizard.report.summary
        wizard.hide()
        wizard.deleteLater()
        if self.wizard is wizard:
            self.wizard = None
        self._requests().continue_in_reply(ticket_id, text)

    def _open_ticket(self, ticket: Ticket) -> None:
        self._requests().open_ticket(ticket.id)
