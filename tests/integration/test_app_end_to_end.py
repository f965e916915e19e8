"""The whole path in one process: the app's report command → wizard → a ticket in the real RT with
every step readable → My requests lists it."""

import pytest
from app_builder import make_test_app
from PySide6.QtWidgets import QWizard

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.report.problem import Category, Contact, Started, Urgency
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory


@pytest.fixture
def app(qtbot, rt, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    connection.sign_in(ServerConfig("rt", rt.url, rt.queue), Credentials.token(rt.user_token))
    helpclient = make_test_app(tmp_path, connection, tray_available=False)
    yield helpclient
    helpclient.dispose()  # its poller too: a poll would otherwise report to deleted windows
    helpclient.cache.close()


def test_report_arrives_in_rt_with_every_step_readable(app, rt, qtbot, tmp_path):
    app.start()
    assert app.home is not None and app.home.isVisible()
    assert app.settings_dialog is None  # configured: no set-up dialog

    app.handle_command("report")
    wizard = app.wizard
    assert wizard is not None and wizard.isVisible()
    # the account's name and e-mail were filled in from RT
    assert wizard.report.contact.email == rt.user_email
    assert wizard.report.contact.name == rt.user_name

    wizard.flow.report = wizard.report.with_changes(
        summary="Excel freezes when saving to the shared drive",
        category=Category.SOFTWARE,
        actions=("Opened the budget workbook from S:\\Finance", "Pressed Ctrl+S"),
        error_text="Excel is not responding (Document not saved)",
        started=Started.YESTERDAY,
        software="Microsoft Excel", software_version="16.0.17928",
        urgency=Urgency.HIGH,
        contact=Contact(rt.user_name, rt.user_email, "+1 555 0100"),
    )
    while wizard.currentId() < len(wizard.flow.steps) - 1:
        wizard.next()
    sent = []
    wizard.submitted.connect(sent.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert len(sent) == 1, "the report was not sent"
    ticket = sent[0]

    backend = app.connection.backend()
    mine = backend.list_my_tickets()
    assert ticket.id in [t.id for t in mine]  # the user is the requestor and can see it
    body = backend.conversation(ticket.id)[0].body
    for expected in ("== What is wrong ==", "Excel freezes when saving to the shared drive",
                     "== What I did ==", "1. Opened the budget workbook from S:\\Finance",
                     "2. Pressed Ctrl+S", "== What I saw ==",
                     "Excel is not responding (Document not saved)", "Started: Yesterday",
                     "== Software affected ==", "Microsoft Excel (16.0.17928)",
                     "Urgency: I cannot work", f"E-mail: {rt.user_email}",
                     "Phone: +1 555 0100"):
        assert expected in body
    # the contact details are remembered for the next report
    assert Settings(tmp_path / "config.toml").get("contact.phone") == "+1 555 0100"

    app.handle_command("requests")
    assert app.requests is not None and app.requests.isVisible()
    model = app.requests.model
    subjects = [model.ticket_at(row).subject for row in range(model.rowCount())]
    assert "Excel freezes when saving to the shared drive" in subjects


def test_unconfigured_app_opens_settings_first(qtbot, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    app = make_test_app(tmp_path, connection, tray_available=False)
    app.start()
    assert app.settings_dialog is not None and app.settings_dialog.isVisible()
    app.settings_dialog.reject()
    assert app.home is not None
    app.home.hide()
