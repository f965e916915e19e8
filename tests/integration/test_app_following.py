"""The composition root against a real RT 5: the app's poller notices a support reply, the tray
notifies, clicking the notification opens that request; the wizard's duplicate hint continues
in the open request instead of creating a second one."""

from __future__ import annotations

import time

import pytest
from app_builder import make_test_app

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.models import NewTicket
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory


@pytest.fixture
def app(qtbot, rt, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    connection.sign_in(ServerConfig("rt", rt.url, rt.queue), Credentials.token(rt.user_token))
    helpclient = make_test_app(tmp_path, connection, tray_available=True)
    yield helpclient
    helpclient.dispose()
    if helpclient.cache is not None:
        helpclient.cache.close()


def test_support_reply_notifies_and_the_click_opens_the_ticket(app, rt, rt_admin_session):
    # what start() does once configured, without showing the icon (offscreen has no tray)
    app.start_polling()
    assert app.poller is not None and app.cache is not None
    ticket = app.connection.backend().create_ticket(NewTicket(
        subject="Headset not recognised", body="USB headset silent.",
        requestor_email=rt.user_email))
    app.poller.poke()
    shown = []
    notify = app.tray.notify

    def recording_notify(title, body, ticket_id=""):
        shown.append((title, ticket_id))
        notify(title, body, ticket_id)

    app.tray.notify = recording_notify
    time.sleep(1.1)  # RT's one-second timestamps
    response = rt_admin_session.post(
        f"{rt.rest_url}/ticket/{ticket.id}/correspond",
        json={"Content": "Driver updated, please try again.", "ContentType": "text/plain"},
        timeout=30)
    assert response.ok, response.text
    app.poller.poke()
    assert (f"Support replied to request #{ticket.id}", ticket.id) in shown
    assert app.tray.unread >= 1
    app.tray.icon.messageClicked.emit()
    view = app.requests.current_ticket_view()
    assert view is not None and view.ticket_id == ticket.id
    assert "Driver updated" in view.conversation_view.toPlainText()
    assert app.tray.unread == app.cache.unread_count()


def test_duplicate_hint_adds_to_the_open_request(app, rt, qtbot):
    app.start_polling()
    ticket = app.connection.backend().create_ticket(NewTicket(
        subject="Scanner on 2nd floor shows paper jam", body="It says paper jam.",
        requestor_email=rt.user_email))
    app.poller.poke()
    app.open_report()
    page = app.wizard.step_page(app.wizard.flow.steps[0])
    page.summary.setText("2nd floor scanner paper jam again")
    hint = page.duplicate_hint
    assert hint.isVisible() and hint.match.id == ticket.id
    hint.add_button.click()
    assert app.wizard is None
    view = app.requests.current_ticket_view()
    assert view.ticket_id == ticket.id
    assert view.reply_edit.toPlainText() == "2nd floor scanner paper jam again"


def test_reopen_from_the_client_is_not_announced(app, rt, rt_admin_session):
    # RT reopens the ticket itself ("The RT System itself") when the user writes to it: to
    # the poller that looked like support changing the status, with a balloon and a badge
    app.start_polling()
    ticket = app.connection.backend().create_ticket(NewTicket(
        subject="Monitor flickers", body="Flickers after lunch.",
        requestor_email=rt.user_email))
    app.poller.poke()
    time.sleep(1.1)  # RT's one-second timestamps
    response = rt_admin_session.put(f"{rt.rest_url}/ticket/{ticket.id}",
                                    json={"Status": "resolved"}, timeout=30)
    assert response.ok, response.text
    app.poller.poke()
    shown = []
    app.tray.notify = lambda title, body, ticket_id="": shown.append(title)
    view = app.open_requests().open_ticket(ticket.id)
    assert view.reopen_button.isVisible()
    time.sleep(1.1)
    view.reopen("It flickers again.")  # the view asks for a poll after it
    assert view.ticket().status.value == "open"
    time.sleep(1.1)
    app.open_requests().show_list()  # the ticket out of view: any news would stay unread
    app.poller.poke()
    assert shown == []
    assert app.tray.unread == 0 and app.cache.unread_count() == 0
