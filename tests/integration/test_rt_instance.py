"""The seeded RT instance behaves as the connector and the demo expect (real RT, no mocks)."""

from __future__ import annotations

import base64
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from helpclient.demo.rt_instance import (
    DEFAULT_ARTICLES_DIR,
    RTInstance,
    create_instance,
    free_port,
)

TIMEOUT = 30


def get(session: requests.Session, url: str, **kwargs: Any) -> requests.Response:
    return session.get(url, timeout=TIMEOUT, **kwargs)


def post(session: requests.Session, url: str, body: Any) -> requests.Response:
    return session.post(url, json=body, timeout=TIMEOUT)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def create_ticket(rt: RTInstance, session: requests.Session, subject: str, body: str) -> int:
    response = post(
        session,
        f"{rt.rest_url}/ticket",
        {
            "Queue": rt.queue,
            "Subject": subject,
            "Requestor": rt.user_email,
            "Content": body,
            "ContentType": "text/plain",
        },
    )
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def history(rt: RTInstance, session: requests.Session, ticket_id: int) -> list[dict[str, Any]]:
    response = get(
        session,
        f"{rt.rest_url}/ticket/{ticket_id}/history",
        params={"fields": "Type,Creator,Created", "per_page": 100},
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def attachments(rt: RTInstance, session: requests.Session, ticket_id: int) -> list[dict[str, Any]]:
    response = get(
        session,
        f"{rt.rest_url}/ticket/{ticket_id}/attachments",
        params={"fields": "Filename,ContentType,TransactionId", "per_page": 100},
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def test_user_token_identifies_the_user(rt: RTInstance, rt_user_session: requests.Session) -> None:
    response = get(rt_user_session, f"{rt.rest_url}/user/{rt.user_login}")
    assert response.status_code == 200, response.text
    me = response.json()
    assert me["Name"] == rt.user_login
    assert me["EmailAddress"] == rt.user_email
    assert me["RealName"] == rt.user_name
    assert me["WorkPhone"] == rt.user_phone
    assert me["Privileged"] == 0


@pytest.mark.parametrize("headers", [{"Authorization": "token 1-27-0123456789abcdef"}, {}])
def test_bad_or_missing_token_is_401(rt: RTInstance, headers: dict[str, str]) -> None:
    response = requests.get(f"{rt.rest_url}/user/{rt.user_login}", headers=headers, timeout=30)
    assert response.status_code == 401


def test_server_listens_on_loopback_only(rt: RTInstance) -> None:
    listening = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, port = local.split(":")
        if state == "0A" and int(port, 16) == rt.port:
            listening.add(address)
    assert listening == {"0100007F"}  # 127.0.0.1, nothing else
    tcp6 = Path("/proc/net/tcp6")
    if tcp6.exists():
        ports6 = {
            int(line.split()[1].rsplit(":", 1)[1], 16) for line in tcp6.read_text().splitlines()[1:]
        }
        assert rt.port not in ports6


def test_user_ticket_conversation_round_trip(
    rt: RTInstance, rt_user_session: requests.Session, rt_admin_session: requests.Session
) -> None:
    user, admin, api = rt_user_session, rt_admin_session, rt.rest_url
    ticket_id = create_ticket(rt, user, "Printer on floor 3 prints nothing", "Jobs stay queued.")

    ticket = get(user, f"{api}/ticket/{ticket_id}").json()
    assert ticket["Subject"] == "Printer on floor 3 prints nothing"
    assert ticket["Status"] == "new"
    assert [r["id"] for r in ticket["Requestor"]] == [rt.user_login]

    # Support answers with an attachment; the user reads it and downloads the file.
    howto = "Перезапустите принтер.\n".encode()
    reply = {
        "Content": "Please restart the printer, see attached.",
        "ContentType": "text/plain",
        "Attachments": [
            {"FileName": "howto.txt", "FileType": "text/plain", "FileContent": b64(howto)}
        ],
    }
    assert post(admin, f"{api}/ticket/{ticket_id}/correspond", reply).status_code == 201

    types = [t["Type"] for t in history(rt, user, ticket_id)]
    assert types[0] == "Create"
    assert "Correspond" in types
    files = {a["Filename"]: a for a in attachments(rt, user, ticket_id) if a["Filename"]}
    assert set(files) == {"howto.txt"}
    file = get(user, f"{api}/attachment/{files['howto.txt']['id']}").json()
    assert base64.b64decode(file["Content"]) == howto  # single attachment: base64 Content

    # The user answers with a binary attachment, resolves, then reopens.
    png = b"\x89PNG\r\n\x1a\n\x00\x01binary"
    user_reply = {
        "Content": "Restarted, still nothing. Photo attached.",
        "ContentType": "text/plain",
        "Attachments": [
            {"FileName": "photo.png", "FileType": "image/png", "FileContent": b64(png)}
        ],
    }
    assert post(user, f"{api}/ticket/{ticket_id}/correspond", user_reply).status_code == 201
    photo = next(a for a in attachments(rt, admin, ticket_id) if a["Filename"] == "photo.png")
    assert base64.b64decode(get(admin, f"{api}/attachment/{photo['id']}").json()["Content"]) == png

    for status in ("resolved", "open"):
        response = user.put(f"{api}/ticket/{ticket_id}", json={"Status": status}, timeout=TIMEOUT)
        assert response.status_code == 200, response.text
        assert get(user, f"{api}/ticket/{ticket_id}").json()["Status"] == status

    # RT has no "closed" status: HTTP 200, but a message saying so and no change.
    response = user.put(f"{api}/ticket/{ticket_id}", json={"Status": "closed"}, timeout=TIMEOUT)
    assert response.status_code == 200
    assert "isn't a valid status" in response.text
    assert get(user, f"{api}/ticket/{ticket_id}").json()["Status"] == "open"

    # The user finds the ticket among their own.
    found = get(
        user,
        f"{api}/tickets",
        # the session's RT is shared: other modules' tickets can fill the default page of 20
        params={"query": "Requestor.id = '__CurrentUser__'", "fields": "Subject,Status",
                "per_page": 100},
    ).json()
    assert ticket_id in {int(t["id"]) for t in found["items"]}


def test_user_cannot_see_internal_comments(
    rt: RTInstance, rt_user_session: requests.Session, rt_admin_session: requests.Session
) -> None:
    user, admin, api = rt_user_session, rt_admin_session, rt.rest_url
    ticket_id = create_ticket(rt, user, "VPN drops every hour", "Since Monday.")
    note = {
        "Content": "INTERNAL: check the concentrator logs",
        "ContentType": "text/plain",
        "Attachments": [
            {"FileName": "internal.log", "FileType": "text/plain", "FileContent": b64(b"secret")}
        ],
    }
    assert post(admin, f"{api}/ticket/{ticket_id}/comment", note).status_code == 201

    staff_view = history(rt, admin, ticket_id)
    comment = next(t for t in staff_view if t["Type"] == "Comment")
    assert "Comment" not in [t["Type"] for t in history(rt, user, ticket_id)]
    assert get(user, f"{api}/transaction/{comment['id']}").status_code == 403
    assert "internal.log" in {a["Filename"] for a in attachments(rt, admin, ticket_id)}
    user_files = attachments(rt, user, ticket_id)
    assert "internal.log" not in {a["Filename"] for a in user_files}
    assert str(comment["id"]) not in {str(a["TransactionId"]) for a in user_files}


def test_user_sees_only_own_tickets(
    rt: RTInstance, rt_user_session: requests.Session, rt_admin_session: requests.Session
) -> None:
    api = rt.rest_url
    other = post(
        rt_admin_session,
        f"{api}/ticket",
        {"Queue": rt.queue, "Subject": "Someone else's laptop", "Requestor": "bob@example.com"},
    )
    assert other.status_code == 201, other.text
    other_id = int(other.json()["id"])
    assert get(rt_user_session, f"{api}/ticket/{other_id}").status_code == 403
    mine = get(rt_user_session, f"{api}/tickets", params={"query": "id > 0"}).json()
    assert other_id not in {int(t["id"]) for t in mine["items"]}


def test_articles_are_searchable_and_readable(
    rt: RTInstance, rt_user_session: requests.Session
) -> None:
    api = rt.rest_url
    kb_class = get(rt_user_session, f"{api}/class/{rt.article_class}").json()
    # An empty filter ([]) lists nothing: a filter is needed to list a class's articles.
    everything = post(
        rt_user_session,
        f"{api}/articles?per_page=100&fields=Name,Summary",
        [{"field": "Class", "value": kb_class["id"]}],
    ).json()["items"]
    assert len(everything) == len(list(DEFAULT_ARTICLES_DIR.glob("*.md")))
    assert all(a["Summary"] for a in everything)

    by_name = post(
        rt_user_session,
        f"{api}/articles?fields=Name",
        [{"field": "Name", "operator": "LIKE", "value": "пароля"}],
    ).json()["items"]
    assert [a["Name"] for a in by_name] == ["Сброс пароля"]

    by_content = post(
        rt_user_session,
        f"{api}/articles?fields=Name&per_page=100",
        [{"field": "CF.{Content}", "operator": "LIKE", "value": "self-service portal"}],
    ).json()["items"]
    assert "Resetting a forgotten or expired password" in {a["Name"] for a in by_content}

    article = get(rt_user_session, f"{api}/article/{by_name[0]['id']}").json()
    content = next(cf for cf in article["CustomFields"] if cf["name"] == "Content")
    assert "портал самообслуживания" in content["values"][0]
    assert article["Summary"].startswith("Если вы забыли пароль")


def test_reuse_is_fast_and_does_not_reseed(rt: RTInstance, rt_timings: dict[str, float]) -> None:
    db = rt.base_dir / "rt.db"
    before = db.stat()
    began = time.perf_counter()
    again = create_instance(rt.base_dir)
    reuse = time.perf_counter() - began
    assert (again.user_token, again.admin_token) == (rt.user_token, rt.admin_token)
    assert again.port == rt.port
    after = db.stat()
    assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)
    assert reuse < 2.0
    assert ((rt.base_dir / "instance.json").stat().st_mode & 0o777) == 0o600
    print(
        f"\nRT timings: cold create {rt_timings['cold_create']:.2f} s, "
        f"start {rt_timings['start']:.2f} s, reuse {reuse:.3f} s"
    )


def _rt_server_processes(port: int) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if any(b"rt-server" in a for a in args) and str(port).encode() in args:
            found.append(cmdline.parent.name)
    return found


def test_copied_instance_runs_on_another_port(tmp_path: Path, rt: RTInstance) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(
        rt.base_dir, copy, ignore=shutil.ignore_patterns("mason_data", "session_data", "tmp")
    )
    port = free_port()
    began = time.perf_counter()
    with create_instance(copy, port=port) as clone:
        assert clone.port == port != rt.port
        assert clone.user_token == rt.user_token
        clone.start()
        started = time.perf_counter() - began
        response = requests.get(
            f"{clone.rest_url}/user/{clone.user_login}",
            headers={"Authorization": f"token {clone.user_token}"},
            timeout=TIMEOUT,
        )
        assert response.status_code == 200
        assert response.json()["_hyperlinks"][0]["_url"].startswith(clone.url)
        assert _rt_server_processes(port)
    assert not clone.is_running()
    assert _rt_server_processes(port) == []
    assert rt.is_running()
    print(f"\nRT reuse of a copied folder + start on a new port: {started:.2f} s")
