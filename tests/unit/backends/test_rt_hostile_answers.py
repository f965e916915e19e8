"""Fuzzing what Request Tracker answers: whatever a server sends to any endpoint the connector
reads, every call ends in valid models or a typed HelpdeskError — never AttributeError,
TypeError, KeyError, ValueError or RecursionError from the mapping code.

Hypothesis generates arbitrary JSON and near-valid variations of RT 5's real answers (fields
dropped, replaced by any JSON value, wrapped in lists), served at the network edge by
``rt_fakes.FakeRT``: the session, paging, JSON parsing, shape checks and mapping run for real.
Examples are derandomized and no example database is kept, so every run (and CI) tries the same
cases in a few seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
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
from rt_fakes import BASE, VALID, FakeRT, rt_backend

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Message,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

SINCE = datetime(2026, 12, 1, tzinfo=UTC)  # before the recorded tickets: the filters keep them

# --- what a server might send -------------------------------------------------------------------

RT_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z",
           "1970-01-01T00:00:00Z", "multipart/mixed", "RT_System"],
    keys=["id", "items", "Name", "Status", "Content", "Filename", "Type", "Creator", "Requestor",
          "CustomFields", "values", "name", "pages"])
ANY_JSON = RT_WORDS.any_json
ANSWERS = {name: RT_WORDS.near(answer) for name, answer in VALID.items()}

# --- what the user's session does with them -----------------------------------------------------

Operation = Callable[[RequestTrackerBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "user": [lambda b: b.whoami(), lambda b: b.create_ticket(_NEW)],
    "tickets": [lambda b: b.list_my_tickets(), lambda b: b.list_my_tickets(SINCE),
                lambda b: b.get_ticket("1"), lambda b: b.find_ticket_by_key("k-1", SINCE),
                lambda b: b.solve("1")],
    "ticket": [lambda b: b.conversation("1")],
    "history": [lambda b: b.conversation("1")],
    "attachments": [lambda b: b.conversation("1"), lambda b: b.find_reply_by_key("1", "k-1"),
                    lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "attachment": [lambda b: b.conversation("1"), lambda b: list(b.download_attachment("1"))],
    "articles": [lambda b: b.search_articles("password"), lambda b: b.list_articles(),
                 lambda b: b.list_articles(SINCE)],
    "article": [lambda b: b.get_article("1")],
    "created": [lambda b: b.create_ticket(_NEW)],
    "replied": [lambda b: b.reply("1", "Thanks"), lambda b: b.reopen("1", "Still broken")],
    "updated": [lambda b: b.solve("1")],
}


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert value.login and all(isinstance(f, str) for f in
                                   (value.login, value.name, value.email, value.phone))
    elif isinstance(value, Ticket):
        assert number(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert isinstance(value.raw_status, str) and isinstance(value.owner, str)
        assert isinstance(value.queue, str) and value.url.startswith(BASE)
        assert aware(value.created) and aware(value.updated)
    elif isinstance(value, Message):
        assert number(value.id) and aware(value.created)
        assert isinstance(value.author, str) and isinstance(value.body, str)
        assert value.kind in ("message", "status")
        if value.kind == "status":  # typed, nothing of the server's wording
            assert isinstance(value.status, TicketStatus) and value.body == ""
            assert value.old_status != value.status
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and number(attachment.id)
            assert isinstance(attachment.filename, str)
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert number(value.id) and isinstance(value.title, str)
        assert isinstance(value.body, str) and isinstance(value.summary, str)
        assert value.updated is None or aware(value.updated)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers``: its checked result, or None when it
    ended in a typed error (anything else fails the test)."""
    return outcome(rt_backend(FakeRT(answers)), operation, check_model)


# --- the properties -----------------------------------------------------------------------------

@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {**VALID, endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in VALID}))
@example(answers={name: ["Permission Denied"] for name in VALID})  # messages, status 200
@example(answers={name: None for name in VALID})
@example(answers={name: {} for name in VALID})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 429, 500, 503]
_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", "",
          "application/json; charset=koi8-r"]
_BODIES = RT_WORDS.bodies(b"", b"null", b"{", b"\xff\xfe{}", b"<html>RT</html>",
                          b'{"message": {"message": {"message": {"message": "deep"}}}}')


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in READERS[endpoint]:
        run(operation, {**VALID, endpoint: raw})


_PARTS = st.lists(st.fixed_dictionaries({
    "id": st.integers(1, 10) | st.text(max_size=5),
    "TransactionId": st.just("65"),
    "Filename": st.text(max_size=30) | st.sampled_from(
        ["../../.bashrc", "/etc/passwd", "..\\..\\win.ini", "CON", ".", "a\x00b.txt",
         "invoice\u202efdp.exe", "~/.ssh/authorized_keys"]),
    "ContentType": st.sampled_from(["text/plain", "image/png", "multipart/mixed"]),
    "ContentLength": RT_WORDS.scalars,
}), max_size=5)


@FUZZ
@given(parts=_PARTS)
def test_attachment_names_from_the_server_never_leave_the_downloads_folder(parts):
    answers = {**VALID, "attachments": {"items": parts, "pages": None}}
    messages = run(lambda b: b.conversation("1"), answers)
    files = [a for m in messages or () for a in m.attachments]
    assert_downloads_stay_inside(
        files, lambda a: run(lambda b: list(b.download_attachment(a.id)), VALID))
