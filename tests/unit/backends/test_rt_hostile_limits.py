"""The extremes fuzzing does not reach by chance: nesting beyond Python's recursion limit, huge
numbers and texts, answers larger than memory should hold, a decompression bomb, and the
issue's own case — a list of messages with status 200 where an object belongs."""

from __future__ import annotations

import copy
import gzip
import json

import pytest
from rt_fakes import VALID, FakeRT, Raw, deeply_nested, rt_backend

from helpclient.backends import http
from helpclient.core.errors import BadResponse, HelpdeskError, NotAHelpdesk, Rejected
from helpclient.core.models import NewTicket

# one operation per endpoint that reads it, enough to reach its mapping
READS = {
    "user": lambda b: b.whoami(),
    "tickets": lambda b: b.list_my_tickets(),
    "ticket": lambda b: b.conversation("1"),
    "history": lambda b: b.conversation("1"),
    "attachments": lambda b: b.conversation("1"),
    "attachment": lambda b: list(b.download_attachment("1")),
    "articles": lambda b: b.search_articles("password"),
    "article": lambda b: b.get_article("1"),
    "created": lambda b: b.create_ticket(NewTicket("Printer", "It jams.")),
}


def answered(endpoint, answer, operation=None):
    """What reading ``endpoint`` gives when it answers ``answer`` (the error, if one)."""
    with rt_backend(FakeRT({**copy.deepcopy(VALID), endpoint: answer})) as backend:
        try:
            return (operation or READS[endpoint])(backend)
        except HelpdeskError as error:
            return error


@pytest.mark.parametrize("endpoint", sorted(READS))
def test_nesting_beyond_the_recursion_limit_is_a_bad_response(endpoint):
    for body in deeply_nested(100_000):
        error = answered(endpoint, Raw(body))
        assert isinstance(error, BadResponse), (endpoint, error)
        assert "nested too deeply" in error.message


@pytest.mark.parametrize("endpoint", sorted(READS))
def test_a_list_of_messages_where_an_object_belongs_is_a_bad_response(endpoint):
    error = answered(endpoint, ["Ticket 1: Permission Denied"])
    assert isinstance(error, BadResponse), (endpoint, error)
    assert "was a list where an object was expected" in error.message


def test_deep_json_in_an_error_answer_is_still_the_error():
    for body in deeply_nested(100_000):
        error = answered("tickets", Raw(body, status=400))
        assert isinstance(error, Rejected), error


def test_deep_nesting_inside_a_field_is_a_bad_response():
    tickets = copy.deepcopy(VALID["tickets"])
    nested: object = "x"
    for _ in range(500):
        nested = [nested]
    tickets["items"][0]["Subject"] = nested
    error = answered("tickets", tickets)
    assert isinstance(error, BadResponse)
    assert "a ticket's subject was a list where text was expected" in error.message


def test_huge_texts_are_cut_and_huge_numbers_bounded():
    tickets = copy.deepcopy(VALID["tickets"])
    tickets["items"][0]["Subject"] = "A" * 2_000_000
    [ticket] = answered("tickets", tickets)
    assert len(ticket.subject) == 1000 and ticket.subject.endswith("…")

    for length, shown in ((1e308, 2**53), (float("inf"), 0), (-5, 0), (10**30, 2**53),
                          ("99999999999999999999999999", 0), ("12", 12)):
        parts = copy.deepcopy(VALID["attachments"])
        parts["items"][1]["ContentLength"] = length
        messages = answered("attachments", parts)
        [file] = [a for m in messages for a in m.attachments]
        assert file.size == shown, length


@pytest.mark.parametrize("bad_id", [10**30, -1, 0, True, 1.5, "1e3", "١٢", "../1", "", None])
def test_ids_that_are_no_numbers_are_a_bad_response(bad_id):
    tickets = copy.deepcopy(VALID["tickets"])
    tickets["items"][0]["id"] = bad_id
    assert isinstance(answered("tickets", tickets), BadResponse)


def test_an_answer_larger_than_the_limit_is_refused(monkeypatch):
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 64 * 1024)
    article = copy.deepcopy(VALID["article"])
    article["CustomFields"][0]["values"] = ["x" * 200_000]
    error = answered("article", article)
    assert isinstance(error, BadResponse)
    assert "larger than" in error.message


def test_a_decompression_bomb_is_refused_before_it_is_unpacked(monkeypatch):
    monkeypatch.setattr(http, "MAX_ANSWER_BYTES", 1024 * 1024)
    bomb = gzip.compress(b'{"id": 1, "Name": "' + b"A" * 100_000_000 + b'"}', 9)
    assert len(bomb) < 200_000
    error = answered("user", Raw(bomb, headers={"Content-Encoding": "gzip"}))
    assert isinstance(error, BadResponse)


def test_a_broken_compressed_answer_is_a_bad_response():
    error = answered("user", Raw(b"\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"}))
    assert isinstance(error, BadResponse)


def test_text_that_is_not_json_still_means_not_rt():
    assert isinstance(answered("user", Raw(b"<html>Welcome</html>")), NotAHelpdesk)
    assert isinstance(answered("user", Raw(json.dumps({"id": 1}).encode()[:-1])), NotAHelpdesk)
