"""What is particular to Request Tracker, against the real RT 5 (and local servers that are not
RT). What every connector must do — create, find by key, list, conversation, reply, solve and
reopen, typed errors — is the conformance suite's, in tests/contract/, which runs against RT too.

The ``rt`` fixture (tests/rt_server.py) serves a seeded instance on 127.0.0.1; support staff
actions (public replies, internal comments) are made as root through ``rt_admin_session``. Every
other server here is started by the test itself on 127.0.0.1.
"""

from __future__ import annotations

import json
import ssl
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from local_servers import html, local_server, make_certificates

from helpclient.backends.http import make_session
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.errors import AuthError, CertificateError, NotAHelpdesk, NotFound
from helpclient.core.models import NewTicket, TicketStatus
from helpclient.demo.rt_instance import RTInstance

TIMEOUT = 30


@pytest.fixture
def backend(rt: RTInstance) -> Iterator[RequestTrackerBackend]:
    with RequestTrackerBackend(rt.url, rt.user_token, queue=rt.queue) as b:
        yield b


def staff(rt: RTInstance, session: requests.Session, ticket_id: str, kind: str, text: str) -> None:
    """Support staff (root) adds a public reply ("correspond") or an internal "comment"."""
    response = session.post(
        f"{rt.rest_url}/ticket/{ticket_id}/{kind}",
        json={"Content": text, "ContentType": "text/plain"},
        timeout=TIMEOUT,
    )
    assert response.status_code == 201, response.text


def new_ticket(backend: RequestTrackerBackend, subject: str, **kwargs: Any) -> Any:
    return backend.create_ticket(NewTicket(subject=subject, body=f"{subject}: details", **kwargs))


def test_created_ticket_is_in_the_queue_with_the_user_as_its_requestor(
    backend: RequestTrackerBackend, rt: RTInstance, rt_admin_session: requests.Session
) -> None:
    ticket = new_ticket(backend, "Laptop disk full")
    assert ticket.queue == rt.queue
    assert ticket.url == f"{rt.url}/Ticket/Display.html?id={ticket.id}"
    record = rt_admin_session.get(f"{rt.rest_url}/ticket/{ticket.id}", timeout=TIMEOUT).json()
    assert [r["id"] for r in record["Requestor"]] == [rt.user_login]


def test_find_by_key_looks_back_over_recent_days_or_from_when_it_was_queued(
    rt: RTInstance, backend: RequestTrackerBackend
) -> None:
    key = f"key-{time.time_ns()}"
    ticket = new_ticket(backend, "Printer offline", idempotency_key=key)
    found = backend.find_ticket_by_key(key)  # no queue time: the recent window (14 days)
    assert found is not None and found.id == ticket.id
    # a report left in doubt for longer than the window (a laptop off for weeks) is still
    # found: the search starts when the report was queued
    with RequestTrackerBackend(rt.url, rt.user_token, key_lookback_days=0) as narrow:
        assert narrow.find_ticket_by_key(key) is None
        queued = datetime.now(UTC) - timedelta(hours=1)
        found = narrow.find_ticket_by_key(key, since=queued)
        assert found is not None and found.id == ticket.id


@pytest.mark.parametrize("timezone", ["Pacific/Pago_Pago", "Pacific/Kiritimati"])
def test_changed_since_holds_in_any_user_time_zone(
    rt: RTInstance,
    backend: RequestTrackerBackend,
    rt_admin_session: requests.Session,
    timezone: str,
) -> None:
    """RT reads TicketSQL dates in the user's time zone (UTC-11 and UTC+14 here)."""
    user_url = f"{rt.rest_url}/user/{rt.user_login}"
    response = rt_admin_session.put(user_url, json={"Timezone": timezone}, timeout=TIMEOUT)
    assert response.status_code == 200, response.text
    try:
        fresh = new_ticket(backend, f"Ticket in {timezone}")
        since = fresh.updated - timedelta(seconds=1)
        assert fresh.id in [t.id for t in backend.list_my_tickets(changed_since=since)]
    finally:
        rt_admin_session.put(user_url, json={"Timezone": ""}, timeout=TIMEOUT)


def test_support_reply_opens_the_ticket_as_a_typed_event(
    rt: RTInstance, backend: RequestTrackerBackend, rt_admin_session: requests.Session
) -> None:
    ticket = new_ticket(backend, "VPN drops every hour")
    staff(rt, rt_admin_session, ticket.id, "correspond", "Please update the VPN client.")
    conversation = backend.conversation(ticket.id)
    # RT opens the ticket itself on support's reply: a typed event, nobody's, no RT wording
    [opened] = [m for m in conversation if m.kind == "status"]
    assert (opened.old_status, opened.status) == (TicketStatus.NEW, TicketStatus.OPEN)
    assert (opened.author, opened.body) == ("", "")


def test_conversation_fetched_again_downloads_only_the_new_messages(
    rt: RTInstance, rt_admin_session: requests.Session
) -> None:
    urls: list[str] = []
    session = make_session("test")
    session.hooks["response"].append(lambda r, *a, **k: urls.append(r.request.url))
    with session, RequestTrackerBackend(rt.url, rt.user_token, session=session) as backend:
        ticket = new_ticket(backend, "Scanner saves blank pages")
        for text in ("Which scanner model?", "Please try the other tray."):
            staff(rt, rt_admin_session, ticket.id, "correspond", text)
        urls.clear()
        first = backend.conversation(ticket.id)
        bodies_first = [u for u in urls if "/attachment/" in u]
        assert len(bodies_first) == 3  # the user's message and the two replies
        staff(rt, rt_admin_session, ticket.id, "correspond", "Fixed it, please check.")
        urls.clear()
        second = backend.conversation(ticket.id)
        assert [u for u in urls if "/attachment/" in u] == [
            u for u in urls if "/attachment/" in u and u not in bodies_first]
        assert len([u for u in urls if "/attachment/" in u]) == 1
        assert [m.body.strip() for m in second if m.kind == "message"][-1] == (
            "Fixed it, please check.")
        assert [m.body for m in second[:len(first)]] == [m.body for m in first]


def test_a_long_conversation_is_read_whole_though_rt_hides_rows_after_paging(
    rt: RTInstance, rt_admin_session: requests.Session
) -> None:
    # Every reply RT mails out leaves an EmailRecord (with three parts) the requestor may not
    # see; RT drops them after paging, so unfiltered pages came back short and the connector
    # stopped early: bodies went missing after ~25 replies and replies after ~50 (at 100 a
    # page). Small pages show it with a few replies.
    with RequestTrackerBackend(rt.url, rt.user_token, page_size=4) as backend:
        ticket = new_ticket(backend, "Monitor flickers")
        for n in range(6):
            staff(rt, rt_admin_session, ticket.id, "correspond", f"Support's reply {n}.")
        staff(rt, rt_admin_session, ticket.id, "comment", "INTERNAL: flaky cable?")
        messages = [m for m in backend.conversation(ticket.id) if m.kind == "message"]
    assert [m.body.strip() for m in messages] == ["Monitor flickers: details"] + [
        f"Support's reply {n}." for n in range(6)]


def test_articles_search_and_get(backend: RequestTrackerBackend) -> None:
    found = backend.search_articles("password")
    assert found, "the seeded knowledge base has a password article"
    assert all(a.body == "" for a in found)
    article = backend.get_article(found[0].id)
    assert article.title == found[0].title
    assert "password" in article.body.lower()
    assert article.url.endswith(f"id={article.id}")
    russian = backend.search_articles("пароля")  # RT matches substrings, case-sensitively
    assert any(a.title == "Сброс пароля" for a in russian)
    assert backend.search_articles("   ") == []
    assert backend.search_articles("zzqx-no-such-words") == []
    with pytest.raises(NotFound):
        backend.get_article("999999")


def test_a_token_not_of_rts_form_is_an_auth_error_before_any_request(rt: RTInstance) -> None:
    with RequestTrackerBackend(rt.url, "not-a-token") as garbage, pytest.raises(AuthError):
        garbage.whoami()


# --- servers that are not RT --------------------------------------------------------------------


def test_a_json_less_404_is_not_a_helpdesk() -> None:
    # RT answers its 404s in JSON: a web page's 404 means the address is not RT's
    with local_server(html(404)) as url, RequestTrackerBackend(url, "1-2-abc") as b:
        with pytest.raises(NotAHelpdesk) as caught:
            b.whoami()
        assert url in caught.value.message


def _fake_rt_user(path: str) -> tuple[int, str, bytes, dict[str, str]]:
    if path.startswith("/REST/2.0/user/"):
        body = {"id": 2, "Name": "tls-user", "RealName": "TLS User", "EmailAddress": "t@x.example"}
        return 200, "application/json", json.dumps(body).encode(), {}
    return 404, "application/json", b'{"message":"Not Found"}', {}


def test_untrusted_certificate_is_refused_and_extra_ca_trusts_it(tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with local_server(_fake_rt_user, context) as url:
        with (
            RequestTrackerBackend(url, "1-2-abc") as untrusted,
            pytest.raises(CertificateError) as caught,
        ):
            untrusted.whoami()
        assert "not trusted" in caught.value.message
        # requests' own verify=False must not get around it either.
        with make_session("test") as session, pytest.raises(requests.exceptions.SSLError):
            session.get(f"{url}/REST/2.0/user/2", verify=False).close()
        with (
            make_session("test", extra_ca_file=ca) as session,
            RequestTrackerBackend(url, "1-2-abc", session=session) as trusted,
        ):
            assert trusted.whoami().login == "tls-user"
