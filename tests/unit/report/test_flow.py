from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Step, Urgency


def test_next_refuses_incomplete_step_and_returns_errors():
    flow = ReportFlow()
    errors = flow.next()
    assert flow.current is Step.PROBLEM
    assert {e.field for e in errors} == {"summary", "category"}


def test_walks_forward_and_back_keeping_content():
    flow = ReportFlow()
    flow.report = flow.report.with_changes(summary="Printer prints blank pages",
                                           category=Category.PRINTING)
    assert flow.next() == []
    assert flow.current is Step.ACTIONS
    flow.back()
    assert flow.current is Step.PROBLEM and flow.is_first
    assert flow.report.summary == "Printer prints blank pages"
    flow.back()
    assert flow.current is Step.PROBLEM


def full() -> ProblemReport:
    return ProblemReport(summary="Printer prints blank pages", category=Category.PRINTING,
                         actions=("Printed a test page",), no_error_message=True,
                         started=Started.TODAY, not_software_specific=True,
                         urgency=Urgency.NORMAL, contact=Contact("Al", "al@example.com"))


def test_complete_report_reaches_review_and_is_ready():
    flow = ReportFlow(full())
    while not flow.is_last:
        assert flow.next() == []
    assert flow.current is Step.REVIEW
    assert flow.ready_to_send()
    assert flow.next() == []  # Next on the last step does not move
    assert flow.current is Step.REVIEW


def test_jump_back_from_review_and_forward_to_reached_step():
    flow = ReportFlow(full())
    while not flow.is_last:
        flow.next()
    assert flow.jump_to(Step.ERROR)
    assert flow.current is Step.ERROR
    assert flow.jump_to(Step.REVIEW)  # reached before


def test_cannot_jump_past_incomplete_steps():
    flow = ReportFlow(full().with_changes(actions=()))
    flow.next()
    assert flow.current is Step.ACTIONS
    assert not flow.can_jump_to(Step.CONTACT)
    assert not flow.jump_to(Step.REVIEW)
    assert flow.first_incomplete() is Step.ACTIONS
    assert not flow.ready_to_send()


def test_custom_step_list():
    flow = ReportFlow(full(), steps=(Step.PROBLEM, Step.REVIEW))
    assert flow.next() == []
    assert flow.is_last
