"""Fuzzing what GLPI answers: whatever a server sends to any endpoint the connector reads, every
call ends in valid models or a typed HelpdeskError — never AttributeError, TypeError, KeyError,
ValueError or RecursionError from the mapping code, and never an unsanitized body.

Hypothesis generates arbitrary JSON and near-valid variations of GLPI 10's documented answers
(fields dropped, replaced by any JSON value, wrapped in lists), served at the network edge by
``glpi_fakes.FakeGLPI``: the API session, paging, JSON parsing, shape checks and mapping run for
real. Examples are derandomized and no example database is kept, so every run tries the same
cases.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from fuzz_kit import FUZZ, aware, outcome, raw_answers, vocabulary
from glpi_fakes import BASE, VALID, FakeGLPI, glpi_backend
from hypothesis import example, given
from hypothesis import strategies as st

from helpclient.backends.glpi.connector import GlpiBackend
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

GLPI_WORDS = vocabulary(
    words=["", "0", "-1", "1e400", "../../etc/passwd", "0000-00-00 00:00:00",
           "2026-13-45 99:99:99", "&#60;script&#62;alert(1)&#60;/script&#62;",
           "<script>alert(1)</script>", "ERROR_SESSION_TOKEN_INVALID", "Europe/../../etc",
           "9999999999999999999999"],
    keys=["id", "data", "totalcount", "session", "session_token", "glpiID", "status", "content",
          "is_private", "documents_id", "itemtype", "items_id", "filename", "2", "12", "19",
          "glpi_tz", "_keys_names"])
ANY_JSON = GLPI_WORDS.any_json
ANSWERS = {name: GLPI_WORDS.near(answer) for name, answer in VALID.items()}

Operation = Callable[[GlpiBackend], Any]
_NEW = NewTicket(subject="Printer", body="It jams.", idempotency_key="k-1")

#: Every operation that reads each endpoint's answer.
READERS: dict[str, list[Operation]] = {
    "session": [lambda b: b.whoami(), lambda b: b.list_my_tickets(SINCE),
                lambda b: b.create_ticket(_NEW)],
    "tickets": [lambda b: b.list_my_tickets(), lambda b: b.list_my_tickets(SINCE),
                lambda b: b.find_ticket_by_key("k-1", SINCE)],
    "ticket": [lambda b: b.get_ticket("1"), lambda b: b.conversation("1"),
               lambda b: b.solve("1"), lambda b: b.reopen("1", "Still broken")],
    "followups": [lambda b: b.conversation("1"), lambda b: b.find_reply_by_key("1", "k-1")],
    "solutions": [lambda b: b.conversation("1")],
    "links": [lambda b: b.conversation("1")],
    "entry_links": [lambda b: b.conversation("1")],
    "document": [lambda b: b.conversation("1")],
    "file": [lambda b: list(b.download_attachment("501"))],
    "surveys": [lambda b: b.rate("1", satisfied=True)],
    "created": [lambda b: b.create_ticket(_NEW), lambda b: b.reply("1", "Thanks")],
    "rated": [lambda b: b.rate("1", satisfied=False, comment="Slow")],
    "articles": [lambda b: b.search_articles("password"), lambda b: b.list_articles(),
                 lambda b: b.list_articles(SINCE)],
    "article": [lambda b: b.get_article("11")],
}


def _safe_html(body: str) -> bool:
    lowered = body.lower()
    return "<script" not in lowered and "javascript:" not in lowered and "onerror" not in lowered


def check_model(value: Any) -> None:
    """Fail unless ``value`` is a model the backend protocol promises, with usable fields."""
    if isinstance(value, UserInfo):
        assert isinstance(value.login, str) and isinstance(value.name, str)
    elif isinstance(value, Ticket):
        assert value.id.isascii() and value.id.isdigit()
        assert isinstance(value.status, TicketStatus) and isinstance(value.raw_status, str)
        assert isinstance(value.subject, str) and len(value.subject) <= 1000
        assert value.url.startswith(BASE) and aware(value.created) and aware(value.updated)
    elif isinstance(value, Message):
        assert aware(value.created) and isinstance(value.author, str)
        assert value.kind in ("message", "status")
        assert not value.is_html or _safe_html(value.body)
        for attachment in value.attachments:
            assert isinstance(attachment, AttachmentInfo) and attachment.id.isdigit()
    elif isinstance(value, Article):
        assert value.id.isdigit() and isinstance(value.title, str)
        assert not value.is_html or _safe_html(value.body)
        assert value.updated is None or aware(value.updated)
    else:
        pytest.fail(f"unexpected result {value!r}")


def run(operation: Operation, answers: dict[str, Any]) -> Any:
    """``operation`` against a server giving ``answers``: its checked result, or None when it
    ended in a typed error (anything else fails the test)."""
    return outcome(glpi_backend(FakeGLPI(answers)), operation, check_model)


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(data=st.data())
def test_any_answer_from_one_endpoint_ends_in_models_or_a_typed_error(endpoint, data):
    answer = data.draw(ANSWERS[endpoint], label=endpoint)
    for operation in READERS[endpoint]:
        run(operation, {**VALID, endpoint: answer})


@FUZZ
@given(answers=st.fixed_dictionaries({name: ANY_JSON for name in VALID}))
@example(answers={name: ["ERROR", "Bad Request"] for name in VALID})  # errors, status 200
@example(answers={name: None for name in VALID})
@example(answers={name: {} for name in VALID})
def test_any_answers_everywhere_end_in_models_or_a_typed_error(answers):
    for operations in READERS.values():
        for operation in operations:
            run(operation, answers)


_STATUSES = [200, 201, 206, 207, 301, 400, 401, 403, 404, 413, 429, 500, 503]
_TYPES = ["application/json", "application/json; charset=UTF-8", "text/html", "text/plain", ""]
_BODIES = GLPI_WORDS.bodies(b"", b"null", b"[", b'["ERROR_SESSION_TOKEN_INVALID","x"]',
                            b'["ERROR_RIGHT_MISSING"]', b'["ERROR_GLPI_ADD",[1,2]]',
                            b"<html>GLPI</html>", b'{"totalcount":"x","data":{}}')


@pytest.mark.parametrize("endpoint", sorted(READERS))
@FUZZ
@given(raw=raw_answers(_BODIES, _STATUSES, _TYPES))
def test_any_bytes_and_status_end_in_models_or_a_typed_error(endpoint, raw):
    for operation in READERS[endpoint]:
        run(operation, {**VALID, endpoint: raw})


def test_the_documented_answers_give_the_expected_models():
    """The valid table reads as it should (so the fuzzing starts from working answers)."""
    [ticket] = run(lambda b: b.list_my_tickets(), VALID)
    assert (ticket.id, ticket.subject, ticket.status) == ("1", "VPN & Wi-Fi drop",
                                                          TicketStatus.SOLVED)
    conversation = run(lambda b: b.conversation("1"), VALID)
    assert [m.id for m in conversation] == ["Ticket-1", "ITILFollowup-301", "ITILSolution-401",
                                            "ITILSolution-401-status"]
    assert conversation[0].body == "<p>My VPN disconnects every hour.</p>"  # no key marker
    assert [a.filename for a in conversation[0].attachments] == ["vpn.log"]
