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

import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rt_fakes import BASE, VALID, FakeRT, Raw, rt_backend

from helpclient.backends.rt.connector import RequestTrackerBackend
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
from helpclient.core.tracking.downloads import save_download

FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SINCE = datetime(2026, 12, 1, tzinfo=UTC)  # before the recorded tickets: the filters keep them

# --- what a server might send -------------------------------------------------------------------

# floats with NaN and Infinity: not JSON, but Python's json module reads them
_SCALARS = (st.none() | st.booleans() | st.integers() | st.text(max_size=20)
            | st.floats(allow_nan=True, allow_infinity=True)
            | st.sampled_from(["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z",
                               "1970-01-01T00:00:00Z", "multipart/mixed", "RT_System"]))
_KEYS = st.sampled_from(["id", "items", "Name", "Status", "Content", "Filename", "Type",
                         "Creator", "Requestor", "CustomFields", "values", "name", "pages"])
ANY_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(_KEYS | st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def near(value: Any) -> st.SearchStrategy[Any]:
    """``value`` itself, or with any of its parts dropped, replaced by any JSON, or repeated:
    the answers a server that almost speaks REST2 gives."""
    if isinstance(value, dict):
        children = {key: near(child) for key, child in value.items()}
        return st.one_of(st.fixed_dictionaries(children),
                         st.fixed_dictionaries({}, optional=children),
                         ANY_JSON)
    if isinstance(value, list):
        element = st.one_of(*(near(v) for v in value)) if value else ANY_JSON
        return st.one_of(st.lists(element, max_size=4), ANY_JSON)
    return st.one_of(st.just(value), _SCALARS)


ANSWERS = {name: near(answer) for name, answer in VALID.items()}

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


def _aware(value: Any) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None


def _number(value: Any) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def check_model(value: Any) -> None:
    """Fail unless ``value`` is what the backend protocol promises, with usable fields."""
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, list):
        for item in value:
            check_model(item)
    elif isinstance(value, bytes):
        return
    elif isinstance(value, UserInfo):
        assert value.login and all(isinstance(f, str) for f in
                                   (value.login, value.name, value.email, value.phone))
    elif isinstance(value, Ticket):
        assert _number(value.id) and isinstance(value.status, TicketStatus)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert isinstance(value.raw_status, str) and isinstance(value.owner, str)
        assert isinstance(value.queue, str) and value.url.startswith(BASE)
        assert _aware(value.created) and _aware(value.updated)
    elif isinstance(value, Message):
        assert _number(value.id) and _aware(value.created)
        assert isinstance(value.author, str) and isinstance(value.body, str)
        assert value.kind in ("message", "status")
        if value.kind == "status":  # typed, nothing of the server's wording
            assert isinstance(value.status, TicketStatus) and value.body == ""
            assert value.old_status != value.status
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and _number(attachment.id)
            assert isinstance(attachment.filename, str)
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert _number(value.id) and isinstance(value.title, str)
        assert isinstance(value.body, str) and isinstance(value.summary, str)
        assert value.updated is None or _aware(value.updated)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers``: its checked result, or None when it
    ended in a typed error (anything else fails the test)."""
    with rt_backend(FakeRT(answers)) as backend:
        try:
            result = operation(backend)
        except HelpdeskError as error:
            assert isinstance(error.message, str) and error.message
            return None
    check_model(result)
    return result


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


_STATUSES = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 409, 413, 429, 500, 503])
_TYPES = st.sampled_from(["application/json", "application/json; charset=utf-8", "text/html",
                          "text/plain", "", "application/json; charset=koi8-r"])
_BODIES = (st.binary(max_size=64) | ANY_JSON.map(lambda v: json.dumps(v).encode())
           | st.sampled_from([b"", b"null", b"{", b"\xff\xfe{}", b"<html>RT</html>",
                              b'{"message": {"message": {"message": {"message": "deep"}}}}']))


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=st.builds(Raw, body=_BODIES, status=_STATUSES, content_type=_TYPES))
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
    "ContentLength": _SCALARS,
}), max_size=5)


@FUZZ
@given(parts=_PARTS)
def test_attachment_names_from_the_server_never_leave_the_downloads_folder(parts):
    answers = {**VALID, "attachments": {"items": parts, "pages": None}}
    messages = run(lambda b: b.conversation("1"), answers)
    files = [a for m in messages or () for a in m.attachments]
    with tempfile.TemporaryDirectory() as home:
        downloads = Path(home) / "Downloads"
        for attachment in files:
            content = run(lambda b, a=attachment: list(b.download_attachment(a.id)), VALID)
            saved = save_download(downloads, attachment.filename, content or [])
            assert saved.parent == downloads
        assert sorted(p.name for p in Path(home).iterdir()) == (["Downloads"] if files else [])
