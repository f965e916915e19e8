"""Remote assistance against a real RT 5: after the user agreed and the tool (a small script)
started, the line about it reaches the chosen request as the user's reply — at once when the
helpdesk answers, and through the outbox, once, when it could not be reached at first."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_builder import make_test_app
from fault_proxy import FaultProxy, Rule, fault_proxy
from PySide6.QtCore import Qt

from helpclient.app import HelpClientApp
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.models import NewTicket, Ticket
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.demo.rt_instance import RTInstance
from helpclient.services import backend_factory

TOOL = """\
import json, sys, time
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(sys.argv[2:], f)
time.sleep(60)
"""
NOTE = "Remote assistance: I agreed to let support connect to my computer with Test Tool."


@pytest.fixture
def proxy(rt: RTInstance) -> Iterator[tuple[FaultProxy, str]]:
    with fault_proxy(rt.url) as running:
        yield running


@pytest.fixture
def app(qtbot, rt: RTInstance, tmp_path: Path,
        proxy: tuple[FaultProxy, str]) -> Iterator[HelpClientApp]:
    tool = tmp_path / "tool.py"
    tool.write_text(TOOL)
    settings = Settings(tmp_path / "config.toml")
    settings.set("remote.tool_name", "Test Tool")
    settings.set("remote.command",
                 f"'{sys.executable}' '{tool}' '{tmp_path / 'ran.json'}' --ticket {{ticket}}")
    connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
    connection.sign_in(ServerConfig("rt", proxy[1], rt.queue),
                       Credentials.token(rt.user_token))
    helpclient = make_test_app(tmp_path, connection, tray_available=True)
    yield helpclient
    helpclient.dispose()
    helpclient.cache.close()


def open_request(app: HelpClientApp, rt: RTInstance, subject: str) -> Ticket:
    ticket = app.connection.backend().create_ticket(NewTicket(
        subject=subject, body="It needs a look.", requestor_email=rt.user_email))
    app.poller.poke()  # the cache, where open requests are offered from, learns of it
    assert ticket.id in [c.ticket.id for c in app.cache.tickets()]
    return ticket


def agree(app: HelpClientApp, ticket: Ticket, qtbot, tmp_path: Path) -> None:
    requests = app.open_requests()
    requests.open_ticket(ticket.id)
    assert requests.remote_offer.isVisible()
    qtbot.mouseClick(requests.remote_offer, Qt.MouseButton.LeftButton)
    dialog = app.remote.dialog
    assert dialog is not None
    chosen = dialog.note_ticket()
    assert chosen is not None and chosen.id == ticket.id
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    ran = tmp_path / "ran.json"
    qtbot.waitUntil(ran.exists, timeout=10_000)
    qtbot.waitUntil(lambda: json.loads(ran.read_text() or "[]") == ["--ticket", ticket.id],
                    timeout=5_000)


def notes_in(app: HelpClientApp, ticket: Ticket) -> list[str]:
    return [m.body for m in app.connection.backend().conversation(ticket.id) if NOTE in m.body]


def test_the_note_reaches_the_request_shown(app, rt, qtbot, tmp_path):
    app.start_polling()
    ticket = open_request(app, rt, "Remote assistance note, online")
    agree(app, ticket, qtbot, tmp_path)
    qtbot.waitUntil(lambda: notes_in(app, ticket) != [], timeout=10_000)  # once it settled
    (note,) = notes_in(app, ticket)
    assert "HelpClient started it at " in note
    assert app.outbox.replies_waiting(ticket.id) == []
    app.actions.stop_remote_action.trigger()
    qtbot.waitUntil(lambda: app.remote.process is None, timeout=10_000)


def test_offline_the_note_waits_in_the_outbox_and_arrives_once(app, rt, proxy, qtbot,
                                                                 tmp_path):
    faults, _url = proxy
    app.start_polling()
    ticket = open_request(app, rt, "Remote assistance note, offline first")
    # down until the test says it is back: a successful poll meanwhile wakes the outbox, and a
    # one-off fault let that retry through before the wait below could see the note waiting
    down = Rule(f"POST /REST/2.0/ticket/{ticket.id}/correspond", "status", status=503,
                times=1_000)
    faults.add(down)
    agree(app, ticket, qtbot, tmp_path)
    qtbot.waitUntil(lambda: app.outbox.replies_waiting(ticket.id) != [], timeout=10_000)
    assert notes_in(app, ticket) == []
    (waiting,) = app.outbox.replies_waiting(ticket.id)
    assert waiting.reply_body.startswith(NOTE)
    down.times = 0
    app.outbox.wake()  # as when the network comes back
    qtbot.waitUntil(lambda: app.outbox.replies_waiting(ticket.id) == [], timeout=20_000)
    assert len(notes_in(app, ticket)) == 1
    assert faults.forwarded(f"POST /REST/2.0/ticket/{ticket.id}/correspond") == 1


def test_a_refused_note_is_explained_and_says_how_to_stop(app, rt, proxy, qtbot, tmp_path):
    faults, _url = proxy
    app.start_polling()
    ticket = open_request(app, rt, "Remote assistance note, refused")
    faults.add(Rule(f"POST /REST/2.0/ticket/{ticket.id}/correspond", "status", status=403,
                    times=1))
    agree(app, ticket, qtbot, tmp_path)
    qtbot.waitUntil(lambda: app.remote.message is not None
                    and "could not be added" in app.remote.message.text(), timeout=10_000)
    text = app.remote.message.text()
    assert f"request #{ticket.id}" in text and "Stop remote assistance" in text
    assert app.outbox.replies_waiting(ticket.id) == [] and notes_in(app, ticket) == []
    assert app.remote.is_running()  # the session itself goes on
