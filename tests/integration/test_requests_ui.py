"""The "My requests" window and ticket view against a real Request Tracker 5.

The user's side goes through RequestsWindow / TicketView exactly as clicked and typed; the
support side acts through RT's REST2 API with root's token, the way an agent's browser would.
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.models import Capability, NewTicket, Ticket
from helpclient.demo.rt_instance import RTInstance, free_port
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.model import Column, TicketRole
from helpclient.ui.requests.reopen_dialog import ReopenDialog
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.requests.window import RequestsWindow

TIMEOUT = 30
_numbers = itertools.count(1)


@pytest.fixture
def backend(rt: RTInstance) -> Iterator[RequestTrackerBackend]:
    with RequestTrackerBackend(rt.url, rt.user_token) as helpdesk:
        yield helpdesk


@pytest.fixture
def window(qtbot, backend: RequestTrackerBackend) -> RequestsWindow:
    # The factory is how the app hands in "whatever backend the settings say now".
    win = RequestsWindow(TaskRunner(synchronous=True), lambda: backend)
    qtbot.addWidget(win)
    win.show()
    return win


def new_ticket(backend: RequestTrackerBackend, rt: RTInstance, what: str) -> Ticket:
    subject = f"UI test {next(_numbers)}: {what}"
    return backend.create_ticket(NewTicket(subject=subject, body=f"{what}, details inside.",
                                           requestor_email=rt.user_email))


def as_support(session: requests.Session, rt: RTInstance, method: str, path: str,
               body: dict[str, Any]) -> Any:
    response = session.request(method, f"{rt.rest_url}/{path}", json=body, timeout=TIMEOUT)
    assert response.ok, response.text
    return response.json()


def rt_status(session: requests.Session, rt: RTInstance, ticket_id: str) -> str:
    response = session.get(f"{rt.rest_url}/ticket/{ticket_id}", timeout=TIMEOUT)
    response.raise_for_status()
    return str(response.json()["Status"])


def rt_texts(session: requests.Session, rt: RTInstance, ticket_id: str) -> list[str]:
    """Every text part stored on the ticket, as support sees it in RT."""
    response = session.get(
        f"{rt.rest_url}/ticket/{ticket_id}/attachments",
        params={"fields": "ContentType", "per_page": 100}, timeout=TIMEOUT)
    response.raise_for_status()
    texts = []
    for item in response.json()["items"]:
        if item.get("ContentType") != "text/plain":
            continue
        part = session.get(f"{rt.rest_url}/attachment/{item['id']}", timeout=TIMEOUT)
        part.raise_for_status()
        texts.append(base64.b64decode(part.json()["Content"]).decode("utf-8", "replace"))
    return texts


def listed(win: RequestsWindow) -> list[Ticket]:
    """The tickets as the table shows them, top to bottom."""
    proxy = win.table.model()
    return [proxy.index(row, 0).data(TicketRole) for row in range(proxy.rowCount())]


def status_text(win: RequestsWindow, ticket_id: str) -> str:
    proxy = win.table.model()
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(TicketRole).id == ticket_id:
            return proxy.index(row, Column.STATUS).data()
    raise AssertionError(f"#{ticket_id} is not listed")


def open_with_keyboard(qtbot, win: RequestsWindow, ticket_id: str) -> TicketView:
    """Make the ticket's row current, then press Enter in the table like a user."""
    proxy = win.table.model()
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(TicketRole).id == ticket_id)
    win.table.setFocus()
    win.table.setCurrentIndex(proxy.index(row, Column.SUBJECT))
    qtbot.keyClick(win.table, Qt.Key.Key_Return)
    view = win.current_ticket_view()
    assert view is not None and view.ticket_id == ticket_id
    return view


def test_refresh_lists_new_tickets_newest_first(window, backend, rt):
    first = new_ticket(backend, rt, "Printer jams")
    second = new_ticket(backend, rt, "VPN drops")
    window.refresh()
    ids = [t.id for t in listed(window)]
    # Other tests share this RT user, so look at our two: both there, the newer above.
    assert ids.index(second.id) < ids.index(first.id)
    assert ids[:2] == [second.id, first.id]
    assert status_text(window, first.id) == status_text(window, second.id) == "New"
    assert window.error_banner.isHidden()
    assert window.updated_label.text().startswith("Updated at ")


def test_search_filters_by_subject_and_number(window, backend, rt, qtbot):
    ticket = new_ticket(backend, rt, "Scanner makes noise")
    window.refresh()
    qtbot.keyClicks(window.search_edit, "scanner makes")
    assert [t.id for t in listed(window)] == [ticket.id]
    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, f"#{ticket.id}")
    assert ticket.id in [t.id for t in listed(window)]


def test_support_reply_and_status_reach_the_user_but_comments_do_not(
        window, backend, rt, rt_admin_session, qtbot):
    ticket = new_ticket(backend, rt, "Outlook asks for password")
    window.refresh()
    assert status_text(window, ticket.id) == "New"

    as_support(rt_admin_session, rt, "POST", f"ticket/{ticket.id}/correspond",
               {"Content": "Please restart Outlook once, then tell us.",
                "ContentType": "text/plain"})
    as_support(rt_admin_session, rt, "POST", f"ticket/{ticket.id}/comment",
               {"Content": "INTERNAL: probably the expired certificate again",
                "ContentType": "text/plain"})
    as_support(rt_admin_session, rt, "PUT", f"ticket/{ticket.id}", {"Status": "open"})

    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert status_text(window, ticket.id) == "In progress"

    view = open_with_keyboard(qtbot, window, ticket.id)
    shown = view.conversation_view.toPlainText()
    assert "Please restart Outlook once, then tell us." in shown
    assert "INTERNAL" not in shown and "certificate" not in shown
    # the event in common words; RT's automation is nobody, its status names nowhere
    assert "Status changed to “In progress”" in shown
    assert "RT System" not in shown and "RT_System" not in shown
    assert view.header.badge.text() == "In progress"
    header = " ".join(label.text() for label in view.header.findChildren(QLabel))
    assert "open" not in header.replace("Opened", "") and "helpdesk status" not in header


def test_html_reply_is_shown_as_text_without_remote_content(
        window, backend, rt, rt_admin_session):
    ticket = new_ticket(backend, rt, "Mail signature broken")
    as_support(rt_admin_session, rt, "POST", f"ticket/{ticket.id}/correspond",
               {"Content": "<p>Try <b>this</b> <img src='http://127.0.0.1:9/pixel.png'>"
                           "<script>alert(1)</script> fix.</p>",
                "ContentType": "text/html"})
    view = window.open_ticket(ticket.id)
    document = view.conversation_view.toHtml()
    assert "Try this" in view.conversation_view.toPlainText()
    assert "<img" not in document and "pixel.png" not in document
    assert "alert(1)" not in view.conversation_view.toPlainText()


def test_reply_from_the_ticket_view_reaches_rt(window, backend, rt, rt_admin_session, qtbot):
    ticket = new_ticket(backend, rt, "Laptop fan is loud")
    window.refresh()
    view = window.open_ticket(ticket.id)
    assert view.send_button.isVisible() and not view.send_button.isEnabled()

    qtbot.keyClicks(view.reply_edit, "It is loud even when idle.")
    assert view.send_button.isEnabled()
    with qtbot.wait_signal(view.ticket_changed):
        qtbot.keyClick(view.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert view.reply_edit.toPlainText() == ""
    assert view.error_banner.isHidden()
    assert any("It is loud even when idle." in text
               for text in rt_texts(rt_admin_session, rt, ticket.id))
    assert "It is loud even when idle." in view.conversation_view.toPlainText()


def test_solve_then_reopen_with_a_reason(window, backend, rt, rt_admin_session, qtbot):
    ticket = new_ticket(backend, rt, "Monitor flickers")
    window.refresh()
    view = window.open_ticket(ticket.id)
    assert view.solve_button.isVisible() and not view.reopen_button.isVisible()

    qtbot.mouseClick(view.solve_button, Qt.MouseButton.LeftButton)
    assert rt_status(rt_admin_session, rt, ticket.id) == "resolved"
    assert view.header.badge.text() == "Solved"
    assert not view.solve_button.isVisible() and view.reopen_button.isVisible()
    assert not view.reply_edit.isVisible()
    assert status_text(window, ticket.id) == "Solved"  # the list refreshed after the action

    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    dialog = view.findChild(ReopenDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason: refused, dialog stays
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert rt_status(rt_admin_session, rt, ticket.id) == "resolved"

    qtbot.keyClicks(dialog.reason_edit, "It flickers again after the update.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert rt_status(rt_admin_session, rt, ticket.id) == "open"
    assert "It flickers again after the update." in view.conversation_view.toPlainText()
    assert view.header.badge.text() == "In progress"
    assert view.solve_button.isVisible()


def test_unreachable_server_shows_banner_and_keeps_rows(qtbot, backend, rt):
    dead = RequestTrackerBackend(f"http://127.0.0.1:{free_port()}", rt.user_token)
    current = {"backend": backend}
    win = RequestsWindow(TaskRunner(synchronous=True), lambda: current["backend"])
    qtbot.addWidget(win)
    new_ticket(backend, rt, "Keyboard types wrong letters")
    win.refresh()
    before = [t.id for t in listed(win)]
    assert before

    current["backend"] = dead  # e.g. the server went down, or the VPN dropped
    try:
        qtbot.mouseClick(win.refresh_button, Qt.MouseButton.LeftButton)
    finally:
        dead.close()
    assert "not answering" in win.error_banner.text()
    assert [t.id for t in listed(win)] == before
    assert win.progress.isHidden()


def test_failed_reply_keeps_the_text_and_explains(qtbot, backend, rt):
    ticket = new_ticket(backend, rt, "Headset crackles")
    dead = RequestTrackerBackend(f"http://127.0.0.1:{free_port()}", rt.user_token)
    current = {"backend": backend}
    win = RequestsWindow(TaskRunner(synchronous=True), lambda: current["backend"])
    qtbot.addWidget(win)
    view = win.open_ticket(ticket.id)
    qtbot.keyClicks(view.reply_edit, "Still crackling.")

    current["backend"] = dead
    try:
        qtbot.mouseClick(view.send_button, Qt.MouseButton.LeftButton)
    finally:
        dead.close()
    assert view.reply_edit.toPlainText() == "Still crackling."
    assert "not answering" in view.error_banner.text()
    assert not view.is_busy() and view.send_button.isEnabled()


class _NoSelfService(RequestTrackerBackend):
    """The same RT, as a helpdesk that lets users neither solve nor reopen nor reply."""

    @property
    def capabilities(self) -> Capability:
        return Capability.KB_SEARCH


def test_actions_follow_capabilities_not_the_backend(qtbot, backend, rt):
    ticket = new_ticket(backend, rt, "Webcam is black")
    with _NoSelfService(rt.url, rt.user_token) as limited:
        view = TicketView(TaskRunner(synchronous=True), lambda: limited, ticket.id)
        qtbot.addWidget(view)
        view.show()
        assert view.ticket() is not None and view.messages()
        assert not view.solve_button.isVisible()
        assert not view.reply_edit.isVisible() and not view.send_button.isVisible()
        assert not view.reopen_button.isVisible()


def test_back_to_the_list_keeps_a_half_typed_reply(window, backend, rt, qtbot):
    ticket = new_ticket(backend, rt, "Docking station not detected")
    window.refresh()
    view = open_with_keyboard(qtbot, window, ticket.id)
    # (Qt adds the application's name on the desktop)
    assert window.windowTitle() == f"Request #{ticket.id} — My requests"
    qtbot.keyClicks(view.reply_edit, "Half a thought")
    back = QKeySequence.keyBindings(QKeySequence.StandardKey.Back)[0][0]  # Alt+Left on Linux
    qtbot.keyClick(view.reply_edit, back.key(), back.keyboardModifiers())
    assert window.current_ticket_view() is None
    assert window.windowTitle() == "My requests"
    assert window.table.currentIndex().data(TicketRole).id == ticket.id

    again = open_with_keyboard(qtbot, window, ticket.id)
    assert again.reply_edit.toPlainText() == "Half a thought"
