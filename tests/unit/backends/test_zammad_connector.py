"""What is particular to Zammad, against documented answers at the network edge (zammad_fakes):
every documented state, custom states by their type, merged tickets followed to their target,
internal articles dropped, HTML sanitized, the upload cache for large files, the two sign-in
headers, Zammad's own refusals, downloads, the knowledge-base search, and the request shapes."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest
import requests
from rt_fakes import Raw
from zammad_fakes import BASE, TOKEN, VALID, FakeZammad, article, ticket, zammad_backend

from helpclient.backends import create_backend
from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.backends.zammad.probe import ZammadProbe
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, NotAHelpdesk, NotFound, Rejected, Transient
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus


def test_whoami_and_the_token_header():
    fake = FakeZammad()
    with zammad_backend(fake) as zammad:
        me = zammad.whoami()
    assert (me.login, me.name, me.email, me.phone) == (
        "nicole.braun@zammad.org", "Nicole Braun", "nicole.braun@zammad.org", "+49 30 123456")
    assert zammad.name == "Zammad" and Capability.CSAT not in zammad.capabilities


@pytest.mark.parametrize(("credentials", "header"), [
    (Credentials.token(TOKEN), f"Token token={TOKEN}"),
    # RFC 7617's UTF-8: requests' own Basic auth would send Latin-1, or fail on Cyrillic
    (Credentials.password("nicole", "пароль"),
     "Basic " + base64.b64encode("nicole:пароль".encode()).decode()),
])
def test_the_documented_authorization_headers_are_sent(credentials, header):
    fake = FakeZammad()
    with zammad_backend(fake, credentials) as zammad:
        zammad.whoami()
        assert credentials.secret not in repr(zammad._api._auth)
    assert fake.authorization == [header]


def test_the_customers_tickets_come_from_a_condition_search_newest_change_first():
    fake = FakeZammad()
    fake.answers["search"] = [
        ticket(1, "Old", "open", updated="2026-05-01T08:00:00.000Z"),
        ticket(2, "New", "new", updated="2026-05-04T08:00:00.000Z")]
    with zammad_backend(fake) as zammad:
        tickets = zammad.list_my_tickets(datetime(2026, 4, 1, tzinfo=UTC))
    assert [t.id for t in tickets] == ["2", "1"]
    [(method, path, query, body)] = fake.requests
    assert (method, path) == ("POST", "tickets/search")
    assert query == {"expand": "true", "page": "1", "per_page": "100",
                     "sort_by": "updated_at", "order_by": "desc"}
    assert json.loads(body) == {"condition": {
        "ticket.customer_id": {"operator": "is", "pre_condition": "current_user.id",
                               "value": []},
        "ticket.updated_at": {"operator": "after (absolute)", "value": "2026-04-01T00:00:00.000Z"}}}
    assert tickets[0].url == f"{BASE}/#ticket/zoom/2" and tickets[0].queue == "Users"
    assert tickets[0].owner == ""  # "-": nobody yet


@pytest.mark.parametrize(("state", "status"), [
    ("new", TicketStatus.NEW), ("open", TicketStatus.OPEN),
    ("pending reminder", TicketStatus.ON_HOLD), ("pending close", TicketStatus.SOLVED),
    ("closed", TicketStatus.SOLVED), ("removed", TicketStatus.CLOSED),
])
def test_every_documented_state_has_its_status_without_asking_more(state, status):
    fake = FakeZammad()
    fake.answers["ticket"] = ticket(1, "T", state)
    with zammad_backend(fake) as zammad:
        found = zammad.get_ticket("1")
    assert (found.status, found.raw_status) == (status, state)
    assert [r[1] for r in fake.requests] == ["tickets/1"]


def test_a_custom_state_is_read_by_its_type_once():
    fake = FakeZammad()
    fake.answers["states"] = [
        {"id": 8, "state_type_id": 2, "name": "in progress", "next_state_id": None},
        {"id": 9, "state_type_id": 4, "name": "waiting for parts", "next_state_id": 2},
        {"id": 10, "state_type_id": 4, "name": "auto close", "next_state_id": 4},
        {"id": 2, "state_type_id": 2, "name": "open", "next_state_id": None},
        {"id": 4, "state_type_id": 5, "name": "closed", "next_state_id": None}]
    fake.answers["search"] = [ticket(1, "A", "in progress"), ticket(2, "B", "waiting for parts"),
                              ticket(3, "C", "auto close"), ticket(4, "D", "mystery")]
    with zammad_backend(fake) as zammad:
        statuses = {t.id: t.status for t in zammad.list_my_tickets()}
    assert statuses == {"1": TicketStatus.OPEN, "2": TicketStatus.ON_HOLD,
                        "3": TicketStatus.SOLVED, "4": TicketStatus.OPEN}
    assert [r[1] for r in fake.requests] == ["tickets/search", "ticket_states"]


def _merged_world(fake: FakeZammad, target_listed: bool) -> None:
    merged = ticket(5, "Printer jams", "merged", updated="2026-05-04T10:00:00.000Z")
    target = ticket(7, "Printers on floor 2", "pending close",
                    updated="2026-05-04T11:00:00.000Z")
    fake.answers["search"] = [merged, target] if target_listed else [merged]
    fake.answers["links"] = {"ticket_id": 5, "links": [
        {"link_type": "normal", "link_object": "Ticket", "link_object_value": 3},
        {"link_type": "parent", "link_object": "Ticket", "link_object_value": 7}]}
    fake.answers["ticket"] = lambda path, query, body: target if path == "tickets/7" else merged
    fake.answers["articles"] = lambda path, query, body: (
        [article(30, "merged", sender="Agent", author="Emma Taylor", ticket_id=5)]
        if path.endswith("/5") else
        [article(11, "My printer jams.", ticket_id=7),
         article(12, "We replace the rollers.", sender="Agent", ticket_id=7,
                 created="2026-05-04T10:30:00.000Z")])


@pytest.mark.parametrize("target_listed", [True, False])
def test_a_merged_ticket_follows_its_target(target_listed):
    fake = FakeZammad()
    _merged_world(fake, target_listed)
    with zammad_backend(fake) as zammad:
        [merged, *_] = [t for t in zammad.list_my_tickets() if t.id == "5"]
        messages = zammad.conversation("5")
    assert (merged.status, merged.raw_status) == (TicketStatus.SOLVED, "merged")
    assert merged.url == f"{BASE}/#ticket/zoom/7" and merged.subject == "Printer jams"
    assert merged.updated == datetime(2026, 5, 4, 11, tzinfo=UTC)
    assert [m.body for m in messages] == ["My printer jams.", "We replace the rollers."]
    paths = [r[1] for r in fake.requests]
    assert paths[:2] == ["tickets/search", "tickets/5"]
    assert ("tickets/7" in paths) is not target_listed  # read only when not listed
    assert paths[-1] == "ticket_articles/by_ticket/7"  # the target is remembered


def test_a_merged_ticket_opened_cold_finds_its_target_from_the_merge_note():
    fake = FakeZammad()
    _merged_world(fake, target_listed=True)
    with zammad_backend(fake) as zammad:
        messages = zammad.conversation("5")
    assert [m.body for m in messages][-1] == "We replace the rollers."
    assert [r[1] for r in fake.requests] == [
        "ticket_articles/by_ticket/5", "tickets/5", "tickets/5", "tickets/7",
        "ticket_articles/by_ticket/7"]


def test_a_merge_target_the_user_may_not_see_leaves_the_ticket_closed():
    fake = FakeZammad()
    _merged_world(fake, target_listed=False)
    merged = fake.answers["ticket"]
    fake.answers["ticket"] = lambda path, query, body: (
        Raw(b'{"error":"Not authorized","error_human":"Not authorized"}', status=403)
        if path == "tickets/7" else merged(path, query, body))
    with zammad_backend(fake) as zammad:
        assert zammad.get_ticket("5").status is TicketStatus.CLOSED


def test_the_conversation_is_public_sanitized_and_marked_by_author():
    fake = FakeZammad()
    fake.answers["articles"] = [
        article(1, "It broke.\n\nHelpClient-Report: k-1\n", attachments=[
            {"id": 17, "filename": "vpn.log", "size": "12",
             "preferences": {"Mime-Type": "text/plain"}},
            {"id": 18, "filename": "shot.png", "size": 4000,
             "preferences": {"Content-Type": "image/png", "Mime-Type": "image/png"}}]),
        article(2, "INTERNAL: old laptop", sender="Agent", internal=True),
        article(3, "secret too", sender="Agent", internal="true"),  # hostile: not a boolean
        article(4, 'Fixed &amp; done<script>alert(1)</script><img src="https://x/t.gif">'
                   '<a href="javascript:evil()">x</a>', sender="Agent", content_type="text/html",
                author="Emma Taylor via <support@example.com>",
                created="2026-05-04T09:16:00.000Z")]
    with zammad_backend(fake) as zammad:
        first, reply = zammad.conversation("1")
    assert first.body == "It broke.\n" and not first.from_support
    assert first.author == "Nicole Braun"
    assert [(a.id, a.filename, a.content_type, a.size) for a in first.attachments] == [
        ("1/1/17", "vpn.log", "text/plain", 12), ("1/1/18", "shot.png", "image/png", 4000)]
    assert reply.from_support and reply.is_html and reply.author == "Emma Taylor"
    assert "Fixed &amp; done" in reply.body
    assert "script" not in reply.body and "x/t.gif" not in reply.body
    assert "javascript" not in reply.body


def test_find_by_key_searches_the_marker_and_confirms_it_in_the_articles():
    fake = FakeZammad()
    fake.answers["search"] = [ticket(1, "Printer", "new"), ticket(2, "Other", "new")]
    fake.answers["articles"] = lambda path, query, body: [
        article(1, "text\n\nHelpClient-Report: k-1\n" if path.endswith("/2") else "text")]
    since = datetime(2026, 5, 4, 9, tzinfo=UTC)
    with zammad_backend(fake) as zammad:
        found = zammad.find_ticket_by_key("k-1", since=since)
        assert zammad.find_ticket_by_key("", since=since) is None
    assert found is not None and found.id == "2"
    _method, _path, query, body = fake.requests[0]
    assert query["sort_by"] == "created_at" and query["order_by"] == "asc"
    assert json.loads(body)["condition"]["article.body"] == {
        "operator": "contains", "value": "HelpClient-Report: k-1"}
    assert json.loads(body)["condition"]["ticket.created_at"]["value"] == \
        "2026-05-03T09:00:00.000Z"
    assert len(fake.requests) == 3


def test_a_large_file_goes_through_the_upload_cache_with_progress(tmp_path):
    fake = FakeZammad()
    big, small = tmp_path / "dump.bin", tmp_path / "note.txt"
    big.write_bytes(b"\x00\x01" * 5000)
    small.write_bytes(b"small")
    seen = []
    with zammad_backend(fake, inline_limit=1000) as zammad:
        zammad.create_ticket(NewTicket("Crash", "It crashed.", attachments=(
            NewAttachment(big, "dump.bin"), NewAttachment(small, "note.txt"))),
            progress=lambda sent, total: seen.append((sent, total)))
    (m1, p1, _q1, upload), (m2, p2, q2, created) = fake.requests
    assert (m1, p1, m2, p2, q2) == ("POST", "attachments", "POST", "tickets", {"expand": "true"})
    assert b'name="form_id"' in upload and b'filename="dump.bin"' in upload
    assert b"\x00\x01" * 5000 in upload
    payload = json.loads(created)
    form_id = payload["article"].pop("form_id")
    assert form_id.encode() in upload
    assert payload == {"title": "Crash", "group": "Users", "article": {
        "subject": "Crash", "body": "It crashed.", "content_type": "text/plain", "type": "web",
        "internal": False, "attachments": [{"filename": "note.txt", "data": "c21hbGw=",
                                            "mime-type": "text/plain"}]}}
    totals = {total for _, total in seen}
    assert len(totals) == 1 and seen[-1][0] == totals.pop() > 10_000
    assert [s for s, _ in seen] == sorted(s for s, _ in seen)


@pytest.mark.parametrize(("answer", "error"), [
    (Raw(b'{"error":"API token access disabled!","error_human":"API token access disabled!"}',
         status=403), AuthError),
    (Raw(b'{"error":"Maintenance mode enabled!"}', status=403), Transient),
    (Raw(b'{"error":"Can\'t find User for Token"}', status=401), AuthError),
    (Raw(b'{"error":"No lookup value found for \'group\': \\"IT\\""}', status=422), Rejected),
])
def test_zammads_refusals_are_typed(answer, error):
    fake = FakeZammad({**FakeZammad().answers, "me": answer})
    with zammad_backend(fake) as zammad, pytest.raises(error) as caught:
        zammad.whoami()
    if error is AuthError and answer.status == 403:
        assert "API token access" in caught.value.message  # what the admin must switch on


def test_solving_is_refused_when_zammad_keeps_the_ticket_open():
    fake = FakeZammad()
    fake.answers["updated"] = ticket(1, "T", "open")
    with zammad_backend(fake) as zammad, pytest.raises(Rejected):
        zammad.solve("1")
    (method, path, query, body), = fake.requests
    assert (method, path, query, json.loads(body)) == (
        "PUT", "tickets/1", {"expand": "true"}, {"state": "closed"})


def test_downloads_use_the_three_part_id_and_odd_ids_are_not_found_unasked():
    fake = FakeZammad()
    with zammad_backend(fake) as zammad:
        assert b"".join(zammad.download_attachment("1/2/17")) == b"vpn log line"
        for odd in ("17", "1/2/x", "../1/2", "1/2/3/4", "1/2/²"):
            with pytest.raises(NotFound):
                zammad.download_attachment(odd)
    assert [r[1] for r in fake.requests] == ["ticket_attachment/1/2/17"]
    fake.answers["file"] = Raw(b'{"error":"Couldn\'t find Store with \'id\'=9"}', status=404)
    with zammad_backend(fake) as zammad, pytest.raises(NotFound):
        zammad.download_attachment("1/2/9")


def test_published_answers_are_searched_and_open_at_their_help_page():
    fake = FakeZammad()
    with zammad_backend(fake) as zammad:
        assert zammad.list_articles() == []
        [found] = zammad.search_articles("password", 5)
        again = zammad.get_article(found.id)
        with pytest.raises(NotFound):
            zammad.get_article("999")
    url = f"{BASE}/help/en-us/1-it-basics/3-reset-your-password"
    assert (found.title, found.url, found.source) == ("Reset your password", url, "Zammad")
    assert again.is_html and f'href="{url}"' in again.body
    assert json.loads(fake.requests[0][3]) == {
        "query": "password", "flavor": "public", "index": "KnowledgeBase::Answer::Translation",
        "limit": 5, "highlight_enabled": False}


def test_the_group_comes_from_the_queue_setting():
    backend = create_backend("zammad", BASE, Credentials.token(TOKEN), queue="IT Support")
    assert isinstance(backend, ZammadBackend) and backend._group == "IT Support"
    backend.close()


def _probe(answer: Raw) -> ServerIdentity:
    session = requests.Session()
    session.mount("https://", FakeZammad({"signshow": answer}))
    return ZammadProbe(f"{BASE}/api/v1/", session=session).identify()


def test_the_probe_says_which_sign_in_methods_the_admin_enabled():
    found = _probe(Raw(json.dumps(VALID["signshow"]).encode()))
    assert (found.product, found.api_url) == ("Zammad (Zammad Helpdesk)", f"{BASE}/api/v1")
    assert found.sign_in == (SignInMethod.TOKEN, SignInMethod.PASSWORD)
    # a disabled setting is left out of the public configuration (false is not sent)
    config = {k: v for k, v in VALID["signshow"]["config"].items() if k != "api_token_access"}
    found = _probe(Raw(json.dumps({"error": "no valid session", "config": config}).encode()))
    assert found.sign_in == (SignInMethod.PASSWORD,)


@pytest.mark.parametrize("answer", [
    Raw(b"<!doctype html><title>Sign in</title>", content_type="text/html"),
    Raw(b'{"message":"Unauthorized"}', status=401),  # Request Tracker's REST2, say
    Raw(b'{"error":"no valid session"}'),  # JSON, but no Zammad configuration
])
def test_the_probe_knows_zammad_from_something_else(answer):
    with pytest.raises(NotAHelpdesk):
        _probe(answer)


def test_a_reply_to_a_ticket_merged_twice_goes_where_its_conversation_went():
    fake = FakeZammad()
    tickets = {"5": ticket(5, "A", "merged"), "7": ticket(7, "B", "merged"),
               "9": ticket(9, "C", "open")}
    parents = {"5": 7, "7": 9}
    fake.answers["ticket"] = lambda path, query, body: tickets[path.rsplit("/", 1)[1]]
    fake.answers["links"] = lambda path, query, body: {"links": [
        {"link_type": "parent", "link_object": "Ticket",
         "link_object_value": parents[path.rsplit("/", 1)[1]]}]}
    with zammad_backend(fake) as zammad:
        found = zammad.get_ticket("5")
        zammad.reply("5", "Any news?")
    assert found.status is TicketStatus.OPEN and found.url.endswith("/9")
    method, path, _query, body = fake.requests[-1]
    assert (method, path, json.loads(body)["ticket_id"]) == ("POST", "ticket_articles", 9)
