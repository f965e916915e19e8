"""The wizard as the app makes it (``background_after_paint``) builds only its first page before
it is shown, so the tray click paints sooner; the other pages come once the first is painted,
or at once when something needs one before that."""

from __future__ import annotations

from wizard_driver import COMPLETE, Helpdesk

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import BASIC_STEPS, Contact, ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.base import StepPage
from helpclient.ui.wizard.pages_contact import ContactPage
from helpclient.ui.wizard.pages_describe import ActionsPage
from helpclient.ui.wizard.review import ReviewPage


def unshown_wizard(qtbot, report: ProblemReport = COMPLETE) -> ReportWizard:
    wizard = ReportWizard(ReportFlow(report, BASIC_STEPS), TaskRunner(synchronous=True),
                          Helpdesk(), background_after_paint=True)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    return wizard


def built(wizard: ReportWizard) -> list[Step | None]:
    """Each page's step, None for a page not built yet."""
    return [page.step if isinstance(page := wizard.page(page_id), StepPage) else None
            for page_id in wizard.pageIds()]


def test_only_the_first_page_is_built_until_the_wizard_is_painted(qtbot):
    wizard = unshown_wizard(qtbot)

    assert built(wizard) == [Step.PROBLEM] + [None] * (len(BASIC_STEPS) - 1)
    assert not wizard.page(0).isFinalPage()  # it offers Next, not Finish

    wizard.show()
    qtbot.waitUntil(lambda: None not in built(wizard))
    assert built(wizard) == list(BASIC_STEPS)
    assert wizard.currentId() == 0


def test_next_before_the_paint_moves_onto_the_real_second_page(qtbot):
    wizard = unshown_wizard(qtbot)
    wizard.restart()  # on its first page, as show() puts it

    wizard.next()

    assert isinstance(wizard.currentPage(), ActionsPage)
    assert built(wizard) == list(BASIC_STEPS)


def test_a_page_asked_for_is_built_alone_with_what_was_set_before(qtbot):
    wizard = unshown_wizard(qtbot)
    wizard.set_other_ways(True)

    review = wizard.step_page(Step.REVIEW)

    assert isinstance(review, ReviewPage)
    assert review.other_ways.isVisibleTo(review)
    assert built(wizard).count(None) == len(BASIC_STEPS) - 2


def test_a_contact_prefilled_before_the_paint_shows_on_its_page(qtbot):
    wizard = unshown_wizard(qtbot, ProblemReport(summary="Printer jams"))

    wizard.prefill_contact(Contact("Bob Stone", "bob@example.com"))

    page = wizard.step_page(Step.CONTACT)
    assert isinstance(page, ContactPage)
    assert (page.name.text(), page.email.text()) == ("Bob Stone", "bob@example.com")
    assert wizard.report.contact.email == "bob@example.com"
