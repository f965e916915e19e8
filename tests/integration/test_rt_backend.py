"""RequestTrackerBackend against the real RT 5 (and against local servers that are not RT).

The ``rt`` fixture (conftest.py) serves a seeded instance on 127.0.0.1; support staff actions
(public replies, internal comments) are made as root through ``rt_admin_session``. Every other
server here is started by the test itself on 127.0.0.1.
"""

from __future__ import annotations

import hashlib
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
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    HostNotFound,
    NotAHelpdesk,
    NotFound,
    RateLimited,
    ServerUnreachable,
    Transient,
)
from helpclient.core.models import NewAttachment, NewTicket, TicketStatus
from helpclient.demo.rt_instance import RTInstance, free_port

TIMEOUT = 30
BINARY = bytes(range(256)) * 64 + b"\x00end"  # every byte value, NULs included


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


@pytest.fixture(scope="module")
def report(rt: RTInstance, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One ticket created with two attachments and an idempotency key, shared by read tests."""
    folder = tmp_path_factory.mktemp("files")
    (folder / "dump.bin").write_bytes(BINARY)
    (folder / "log.txt").write_text("ошибка: диск заполнен\n", encoding="utf-8")
    key = f"key-{time.time_ns()}"
    files = (
        NewAttachment(folder / "dump.bin", "dump.bin"),
        NewAttachment(folder / "log.txt", "журнал.txt", "text/plain"),
    )
    with RequestTrackerBackend(rt.url, rt.user_token, queue=rt.queue) as b:
        ticket = b.create_ticket(
            NewTicket(
                subject="Laptop disk full",
                body="The disk is full.\nНе могу сохранить файл.",
                idempotency_key=key,
                attachments=files,
            )
        )
    return {"ticket": ticket, "key": key, "folder": folder}


def test_whoami_reads_the_tokens_owner(backend: RequestTrackerBackend, rt: RTInstance) -> None:
    me = backend.whoami()
    assert me.login == rt.user_login
    assert me.email == rt.user_email
    assert me.name == rt.user_name


def test_created_ticket_reads_back_with_requestor_and_attachments(
    report: dict[str, Any],
    backend: RequestTrackerBackend,
    rt: RTInstance,
    rt_admin_session: requests.Session,
) -> None:
    ticket = report["ticket"]
    assert ticket.subject == "Laptop disk full"
    assert ticket.status is TicketStatus.NEW
    assert ticket.queue == rt.queue
    assert ticket.url == f"{rt.url}/Ticket/Display.html?id={ticket.id}"
    assert ticket.created.tzinfo is not None
    record = rt_admin_session.get(f"{rt.rest_url}/ticket/{ticket.id}", timeout=TIMEOUT).json()
    assert [r["id"] for r in record["Requestor"]] == [rt.user_login]

    first = backend.conversation(ticket.id)[0]
    assert first.body.startswith("The disk is full.\nНе могу сохранить файл.")
    assert "HelpClient-Report" not in first.body  # the marker is for HelpClient only
    assert not first.from_support
    files = {a.filename: a for a in first.attachments}
    assert set(files) == {"dump.bin", "журнал.txt"}  # body parts are not listed
    assert files["dump.bin"].size == len(BINARY)
    assert files["dump.bin"].content_type == "application/octet-stream"
    downloaded = b"".join(backend.download_attachment(files["dump.bin"].id))
    assert hashlib.sha256(downloaded).digest() == hashlib.sha256(BINARY).digest()
    text = b"".join(backend.download_attachment(files["журнал.txt"].id))
    assert text == (report["folder"] / "log.txt").read_bytes()


def test_find_ticket_by_key(report: dict[str, Any], backend: RequestTrackerBackend) -> None:
    found = backend.find_ticket_by_key(report["key"])
    assert found is not None
    assert found.id == report["ticket"].id
    assert backend.find_ticket_by_key("key-that-was-never-used") is None
    assert backend.find_ticket_by_key("") is None


def test_a_ticket_older_than_the_recent_window_is_found_from_when_it_was_queued(
    rt: RTInstance, report: dict[str, Any]
) -> None:
    # a report left in doubt for longer than the window (a laptop off for weeks) is still
    # found: the search starts when the report was queued
    with RequestTrackerBackend(rt.url, rt.user_token, key_lookback_days=0) as narrow:
        assert narrow.find_ticket_by_key(report["key"]) is None
        queued = datetime.now(UTC) - timedelta(hours=1)
        found = narrow.find_ticket_by_key(report["key"], since=queued)
        assert found is not None and found.id == report["ticket"].id


def test_get_ticket_and_unknown_ticket(
    report: dict[str, Any], backend: RequestTrackerBackend
) -> None:
    assert backend.get_ticket(report["ticket"].id).id == report["ticket"].id
    with pytest.raises(NotFound):
        backend.get_ticket("999999")
    with pytest.raises(NotFound):
        backend.conversation("999999")


def test_list_is_newest_first_across_pages(rt: RTInstance, backend: RequestTrackerBackend) -> None:
    while len(backend.list_my_tickets()) < 5:
        new_ticket(backend, "Filler ticket for paging")
    everything = backend.list_my_tickets()
    with RequestTrackerBackend(rt.url, rt.user_token, queue=rt.queue, page_size=2) as paged:
        in_pages = paged.list_my_tickets()
    assert [t.id for t in in_pages] == [t.id for t in everything]
    updated = [t.updated for t in everything]
    assert updated == sorted(updated, reverse=True)


def test_list_changed_since(rt: RTInstance, backend: RequestTrackerBackend) -> None:
    before = backend.list_my_tickets()
    cutoff = max((t.updated for t in before), default=datetime.now(UTC)) + timedelta(seconds=1)
    while datetime.now(UTC) < cutoff + timedelta(milliseconds=50):
        time.sleep(0.05)
    fresh = new_ticket(backend, "Changed after the cutoff")
    assert [t.id for t in backend.list_my_tickets(changed_since=cutoff)] == [fresh.id]


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


def test_conversation_shows_public_replies_but_never_comments(
    rt: RTInstance, backend: RequestTrackerBackend, rt_admin_session: requests.Session
) -> None:
    ticket = new_ticket(backend, "VPN drops every hour")
    staff(rt, rt_admin_session, ticket.id, "correspond", "Please update the VPN client.")
    staff(rt, rt_admin_session, ticket.id, "comment", "INTERNAL: user is on the old laptop")
    conversation = backend.conversation(ticket.id)
    messages = [m for m in conversation if m.kind == "message"]
    assert [m.body.strip() for m in messages][1:] == ["Please update the VPN client."]
    assert messages[1].from_support
    assert messages[1].author
    assert all("INTERNAL" not in m.body for m in conversation)
    assert [m.created for m in conversation] == sorted(m.created for m in conversation)
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


def test_reply_with_attachment(backend: RequestTrackerBackend, tmp_path: Path) -> None:
    ticket = new_ticket(backend, "Printer jams")
    photo = tmp_path / "jam.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg" * 100)
    uploaded: list[tuple[int, int]] = []
    backend.reply(ticket.id, "Here is a photo.", [NewAttachment(photo, "jam.jpg", "image/jpeg")],
                  progress=lambda sent, total: uploaded.append((sent, total)))
    assert uploaded and uploaded[-1][0] == uploaded[-1][1] > photo.stat().st_size
    last = [m for m in backend.conversation(ticket.id) if m.kind == "message"][-1]
    assert last.body.strip() == "Here is a photo."
    assert not last.from_support
    [attachment] = last.attachments
    assert (attachment.filename, attachment.content_type) == ("jam.jpg", "image/jpeg")
    assert b"".join(backend.download_attachment(attachment.id)) == photo.read_bytes()


def test_solve_then_reopen_with_reason(backend: RequestTrackerBackend) -> None:
    ticket = new_ticket(backend, "Screen flickers")
    backend.solve(ticket.id)
    assert backend.get_ticket(ticket.id).status is TicketStatus.SOLVED
    backend.reopen(ticket.id, "It flickers again after the update.")
    reopened = backend.get_ticket(ticket.id)
    assert reopened.status is TicketStatus.OPEN
    assert reopened.raw_status == "open"
    bodies = [m.body.strip() for m in backend.conversation(ticket.id) if m.kind == "message"]
    assert bodies[-1] == "It flickers again after the update."


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


def test_bad_token_is_an_auth_error(rt: RTInstance) -> None:
    user_id = rt.user_token.split("-")[1]
    with RequestTrackerBackend(rt.url, f"1-{user_id}-{'0' * 32}") as wrong:
        with pytest.raises(AuthError):
            wrong.whoami()
        with pytest.raises(AuthError):
            wrong.list_my_tickets()
    with RequestTrackerBackend(rt.url, "not-a-token") as garbage, pytest.raises(AuthError):
        garbage.whoami()


def test_closed_port_is_server_unreachable() -> None:
    with (
        RequestTrackerBackend(f"http://127.0.0.1:{free_port()}", "1-2-abc") as down,
        pytest.raises(ServerUnreachable) as caught,
    ):
        down.whoami()
    assert "127.0.0.1" in caught.value.message


def test_unknown_host_is_host_not_found() -> None:
    with (
        RequestTrackerBackend("http://nonexistent.invalid", "1-2-abc") as nowhere,
        pytest.raises(HostNotFound) as caught,
    ):
        nowhere.whoami()
    assert "nonexistent.invalid" in caught.value.message


# --- servers that are not RT --------------------------------------------------------------------


def test_a_web_page_that_is_not_rt_is_not_a_helpdesk() -> None:
    for status in (404, 200):
        with local_server(html(status)) as url, RequestTrackerBackend(url, "1-2-abc") as b:
            with pytest.raises(NotAHelpdesk) as caught:
                b.whoami()
            assert url in caught.value.message


def test_overload_answers_are_transient_not_wrong_address() -> None:
    busy = lambda path: (429, "application/json", b'{"message":"slow down"}', {"Retry-After": "7"})  # noqa: E731
    with local_server(busy) as url, RequestTrackerBackend(url, "1-2-abc") as b:
        with pytest.raises(RateLimited) as caught:
            b.list_my_tickets()
        assert caught.value.retry_after == 7
    with local_server(html(503)) as url, RequestTrackerBackend(url, "1-2-abc") as b:
        with pytest.raises(Transient) as failed:
            b.whoami()
        assert not isinstance(failed.value, NotAHelpdesk)


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
