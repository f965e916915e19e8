"""The Freshservice connector against API v2's documented answers, at the network edge: paging by
the ``Link`` header, the account-wide rate limit, HTML bodies, private notes, every documented
status, the 15 MB limit of a request's files, status changes the account refuses, the
knowledge-base search as the user."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from freshservice_fakes import (
    BASE,
    EMAIL,
    ME,
    FakeFreshservice,
    conversation,
    freshservice_backend,
    ticket,
)
from rt_fakes import Raw

from helpclient.backends import poll_floor
from helpclient.backends.freshservice.files import MAX_UPLOAD_BYTES
from helpclient.backends.rate_gate import RateGate
from helpclient.core.credentials import Credentials
from helpclient.core.errors import (
    AuthError,
    BadResponse,
    ConfigurationError,
    RateLimited,
    Rejected,
    TooLarge,
)
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus


class Clock:
    """Monotonic seconds the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_list_names_its_window_and_follows_the_link_header() -> None:
    pages = {"1": ([ticket(31, updated="2026-12-01T09:00:00Z")], True),
             "2": ([ticket(32, updated="2026-12-02T09:00:00Z")], True),
             "3": ([ticket(33, updated="2026-12-03T09:00:00Z"), ticket(31)], False)}

    def listing(path: str, query: dict[str, str], body: bytes) -> Raw:
        found, more = pages[query.get("page", "1")]
        link = {"Link": f'<{BASE}/api/v2/tickets?email=x&page={int(query.get("page", "1")) + 1}'
                        '>; rel="next"'} if more else {}
        return Raw(json.dumps({"tickets": found}).encode(), headers=link)

    adapter = FakeFreshservice()
    adapter.answers["tickets"] = listing
    with freshservice_backend(adapter, page_size=1) as backend:
        found = backend.list_my_tickets()
    assert [t.id for t in found] == ["33", "32", "31"]  # newest change first, 31 once
    first = adapter.requests[0][2]
    # the API's default window is 30 days: "all my tickets" names its own
    assert first == {"email": EMAIL, "updated_since": "2010-01-01T00:00:00Z", "per_page": "1"}
    assert [q.get("page") for _, _, q, _ in adapter.requests] == [None, "2", "3"]


def test_a_next_page_on_another_host_is_not_followed_with_the_key() -> None:
    adapter = FakeFreshservice()
    adapter.answers["tickets"] = Raw(b'{"tickets": []}', headers={
        "Link": '<https://collector.example/api/v2/tickets?page=2>; rel="next"'})
    with freshservice_backend(adapter) as backend, pytest.raises(BadResponse):
        backend.list_my_tickets()
    assert adapter.hosts == ["acme.freshservice.com"]


def test_changed_since_is_asked_of_the_server_and_checked_here() -> None:
    adapter = FakeFreshservice()
    adapter.answers["tickets"] = {"tickets": [ticket(31, updated="2026-12-01T09:00:00Z"),
                                              ticket(32, updated="2026-12-05T09:00:00Z")]}
    since = datetime(2026, 12, 3, 8, 30, 15, 999, tzinfo=UTC)
    with freshservice_backend(adapter) as backend:
        found = backend.list_my_tickets(changed_since=since)
    assert [t.id for t in found] == ["32"]
    assert adapter.requests[0][2]["updated_since"] == "2026-12-03T08:30:15Z"


def test_429_is_honoured_strictly_across_calls() -> None:
    clock = Clock()
    adapter = FakeFreshservice()
    adapter.answers["tickets"] = Raw(
        b'{"code":"rate_limit_exceeded","message":"Too many requests"}', status=429,
        headers={"Retry-After": "30", "X-Ratelimit-Remaining": "0"})
    with freshservice_backend(adapter, gate=RateGate("Freshservice", clock)) as backend:
        with pytest.raises(RateLimited) as first:
            backend.list_my_tickets()
        assert first.value.retry_after == 30
        clock.now += 20
        with pytest.raises(RateLimited) as held:  # not sent: the wait still holds
            backend.get_ticket("31")
        assert held.value.retry_after == pytest.approx(10)
        assert len(adapter.requests) == 1
        clock.now += 11
        assert backend.get_ticket("31").id == "31"
    assert len(adapter.requests) == 2


def test_a_window_with_no_requests_left_holds_the_next_ones() -> None:
    clock = Clock()
    adapter = FakeFreshservice()
    adapter.answers["ticket"] = Raw(json.dumps({"ticket": ticket()}).encode(),
                                    headers={"X-Ratelimit-Remaining": "0"})
    with freshservice_backend(adapter, gate=RateGate("Freshservice", clock)) as backend:
        backend.get_ticket("31")  # answered; its headers say the minute's requests are gone
        with pytest.raises(RateLimited):
            backend.get_ticket("31")
        clock.now += 61
        backend.get_ticket("31")
    assert len(adapter.requests) == 2


@pytest.mark.parametrize(("status", "responder", "meaning", "raw"), [
    (2, None, TicketStatus.NEW, "Open"),  # nobody took it yet
    (2, 1000000012, TicketStatus.OPEN, "Open"),
    (3, 1000000012, TicketStatus.WAITING_FOR_YOU, "Pending"),
    (4, 1000000012, TicketStatus.SOLVED, "Resolved"),
    (5, 1000000012, TicketStatus.CLOSED, "Closed"),
    (7, 1000000012, TicketStatus.OPEN, "Status 7"),  # an account's own status
])
def test_every_documented_status_is_mapped(status: int, responder: int | None,
                                           meaning: TicketStatus, raw: str) -> None:
    adapter = FakeFreshservice()
    adapter.answers["ticket"] = {"ticket": ticket(status=status, responder=responder)}
    with freshservice_backend(adapter) as backend:
        found = backend.get_ticket("31")
    assert (found.status, found.raw_status) == (meaning, raw)
    assert found.url == f"{BASE}/support/tickets/31"


def test_private_notes_and_system_entries_are_never_shown() -> None:
    adapter = FakeFreshservice()
    adapter.answers["conversations"] = {"conversations": [
        conversation(101, "<div>Public reply</div>"),
        conversation(102, "<div>INTERNAL one</div>", private=True, source=2),
        conversation(103, "<div>INTERNAL two</div>", private="false", source=2),  # not false
        conversation(104, "<div>INTERNAL three</div>"),  # "private" left out below
        conversation(105, "<div>INTERNAL status</div>", source=3),
        conversation(106, "<p>My answer</p><p>HelpClient-Report: r-1</p>", user=ME, source=2)]}
    del adapter.answers["conversations"]["conversations"][3]["private"]
    with freshservice_backend(adapter) as backend:
        messages = backend.conversation("31")
    assert all("INTERNAL" not in m.body for m in messages)
    assert [m.id for m in messages] == ["t31", "101", "106"]
    report, reply, mine = messages
    assert not report.from_support and report.author == EMAIL
    assert [a.filename for a in report.attachments] == ["vpn.log"]
    assert reply.from_support and reply.author == "helpdesk@acme.freshservice.com"
    assert not mine.from_support and "HelpClient-Report" not in mine.body


def test_html_is_sanitized_and_text_is_sent_escaped() -> None:
    adapter = FakeFreshservice()
    adapter.answers["conversations"] = {"conversations": [conversation(
        101, '<div onclick="x()">Fixed<script>alert(1)</script><img src="https://t.example/p">'
             '</div>')]}
    with freshservice_backend(adapter) as backend:
        reply = backend.conversation("31")[1]
        backend.create_ticket(NewTicket(subject="A <b>bold</b> subject",
                                        body="Line <1>\nLine & 2\n\nNew paragraph",
                                        priority=90, idempotency_key="k-9"))
    assert reply.is_html and "<script" not in reply.body and "onclick" not in reply.body
    assert "t.example" not in reply.body and "Fixed" in reply.body
    sent = json.loads(adapter.requests[-1][3])
    assert sent == {"email": EMAIL, "subject": "A <b>bold</b> subject",
                    "description": "<p>Line &lt;1&gt;<br>Line &amp; 2</p><p>New paragraph</p>"
                                   "<p>HelpClient-Report: k-9</p>",
                    "priority": 4, "urgency": 3, "status": 2, "source": 2}


def test_files_over_15_mb_together_are_refused_before_any_upload(tmp_path) -> None:
    half = MAX_UPLOAD_BYTES // 2 + 1
    files = []
    for name in ("a.bin", "b.bin"):
        path = tmp_path / name
        with path.open("wb") as out:
            out.truncate(half)
        files.append(NewAttachment(path, name))
    adapter = FakeFreshservice()
    with freshservice_backend(adapter) as backend:
        with pytest.raises(TooLarge, match=r"at most 15\.0 MB"):
            backend.create_ticket(NewTicket(subject="Big", body="Dump", attachments=tuple(files)))
        with pytest.raises(TooLarge):
            backend.reply("31", "More", files)
        backend.reply("31", "One fits", files[:1])
    assert [(m, p) for m, p, _, _ in adapter.requests] == [("POST", "tickets/31/notes")]
    body = adapter.requests[0][3]
    assert b'name="attachments[]"; filename="a.bin"' in body
    assert b'name="private"' in body and b'name="incoming"\r\nContent-Type: text/plain; ' \
        b"charset=utf-8\r\n\r\ntrue" in body


def test_a_refused_status_change_switches_solve_and_reopen_off() -> None:
    adapter = FakeFreshservice()
    adapter.answers["updated"] = Raw(
        b'{"code":"access_denied","message":"You are not authorized to perform this action."}',
        status=403)
    with freshservice_backend(adapter) as backend:
        assert Capability.SOLVE in backend.capabilities
        with pytest.raises(Rejected, match="requesters"):
            backend.solve("31")
        assert not backend.capabilities & (Capability.SOLVE | Capability.REOPEN)
        assert Capability.REPLY in backend.capabilities
        with pytest.raises(Rejected):
            backend.reopen("31", "Still broken")  # refused here: no second request
    assert len(adapter.requests) == 1


def test_solve_and_reopen_set_the_status_and_add_the_reason() -> None:
    adapter = FakeFreshservice()
    with freshservice_backend(adapter) as backend:
        backend.solve("31")
        adapter.answers["updated"] = {"ticket": ticket(status=2)}
        backend.reopen("31", "It is back")
    puts = [(m, p, b) for m, p, _, b in adapter.requests]
    assert puts[0] == ("PUT", "tickets/31", b'{"status": 4}')
    assert puts[1] == ("PUT", "tickets/31", b'{"status": 2}')
    assert puts[2][:2] == ("POST", "tickets/31/notes")
    assert b'"private": false' in puts[2][2] and b'"incoming": true' in puts[2][2]


def test_the_search_names_the_user_and_does_without_when_refused() -> None:
    adapter = FakeFreshservice()
    asked: list[dict[str, str]] = []

    def search(path: str, query: dict[str, str], body: bytes) -> object:
        asked.append(query)
        if "user_email" in query:
            return Raw(b'{"code":"access_denied","message":"not allowed"}', status=403)
        return adapter.answers["saved"]

    adapter.answers["saved"] = adapter.answers["articles"]
    adapter.answers["articles"] = search
    with freshservice_backend(adapter) as backend:
        found = backend.search_articles("vpn", limit=5)
        backend.search_articles("printer", limit=5)
        article = backend.get_article("5")
    assert asked == [{"search_term": "vpn", "per_page": "5", "user_email": EMAIL},
                     {"search_term": "vpn", "per_page": "5"},
                     {"search_term": "printer", "per_page": "5"}]
    assert [a.title for a in found] == ["Reset your VPN"]
    assert article.url == f"{BASE}/support/solutions/articles/5" and article.is_html


def test_the_key_goes_as_basic_with_x_and_the_rate_limit_floor_is_declared() -> None:
    adapter = FakeFreshservice()
    with freshservice_backend(adapter) as backend:
        me = backend.whoami()
        assert b"".join(backend.download_attachment("17")) == b"vpn log line"
    assert (me.login, me.email) == (EMAIL, EMAIL)
    assert adapter.headers[0]["Authorization"] == "Basic WHE3TG0yTnA5UnQ0Vnc2WXoxQmM6WA=="
    assert adapter.requests[1][:2] == ("GET", "attachments/17")
    assert poll_floor("freshservice") == 600 and poll_floor("rt") == 0


@pytest.mark.parametrize("credentials", [
    Credentials.token("Xq7Lm2Np9Rt4Vw6Yz1Bc"), Credentials.api_key("not an address", "k"),
    Credentials.api_key(EMAIL, "")])
def test_sign_in_needs_an_address_and_a_key(credentials: Credentials) -> None:
    with pytest.raises((AuthError, ConfigurationError)):
        freshservice_backend(FakeFreshservice(), credentials=credentials)
