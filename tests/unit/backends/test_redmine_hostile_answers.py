"""Fuzzing what Redmine answers: whatever a server sends to any endpoint the connector reads,
every call ends in valid models or a typed HelpdeskError — never AttributeError, TypeError,
KeyError, ValueError or RecursionError from the mapping code.

Like test_rt_hostile_answers.py (the shared pieces in fuzz_kit.py): Hypothesis varies real
Redmine 5.0.4 answers (fields dropped, replaced by any JSON value, wrapped in lists) and serves
them at the network edge (``redmine_fakes.FakeRedmine``); derandomized, so every run tries the
same cases.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fuzz_kit import FUZZ, aware, number, outcome, raw_answers, vocabulary
from hypothesis import example, given
from hypothesis import strategies as st
from redmine_fakes import BASE, VALID, FakeRedmine, Raw, redmine_backend

from helpclient.backends.redmine.connector import RedmineBackend
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
REDMINE_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "2026-13-45T99:99:99Z",
           "1970-01-01T00:00:00Z", "Closed", "wiki-page", "VPN_setup", "../../admin"],
    keys=["id", "name", "issues", "issue", "status", "is_closed", "journals", "details", "notes",
          "private_notes", "attachments", "filename", "filesize", "content_url", "total_count",
          "wiki_pages", "wiki_page", "title", "text", "results", "upload", "token", "errors"])
ANY_JSON = REDMINE_WORDS.any_json
ANSWERS = {name: REDMINE_WORDS.near(answer) for name, answer in VALID.items()
           if not isinstance(answer, Raw)}

Operation = Callable[[RedmineBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")
# a file to upload, made per run by _attachment below: a fixed path in /tmp was rewritten by
# another run of these tests at the same time ("changed while uploading")
_FILE = NewAttachment(Path("set-by-the-fixture"), "a.txt")
_ALL: list[Operation] = [
    lambda b: b.whoami(), lambda b: b.create_ticket(_NEW), lambda b: b.list_my_tickets(),
    lambda b: b.list_my_tickets(SINCE), lambda b: b.get_ticket("2"),
    lambda b: b.find_ticket_by_key("k-1", SINCE), lambda b: b.conversation("2"),
    lambda b: b.find_reply_by_key("2", "k-1"), lambda b: b.solve("2"),
    lambda b: b.reopen("2", "Again"), lambda b: b.reply("2", "Thanks"),
    lambda b: b.list_articles(), lambda b: b.get_article("VPN"),
    lambda b: b.search_articles("vpn"), lambda b: list(b.download_attachment("2")),
]


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises."""
    if isinstance(value, UserInfo):
        assert value.login and isinstance(value.name, str) and isinstance(value.email, str)
    elif isinstance(value, Ticket):
        assert number(value.id) and isinstance(value.status, TicketStatus)
        assert len(value.subject) <= 1000 and value.url.startswith(BASE)
        assert aware(value.created) and aware(value.updated)
    elif isinstance(value, Message):
        assert aware(value.created) and isinstance(value.body, str)
        if value.kind == "status":
            assert isinstance(value.status, TicketStatus) and value.body == ""
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and number(attachment.id)
            assert 0 <= attachment.size <= 2**53
    elif isinstance(value, Article):
        assert value.id and isinstance(value.title, str) and isinstance(value.body, str)
        assert value.updated is None or aware(value.updated)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> None:
    """``operation`` against a server giving ``answers``: models, or a typed error."""
    outcome(redmine_backend(FakeRedmine(answers), tracker="Support"), operation, check_model)


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


@pytest.fixture(autouse=True, scope="module")
def _attachment(tmp_path_factory):
    global _FILE  # noqa: PLW0603 - the operations above read it when they run
    path = tmp_path_factory.mktemp("redmine-fuzz") / "a.txt"
    path.write_bytes(b"data")
    _FILE = NewAttachment(path, "a.txt")


@pytest.mark.parametrize("endpoint", sorted(READERS))
def test_one_wrong_field_anywhere_ends_in_models_or_a_typed_error(endpoint):
    for variant in _variants(VALID[endpoint]):
        for operation in READERS[endpoint]:
            run(operation, {**VALID, endpoint: variant})


_STATUSES = [200, 201, 204, 301, 400, 401, 403, 404, 422, 429, 500, 503]
_TYPES = ["application/json", "application/json; charset=utf-8", "text/html", "",
          "application/octet-stream"]
_BODIES = REDMINE_WORDS.bodies(b"", b"null", b"{", b"<html>Redmine</html>",
                               b'{"errors": {"errors": ["deep"]}}')


@pytest.mark.parametrize("endpoint", sorted(VALID))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in _ALL:
        run(operation, {**VALID, endpoint: raw})
