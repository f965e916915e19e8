"""Fuzzing what Zendesk answers: whatever a server sends to any endpoint the connector reads,
every call ends in valid models or a typed HelpdeskError — never AttributeError, TypeError,
KeyError, ValueError or RecursionError — and no private comment, script or file name escapes.

Hypothesis generates arbitrary JSON and near-valid variations of the documented answers
(``zendesk_fakes.VALID``: fields dropped, replaced by any JSON value, wrapped in lists), served
at the network edge: the session, JSON parsing, shape checks and mapping run for real. Examples
are derandomized and no example database is kept, so every run tries the same cases.
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
    number,
    outcome,
    raw_answers,
    vocabulary,
)
from hypothesis import example, given
from hypothesis import strategies as st
from rt_fakes import Raw
from zendesk_fakes import BASE, USERS, VALID, FakeZendesk, comment, page, zendesk_backend

from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.backends.zendesk.probe import ZendeskProbe
from helpclient.core.errors import HelpdeskError
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Capability,
    Message,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

SINCE = datetime(2026, 5, 1, tzinfo=UTC)

ZENDESK_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z", "solved",
           "closed", "pending", "hold", "admin", "end-user", "true", "<script>alert(1)</script>",
           "javascript:alert(1)", "HelpClient-Report: k-1"],
    keys=["id", "status", "subject", "description", "public", "author_id", "attachments",
          "file_name", "content_url", "html_body", "plain_body", "meta", "has_more",
          "after_cursor", "users", "agent", "token", "upload", "results", "role", "user",
          "request", "requests", "comments", "can_be_solved_by_me", "created_at", "updated_at"])
ANY_JSON = ZENDESK_WORDS.any_json
JSON_ANSWERS = {name: value for name, value in VALID.items() if not isinstance(value, Raw)}
ANSWERS = {name: ZENDESK_WORDS.near(answer) for name, answer in JSON_ANSWERS.items()}

Operation = Callable[[ZendeskBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "me": [lambda b: b.whoami()],
    "list": [lambda b: b.list_my_tickets(), lambda b: b.list_my_tickets(SINCE),
             lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "request": [lambda b: b.get_ticket("1"), lambda b: b.solve("1"),
                lambda b: b.reopen("1", "Still broken")],
    "created": [lambda b: b.create_ticket(_NEW)],
    "updated": [lambda b: b.solve("1"), lambda b: b.reply("1", "Thanks")],
    "comments": [lambda b: b.conversation("1"), lambda b: b.find_reply_by_key("1", "k-1")],
    "comment": [lambda b: b"".join(b.download_attachment("1/1/498483"))],
    "rating": [lambda b: b.rate("1", True, "Quick")],
    "kb": [lambda b: b.search_articles("password")],
    "article": [lambda b: b.get_article("35467")],
}


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert value.login and all(isinstance(f, str) for f in
                                   (value.login, value.name, value.email, value.phone))
    elif isinstance(value, Ticket):
        assert number(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert value.url == f"{BASE}/hc/requests/{value.id}"
        assert aware(value.created) and aware(value.updated) and value.updated >= value.created
        assert isinstance(value.capabilities, Capability)
    elif isinstance(value, Message):
        assert number(value.id) and aware(value.created) and value.kind == "message"
        assert isinstance(value.author, str) and isinstance(value.body, str)
        assert "<script" not in value.body.lower() and "javascript:" not in value.body.lower()
        assert "INTERNAL" not in value.body
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo)
            assert all(number(p) for p in attachment.id.split("/"))
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert number(value.id) and isinstance(value.title, str)
        assert value.url == "" or value.url.startswith(("http://", "https://"))
        assert "<script" not in value.body.lower()
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers`` (the documented ones elsewhere): its
    checked result, or None when it ended in a typed error (anything else fails the test)."""
    return outcome(zendesk_backend(FakeZendesk({**VALID, **answers})), operation, check_model)


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in JSON_ANSWERS}))
@example(answers={name: ["Forbidden"] for name in JSON_ANSWERS})
@example(answers={name: None for name in JSON_ANSWERS})
@example(answers={name: {} for name in JSON_ANSWERS})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503]
_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", "",
          "application/octet-stream"]
_BODIES = ZENDESK_WORDS.bodies(
    b"", b"null", b"{", b"\xff\xfe{}", b"<html>Zendesk</html>",
    b'{"error": {"error": {"error": {"error": "deep"}}}}',
    b'{"error":"RecordInvalid","description":"Record validation errors","details":'
    b'{"base":[{"description":"Status: closed prevents ticket update"}]}}')


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES),
       remaining=st.sampled_from(["", "0", "12", "-1", "x", "9" * 30]))
def test_any_bytes_status_and_limits_end_in_models_or_a_typed_error(endpoint, raw, remaining):
    if remaining:
        raw = Raw(raw.body, raw.status, raw.content_type,
                  {"X-Rate-Limit-Remaining": remaining, "Retry-After": remaining,
                   "ratelimit-reset": remaining})
    for operation in READERS[endpoint]:
        run(operation, {endpoint: raw})


_FILES = st.lists(st.fixed_dictionaries({
    "id": st.integers(-1, 10) | st.text(max_size=5),
    "file_name": st.text(max_size=30) | st.sampled_from(
        ["../../.bashrc", "/etc/passwd", "..\\..\\win.ini", "CON", ".", "a\x00b.txt",
         "invoice\u202efdp.exe", "~/.ssh/authorized_keys"]),
    "size": ZENDESK_WORDS.scalars,
    "content_url": st.just(f"{BASE}/attachments/token/abc/?name=x") | ANY_JSON,
    "content_type": st.just("text/plain") | ANY_JSON,
}), max_size=5)


@FUZZ
@given(files=_FILES, public=st.sampled_from([True, False, "true", 1, None]))
def test_attachment_names_never_leave_the_downloads_folder_nor_private_comments_show(
        files, public):
    text = "The fix is attached." if public is True else "INTERNAL: the old laptop"
    private = comment(1, text, attachments=files)
    private["public"] = public
    answer = page("comments", [private], users=USERS)
    messages = run(lambda b: b.conversation("1"), {"comments": answer})
    if public is not True:
        assert not messages  # a private comment (or a doubtful one) is never shown
        return
    found = [a for m in messages or () for a in m.attachments]
    assert_downloads_stay_inside(found, lambda a: run(
        lambda b: list(b.download_attachment(a.id)),
        {"comment": {"comment": {**comment(1, "x", attachments=files),
                                 "id": int(a.id.split("/")[1])}}}))


@FUZZ
@given(answer=ZENDESK_WORDS.near({"user": {"id": None, "name": "Anonymous user",
                                           "role": "end-user"}}) | _BODIES.map(Raw),
       status=st.sampled_from(_STATUSES), content_type=st.sampled_from(_TYPES))
def test_the_probe_identifies_zendesk_or_says_a_typed_error(answer, status, content_type):
    body = answer.body if isinstance(answer, Raw) else json.dumps(answer).encode()
    fake = FakeZendesk({"me": Raw(body, status=status, content_type=content_type)})
    session = requests.Session()
    session.mount("https://", fake)
    try:
        found = ZendeskProbe(BASE, session=session).identify()
    except HelpdeskError as error:
        assert error.message
        return
    assert status == 200 and found.product == "Zendesk"
