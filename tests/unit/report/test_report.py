from pathlib import Path

import pytest

from helpclient.core.report.problem import (
    BASIC_STEPS,
    Category,
    Contact,
    ProblemReport,
    Started,
    Step,
    TriedArticle,
    Urgency,
    check_email,
    check_phone,
    render_body,
    render_sections,
    render_step_sections,
    render_subject,
    report_steps,
    validate_all,
    validate_step,
)
from helpclient.core.report.serialize import report_from_json, report_to_json


def complete_report() -> ProblemReport:
    return ProblemReport(
        summary="Outlook crashes when I open a PDF attachment",
        category=Category.EMAIL,
        actions=("Opened Outlook", "  ", "Double-clicked the PDF in a message"),
        error_text="Microsoft Outlook has stopped working (0xc0000005)",
        started=Started.TODAY,
        software="Microsoft Outlook",
        software_version="16.0.17928",
        urgency=Urgency.HIGH,
        contact=Contact("Alice Example", "alice@example.com", "+1 555 0100"),
    )


def fields(errors):
    return [e.field for e in errors]


def test_complete_report_has_no_errors():
    assert validate_all(complete_report()) == []


@pytest.mark.parametrize(
    ("summary", "expected"),
    [("", "Describe the problem in one line."),
     ("abc", "Use at least 5 characters to describe the problem."),
     ("x" * 151, "Keep the summary under 150 characters; put details in the next steps.")],
)
def test_summary_messages(summary, expected):
    errors = validate_step(complete_report().with_changes(summary=summary), Step.PROBLEM)
    assert [e.message.render() for e in errors] == [expected]


def test_category_required():
    errors = validate_step(complete_report().with_changes(category=None), Step.PROBLEM)
    assert fields(errors) == ["category"]


def test_actions_blank_lines_do_not_count():
    report = complete_report().with_changes(actions=("", "   "))
    assert fields(validate_step(report, Step.ACTIONS)) == ["actions"]
    assert complete_report().filled_actions == (
        "Opened Outlook", "Double-clicked the PDF in a message")


def test_action_too_long_names_the_step():
    report = complete_report().with_changes(actions=("ok", "y" * 501))
    [error] = validate_step(report, Step.ACTIONS)
    assert error.message.render() == "Step 2 is too long: keep each step under 500 characters."


def test_error_text_or_explicit_no_error():
    report = complete_report().with_changes(error_text=" ")
    assert fields(validate_step(report, Step.ERROR)) == ["error_text"]
    assert validate_step(report.with_changes(no_error_message=True), Step.ERROR) == []


def test_started_required():
    report = complete_report().with_changes(started=None)
    assert fields(validate_step(report, Step.ERROR)) == ["started"]


def test_software_or_opt_out():
    report = complete_report().with_changes(software="")
    assert fields(validate_step(report, Step.SOFTWARE)) == ["software"]
    assert validate_step(report.with_changes(not_software_specific=True), Step.SOFTWARE) == []


@pytest.mark.parametrize("email", ["alice@example.com", "a.b+c@sub.example.co"])
def test_good_emails(email):
    assert check_email(email)


@pytest.mark.parametrize("email", ["alice", "alice@", "@example.com", "a b@example.com",
                                   "alice@example", "alice@example.c"])
def test_bad_emails(email):
    assert not check_email(email)


@pytest.mark.parametrize("phone", ["+1 555 0100", "(495) 123-45-67", "+7 495 123 45 67"])
def test_good_phones(phone):
    assert check_phone(phone)


@pytest.mark.parametrize("phone", ["12345", "call me", "+1 555 0100 ext 5", "1" * 16])
def test_bad_phones(phone):
    assert not check_phone(phone)


def test_contact_errors_are_specific():
    report = complete_report().with_changes(
        urgency=None, contact=Contact(name=" ", email="alice@", phone="abc"))
    errors = validate_step(report, Step.CONTACT)
    assert fields(errors) == ["urgency", "name", "email", "phone"]
    assert "alice@" in errors[2].message.render()


def test_phone_is_optional():
    report = complete_report().with_changes(contact=Contact("A", "a@example.com", ""))
    assert validate_step(report, Step.CONTACT) == []


def test_body_has_one_readable_section_per_step():
    body = render_body(complete_report().with_changes(attachments=(Path("/tmp/shot.png"),)))
    titles = [line for line in body.splitlines() if line.startswith("== ")]
    assert titles == ["== What is wrong ==", "== What I did ==", "== What I saw ==",
                      "== Software affected ==", "== Urgency and contact ==",
                      "== Attached files =="]
    assert "1. Opened Outlook\n2. Double-clicked the PDF in a message" in body
    assert "Microsoft Outlook has stopped working (0xc0000005)" in body
    assert "Microsoft Outlook (16.0.17928)" in body
    assert "Urgency: I cannot work" in body
    assert "E-mail: alice@example.com" in body
    assert "- shot.png" in body


def test_body_is_translated_with_the_given_translator():
    seen = []

    def tr(context, text):
        seen.append((context, text))
        return text.upper()

    sections = render_sections(complete_report(), tr)
    assert sections[0][0] == "WHAT IS WRONG"
    assert ("Report", "I cannot work") in seen


def test_body_without_error_or_software():
    report = complete_report().with_changes(error_text="", no_error_message=True, software="",
                                            not_software_specific=True)
    body = render_body(report)
    assert "There was no error message." in body
    assert "Not about a specific program." in body


def test_subject_collapses_whitespace():
    assert render_subject(ProblemReport(summary="  VPN \n  drops\tevery hour ")) == \
        "VPN drops every hour"


def test_reports_are_immutable_and_have_unique_ids():
    a, b = ProblemReport(), ProblemReport()
    assert a.report_id != b.report_id
    changed = a.with_changes(summary="x")
    assert a.summary == "" and changed.summary == "x" and changed.report_id == a.report_id


def test_ticked_opt_outs_win_over_text_typed_before():
    report = complete_report().with_changes(no_error_message=True, not_software_specific=True)
    body = render_body(report)
    assert "0xc0000005" not in body
    assert "Microsoft Outlook (16.0.17928)" not in body
    assert "There was no error message." in body
    assert "Not about a specific program." in body


def test_system_information_needs_consent_and_shows_in_the_ticket():
    report = ProblemReport(sysinfo_items=("os", "disks"))
    assert [e.field for e in validate_step(report, Step.SYSINFO)] == ["sysinfo_consent"]
    assert validate_step(report.with_changes(sysinfo_items=()), Step.SYSINFO) == []
    agreed = report.with_changes(sysinfo_consent=True)
    assert validate_step(agreed, Step.SYSINFO) == []
    sections = render_step_sections(agreed)
    assert (Step.SYSINFO, "System information",
            "2 items about this computer, reviewed by me, attached as a ZIP file.") in sections
    assert all(step is not Step.SYSINFO for step, _, _ in render_step_sections(report))
    assert Step.SYSINFO not in BASIC_STEPS
    assert report_steps(sysinfo=True)[-2:] == (Step.SYSINFO, Step.REVIEW)

def test_tried_articles_go_into_the_body_once_and_survive_json():
    tried = TriedArticle("starter\x1fen-vpn.md", "VPN does not connect", "https://kb/1")
    report = ProblemReport(summary="VPN fails").with_tried_article(tried)
    report = report.with_tried_article(tried)
    assert report.tried_articles == (tried,)
    body = render_body(report)
    assert "== Articles already tried ==\n- VPN does not connect (https://kb/1)" in body
    assert report_from_json(report_to_json(report)) == report
    assert "Articles already tried" not in render_body(ProblemReport(summary="x"))
