"""The language of what goes into tickets: the setting (IT may lock it), else the interface's;
the review shows the text in that language, and exactly that text is queued and sent."""

import pytest
from app_builder import make_test_app
from disk_fakes import FULL_DISK_ENGLISH, full_disk
from outbox_fakes import USER, FakeHelpdesk
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWizard

from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import Outbox
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.delivery.submit import submit_report
from helpclient.core.errors import ServerUnreachable
from helpclient.core.report.problem import (
    Category,
    Contact,
    ProblemReport,
    Started,
    Step,
    Urgency,
)
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.shell.i18n import TicketLanguage

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

REPORT = ProblemReport(summary="Outlook cannot send mail", category=Category.EMAIL,
                       actions=("Opened Outlook",), error_text="0x800CCC0F",
                       started=Started.TODAY, software="Outlook", urgency=Urgency.HIGH,
                       contact=Contact("Ann Smith", "ann@example.com"))


def settings(tmp_path, **values):
    result = Settings(tmp_path / "config.toml")
    for key, value in values.items():
        result.set(key.replace("_", "."), value)
    return result


@pytest.mark.parametrize(("ticket", "interface", "heading"), [
    ("ru", "en", "Что случилось"),   # support reads Russian, the user an English interface
    ("", "ru", "Что случилось"),     # unset: the interface language
    ("en", "ru", "What is wrong"),   # English is the source text
    ("", "", "What is wrong"),       # neither set: the system's (English here)
    ("de", "en", "Problem"),         # each shipped language writes tickets too
    ("fr", "ru", "Problème"),
    ("es", "", "Qué ocurre"),
])
def test_the_ticket_language_is_the_setting_else_the_interface_language(
        qapp, tmp_path, ticket, interface, heading):
    language = TicketLanguage(settings(tmp_path, ticket_language=ticket, ui_language=interface),
                              system=lambda: QLocale("en_US"))
    assert language.translate()("Report", "What is wrong") == heading


def test_a_changed_setting_applies_to_the_next_report(qapp, tmp_path):
    values = settings(tmp_path, ticket_language="en")
    language = TicketLanguage(values)
    assert language.translate()("Report", "Urgency") == "Urgency"
    values.set("ticket.language", "ru")
    assert language.translate()("Report", "Urgency") == "Срочность"


def test_review_shows_and_the_outbox_keeps_the_text_in_the_ticket_language(qtbot, tmp_path):
    # the interface is English (no translator installed); support reads Russian
    helpdesk = FakeHelpdesk()
    helpdesk.script = [ServerUnreachable("offline")]
    connection = Connection(settings(tmp_path, ticket_language="ru"), SessionSecretStore(),
                            backend_factory, environ={})
    runner = TaskRunner(synchronous=True)
    outbox = Outbox(tmp_path / "data")
    service = OutboxService(outbox, lambda on_event, on_progress: Sender(
        outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "lock"),
        policy=RetryPolicy(base=60), on_event=on_event, on_progress=on_progress), runner)
    app = make_test_app(tmp_path, connection, tray_available=True, runner=runner,
                        outbox=service)
    try:
        app.open_report(REPORT)
        wizard = app.wizard
        for _ in wizard.flow.steps[1:]:
            wizard.next()
        review = wizard.currentPage()
        assert review is wizard.step_page(Step.REVIEW)
        headings = [label.text() for label in review.findChildren(QLabel)]
        assert "Что случилось" in headings and "What is wrong" not in headings
        wizard.button(QWizard.WizardButton.FinishButton).click()
        entry = outbox.get(REPORT.report_id)
        assert "== Что случилось ==\nOutlook cannot send mail" in entry.ticket_body
        # the user switches to English support later: the queued text stays as reviewed
        connection.settings.set("ticket.language", "en")
        app.outbox.wake()
        assert "== Что случилось ==" in helpdesk.tickets[REPORT.report_id].body
    finally:
        app.dispose()
        app.cache.close()


@pytest.mark.parametrize(("ticket", "free", "total"), [
    ("de", "0,6", "250,0"), ("fr", "0,6", "250,0"), ("ru", "0,6", "250,0"),
    ("en", "0.6", "250.0"),
])
def test_the_check_numbers_are_written_in_the_ticket_language(qapp, tmp_path, ticket, free,
                                                               total):
    # the interface stays English: the ticket's language decides
    language = TicketLanguage(settings(tmp_path, ticket_language=ticket, ui_language="en"))
    rendered = full_disk().cause.render(language.translate())
    assert free in rendered and total in rendered
    if ticket == "en":
        assert rendered == FULL_DISK_ENGLISH
    else:
        assert "0.6" not in rendered and "250.0" not in rendered


def test_a_ticket_written_in_german_gets_german_numbers(qapp, tmp_path):
    # an English interface; support reads German: the queued and sent ticket has "0,6 GB"
    helpdesk = FakeHelpdesk()
    outbox = Outbox(tmp_path / "data")
    sender = Sender(outbox, lambda: helpdesk, lambda: USER, OutboxLock(tmp_path / "lock"))
    report = REPORT.with_changes(self_checks=(full_disk().note(),))
    language = TicketLanguage(settings(tmp_path, ticket_language="de", ui_language="en"))
    submit_report(outbox, sender, report, tr=language.translate())
    body = helpdesk.tickets[report.report_id].body
    assert "0,6 GB" in body and "250,0 GB" in body and "0.6" not in body
