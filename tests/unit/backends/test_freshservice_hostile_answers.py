"""Fuzzing what Freshservice answers: whatever a server sends to any endpoint the connector
reads, every call ends in valid models or a typed HelpdeskError — never AttributeError,
TypeError, KeyError, ValueError or RecursionError — and no private note, script or file name
escapes.

Hypothesis generates arbitrary JSON and near-valid variations of the documented answers
(``freshservice_fakes.VALID``), served at the network edge: the session, paging, JSON parsing,
shape checks and mapping run for real. Derandomized, without an example database.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from freshservice_fakes import BASE, VALID, FakeFreshservice, freshservice_backend
from fuzz_kit import (
    FUZZ,
    assert_downloads_stay_inside,
    aware,
    number,
    outcome,
    raw_answers,
    vocabulary,
)
from hypothesis import example, given
from hypothesis import strategies as st
from rt_fakes import Raw

from helpclient.backends.freshservice.connector import FreshserviceBackend
from helpclient.backends.freshservice.probe import FreshserviceProbe
from helpclient.core.credentials import SignInMethod
from helpclient.core.errors import HelpdeskError
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Message,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

SINCE = datetime(2026, 12, 1, tzinfo=UTC)

WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z", "false",
           "true", "<script>alert(1)</script>", "javascript:alert(1)",
           "HelpClient-Report: k-1", "2026-12-01T09:00:00+05:30"],
    keys=["ticket", "tickets", "conversation", "conversations", "articles", "id", "status",
          "subject", "description", "description_text", "body", "body_text", "private",
          "source", "user_id", "requester_id", "responder_id", "attachments", "name", "size",
          "content_type", "created_at", "updated_at", "url", "title"])
ANY_JSON = WORDS.any_json
JSON_ANSWERS = {name: value for name, value in VALID.items() if not isinstance(value, Raw)}
ANSWERS = {name: WORDS.near(answer) for name, answer in JSON_ANSWERS.items()}

Operation = Callable[[FreshserviceBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "tickets": [lambda b: b.whoami(), lambda b: b.list_my_tickets(),
                lambda b: b.list_my_tickets(SINCE), lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "ticket": [lambda b: b.get_ticket("31"), lambda b: b.conversation("31")],
    "created": [lambda b: b.create_ticket(_NEW)],
    "updated": [lambda b: b.solve("31"), lambda b: b.reopen("31", "Still broken")],
    "conversations": [lambda b: b.conversation("31"), lambda b: b.find_reply_by_key("31", "k")],
    "note": [lambda b: b.reply("31", "Thanks")],
    "articles": [lambda b: b.search_articles("vpn")],
    "file": [lambda b: b"".join(b.download_attachment("17"))],
}


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert value.login and value.email
    elif isinstance(value, Ticket):
        assert number(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert value.url == f"{BASE}/support/tickets/{value.id}"
        assert aware(value.created) and aware(value.updated) and value.updated >= value.created
    elif isinstance(value, Message):
        assert (number(value.id) or value.id.startswith("t")) and aware(value.created)
        assert isinstance(value.author, str) and value.author
        assert "<script" not in value.body.lower() and "javascript:" not in value.body.lower()
        assert "INTERNAL" not in value.body
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and number(attachment.id)
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert number(value.id) and isinstance(value.title, str)
        assert value.url.startswith(("http://", "https://"))
        assert "<script" not in value.body.lower()
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers`` (the documented ones elsewhere): its
    checked result, or None when it ended in a typed error (anything else fails the test)."""
    return outcome(freshservice_backend(FakeFreshservice({**VALID, **answers})), operation,
                   check_model)


@pytest.mark.parametrize("endpoint", sorted(ANSWERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in JSON_ANSWERS}))
@example(answers={name: ["access_denied"] for name in JSON_ANSWERS})
@example(answers={name: None for name in JSON_ANSWERS})
@example(answers={name: {} for name in JSON_ANSWERS})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 405, 409, 413, 415, 429, 500, 502, 503]
_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", ""]
_BODIES = WORDS.bodies(b"", b"null", b"{", b"\xff\xfe{}", b"<html>Freshservice</html>",
                       b'{"code":"access_denied","message":"You are not authorized"}',
                       b'{"description":"Validation failed","errors":[{"field":"email",'
                       b'"message":"It should be a valid email","code":"invalid_value"}]}')
_HEADERS = st.fixed_dictionaries({}, optional={
    "Retry-After": st.sampled_from(["7", "-1", "1e400", "Wed, 21 Oct 2015 07:28:00 GMT", "x"]),
    "X-Ratelimit-Remaining": st.sampled_from(["0", "-1", "", "many", "99999999999"]),
    "Link": st.sampled_from(['<https://evil.example/api/v2/tickets?page=2>; rel="next"',
                             f'<{BASE}/api/v2/tickets?page=2>; rel="next"', "<>; rel=next",
                             '<ftp://x>; rel="next"', "garbage"])})


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES), headers=_HEADERS)
def test_any_bytes_status_and_headers_end_in_models_or_a_typed_error(endpoint, raw, headers):
    for operation in READERS[endpoint]:
        run(operation, {endpoint: Raw(raw.body, raw.status, raw.content_type, headers)})


_FILES = st.lists(st.fixed_dictionaries({
    "id": st.integers(-1, 10) | st.text(max_size=5),
    "name": st.text(max_size=30) | st.sampled_from(
        ["../../.bashrc", "/etc/passwd", "..\\..\\win.ini", "CON", ".", "a\x00b.txt",
         "invoice\u202efdp.exe", "~/.ssh/authorized_keys"]),
    "size": WORDS.scalars,
    "content_type": st.just("text/plain") | ANY_JSON,
}), max_size=5)


@FUZZ
@given(files=_FILES, private=st.sampled_from([False, True, "false", 0, None]))
def test_attachment_names_never_leave_the_downloads_folder_nor_private_notes_show(
        files, private):
    entry = {**VALID["conversations"]["conversations"][0], "attachments": files,
             "private": private, "body": "<p>INTERNAL?</p>" if private is not False else "ok"}
    messages = run(lambda b: b.conversation("31"), {"conversations": {"conversations": [entry]}})
    found = [a for m in messages or () for a in m.attachments]
    assert_downloads_stay_inside(
        found, lambda a: run(lambda b: list(b.download_attachment(a.id)), {}))


@FUZZ
@given(body=_BODIES, status=st.sampled_from(_STATUSES), content_type=st.sampled_from(_TYPES),
       version=st.sampled_from(["", "latest=v2; requested=v2", "x", "requested=" + "v" * 50]))
def test_the_probe_identifies_freshservice_or_says_a_typed_error(body, status, content_type,
                                                                 version):
    fake = FakeFreshservice({**VALID, "tickets": Raw(body, status, content_type)})
    session = requests.Session()
    session.mount("https://", fake)
    headers = {"X-Freshservice-Api-Version": version}
    fake.answers["tickets"] = Raw(body, status, content_type, headers)
    try:
        found = FreshserviceProbe(BASE, session=session).identify()
    except HelpdeskError as error:
        assert error.message
        return
    assert found.product == "Freshservice" and found.sign_in == (SignInMethod.API_KEY,)
    assert len(found.version) <= 20 and json.dumps(found.version)
