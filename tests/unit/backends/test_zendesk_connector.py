"""The Zendesk connector against Zendesk's documented answers at the network edge: paging, HTML
comments, private comments never shown, every documented status, what a request allows, files
and the knowledge base. (The rate limit and signing in: test_zendesk_access.py.)"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import requests
from zendesk_fakes import (
    ATTACHMENT,
    BASE,
    VALID,
    FakeZendesk,
    comment,
    page,
    request,
    zendesk_backend,
)

from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.core.errors import AuthError, BadResponse, Rejected
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus


def _listed(fake: FakeZendesk) -> list[dict[str, str]]:
    return [query for method, path, query, _ in fake.requests
            if (method, path) == ("GET", "/api/v2/requests")]


# -- paging ---------------------------------------------------------------------------------------


def test_every_page_is_read_by_its_cursor_newest_change_first():
    pages = {"": page("requests", [request(3, "new", updated="2026-05-04T09:00:03Z"),
                                   request(2, "open", updated="2026-05-04T09:00:02Z")], "c2"),
             "c2": page("requests", [request(1, "pending", updated="2026-05-04T09:00:01Z"),
                                     request(2, "open", updated="2026-05-04T09:00:02Z")])}
    fake = FakeZendesk({**VALID, "list": lambda p, q, b: pages[q.get("page[after]", "")]})
    with zendesk_backend(fake, page_size=2) as zendesk:
        tickets = zendesk.list_my_tickets()
    assert [t.id for t in tickets] == ["3", "2", "1"]  # the repeated one once
    assert _listed(fake) == [
        {"sort_by": "updated_at", "sort_order": "desc", "page[size]": "2"},
        {"sort_by": "updated_at", "sort_order": "desc", "page[size]": "2", "page[after]": "c2"}]


def test_what_changed_stops_at_the_first_page_that_reaches_back_before_t():
    old = "2026-05-01T09:00:00Z"
    first = page("requests", [request(3, "new", updated="2026-05-04T09:00:03Z"),
                              request(2, "open", created=old, updated=old)], "more")
    fake = FakeZendesk({**VALID, "list": first})
    with zendesk_backend(fake, page_size=2) as zendesk:
        changed = zendesk.list_my_tickets(datetime(2026, 5, 4, tzinfo=UTC))
    assert [t.id for t in changed] == ["3"]
    assert len(_listed(fake)) == 1  # the page after is older still: never asked for


def test_a_page_that_says_more_without_a_cursor_is_a_bad_answer():
    fake = FakeZendesk({**VALID, "list": {"requests": [], "meta": {"has_more": True}}})
    with zendesk_backend(fake) as zendesk, pytest.raises(BadResponse):
        zendesk.list_my_tickets()


# -- the conversation -----------------------------------------------------------------------------


def test_html_bodies_are_sanitized_and_the_report_key_hidden():
    dangerous = ('<div class="zd-comment"><p>Run <b>this</b></p><script>alert(1)</script>'
                 '<img src="https://tracker.example/p.gif"><a href="javascript:x()">x</a>'
                 '<p>HelpClient-Report: k-9</p></div>')
    fake = FakeZendesk({**VALID, "comments": page("comments", [
        comment(5, "Run this\n\nHelpClient-Report: k-9", html=dangerous),
        comment(6, "plain only\n\nHelpClient-Report: k-9", html=""),
    ], users=VALID["comments"]["users"])})
    with zendesk_backend(fake) as zendesk:
        rich, plain = zendesk.conversation("1")
    assert rich.is_html and "<b>this</b>" in rich.body
    for unsafe in ("<script", "javascript:", "tracker.example", "HelpClient-Report"):
        assert unsafe not in rich.body
    assert not plain.is_html and plain.body.strip() == "plain only"


@pytest.mark.parametrize("public", [False, None, "true", 1, "yes"])
def test_a_comment_that_is_not_plainly_public_is_never_shown(public):
    private = comment(7, "INTERNAL: user is on the old laptop", attachments=[ATTACHMENT])
    private["public"] = public
    if public is None:
        del private["public"]
    fake = FakeZendesk({**VALID, "comments": page("comments", [
        comment(5, "Hello"), private], users=VALID["comments"]["users"])})
    with zendesk_backend(fake) as zendesk:
        shown = zendesk.conversation("1")
        assert [m.id for m in shown] == ["5"]
        assert not zendesk.find_reply_by_key("1", "never")
    fake.answers["comment"] = {"comment": private}
    with zendesk_backend(fake) as zendesk, pytest.raises(Exception) as caught:
        list(zendesk.download_attachment(f"1/7/{ATTACHMENT['id']}"))
    assert "attachment" in str(caught.value)


def test_support_is_told_from_the_user_by_the_sideloaded_authors():
    with zendesk_backend(FakeZendesk()) as zendesk:
        mine, theirs = zendesk.conversation("1")
    assert (mine.author, mine.from_support) == ("Nicole Braun", False)
    assert (theirs.author, theirs.from_support) == ("Emma Taylor", True)
    assert [a.filename for a in mine.attachments] == ["crash.log"]


def test_without_sideloaded_authors_support_is_whoever_is_not_the_user():
    fake = FakeZendesk({**VALID, "comments": {**VALID["comments"], "users": []}})
    with zendesk_backend(fake) as zendesk:
        mine, theirs = zendesk.conversation("1")
        zendesk.conversation("1")
    assert (mine.from_support, theirs.from_support) == (False, True)
    asked = [path for _, path, *_ in fake.requests]
    assert asked.count("/api/v2/users/me") == 1  # asked once, remembered


# -- statuses and what a request allows -----------------------------------------------------------


@pytest.mark.parametrize("raw, status", [
    ("new", TicketStatus.NEW), ("open", TicketStatus.OPEN),
    ("pending", TicketStatus.WAITING_FOR_YOU), ("hold", TicketStatus.ON_HOLD),
    ("solved", TicketStatus.SOLVED), ("closed", TicketStatus.CLOSED),
    ("something-new", TicketStatus.OPEN),
])
def test_every_documented_status_is_mapped(raw, status):
    fake = FakeZendesk({**VALID, "request": {"request": request(1, raw)}})
    with zendesk_backend(fake) as zendesk:
        ticket = zendesk.get_ticket("1")
    assert (ticket.status, ticket.raw_status) == (status, raw)
    assert ticket.url == f"{BASE}/hc/requests/1"


@pytest.mark.parametrize("raw, solvable, allowed, refused", [
    ("open", True, Capability.SOLVE | Capability.REPLY, Capability.REOPEN | Capability.CSAT),
    ("open", False, Capability.REPLY, Capability.SOLVE),
    ("solved", True, Capability.REOPEN | Capability.CSAT | Capability.REPLY, Capability.SOLVE),
    ("closed", False, Capability.REOPEN, Capability.REPLY | Capability.CSAT | Capability.SOLVE),
])
def test_what_a_request_allows_is_zendesks_to_say(raw, solvable, allowed, refused):
    fake = FakeZendesk({**VALID, "request": {"request": request(1, raw, solvable=solvable)}})
    with zendesk_backend(fake) as zendesk:
        caps = zendesk.get_ticket("1").capabilities
    assert caps is not None and allowed in caps and not caps & refused


def test_solving_is_refused_unsent_while_zendesk_does_not_allow_it():
    fake = FakeZendesk({**VALID, "request": {"request": request(1, "new", solvable=False)}})
    with zendesk_backend(fake) as zendesk, pytest.raises(Rejected):
        zendesk.solve("1")
    assert [m for m, *_ in fake.requests] == ["GET"]


def test_solving_sends_solved_true():
    fake = FakeZendesk()
    with zendesk_backend(fake) as zendesk:
        zendesk.solve("1")
    method, path, _, body = fake.requests[-1]
    assert (method, path, json.loads(body)) == ("PUT", "/api/v2/requests/1",
                                                {"request": {"solved": True}})


def test_reopening_a_closed_request_files_a_follow_up():
    fake = FakeZendesk({**VALID, "request": {"request": request(4, "closed")}})
    with zendesk_backend(fake) as zendesk:
        zendesk.reopen("4", "It is back.")
    method, path, _, body = fake.requests[-1]
    assert (method, path) == ("POST", "/api/v2/requests")
    assert json.loads(body) == {"request": {
        "subject": "Request 4", "comment": {"body": "It is back."}, "type": "incident",
        "via_followup_source_id": 4}}


def test_reopening_a_solved_request_is_a_comment():
    fake = FakeZendesk({**VALID, "request": {"request": request(1, "solved")}})
    with zendesk_backend(fake) as zendesk:
        zendesk.reopen("1", "Still broken.")
    method, path, _, body = fake.requests[-1]
    assert (method, path, json.loads(body)) == (
        "PUT", "/api/v2/requests/1", {"request": {"comment": {"body": "Still broken."}}})


@pytest.mark.parametrize("satisfied, comment_text, sent", [
    (True, "", {"score": "good"}),
    (False, " Too slow. ", {"score": "bad", "comment": "Too slow."}),
])
def test_a_rating_is_good_or_bad_with_the_comment(satisfied, comment_text, sent):
    fake = FakeZendesk()
    with zendesk_backend(fake) as zendesk:
        zendesk.rate("1", satisfied, comment_text)
    method, path, _, body = fake.requests[-1]
    assert (method, path) == ("POST", "/api/v2/tickets/1/satisfaction_rating")
    assert json.loads(body) == {"satisfaction_rating": sent}


# -- creating, files, knowledge base --------------------------------------------------------------


def test_files_share_one_upload_token_and_the_urgency_is_the_priority(tmp_path):
    first, second = tmp_path / "a.log", tmp_path / "b.png"
    first.write_bytes(b"log")
    second.write_bytes(b"\x89PNG")
    fake = FakeZendesk()
    with zendesk_backend(fake) as zendesk:
        zendesk.create_ticket(NewTicket("Printer", "It jams.", priority=90, attachments=(
            NewAttachment(first, "a.log"), NewAttachment(second, "b.png"))))
    uploads = [(q, b) for m, p, q, b in fake.requests if p == "/api/v2/uploads"]
    assert uploads == [({"filename": "a.log"}, b"log"),
                       ({"filename": "b.png", "token": "6bk3gql82em5nmf"}, b"\x89PNG")]
    sent = json.loads(fake.requests[-1][3])["request"]
    assert sent["comment"]["uploads"] == ["6bk3gql82em5nmf"]
    assert (sent["priority"], sent["type"]) == ("urgent", "incident")


def test_a_file_elsewhere_is_fetched_without_credentials():
    # the docs warn that files may be hosted elsewhere: the fake answers any host by its path
    elsewhere = {**ATTACHMENT,
                 "content_url": "https://acme.zdusercontent.com/attachments/token/abc/?name=x"}
    fake = FakeZendesk({**VALID, "comment": {"comment": comment(1, "x",
                                                                attachments=[elsewhere])}})
    with zendesk_backend(fake) as zendesk:
        content = b"".join(zendesk.download_attachment(f"1/1/{ATTACHMENT['id']}"))
    assert content == b"vpn log line"
    assert fake.authorization[-2] is not None and fake.authorization[-1] is None


def test_a_file_on_zendesk_itself_is_fetched_signed_in():
    fake = FakeZendesk()
    with zendesk_backend(fake) as zendesk:
        content = b"".join(zendesk.download_attachment(f"1/1/{ATTACHMENT['id']}"))
    assert content == b"vpn log line" and fake.authorization[-1] is not None
    assert fake.requests[-1][1:3] == ("/attachments/token/abc/", {"name": "crash.log"})


def test_the_knowledge_base_answers_without_signing_in():
    fake = FakeZendesk()
    with zendesk_backend(fake, locale="ru") as signed_in:
        signed_in.search_articles("пароль")
    session = requests.Session()
    session.mount("https://", fake)
    with ZendeskBackend(BASE, None, session=session) as anonymous:
        [article] = anonymous.search_articles("password", limit=3)
        with pytest.raises(AuthError):
            anonymous.list_my_tickets()
    assert fake.requests[0][2] == {"query": "пароль", "per_page": "10", "locale": "ru"}
    assert fake.requests[1][2] == {"query": "password", "per_page": "3"}
    assert fake.authorization[0] is not None and fake.authorization[1] is None
    assert article.title == "Reset your password" and "<script" not in article.body
    assert article.url == f"{BASE}/hc/en-us/articles/35467" and article.language == "en-us"
