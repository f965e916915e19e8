"""When a report or a reply is refused for a reason only support can resolve, the error offers
the other ways to reach support (with the e-mail prefilled from that report) — only when IT
configured some, and not for what the user or time can fix."""

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from app_builder import make_test_app
from outbox_fakes import USER, FakeHelpdesk
from PySide6.QtWidgets import QWizard
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import Event, OutboxLock, Sender
from helpclient.core.errors import (
    AuthError,
    PermissionDenied,
    Rejected,
    ServerUnreachable,
    TooLarge,
)
from helpclient.core.models import Capability, Message, Ticket, TicketStatus
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Urgency
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.shell.delivery_notices import DeliveryNotices

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

CHANNELS = {"support.email": "help@example.com", "support.phone": "+1 555 0100"}
REPORT = ProblemReport(
    summary="Cannot open the payroll share", category=Category.ACCOUNT,
    actions=("Opened Explorer",), error_text="Access is denied (0x80070005)",
    started=Started.TODAY, software="Explorer", urgency=Urgency.HIGH,
    contact=Contact("Ann Smith", "ann@example.com"))


@pytest.fixture
def make_app(tmp_path):
    made = []

    def make(policy, helpdesk):
        folder = tmp_path / str(len(made))
        connection = Connection(Settings(folder / "config.toml", DictPolicy(policy)),
                                SessionSecretStore(), backend_factory, environ={})
        runner = TaskRunner(synchronous=True)
        outbox = Outbox(folder / "data")
        service = OutboxService(outbox, lambda on_event, on_progress: Sender(
            outbox, lambda: helpdesk, lambda: USER, OutboxLock(folder / "lock"),
            policy=RetryPolicy(base=60), on_event=on_event, on_progress=on_progress), runner)
        app = make_test_app(folder, connection, tray_available=True, runner=runner,
                            outbox=service)
        made.append((app, outbox))
        return app

    yield make
    for app, outbox in made:
        app.dispose()
        app.cache.close()
        outbox.close()


def send(app):
    app.open_report(REPORT)
    wizard = app.wizard
    for _ in wizard.flow.steps[1:]:
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    return wizard


def refused(error):
    helpdesk = FakeHelpdesk()
    helpdesk.script = [error]
    return helpdesk


def e_mail_fields(dialog):
    return {k: v[0] for k, v in parse_qs(urlsplit(dialog.links["email"]).query).items()}


def test_a_report_refused_for_good_offers_the_other_ways_with_the_report(make_app, qtbot):
    app = make_app(CHANNELS, refused(PermissionDenied("You may not create tickets here")))
    wizard = send(app)
    done = wizard.currentPage()
    assert done.title() == "Your report is saved but not sent"
    assert done.other_ways.isVisibleTo(done)
    done.other_ways.linkActivated.emit("#")
    dialog = app.other_ways.dialog
    assert dialog is not None and dialog.parent() is wizard
    fields = e_mail_fields(dialog)
    assert fields["subject"] == "Cannot open the payroll share"
    assert "Access is denied (0x80070005)" in fields["body"]
    dialog.close()
    wizard.hide()


@pytest.mark.parametrize("error", [ServerUnreachable("offline"), TooLarge("compress it")])
def test_what_time_or_the_user_fixes_offers_nothing_more(make_app, error):
    app = make_app(CHANNELS, refused(error))
    wizard = send(app)
    done = wizard.currentPage()
    assert not done.other_ways.isVisibleTo(done)
    wizard.hide()


def test_without_channels_nothing_is_offered(make_app):
    app = make_app({}, refused(PermissionDenied("no right")))
    wizard = send(app)
    assert wizard.currentPage().title() == "Your report is saved but not sent"
    assert not wizard.currentPage().other_ways.isVisibleTo(wizard.currentPage())
    wizard.hide()
    window = app.open_outbox()
    assert not window.other_ways_button.isVisibleTo(window)
    window.hide()


def test_the_outbox_window_offers_them_for_the_refused_report_only(make_app, qtbot):
    helpdesk = refused(AuthError("The token was revoked"))
    app = make_app(CHANNELS, helpdesk)
    send(app).hide()
    helpdesk.script = [ServerUnreachable("offline")]
    app.outbox.submit(REPORT.with_changes(report_id="second", summary="Wi-Fi drops"),
                      lambda _context, text, *_args: text)
    window = app.open_outbox()
    assert window.other_ways_button.isVisibleTo(window)
    states = {entry.report.summary: entry.state for entry in window._entries}
    assert states == {"Cannot open the payroll share": State.NEEDS_AUTH,
                      "Wi-Fi drops": State.QUEUED}
    rows = {entry.report.summary: row for row, entry in enumerate(window._entries)}
    window.list.setCurrentRow(rows["Wi-Fi drops"])
    assert not window.other_ways_button.isEnabled()  # it goes by itself when back online
    window.list.setCurrentRow(rows["Cannot open the payroll share"])
    assert window.other_ways_button.isEnabled()
    window.other_ways_button.click()
    dialog = app.other_ways.dialog
    assert dialog is not None and dialog.parent() is window
    assert "Access is denied (0x80070005)" in e_mail_fields(dialog)["body"]
    dialog.close()
    window.hide()


def test_the_tray_notice_says_where_the_other_ways_are():
    notices = DeliveryNotices()
    failed = Event("r1", State.FAILED, message="Refused.", error=Rejected("Refused."))
    _title, text = notices.describe(failed, other_ways=True)
    assert "Other ways to get help" in text
    assert "Other ways" not in notices.describe(failed, other_ways=False)[1]
    too_big = Event("r1", State.FAILED, message="Too big.", error=TooLarge("Too big."))
    assert "Other ways" not in notices.describe(too_big, other_ways=True)[1]
    reply = Event("k1", State.NEEDS_AUTH, "7", reply=True, error=AuthError("revoked"))
    assert "Other ways to get help" in notices.describe(reply, other_ways=True)[1]


T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class ClosedHelpdesk:
    capabilities = Capability.REPLY

    def __init__(self):
        self.ticket = Ticket("7", "Printer jams", TicketStatus.OPEN, "open", T0, T0)

    def get_ticket(self, ticket_id):
        return self.ticket

    def conversation(self, ticket_id):
        return [Message("m1", "Bob Support", T0, "Which printer?", from_support=True)]


@pytest.mark.parametrize(("error", "offered"), [
    (PermissionDenied("You may not reply to this request"), True),
    (TooLarge("compress the file"), False)])
def test_a_reply_refused_for_good_offers_them_with_the_reply(qtbot, error, offered):
    def send_reply(ticket_id, body, attachments=()):
        raise error

    view = TicketView(TaskRunner(synchronous=True), ClosedHelpdesk, "7", send_reply=send_reply)
    qtbot.addWidget(view)
    view.set_other_ways(True)
    view.show()
    view.reply_edit.setPlainText("It is printer P-114.")
    view.send_reply()
    banner = view.error_banner
    assert banner.isVisible()
    assert banner.other_ways_button.isVisible() is offered
    if offered:
        with qtbot.waitSignal(view.other_ways) as signal:
            banner.other_ways_button.click()
        assert signal.args == ["Request #7: Printer jams", "It is printer P-114."]
    view.set_other_ways(False)
    view.send_reply()
    assert not banner.other_ways_button.isVisible()
