"""Fuzzing what Zammad answers: whatever a server sends to any endpoint the connector reads,
every call ends in valid models or a typed HelpdeskError — never AttributeError, TypeError,
KeyError, ValueError or RecursionError — and no internal article, script or file name escapes.

Hypothesis generates arbitrary JSON and near-valid variations of the documented answers
(``zammad_fakes.VALID``: fields dropped, replaced by any JSON value, wrapped in lists), served at
the network edge: the session, JSON parsing, shape checks and mapping run for real. Examples are
derandomized and no example database is kept, so every run tries the same cases.
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
from zammad_fakes import BASE, VALID, FakeZammad, zammad_backend

from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.backends.zammad.probe import ZammadProbe
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

SINCE = datetime(2026, 5, 1, tzinfo=UTC)

ZAMMAD_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z", "merged",
           "closed", "Customer", "Agent", "true", "-", "<script>alert(1)</script>",
           "javascript:alert(1)"],
    keys=["id", "state", "title", "body", "internal", "sender", "attachments", "filename",
          "preferences", "links", "link_type", "details", "url", "success", "data", "created_at",
          "updated_at"])
ANY_JSON = ZAMMAD_WORDS.any_json
JSON_ANSWERS = {name: value for name, value in VALID.items()
                if not isinstance(value, Raw) and name != "signshow"}
ANSWERS = {name: ZAMMAD_WORDS.near(answer) for name, answer in JSON_ANSWERS.items()}

Operation = Callable[[ZammadBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "me": [lambda b: b.whoami()],
    "search": [lambda b: b.list_my_tickets(), lambda b: b.list_my_tickets(SINCE),
               lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "ticket": [lambda b: b.get_ticket("1")],
    "links": [lambda b: b.get_ticket("1")],
    "articles": [lambda b: b.conversation("1"), lambda b: b.find_reply_by_key("1", "k-1"),
                 lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "created": [lambda b: b.create_ticket(_NEW)],
    "updated": [lambda b: b.solve("1"), lambda b: b.reopen("1", "Still broken")],
    "replied": [lambda b: b.reply("1", "Thanks")],
    "states": [lambda b: b.list_my_tickets()],
    "uploaded": [lambda b: b.create_ticket(_NEW)],
    "kb": [lambda b: b.search_articles("password")],
}


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert value.login and all(isinstance(f, str) for f in
                                   (value.login, value.name, value.email, value.phone))
    elif isinstance(value, Ticket):
        assert number(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert value.url.startswith(f"{BASE}/#ticket/zoom/")
        assert aware(value.created) and aware(value.updated)
    elif isinstance(value, Message):
        assert number(value.id) and aware(value.created) and value.kind == "message"
        assert isinstance(value.author, str) and isinstance(value.body, str)
        assert "<script" not in value.body.lower() and "javascript:" not in value.body.lower()
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
    return outcome(zammad_backend(FakeZammad({**VALID, **answers})), operation, check_model)


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    if endpoint not in ANSWERS:
        pytest.skip("not JSON")
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in JSON_ANSWERS}))
@example(answers={name: ["Not authorized"] for name in JSON_ANSWERS})
@example(answers={name: None for name in JSON_ANSWERS})
@example(answers={name: {} for name in JSON_ANSWERS})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503]
_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "text/plain", "",
          "application/octet-stream"]
_BODIES = ZAMMAD_WORDS.bodies(b"", b"null", b"{", b"\xff\xfe{}", b"<html>Zammad</html>",
                              b'{"error": {"error": {"error": {"error": "deep"}}}}',
                              b'{"error":"API token access disabled!"}')


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in READERS[endpoint]:
        run(operation, {endpoint: raw})


_FILES = st.lists(st.fixed_dictionaries({
    "id": st.integers(-1, 10) | st.text(max_size=5),
    "filename": st.text(max_size=30) | st.sampled_from(
        ["../../.bashrc", "/etc/passwd", "..\\..\\win.ini", "CON", ".", "a\x00b.txt",
         "invoice\u202efdp.exe", "~/.ssh/authorized_keys"]),
    "size": ZAMMAD_WORDS.scalars,
    "preferences": st.just({"Mime-Type": "text/plain"}) | ANY_JSON,
}), max_size=5)


@FUZZ
@given(files=_FILES, internal=st.sampled_from([False, True, "yes", 1, None]))
def test_attachment_names_never_leave_the_downloads_folder_nor_internal_files_show(
        files, internal):
    answer = [{**VALID["articles"][0], "attachments": files, "internal": internal}]
    messages = run(lambda b: b.conversation("1"), {"articles": answer})
    if internal not in (False, None):
        assert not messages  # an internal article (or a doubtful one) is never shown
    found = [a for m in messages or () for a in m.attachments]
    assert_downloads_stay_inside(
        found, lambda a: run(lambda b: list(b.download_attachment(a.id)), {}))


@FUZZ
@given(answer=ZAMMAD_WORDS.near(VALID["signshow"]) | _BODIES.map(Raw),
       status=st.sampled_from(_STATUSES), content_type=st.sampled_from(_TYPES))
def test_the_probe_identifies_zammad_or_says_a_typed_error(answer, status, content_type):
    body = answer.body if isinstance(answer, Raw) else json.dumps(answer).encode()
    fake = FakeZammad({"signshow": Raw(body, status=status, content_type=content_type)})
    session = requests.Session()
    session.mount("https://", fake)
    try:
        found = ZammadProbe(BASE, session=session).identify()
    except HelpdeskError as error:
        assert error.message
        return
    assert status == 200 and found.product.startswith("Zammad")
    assert set(found.sign_in) <= {SignInMethod.TOKEN, SignInMethod.PASSWORD}
