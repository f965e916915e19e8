"""The fields a request type's form requires, asked of the user: which ones JSM's connector
reports (``RequestFormBackend``), and the answers in the created request's
``requestFieldValues`` (choices as ``{"id": …}``, text as a string)."""

from __future__ import annotations

import json

import pytest
from jsm_fakes import FORM_FIELDS, FakeJsm, jsm_backend

from helpclient.core.backend import RequestFormBackend
from helpclient.core.errors import Rejected
from helpclient.core.models import FieldChoice, FieldKind, FieldSpec, NewTicket

# the user picker cannot be asked: its default-less requirement stays the connector's refusal
_WITHOUT_USER = [f for f in FORM_FIELDS if f["fieldId"] != "customfield_10050"]


def _fake(fields: list[dict]) -> FakeJsm:
    fake = FakeJsm()
    fake.answers["fields"]["requestTypeFields"].extend(fields)
    return fake


def _created(fake: FakeJsm) -> dict:
    [post] = [r for r in fake.requests if r[:2] == ("POST", "servicedeskapi/request")]
    return json.loads(post[3])


def test_the_required_select_and_text_without_defaults_are_asked():
    with jsm_backend(_fake(FORM_FIELDS)) as jsm:
        assert isinstance(jsm, RequestFormBackend)
        assert jsm.required_fields("network") == (
            FieldSpec("customfield_10010", "Impact", FieldKind.CHOICE,
                      (FieldChoice("20", "Just me"), FieldChoice("21", "My team"))),
            FieldSpec("customfield_10020", "Cost centre"))


def test_a_form_without_such_fields_asks_nothing():
    with jsm_backend(FakeJsm()) as jsm:
        assert jsm.required_fields("") == ()


def test_the_answers_go_into_the_request_body():
    fake = _fake(_WITHOUT_USER)
    with jsm_backend(fake) as jsm:
        jsm.create_ticket(NewTicket("VPN", "Down.", category="network", field_values=(
            ("customfield_10010", "21"), ("customfield_10020", "CC-4711"))))
    values = _created(fake)["requestFieldValues"]
    assert values["customfield_10010"] == {"id": "21"}
    assert values["customfield_10020"] == "CC-4711"
    assert values["customfield_10030"] == {"id": "7"}  # the form's default
    assert "customfield_10040" not in values and "attachment" not in values
    assert values["summary"] == "VPN"


@pytest.mark.parametrize("answers", [
    (),  # an old report, queued before the wizard asked
    (("customfield_10010", "99"), ("customfield_10020", "CC-4711")),  # not one of its choices
])
def test_a_missing_or_invalid_answer_is_refused_by_name_before_sending(answers):
    fake = _fake(_WITHOUT_USER)
    with jsm_backend(fake) as jsm, pytest.raises(Rejected, match="Impact"):
        jsm.create_ticket(NewTicket("VPN", "Down.", field_values=answers))
    assert all(r[0] == "GET" for r in fake.requests)  # nothing was created
