"""RT REST2 JSON → HelpClient models: statuses, dates, tickets, articles, conversations (no I/O)."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from helpclient.backends import BACKEND_TYPES, create_backend
from helpclient.backends.rt import mapping as rtm
from helpclient.backends.rt import records
from helpclient.backends.rt.client import TokenAuth, normalize_base_url
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.credentials import Credentials
from helpclient.core.errors import AuthError, ConfigurationError
from helpclient.core.models import Capability, TicketStatus

BASE = "https://rt.example.com"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("new", TicketStatus.NEW),
        ("open", TicketStatus.OPEN),
        ("stalled", TicketStatus.ON_HOLD),
        ("resolved", TicketStatus.SOLVED),
        ("rejected", TicketStatus.CLOSED),
        ("deleted", TicketStatus.CLOSED),
        ("Resolved", TicketStatus.SOLVED),
        ("waiting for vendor", TicketStatus.OPEN),  # custom lifecycle status
        ("", TicketStatus.OPEN),
    ],
)
def test_status_mapping(raw, expected):
    assert rtm.map_status(raw) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-01T12:34:56Z", datetime(2024, 5, 1, 12, 34, 56, tzinfo=UTC)),
        ("2024-05-01 12:34:56", datetime(2024, 5, 1, 12, 34, 56, tzinfo=UTC)),
        ("2024-05-01T12:34:56+00:00", datetime(2024, 5, 1, 12, 34, 56, tzinfo=UTC)),
        ("1970-01-01T00:00:00Z", None),  # RT's "not set"
        ("", None),
        (None, None),
        (0, None),
        ("yesterday", None),
        ("2024-13-01T00:00:00Z", None),
    ],
)
def test_parse_rt_date(value, expected):
    parsed = rtm.parse_rt_date(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo is not None


def test_ticketsql_bound_is_before_since_by_the_timezone_margin():
    since = datetime(2024, 5, 2, 12, 0, 0, tzinfo=UTC)
    assert rtm.ticketsql_lower_bound(since) == "2024-05-01 09:00:00"
    naive = datetime(2024, 5, 2, 12, 0, 0)
    assert rtm.ticketsql_lower_bound(naive) == "2024-05-01 09:00:00"


@pytest.mark.parametrize(
    ("token", "user_id"),
    [
        ("1-27-a5867e9dcc8739b2a06bc43324202583", 27),
        ("  1-14-914be73d474281f669db471263d10e26\n", 14),
        ("abcdef", None),
        ("", None),
        ("1-x-abc", None),
    ],
)
def test_user_id_from_token(token, user_id):
    assert rtm.user_id_from_token(token) == user_id


def test_ticket_from_search_item():
    item = {
        "id": "42",
        "Subject": "Printer broken",
        "Status": "stalled",
        "Created": "2024-05-01T08:00:00Z",
        "LastUpdated": "2024-05-02T09:30:00Z",
        "Owner": {"id": "bob", "Name": "bob", "RealName": "Bob Support"},
        "Queue": {"id": "1", "Name": "General"},
    }
    ticket = rtm.ticket_from_item(item, BASE)
    assert ticket.id == "42"
    assert ticket.status is TicketStatus.ON_HOLD
    assert ticket.raw_status == "stalled"
    assert ticket.created == datetime(2024, 5, 1, 8, tzinfo=UTC)
    assert ticket.updated == datetime(2024, 5, 2, 9, 30, tzinfo=UTC)
    assert ticket.owner == "Bob Support"
    assert ticket.queue == "General"
    assert ticket.url == f"{BASE}/Ticket/Display.html?id=42"


def test_ticket_owned_by_nobody_has_no_owner():
    item = {"id": 1, "Status": "new", "Owner": {"id": "Nobody", "RealName": "Nobody in particular"}}
    ticket = rtm.ticket_from_item(item, BASE)
    assert ticket.owner == ""
    assert ticket.updated == ticket.created


def test_article_body_comes_from_the_content_field():
    data = {
        "id": 7,
        "Name": "Reset your password",
        "Summary": "How to",
        "LastUpdated": "2024-01-01T00:00:00Z",
        "CustomFields": [
            {"name": "Other", "values": ["x"]},
            {"name": "Content", "values": ["<p>Go to the portal.</p>"]},
        ],
    }
    article = rtm.article_from_record(data, BASE, with_body=True)
    assert (article.id, article.title, article.summary) == ("7", "Reset your password", "How to")
    assert article.body == "<p>Go to the portal.</p>"
    assert article.is_html
    assert article.url == f"{BASE}/SelfService/Article/Display.html?id=7"
    assert rtm.article_from_record(data, BASE, with_body=False).body == ""
    plain = {**data, "CustomFields": [{"name": "Content", "values": ["1. Open <Settings>"]}]}
    assert not rtm.article_from_record(plain, BASE, with_body=True).is_html


def test_decode_content():
    assert rtm.decode_content({"Content": base64.b64encode(b"\x00\xffdata").decode()}) == (
        b"\x00\xffdata"
    )
    assert rtm.decode_content({}) == b""


def test_body_and_file_parts():
    parts = [records.part_from_item(item) for item in [
        {"id": "1", "ContentType": "multipart/mixed", "Filename": ""},
        {"id": "2", "ContentType": "text/html", "Filename": ""},
        {"id": "3", "ContentType": "Text/Plain", "Filename": None},
        {"id": "4", "ContentType": "image/png", "Filename": "shot.png", "ContentLength": "10"},
        {"id": "5", "ContentType": "text/plain", "Filename": "log.txt", "ContentLength": "x"},
    ]]
    assert rtm.body_part(parts).id == "3"  # text/plain preferred over the HTML alternative
    assert rtm.body_part(parts[:2]).id == "2"
    assert rtm.body_part(parts[3:]) is None
    files = [rtm.attachment_info(p) for p in parts if p.is_file]
    assert [(f.id, f.filename, f.size) for f in files] == [
        ("4", "shot.png", 10),
        ("5", "log.txt", 0),
    ]


def _txn(txn_id, kind, who, when, **extra):
    return {
        "id": txn_id,
        "Type": kind,
        "Creator": {"id": who, "Name": who, "RealName": who.title()},
        "Created": when,
        **extra,
    }


def test_conversation_keeps_public_messages_and_status_changes_only():
    history = [
        _txn("10", "Create", "alice", "2024-05-01T08:00:00Z"),
        _txn("11", "Correspond", "bob", "2024-05-01T09:00:00Z"),
        _txn("12", "Comment", "bob", "2024-05-01T09:05:00Z"),
        _txn("13", "Status", "RT_System", "2024-05-01T09:00:00Z", Field="Status", NewValue="open"),
        _txn("14", "Set", "bob", "2024-05-01T10:00:00Z", Field="Owner", NewValue="bob"),
        _txn("15", "Set", "bob", "2024-05-01T11:00:00Z", Field="Status", NewValue="resolved"),
        _txn("16", "EmailRecord", "RT_System", "2024-05-01T09:00:00Z"),
    ]
    parts = {
        "10": [
            {"id": "100", "ContentType": "text/plain", "Filename": ""},
            {"id": "101", "ContentType": "image/png", "Filename": "a.png", "ContentLength": "5"},
        ],
        "12": [{"id": "120", "ContentType": "text/plain", "Filename": "secret.txt"}],
    }
    bodies = {
        "10": ("It broke", False),
        "11": ("<p>Try again</p>", True),
        "12": ("internal", False),
    }
    messages = rtm.build_conversation(
        [records.transaction_from_item(t) for t in history],
        {txn: [records.part_from_item(p) for p in found] for txn, found in parts.items()},
        bodies, ["alice"])
    assert [m.id for m in messages] == ["10", "11", "13", "15"]
    first, reply, opened, solved = messages
    assert (first.body, first.from_support, first.author) == ("It broke", False, "Alice")
    assert [a.filename for a in first.attachments] == ["a.png"]
    assert reply.from_support and reply.is_html and reply.kind == "message"
    assert (opened.kind, opened.status) == ("status", TicketStatus.OPEN)
    assert (solved.kind, solved.status) == ("status", TicketStatus.SOLVED)
    assert all("internal" not in m.body for m in messages)


def _rt_user(login, real_name):
    """A transaction's Creator as RT 5.0.3 expands it with fields[Creator]=Name,RealName."""
    return {"type": "user", "id": login, "Name": login, "RealName": real_name,
            "_url": f"http://127.0.0.1:39505/REST/2.0/user/{login}"}


def _rt_status_txn(txn_id, old, new, creator, when="2026-12-02T09:15:34Z"):
    """A status change in ``/ticket/1/history`` exactly as RT 5.0.3 sends it."""
    return {"_url": f"http://127.0.0.1:39505/REST/2.0/transaction/{txn_id}", "id": str(txn_id),
            "type": "transaction", "Type": "Status", "Field": "Status", "Description": "",
            "OldValue": old, "NewValue": new, "Created": when, "Creator": creator}


def test_status_events_carry_common_statuses_not_rt_words():
    rt_system = _rt_user("RT_System", "The RT System itself")
    root = _rt_user("root", "Enoch Root")
    history = [
        _rt_status_txn(69, "new", "open", rt_system, "2026-12-02T09:15:33Z"),
        _rt_status_txn(70, "open", "stalled", root),
        _rt_status_txn(71, "stalled", "resolved", root),
        # two RT statuses that mean the same to the employee: no visible change
        _rt_status_txn(72, "rejected", "deleted", root),
        _rt_status_txn(73, "resolved", "open", _rt_user("alice", "Alice Example")),
    ]
    messages = rtm.build_conversation(
        [records.transaction_from_item(t) for t in history], {}, {}, ["alice"])
    assert [(m.id, m.old_status, m.status) for m in messages] == [
        ("69", TicketStatus.NEW, TicketStatus.OPEN),
        ("70", TicketStatus.OPEN, TicketStatus.ON_HOLD),
        ("71", TicketStatus.ON_HOLD, TicketStatus.SOLVED),
        ("73", TicketStatus.SOLVED, TicketStatus.OPEN),
    ]
    automatic, held, _solved, reopened = messages
    # RT's own account is automation: no author to show; people keep their names
    assert (automatic.author, held.author, reopened.author) == ("", "Enoch Root", "Alice Example")
    assert [m.from_support for m in messages] == [True, True, True, False]
    # nothing of RT's wording travels with the event
    assert all(m.kind == "status" and m.body == "" for m in messages)
    shown = " ".join(f"{m.author} {m.body}" for m in messages)
    for rt_word in ("RT System", "RT_System", "resolved", "stalled", "open", "new"):
        assert rt_word not in shown


def test_a_status_change_without_its_old_value_is_kept():
    txn = _rt_status_txn(9, "", "resolved", _rt_user("bob", "Bob"))
    [event] = rtm.build_conversation([records.transaction_from_item(txn)], {}, {}, [])
    assert (event.old_status, event.status) == (None, TicketStatus.SOLVED)


def test_base_url_normalisation():
    assert normalize_base_url(" https://rt.example.com/ ") == "https://rt.example.com"
    assert normalize_base_url("https://rt.example.com/rt/REST/2.0/") == "https://rt.example.com/rt"
    for bad in ("rt.example.com", "ftp://rt.example.com", "https://", ""):
        with pytest.raises(ConfigurationError):
            normalize_base_url(bad)


def test_token_auth_never_shows_the_token():
    auth = TokenAuth("1-27-secretsecret")
    assert "secret" not in repr(auth)


def test_backend_registry_and_capabilities():
    assert BACKEND_TYPES == {"rt": "Request Tracker", "glpi": "GLPI", "zammad": "Zammad",
                             "redmine": "Redmine", "freshservice": "Freshservice",
                             "jsm": "Jira Service Management",
                             "zendesk": "Zendesk"}
    with pytest.raises(TypeError):
        BACKEND_TYPES["x"] = "y"  # type: ignore[index]
    with create_backend("rt", BASE, Credentials.token("1-27-abc")) as backend:
        assert isinstance(backend, RequestTrackerBackend)
        assert backend.name == "Request Tracker"
        assert Capability.CSAT not in backend.capabilities
        assert Capability.FIND_BY_KEY in backend.capabilities
    with pytest.raises(ConfigurationError):
        create_backend("zammad-xyz", BASE, Credentials.token("t"))
    with pytest.raises(ConfigurationError):  # RT signs in with tokens only
        create_backend("rt", BASE, Credentials.password("alice", "secret"))
    with pytest.raises(AuthError):
        RequestTrackerBackend(BASE, "  ")
