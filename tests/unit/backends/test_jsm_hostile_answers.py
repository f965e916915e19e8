"""Fuzzing what Jira Service Management answers: whatever a server sends to any endpoint the
connector reads, every call ends in valid models or a typed HelpdeskError — never
AttributeError, TypeError, KeyError, ValueError or RecursionError — and no internal comment,
script or file name escapes.

Hypothesis generates arbitrary JSON and near-valid variations of the documented answers
(``jsm_fakes.VALID``), served at the network edge: the session, JSON parsing, shape checks and
mapping run for real. Derandomized, without an example database (see ``fuzz_kit``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from fuzz_kit import (
    FUZZ,
    assert_downloads_stay_inside,
    aware,
    outcome,
    raw_answers,
    vocabulary,
)
from hypothesis import example, given
from hypothesis import strategies as st
from jsm_fakes import BASE, VALID, FakeJsm, comment, jsm_backend, paged
from rt_fakes import Raw

from helpclient.backends.jsm.connector import JsmBackend
from helpclient.backends.jsm.probe import JsmProbe
from helpclient.backends.jsm.records import ISSUE
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

SINCE = datetime(2026, 5, 1, tzinfo=UTC)

JSM_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "ITHELP-1", "ITHELP-1/../2", "DONE",
           "NEW", "INDETERMINATE", "Waiting for customer", "true", "@@@hl@@@", "@@@endhl@@@",
           "<script>alert(1)</script>", "javascript:alert(1)", "https://x/attachment/1"],
    keys=["issueKey", "summary", "currentStatus", "status", "statusCategory", "statusDate",
          "epochMillis", "values", "isLastPage", "_links", "next", "public", "body",
          "renderedBody", "html", "attachments", "jiraRest", "filename", "id", "name",
          "requestTypeFields", "required", "defaultValues", "temporaryAttachments", "title",
          "excerpt", "content", "iframeSrc"])
ANY_JSON = JSM_WORDS.any_json
JSON_ANSWERS = {name: value for name, value in VALID.items()
                if not isinstance(value, Raw) and name != "info"}
ANSWERS = {name: JSM_WORDS.near(answer) for name, answer in JSON_ANSWERS.items()}

Operation = Callable[[JsmBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1", category="printing")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "me": [lambda b: b.whoami()],
    "list": [lambda b: b.list_my_tickets(), lambda b: b.list_my_tickets(SINCE),
             lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "request": [lambda b: b.get_ticket("ITHELP-1"), lambda b: b.conversation("ITHELP-1")],
    "comments": [lambda b: b.conversation("ITHELP-1"),
                 lambda b: b.find_reply_by_key("ITHELP-1", "k-1")],
    "attachments": [lambda b: b.conversation("ITHELP-1")],
    "desks": [lambda b: b.create_ticket(_NEW)],
    "types": [lambda b: b.create_ticket(_NEW)],
    "fields": [lambda b: b.create_ticket(_NEW)],
    "created": [lambda b: b.create_ticket(_NEW)],
    "commented": [lambda b: b.reply("ITHELP-1", "Thanks")],
    "transitions": [lambda b: b.solve("ITHELP-1"), lambda b: b.reopen("ITHELP-1", "Still")],
    "feedback": [lambda b: b.rate("ITHELP-1", True)],
    "kb": [lambda b: b.search_articles("password")],
}


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert value.login and all(isinstance(f, str) for f in (value.login, value.name,
                                                                 value.email))
    elif isinstance(value, Ticket):
        assert ISSUE.match(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert value.url.startswith(("https://", "http://"))
        assert aware(value.created) and aware(value.updated)
    elif isinstance(value, Message):
        assert aware(value.created) and value.kind == "message"
        assert isinstance(value.author, str) and isinstance(value.body, str)
        assert "<script" not in value.body.lower() and "javascript:" not in value.body.lower()
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo)
            key, number = attachment.id.split("/")
            assert ISSUE.match(key) and number.isdigit()
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert isinstance(value.title, str) and "@@@" not in value.title
        assert value.url == "" or value.url.startswith(("http://", "https://"))
        assert "<script" not in value.body.lower()
        assert all(0 <= s < e <= len(value.summary) for s, e in value.summary_highlights)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers`` (the documented ones elsewhere)."""
    return outcome(jsm_backend(FakeJsm({**VALID, **answers})), operation, check_model)


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in JSON_ANSWERS}))
@example(answers={name: {"errorMessage": "No"} for name in JSON_ANSWERS})
@example(answers={name: None for name in JSON_ANSWERS})
@example(answers={name: [] for name in JSON_ANSWERS})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503]
_TYPES = ["application/json", "application/json;charset=UTF-8", "text/html", "text/plain", "",
          "application/octet-stream"]
_BODIES = JSM_WORDS.bodies(b"", b"null", b"{", b"\xff\xfe{}", b"<html>Jira</html>",
                           b'{"errorMessages": [{"a": {"b": "deep"}}]}',
                           b'{"errorMessage": "Rate limit exceeded."}')


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in READERS[endpoint]:
        run(operation, {endpoint: raw})


_FILES = st.lists(st.fixed_dictionaries({
    "filename": st.text(max_size=30) | st.sampled_from(
        ["../../.bashrc", "/etc/passwd", "..\\..\\win.ini", "CON", ".", "a\x00b.txt",
         "invoice\u202efdp.exe", "~/.ssh/authorized_keys"]),
    "size": JSM_WORDS.scalars,
    "mimeType": st.just("text/plain") | ANY_JSON,
    "_links": st.fixed_dictionaries({"jiraRest": st.sampled_from(
        ["https://x/rest/api/2/attachment/17", "https://x/attachment/../../1",
         "https://x/attachment/-1", "https://x/attachment/99999999999999999999"])}) | ANY_JSON,
}), max_size=5)


@FUZZ
@given(files=_FILES, public=st.sampled_from([True, False, "true", 1, None]))
def test_file_names_never_leave_the_downloads_folder_nor_internal_comments_show(files,
                                                                                public):
    answer = paged([comment(5, "INTERNAL?", "<p>INTERNAL?</p>", files=files) |
                    {"public": public}])
    messages = run(lambda b: b.conversation("ITHELP-1"), {"comments": answer,
                                                          "attachments": paged(files)})
    if public is not True:  # an internal comment (or a doubtful one) is never shown
        assert all("INTERNAL" not in m.body for m in messages or ())
    found = [a for m in messages or () for a in m.attachments]
    assert_downloads_stay_inside(
        found, lambda a: run(lambda b: list(b.download_attachment(a.id)), {}))


@FUZZ
@given(answer=JSM_WORDS.near(VALID["info"]) | _BODIES.map(Raw),
       status=st.sampled_from(_STATUSES), content_type=st.sampled_from(_TYPES))
def test_the_probe_identifies_jsm_or_says_a_typed_error(answer, status, content_type):
    body = answer.body if isinstance(answer, Raw) else json.dumps(answer).encode()
    fake = FakeJsm({"info": Raw(body, status=status, content_type=content_type)})
    session = requests.Session()
    session.mount("https://", fake)
    try:
        found = JsmProbe(BASE, session=session).identify()
    except HelpdeskError as error:
        assert error.message
        return
    assert status == 200 and found.product == "Jira Service Management"
    assert len(found.version) <= 40
