"""Following requests against a real Request Tracker 5: support acts through REST2 as root; the
user's side is the real poller, cache, list, ticket view and notification path."""

from __future__ import annotations

import base64
import itertools
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import requests
from PySide6.QtCore import QRect

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.delivery.outbox import Outbox
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.models import Capability, NewTicket, Ticket
from helpclient.core.settings import Settings
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.sync import TicketSync
from helpclient.demo.rt_instance import RTInstance
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.shell.notifications import notify_changes
from helpclient.ui.shell.poller import PollDriver

TIMEOUT = 30
_numbers = itertools.count(1)


@pytest.fixture
def backend(rt: RTInstance) -> Iterator[RequestTrackerBackend]:
    with RequestTrackerBackend(rt.url, rt.user_token) as helpdesk:
        yield helpdesk


class Setup:
    """The app's wiring in small: cache + poller + window + a notification recorder."""

    def __init__(self, qtbot, backend, tmp_path) -> None:
        self.runner = TaskRunner(synchronous=True)
        self.clock = [time.time()]
        self.cache = TicketCache(tmp_path / "tickets.sqlite", "rt")
        sync = TicketSync(lambda: backend, self.cache,
                          lambda: datetime.fromtimestamp(self.clock[0], UTC))
        scheduler = PollScheduler(PollPolicy(), lambda: self.clock[0], random.Random(1))
        self.poller = PollDriver(scheduler, sync, self.runner)
        self.settings = Settings(tmp_path / "config.toml")
        self.shown: list[tuple[str, str, str]] = []
        self.poller.synced.connect(lambda result: notify_changes(
            result, self.settings, lambda *n: self.shown.append(n),
            now_local=datetime(2026, 11, 24, 12, 0)))
        self.window = RequestsWindow(self.runner, lambda: backend, cache=self.cache,
                                     poller=self.poller, download_dir=lambda: tmp_path / "dl")
        qtbot.addWidget(self.window)
        self.window.show()
        self.poller.start()

    def poll(self) -> None:
        # RT stamps changes with one-second resolution: let a second pass between acts
        time.sleep(1.1)
        self.clock[0] += 60
        self.window.refresh()


@pytest.fixture
def setup(qtbot, backend, tmp_path) -> Iterator[Setup]:
    s = Setup(qtbot, backend, tmp_path)
    yield s
    s.poller.stop()
    s.cache.close()


def new_ticket(backend: RequestTrackerBackend, rt: RTInstance, what: str) -> Ticket:
    return backend.create_ticket(NewTicket(subject=f"Follow test {next(_numbers)}: {what}",
                                           body=f"{what}.", requestor_email=rt.user_email))


def as_support(session: requests.Session, rt: RTInstance, method: str, path: str,
               body: dict) -> None:
    response = session.request(method, f"{rt.rest_url}/{path}", json=body, timeout=TIMEOUT)
    assert response.ok, response.text


def test_support_reply_appears_raises_a_notification_and_marks_the_ticket(
        setup, backend, rt, rt_admin_session):
    ticket = new_ticket(backend, rt, "Wi-Fi drops in room 4")
    setup.poll()
    assert setup.shown == []  # our own new ticket is not news
    as_support(rt_admin_session, rt, "POST", f"ticket/{ticket.id}/correspond",
               {"Content": "Does it happen on the guest network too?",
                "ContentType": "text/plain"})
    setup.poll()
    assert (f"Support is waiting for your answer on request #{ticket.id}",
            "Does it happen on the guest network too?", ticket.id) in setup.shown
    assert setup.window.model.flags_of(ticket.id) == (True, True)
    view = setup.window.open_ticket(ticket.id)
    assert "Does it happen on the guest network too?" in view.conversation_view.toPlainText()
    assert view.waiting_label.isVisibleTo(view)
    assert setup.window.model.flags_of(ticket.id)[0] is False


def test_resolved_in_rt_shows_solved_without_rating_then_reopen(
        setup, backend, rt, rt_admin_session):
    ticket = new_ticket(backend, rt, "Docking station dead")
    setup.poll()
    as_support(rt_admin_session, rt, "PUT", f"ticket/{ticket.id}", {"Status": "resolved"})
    setup.poll()
    assert any(n[0] == f"Request #{ticket.id} is solved" for n in setup.shown)
    row = setup.window.model.row_of(ticket.id)
    assert setup.window.model.ticket_at(row).status.value == "solved"
    view = setup.window.open_ticket(ticket.id)
    assert view.header.badge.text() == "Solved"
    assert not backend.capabilities & Capability.CSAT
    assert view.rate_button.isHidden()  # RT has no satisfaction rating: no button
    assert view.reopen_button.isVisible()
    setup.shown.clear()
    view.reopen("Still dead after the weekend.")  # the view asks for a poll after it
    assert view.header.badge.text() == "In progress"
    setup.poll()
    # the user's own reopen is not news, nor RT reopening the ticket itself in answer to it
    assert setup.shown == []
    assert setup.cache.unread_count() == 0


def test_reply_with_attachment_reaches_rt_and_support_file_downloads(
        setup, backend, rt, rt_admin_session, tmp_path):
    ticket = new_ticket(backend, rt, "Excel crashes")
    log = tmp_path / "crash.log"
    log.write_text("Faulting module: excel.exe\n")
    view = setup.window.open_ticket(ticket.id)
    view.reply_files.add_files([log])
    view.reply_edit.setPlainText("Crash log attached.")
    view.send_reply()
    names = [item.get("Filename") for item in rt_admin_session.get(
        f"{rt.rest_url}/ticket/{ticket.id}/attachments",
        params={"fields": "Filename", "per_page": 100}, timeout=TIMEOUT).json()["items"]]
    assert "crash.log" in names

    as_support(rt_admin_session, rt, "POST", f"ticket/{ticket.id}/correspond", {
        "Content": "Please apply this fix.", "ContentType": "text/plain",
        "Attachments": [{"FileName": "../../fix.reg", "FileType": "text/plain",
                         "FileContent": base64.b64encode(b"REGEDIT4\n").decode()}]})
    view.reload()
    assert view.attachments_button.isVisibleTo(view)
    saved = []
    view.downloaded.connect(saved.append)
    actions = view.attachments_button.menu().actions()
    next(a for a in actions if "fix.reg" in a.text()).trigger()
    assert len(saved) == 1 and saved[0].parent == tmp_path / "dl"
    assert saved[0].read_bytes() == b"REGEDIT4\n"


def test_reply_screenshot_is_reviewed_and_stored_by_rt_as_png(
        setup, backend, rt, rt_admin_session, tmp_path, qtbot, monkeypatch):
    # the app's reply path: the ticket view, the shared screenshot flow, the durable outbox
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    ticket = new_ticket(backend, rt, "Screen goes blank")
    outbox = Outbox(tmp_path / "outbox")
    service = OutboxService(outbox, lambda on_event, on_progress: Sender(
        outbox, lambda: backend, backend.whoami, OutboxLock(tmp_path / "lock"),
        on_event=on_event, on_progress=on_progress), setup.runner)
    view = TicketView(setup.runner, lambda: backend, ticket.id,
                      send_reply=service.submit_reply, queued_replies=service.replies_waiting)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(view.reply_files.isVisible, timeout=TIMEOUT * 1000)
    taker = view.reply_files.screenshots
    taker.capture._delay = 1
    taker.menu.aboutToShow.emit()
    taker.menu.actions()[0].trigger()  # Whole desktop
    qtbot.waitUntil(lambda: taker.editor is not None and taker.editor.isVisible(),
                    timeout=TIMEOUT * 1000)
    taker.editor.apply(QRect(0, 0, 20, 20))
    taker.editor.attach.click()
    view.reply_edit.setPlainText("This is what I see.")
    view.send_reply()
    assert outbox.pending() == []  # delivered at once
    items = rt_admin_session.get(
        f"{rt.rest_url}/ticket/{ticket.id}/attachments",
        params={"fields": "Filename,ContentType", "per_page": 100}, timeout=TIMEOUT).json()["items"]
    stored = {item.get("Filename"): item.get("ContentType") for item in items}
    assert stored.get("screenshot-1.png") == "image/png"
    outbox.close()
