"""The fields a helpdesk asks for (``ProblemReport.form_fields``): required on the urgency and
contact step, shown in the ticket's text, handed to the backend as answers, saved with drafts
and the outbox — and reports saved before they existed still load."""

from __future__ import annotations

import json

from helpclient.core.delivery.new_ticket import build_ticket
from helpclient.core.models import FieldChoice, FieldKind, FieldSpec, UserInfo
from helpclient.core.report.problem import (
    Category,
    Contact,
    FormField,
    ProblemReport,
    Step,
    Urgency,
    form_error_key,
    render_body,
    validate_step,
)
from helpclient.core.report.serialize import report_from_json, report_to_json

IMPACT = FieldSpec("customfield_10010", "Impact", FieldKind.CHOICE,
                   (FieldChoice("20", "Just me"), FieldChoice("21", "My team")), "Who is stopped")
COST = FieldSpec("customfield_10020", "Cost centre")
BASE = ProblemReport(summary="VPN drops", category=Category.NETWORK, urgency=Urgency.HIGH,
                     contact=Contact("Ann Smith", "ann@example.com"))


def _answered(impact: str, cost: str) -> ProblemReport:
    return BASE.with_changes(form_fields=(FormField(IMPACT, impact), FormField(COST, cost)))


def test_each_unanswered_field_is_named_on_the_contact_step():
    errors = validate_step(_answered("", "  "), Step.CONTACT)
    assert [e.field for e in errors] == [form_error_key(IMPACT.id), form_error_key(COST.id)]
    # a choice the field does not offer is no answer
    assert [e.field for e in validate_step(_answered("99", "CC-1"), Step.CONTACT)] == \
        [form_error_key(IMPACT.id)]
    assert validate_step(_answered("21", "CC-1"), Step.CONTACT) == []


def test_the_answers_go_to_the_ticket_and_its_text():
    report = _answered("21", " CC-4711 ")
    ticket = build_ticket(report, UserInfo("ann"))
    assert ticket.field_values == (("customfield_10010", "21"), ("customfield_10020", "CC-4711"))
    assert "Impact: My team\nCost centre: CC-4711" in render_body(report)
    assert build_ticket(BASE, UserInfo("ann")).field_values == ()


def test_saved_with_the_report_and_old_reports_load():
    report = _answered("20", "CC-1")
    assert report_from_json(report_to_json(report)) == report
    document = json.loads(report_to_json(BASE))
    del document["report"]["form_fields"]  # a draft saved before the wizard asked
    old = report_from_json(json.dumps(document))
    assert old.form_fields == () and old.summary == "VPN drops"
