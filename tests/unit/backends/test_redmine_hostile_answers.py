"""Fuzzing what Redmine answers: whatever a server sends to any endpoint the connector reads,
every call ends in valid models or a typed HelpdeskError — never AttributeError, TypeError,
KeyError, ValueError or RecursionError from the mapping code.

Like test_rt_hostile_answers.py: Hypothesis varies real Redmine 5.0.4 answers (fields dropped,
replaced by any JSON value, wrapped in lists) and serves them at the network edge
(``redmine_fakes.FakeRedmine``); derandomized, so every run tries the same cases.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from redmine_fakes import BASE, VALID, FakeRedmine, Raw, redmine_backend
from test_rt_hostile_answers import ANY_JSON, FUZZ, near

from helpclient.backends.redmine.connector import RedmineBackend
from helpclient.core.errors import HelpdeskError
from helpclient.core.models import (
    Article,
    AttachmentInfo,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

SINCE = datetime(2026, 12, 1, tzinfo=UTC)
ANSWERS = {name: near(answer) for name, answer in VALID.items() if not isinstance(answer, Raw)}

Operation = Callable[[RedmineBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")
_FILE = NewAttachment(Path(tempfile.gettempdir()) / "helpclient-redmine-fuzz" / "a.txt", "a.txt")
_ALL: list[Operation] = [
    lambda b: b.whoami(), lambda b: b.create_ticket(_NEW), lambda b: b.list_my_tickets(),
    lambda b: b.list_my_tickets(SINCE), lambda b: b.get_ticket("2"),
    lambda b: b.find_ticket_by_key("k-1", SINCE), lambda b: b.conversation("2"),
    lambda b: b.find_reply_by_key("2", "k-1"), lambda b: b.solve("2"),
    lambda b: b.reopen("2", "Again"), lambda b: b.reply("2", "Thanks"),
    lambda b: b.list_articles(), lambda b: b.get_article("VPN"),
    lambda b: b.search_articles("vpn"), lambda b: list(b.download_attachment("2")),
]


def _aware(value: Any) -> bool:
    return isinstance(value, datetime) and value.tzinfo is not None


def _number(value: Any) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit()


def check_model(value: Any) -> None:
    """Fail unless ``value`` is what the backend protocol promises."""
    if value is None or isinstance(value, (bool, bytes)):
        return
    if isinstance(value, list):
        for item in value:
            check_model(item)
    elif isinstance(value, UserInfo):
        assert value.login and isinstance(value.name, str) and isinstance(value.email, str)
    elif isinstance(value, Ticket):
        assert _number(value.id) and isinstance(value.status, TicketStatus)
        assert len(value.subject) <= 1000 and value.url.startswith(BASE)
        assert _aware(value.created) and _aware(value.updated)
    elif isinstance(value, Message):
        assert _aware(value.created) and isinstance(value.body, str)
        if value.kind == "status":
            assert isinstance(value.status, TicketStatus) and value.body == ""
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and _number(attachment.id)
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert value.id and isinstance(value.title, str) and isinstance(value.body, str)
        assert value.updated is None or _aware(value.updated)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> None:
    """``operation`` against a server giving ``answers``: models, or a typed error."""
    with redmine_backend(FakeRedmine(answers), tracker="Support") as backend:
        try:
            result = operation(backend)
        except HelpdeskError as error:
            assert isinstance(error.message, str) and error.message
            return
    check_model(result)


@pytest.mark.parametrize("endpoint", sorted(ANSWERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in _ALL:
        run(operation, {**VALID, endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in VALID}))
@example(answers={name: {"errors": ["Forbidden"]} for name in VALID})
@example(answers={name: None for name in VALID})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operation in _ALL:
        run(operation, answers)


#: the operations that read each endpoint's answer
READERS: dict[str, list[Operation]] = {
    "user": [lambda b: b.whoami()],
    "issues": [lambda b: b.list_my_tickets(SINCE), lambda b: b.find_ticket_by_key("k-1")],
    "issue": [lambda b: b.conversation("2"), lambda b: b.solve("2"),
              lambda b: b.reopen("2", "Again"), lambda b: b.find_reply_by_key("2", "k-1")],
    "statuses": [lambda b: b.conversation("2")],
    "upload": [lambda b: b.create_ticket(NewTicket("S", "B", attachments=(_FILE,)))],
    "created": [lambda b: b.create_ticket(_NEW)],
    "project": [lambda b: b.create_ticket(_NEW)],
    "wiki_index": [lambda b: b.list_articles(SINCE)],
    "wiki_page": [lambda b: b.get_article("VPN")],
    "search": [lambda b: b.search_articles("vpn")],
}
_WRONG = (None, True, 0, -1, 2**70, 1e400, "", "x", "../../etc/passwd", [], {}, [None], {"a": 1})


def _variants(value: Any) -> list[Any]:
    """``value`` with one part (at any depth) replaced by each wrong value."""
    found: list[Any] = list(_WRONG)
    if isinstance(value, dict):
        for key, child in value.items():
            found += [{**value, key: wrong} for wrong in _variants(child)]
            found.append({k: v for k, v in value.items() if k != key})
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += [[*value[:index], wrong, *value[index + 1:]] for wrong in _variants(child)]
    return found


@pytest.mark.parametrize("endpoint", sorted(READERS))
def test_one_wrong_field_anywhere_ends_in_models_or_a_typed_error(endpoint, tmp_path):
    _FILE.path.parent.mkdir(parents=True, exist_ok=True)
    _FILE.path.write_bytes(b"data")
    for variant in _variants(VALID[endpoint]):
        for operation in READERS[endpoint]:
            run(operation, {**VALID, endpoint: variant})


_STATUSES = st.sampled_from([200, 201, 204, 301, 400, 401, 403, 404, 422, 429, 500, 503])
_TYPES = st.sampled_from(["application/json", "application/json; charset=utf-8", "text/html",
                          "", "application/octet-stream"])
_BODIES = (st.binary(max_size=64) | ANY_JSON.map(lambda v: json.dumps(v).encode())
           | st.sampled_from([b"", b"null", b"{", b"<html>Redmine</html>",
                              b'{"errors": {"errors": ["deep"]}}']))


@pytest.mark.parametrize("endpoint", sorted(VALID))
@FUZZ
@given(raw=st.builds(Raw, body=_BODIES, status=_STATUSES, content_type=_TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in _ALL:
        run(operation, {**VALID, endpoint: raw})
