"""What is particular to Jira Service Management, against documented answers at the network
edge (jsm_fakes): the sign-in headers, the site's address forms, paging, rate limits, every
documented status, internal comments dropped, HTML sanitized, the report's category as a
request type and its required fields, temporary attachments, transitions, satisfaction, the
knowledge base's cursor and highlights, downloads, the probe."""

from __future__ import annotations

import base64
import json
import logging
from datetime import UTC, datetime, timedelta

import pytest
import requests
from jsm_fakes import (
    BASE,
    EMAIL,
    ME,
    TOKEN,
    VALID,
    FakeJsm,
    attachment,
    comment,
    jsm_backend,
    paged,
    request,
)
from rt_fakes import Raw

from helpclient.backends import SIGN_IN_METHODS, create_backend
from helpclient.backends.jsm.client import normalize_base_url
from helpclient.backends.jsm.connector import JsmBackend
from helpclient.backends.jsm.mapping import status_of
from helpclient.backends.jsm.probe import JsmProbe
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    NotAHelpdesk,
    NotFound,
    RateLimited,
    Rejected,
)
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus

MILLIS = 1_777_885_200_000  # 2026-05-04 09:00 UTC


def at(millis: int) -> datetime:
    return datetime.fromtimestamp(millis / 1000, UTC)


@pytest.mark.parametrize(("credentials", "header"), [
    # Cloud: e-mail address and API token, UTF-8 Basic (requests' own would send Latin-1)
    (Credentials.password(EMAIL, TOKEN),
     "Basic " + base64.b64encode(f"{EMAIL}:{TOKEN}".encode()).decode()),
    (Credentials.password("нина", "пароль"),
     "Basic " + base64.b64encode("нина:пароль".encode()).decode()),
    # Data Center: a personal access token
    (Credentials.token("NjA0MzE2ODk3MjQ5OkR"), "Bearer NjA0MzE2ODk3MjQ5OkR"),
])
def test_whoami_sends_the_documented_authorization(credentials, header):
    fake = FakeJsm()
    with jsm_backend(fake, credentials) as jsm:
        me = jsm.whoami()
        assert credentials.secret not in repr(jsm._api._auth)
    assert (me.login, me.name, me.email) == (EMAIL, "Nicole Braun", EMAIL)
    assert fake.headers[0]["Authorization"] == header
    assert fake.requests[0][1] == "api/2/myself"


@pytest.mark.parametrize("credentials", [
    Credentials.token("two words"), Credentials.password("a:b@example.com", TOKEN),
    Credentials.token(""),
])
def test_unusable_credentials_are_refused_before_any_request(credentials):
    with pytest.raises(AuthError):
        jsm_backend(FakeJsm(), credentials)


@pytest.mark.parametrize(("given", "base"), [
    ("https://example.atlassian.net/", "https://example.atlassian.net"),
    ("https://example.atlassian.net/servicedesk/customer/portal/3", BASE),
    ("https://example.atlassian.net/rest/servicedeskapi", BASE),
    ("https://jira.example.com/jira/browse/IT-4", "https://jira.example.com/jira"),
    ("https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789",
     "https://api.atlassian.com/ex/jira/11223344-a1b2-3b33-c444-def123456789"),
])
def test_the_site_address_in_its_forms(given, base):
    assert normalize_base_url(given) == base


@pytest.mark.parametrize("given", ["example.atlassian.net", "https://api.atlassian.com",
                                   "ftp://example.atlassian.net"])
def test_what_is_no_site_address_is_a_configuration_error(given):
    with pytest.raises(ConfigurationError):
        normalize_base_url(given)


def test_the_list_pages_until_the_last_and_orders_by_the_newest_change():
    fake = FakeJsm()
    old = request("ITHELP-1", created=MILLIS)
    new = request("ITHELP-2", created=MILLIS + 1000,
                  comments=[comment(5, "Later", created=MILLIS + 9000)])
    internal = comment(6, "INTERNAL", public=False, created=MILLIS + 99000)
    pages = [paged([new], last=False), paged([{**old, "comments": paged([internal])}])]
    fake.answers["list"] = lambda path, query, body: pages[int(query["start"]) // 1]
    with jsm_backend(fake, page_size=1) as jsm:
        tickets = jsm.list_my_tickets()
    assert [t.id for t in tickets] == ["ITHELP-2", "ITHELP-1"]
    assert tickets[0].updated == at(MILLIS + 9000)  # its public comment
    assert tickets[1].updated == at(MILLIS)  # an internal comment is no visible change
    assert [r[2] for r in fake.requests] == [
        {"requestOwnership": "OWNED_REQUESTS", "requestStatus": "ALL_REQUESTS",
         "expand": "comment", "start": str(n), "limit": "1"} for n in (0, 1)]
    assert tickets[0].url == f"{BASE}/servicedesk/customer/portal/2/ITHELP-2"


def test_changed_since_stops_at_the_page_that_reaches_back_before_it():
    fake = FakeJsm()
    newer = [request(f"ITHELP-{n}", created=MILLIS + n * 1000) for n in (9, 8)]
    older = [request("ITHELP-7", created=MILLIS + 7000), request("ITHELP-1", created=MILLIS)]
    fake.answers["list"] = lambda path, query, body: (
        paged(newer, last=False) if query["start"] == "0" else paged(older, last=False))
    with jsm_backend(fake, page_size=2) as jsm:
        changed = jsm.list_my_tickets(at(MILLIS + 7000))
    assert [t.id for t in changed] == ["ITHELP-9", "ITHELP-8", "ITHELP-7"]
    assert len(fake.requests) == 2  # not the third page: the second reached back


def test_429_with_retry_after_and_the_rate_limit_headers_is_rate_limited(caplog):
    fake = FakeJsm()
    fake.answers["me"] = Raw(b'{"errorMessages":["Rate limit exceeded."]}', status=429,
                             headers={"Retry-After": "7", "X-RateLimit-Limit": "100",
                                      "X-RateLimit-Remaining": "0",
                                      "X-RateLimit-Reset": "2026-05-04T09:01Z"})
    with jsm_backend(fake) as jsm, pytest.raises(RateLimited) as caught:
        jsm.whoami()
    assert caught.value.retry_after == 7


def test_429_with_only_the_reset_time_waits_until_then():
    reset = (datetime.now(UTC) + timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%MZ")
    fake = FakeJsm()
    fake.answers["list"] = Raw(b"{}", status=429, headers={"X-RateLimit-Reset": reset})
    with jsm_backend(fake) as jsm, pytest.raises(RateLimited) as caught:
        jsm.list_my_tickets()
    assert caught.value.retry_after is not None and 50 <= caught.value.retry_after <= 120


def test_near_the_limit_is_logged_without_failing(caplog):
    fake = FakeJsm()
    fake.answers["me"] = lambda path, query, body: Raw(
        json.dumps(VALID["me"]).encode(), headers={"X-RateLimit-NearLimit": "true",
                                                   "X-RateLimit-Remaining": "3"})
    with caplog.at_level(logging.INFO, "helpclient.backends.jsm.client"), \
            jsm_backend(fake) as jsm:
        jsm.whoami()
    assert "near its rate limit (3 of ? left)" in caplog.text


@pytest.mark.parametrize(("name", "category", "status"), [
    # the statuses of Jira Service Management's service-project workflows
    ("Open", "NEW", TicketStatus.NEW), ("Waiting for support", "NEW", TicketStatus.NEW),
    ("To Do", "NEW", TicketStatus.NEW), ("Reopened", "NEW", TicketStatus.NEW),
    ("In Progress", "INDETERMINATE", TicketStatus.OPEN),
    ("Work in progress", "INDETERMINATE", TicketStatus.OPEN),
    ("Escalated", "INDETERMINATE", TicketStatus.OPEN),
    ("Under investigation", "INDETERMINATE", TicketStatus.OPEN),
    ("Implementing", "INDETERMINATE", TicketStatus.OPEN),
    ("Waiting for customer", "INDETERMINATE", TicketStatus.WAITING_FOR_YOU),
    ("Waiting for customer", "NEW", TicketStatus.WAITING_FOR_YOU),
    ("Pending", "INDETERMINATE", TicketStatus.ON_HOLD),
    ("Waiting for approval", "NEW", TicketStatus.ON_HOLD),
    ("Awaiting CAB approval", "INDETERMINATE", TicketStatus.ON_HOLD),
    ("Awaiting implementation", "INDETERMINATE", TicketStatus.ON_HOLD),
    ("Resolved", "DONE", TicketStatus.SOLVED), ("Done", "DONE", TicketStatus.SOLVED),
    ("Completed", "DONE", TicketStatus.SOLVED), ("Closed", "DONE", TicketStatus.CLOSED),
    ("Canceled", "DONE", TicketStatus.CLOSED), ("Cancelled", "DONE", TicketStatus.CLOSED),
    ("Declined", "DONE", TicketStatus.CLOSED), ("Something new", "UNDEFINED", TicketStatus.OPEN),
    ("Something else", "", TicketStatus.OPEN),
])
def test_every_documented_status_is_mapped(name, category, status):
    assert status_of(name, category) is status
    fake = FakeJsm()
    fake.answers["request"] = request(status=name, category=category, comments=[])
    with jsm_backend(fake) as jsm:
        found = jsm.get_ticket("ITHELP-1")
    assert (found.status, found.raw_status) == (status, name)


def test_the_conversation_is_public_only_sanitized_and_without_the_key():
    fake = FakeJsm()
    fake.answers["comments"] = paged([
        comment(5, "see <b>", "<p>Please <b>update</b></p><script>alert(1)</script>"
                "<img src='https://tracker.example/x.png'>", files=[attachment(18, "fix.exe")]),
        comment(6, "INTERNAL note", "<p>INTERNAL note</p>", public=False,
                files=[attachment(19, "inventory.txt")]),
        comment(7, "doubtful", "<p>doubtful</p>", created=MILLIS + 400_000) | {"public": "true"},
        comment(8, "Thanks\n\nHelpClient-Report: r-1\n",
                "<p>Thanks</p>\n<p>HelpClient-Report: r-1</p>", author=ME,
                created=MILLIS + 500_000)])
    fake.answers["attachments"] = paged([attachment(17), attachment(18, "fix.exe")])
    with jsm_backend(fake) as jsm:
        messages = jsm.conversation("ITHELP-1")
        assert jsm.find_reply_by_key("ITHELP-1", "r-1")
    first, support, mine = messages
    assert first.body == "My VPN disconnects every hour.\n" and not first.is_html
    assert [a.filename for a in first.attachments] == ["vpn.log"]  # not the comment's file
    assert [a.id for a in first.attachments] == ["ITHELP-1/17"]
    assert support.from_support and support.author == "Emma Taylor" and support.is_html
    assert "<b>update</b>" in support.body and "<script" not in support.body
    assert "tracker.example" not in support.body
    assert [a.filename for a in support.attachments] == ["fix.exe"]
    assert not mine.from_support and "HelpClient-Report" not in mine.body
    assert all("INTERNAL" not in m.body and "doubtful" not in m.body for m in messages)
    assert all(a.filename != "inventory.txt" for m in messages for a in m.attachments)
    assert fake.requests[1][2] == {"public": "true", "internal": "false",
                                   "expand": "renderedBody,attachment", "start": "0",
                                   "limit": "50"}


def _created(fake: FakeJsm) -> dict:
    [post] = [r for r in fake.requests if r[:2] == ("POST", "servicedeskapi/request")]
    return json.loads(post[3])


@pytest.mark.parametrize(("category", "mapping", "request_type"), [
    ("network", {}, "15"),  # "Set up VPN to the office" speaks of the network
    ("printing", {}, "10"),  # none speaks of printing: the general one
    ("printing", {"printing": "Set up VPN to the office"}, "15"),  # IT's mapping by name
    ("network", {"network": "10"}, "10"),  # … or number
])
def test_the_category_becomes_the_request_type(category, mapping, request_type):
    fake = FakeJsm()
    with jsm_backend(fake, request_types=mapping, service_desk="ITHELP") as jsm:
        ticket = jsm.create_ticket(NewTicket("Printer", "It jams.", idempotency_key="k-9",
                                             category=category))
    assert ticket.id == "ITHELP-2" and ticket.status is TicketStatus.NEW
    assert _created(fake) == {"serviceDeskId": "2", "requestTypeId": request_type,
                              "requestFieldValues": {
                                  "summary": "Printer",
                                  "description": "It jams.\n\nHelpClient-Report: k-9\n"}}


def test_an_unknown_mapped_type_or_desk_is_a_configuration_error():
    fake = FakeJsm()
    fake.answers["desks"] = paged([*VALID["desks"]["values"],
                                   {"id": "3", "projectKey": "HR", "projectName": "HR"}])
    with jsm_backend(fake, request_types=["network=Fix the coffee machine"]) as jsm, \
            pytest.raises(ConfigurationError, match="Fix the coffee machine"):
        jsm.create_ticket(NewTicket("VPN", "Down.", category="network"))
    with jsm_backend(fake, service_desk="Facilities") as jsm, \
            pytest.raises(ConfigurationError, match="IT Help \\(ITHELP\\), HR \\(HR\\)"):
        jsm.create_ticket(NewTicket("VPN", "Down."))


def test_required_fields_are_filled_from_defaults_or_named_before_anything_is_sent():
    fake = FakeJsm()
    fields = fake.answers["fields"]["requestTypeFields"]
    fields.append({"fieldId": "customfield_10010", "name": "Impact", "required": True,
                   "jiraSchema": {"type": "option"}, "validValues": [{"value": "3"}],
                   "defaultValues": [{"value": "3", "label": "Minor"}]})
    with jsm_backend(fake) as jsm:
        jsm.create_ticket(NewTicket("VPN", "Down."))
    assert _created(fake)["requestFieldValues"]["customfield_10010"] == {"id": "3"}
    fields.append({"fieldId": "customfield_10020", "name": "Cost centre", "required": True,
                   "jiraSchema": {"type": "string"}})
    fake.requests.clear()
    with jsm_backend(fake) as jsm, pytest.raises(Rejected, match="Cost centre"):
        jsm.create_ticket(NewTicket("VPN", "Down."))
    assert all(r[0] == "GET" for r in fake.requests)  # nothing was created


def test_files_go_up_as_temporary_attachments_then_onto_the_request(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"log line\n" * 1000)
    fake = FakeJsm()
    progress: list[tuple[int, int]] = []
    with jsm_backend(fake) as jsm:
        jsm.create_ticket(NewTicket("VPN", "Down.", attachments=(NewAttachment(path, "a.txt"),)),
                          progress=lambda sent, total: progress.append((sent, total)))
    upload = [i for i, r in enumerate(fake.requests) if r[1].endswith("attachTemporaryFile")]
    [index] = upload
    assert fake.headers[index]["X-Atlassian-Token"] == "no-check"
    assert fake.headers[index]["Content-Type"].startswith("multipart/form-data; boundary=")
    assert b'name="file"; filename="a.txt"' in fake.requests[index][3]
    method, path_, _, body = fake.requests[-1]
    assert (method, path_) == ("POST", "servicedeskapi/request/ITHELP-2/attachment")
    assert json.loads(body) == {"temporaryAttachmentIds": ["temp1"], "public": True}
    assert progress[-1][0] == progress[-1][1] > 9000


def test_solve_and_reopen_use_the_workflows_transitions_and_csat_the_feedback():
    fake = FakeJsm()
    with jsm_backend(fake) as jsm:
        jsm.solve("ITHELP-1")
        jsm.reopen("ITHELP-1", "Still broken")
        jsm.rate("ITHELP-1", satisfied=False, comment="Slow")
        jsm.rate("ITHELP-1", satisfied=True)
    posted = [(r[1], json.loads(r[3])) for r in fake.requests if r[0] == "POST"]
    assert posted == [
        ("servicedeskapi/request/ITHELP-1/transition", {"id": "761"}),
        ("servicedeskapi/request/ITHELP-1/transition",
         {"id": "891", "additionalComment": {"body": "Still broken"}}),
        ("servicedeskapi/request/ITHELP-1/feedback",
         {"rating": 1, "type": "csat", "comment": {"body": "Slow"}}),
        ("servicedeskapi/request/ITHELP-1/feedback", {"rating": 5, "type": "csat"})]


def test_a_workflow_without_a_fitting_transition_is_refused_naming_what_it_offers():
    fake = FakeJsm()
    fake.answers["transitions"] = paged([{"id": "881", "name": "Cancel request"}])
    with jsm_backend(fake) as jsm, pytest.raises(Rejected, match="“Cancel request”"):
        jsm.solve("ITHELP-1")
    assert not [r for r in fake.requests if r[0] == "POST"]


def test_the_knowledge_base_follows_its_cursor_and_keeps_the_highlights():
    fake = FakeJsm()
    hit = VALID["kb"]["values"][0]
    fake.answers["kb"] = lambda path, query, body: paged(
        [hit], last=False, next=f"{BASE}/rest/servicedeskapi/knowledgebase/article?"
                                "query=password&cursor=c2&highlight=true") \
        if "cursor" not in query else paged([{**hit, "title": "Second"}])
    with jsm_backend(fake) as jsm:
        found = jsm.search_articles("password", limit=5)
        again = jsm.get_article(found[0].id)
    assert [a.title for a in found] == ["Reset your password", "Second"]
    first = found[0]
    assert first.summary == "Open the portal and choose Forgot password."
    assert [first.summary[s:e] for s, e in first.summary_highlights] == ["password"]
    assert "<b>password</b>" in first.body and "@@@" not in first.body + first.title
    assert first.url == f"{BASE}/wiki/spaces/IT/pages/65538" and again == first
    assert [r[2].get("cursor") for r in fake.requests] == [None, "c2"]
    assert fake.requests[0][2] == {"query": "password", "highlight": "true", "limit": "5"}


def test_downloads_name_the_request_and_odd_ids_are_not_found_unasked():
    fake = FakeJsm()
    with jsm_backend(fake) as jsm:
        assert b"".join(jsm.download_attachment("ITHELP-1/17")) == b"vpn log line"
        for odd in ("17", "ITHELP-1/../17", "../x/17", "ITHELP-1/-1"):
            with pytest.raises(NotFound):
                jsm.download_attachment(odd)
    assert [r[1] for r in fake.requests] == ["servicedeskapi/request/ITHELP-1/attachment/17"]
    assert fake.headers[0]["Accept"] == "*/*"


def _probe(base: str, answer: Raw) -> object:
    fake = FakeJsm({**VALID, "info": answer})
    session = requests.Session()
    session.mount("https://", fake)
    return JsmProbe(base, session=session).identify()


def test_the_probe_knows_the_site_and_how_one_signs_in_there():
    body = json.dumps(VALID["info"]).encode()
    cloud = _probe(BASE, Raw(body))
    assert (cloud.product, cloud.version, cloud.sign_in) == (
        "Jira Service Management", "10.3.1", (SignInMethod.PASSWORD,))
    center = _probe("https://jira.example.com", Raw(body))
    assert center.sign_in == (SignInMethod.PASSWORD, SignInMethod.TOKEN)


@pytest.mark.parametrize("answer", [Raw(b"<html>Log in</html>", content_type="text/html"),
                                    Raw(b'{"version": "1"}'), Raw(b"{}", status=404)])
def test_the_probe_knows_jsm_from_something_else(answer):
    with pytest.raises(NotAHelpdesk):
        _probe(BASE, answer)


def test_the_app_builds_it_with_its_service_desk_and_sign_in_methods():
    assert SIGN_IN_METHODS["jsm"] == (SignInMethod.PASSWORD, SignInMethod.TOKEN,
                                      SignInMethod.OAUTH)
    backend = create_backend("jsm", BASE, Credentials.password(EMAIL, TOKEN), queue="HR",
                             request_types=("network=VPN",))
    with backend:
        assert isinstance(backend, JsmBackend) and backend._desk == "HR"
        assert backend._mapping == {"network": "VPN"}
        assert Capability.CSAT in backend.capabilities
        assert Capability.PRIORITY not in backend.capabilities


def test_the_next_page_starts_after_what_the_server_gave_when_it_caps_the_limit():
    fake = FakeJsm()
    everything = [request(f"ITHELP-{n}", created=MILLIS - n * 1000) for n in range(1, 6)]
    # a server that gives at most two a page, whatever the limit asked
    fake.answers["list"] = lambda path, query, body: paged(
        everything[int(query["start"]):int(query["start"]) + 2],
        last=int(query["start"]) + 2 >= len(everything))
    with jsm_backend(fake, page_size=50) as jsm:
        tickets = jsm.list_my_tickets()
    assert [t.id for t in tickets] == [f"ITHELP-{n}" for n in range(1, 6)]
    assert [r[2]["start"] for r in fake.requests] == ["0", "2", "4"]


def test_a_data_center_password_is_sent_as_typed_and_a_pasted_token_without_its_line_break():
    fake = FakeJsm()
    for typed, sent in ((" pass word ", " pass word "), (f"{TOKEN}\n", TOKEN)):
        with jsm_backend(fake, Credentials.password("nbraun", typed)) as jsm:
            jsm.whoami()
        assert fake.headers[-1]["Authorization"] == "Basic " + base64.b64encode(
            f"nbraun:{sent}".encode()).decode()
