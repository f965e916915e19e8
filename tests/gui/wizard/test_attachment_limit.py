"""The review step before Send: an attachment larger than the helpdesk accepts is explained in
place, and the user compresses it or leaves it out; Send waits until every file fits."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the app

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Category, Contact, ProblemReport, Step
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.review import ReviewPage

FINISH = QWizard.WizardButton.FinishButton
LIMIT = 10_000_000
SIZE = 12_000_000


class Helpdesk:
    """Stands in for ``submit``: records each report and files ticket #42."""

    def __init__(self) -> None:
        self.received: list[ProblemReport] = []

    def __call__(self, report: ProblemReport) -> Ticket:
        self.received.append(report)
        now = datetime.now(UTC)
        return Ticket(id="42", subject=report.summary, status=TicketStatus.NEW, raw_status="new",
                      created=now, updated=now, url="https://help.example.com/ticket/42")


@pytest.fixture
def open_review(qtbot, tmp_path):
    def open_(*attachments: Path, limit: int = LIMIT) -> tuple[ReportWizard, Helpdesk]:
        report = ProblemReport(summary="Outlook cannot send mail", category=Category.EMAIL,
                               contact=Contact("Ann Smith", "ann@example.com"),
                               attachments=attachments)
        helpdesk = Helpdesk()
        wizard = ReportWizard(ReportFlow(report, (Step.REVIEW,)), TaskRunner(synchronous=True),
                              helpdesk, max_attachment_bytes=limit,
                              compress_dir=tmp_path / "compressed")
        qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
        wizard.show()
        return wizard, helpdesk
    return open_


def review_of(wizard: ReportWizard) -> ReviewPage:
    page = wizard.step_page(Step.REVIEW)
    assert isinstance(page, ReviewPage)
    assert page.oversize is not None
    return page


def text_file(path: Path, size: int = SIZE) -> Path:
    line = b"2026-11-24 21:00:00 INFO mail: retrying the connection to the server\n"
    path.write_bytes((line * (size // len(line) + 1))[:size])
    return path


def random_file(path: Path, size: int = SIZE) -> Path:
    path.write_bytes(os.urandom(size))
    return path


def test_a_compressible_file_is_compressed_and_sent_as_a_zip(open_review, qtbot, tmp_path):
    log = text_file(tmp_path / "outlook.log")
    wizard, helpdesk = open_review(log)
    review = review_of(wizard)
    box = review.oversize
    assert box.isVisible()
    assert box.message.text().startswith(
        "\u201coutlook.log\u201d is 12.0 MB; your helpdesk accepts files up to 10 MB.")
    assert not wizard.button(FINISH).isEnabled()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter must not send it either
    assert helpdesk.received == []

    qtbot.mouseClick(box.compress, Qt.MouseButton.LeftButton)
    (zipped,) = wizard.report.attachments
    assert zipped.parent.parent == tmp_path / "compressed"
    assert zipped.name == "outlook.log.zip"
    assert zipped.stat().st_size <= LIMIT
    assert zipfile.ZipFile(zipped).read("outlook.log") == log.read_bytes()
    assert not box.isVisible()
    assert "outlook.log.zip" in review.text()  # the review shows what will be sent
    assert wizard.button(FINISH).isEnabled()

    with qtbot.waitSignal(wizard.submitted):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert [r.attachments for r in helpdesk.received] == [(zipped,)]


def test_an_incompressible_file_stays_too_large_and_can_be_left_out(open_review, qtbot,
                                                                     tmp_path):
    small = text_file(tmp_path / "notes.txt", 1000)
    photo = random_file(tmp_path / "screen.png")
    wizard, helpdesk = open_review(small, photo)
    box = review_of(wizard).oversize
    assert "\u201cscreen.png\u201d is 12.0 MB" in box.message.text()

    qtbot.mouseClick(box.compress, Qt.MouseButton.LeftButton)
    assert wizard.report.attachments == (small, photo)  # nothing replaced
    assert "still 12.0 MB" in box.message.text()
    assert box.isVisible()
    assert not box.compress.isEnabled()
    assert not wizard.button(FINISH).isEnabled()
    assert not list((tmp_path / "compressed").rglob("*.zip"))  # the useless ZIP is not kept

    qtbot.mouseClick(box.leave_out, Qt.MouseButton.LeftButton)
    assert wizard.report.attachments == (small,)
    assert not box.isVisible()
    assert "screen.png" not in review_of(wizard).text()
    assert wizard.button(FINISH).isEnabled()
    with qtbot.waitSignal(wizard.submitted):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert [r.attachments for r in helpdesk.received] == [(small,)]


def test_each_oversize_file_is_offered_in_turn(open_review, qtbot, tmp_path):
    first = random_file(tmp_path / "a.bin", LIMIT + 1)
    second = random_file(tmp_path / "b.bin", LIMIT + 1)
    wizard, _ = open_review(first, second)
    box = review_of(wizard).oversize
    assert "\u201ca.bin\u201d" in box.message.text()
    qtbot.mouseClick(box.leave_out, Qt.MouseButton.LeftButton)
    assert "\u201cb.bin\u201d" in box.message.text()
    assert not wizard.button(FINISH).isEnabled()
    qtbot.mouseClick(box.leave_out, Qt.MouseButton.LeftButton)
    assert wizard.report.attachments == ()
    assert wizard.button(FINISH).isEnabled()


def test_files_within_the_limit_show_no_box(open_review, tmp_path):
    wizard, _ = open_review(text_file(tmp_path / "small.log", 1000))
    assert not review_of(wizard).oversize.isVisible()
    assert wizard.button(FINISH).isEnabled()


def test_without_a_limit_nothing_is_checked(open_review, tmp_path):
    wizard, _ = open_review(random_file(tmp_path / "huge.bin", 1000), limit=0)
    assert wizard.step_page(Step.REVIEW).oversize is None
    assert wizard.button(FINISH).isEnabled()


def test_compressing_runs_off_the_gui_thread(qtbot, tmp_path):
    log = text_file(tmp_path / "outlook.log")
    report = ProblemReport(summary="Outlook cannot send mail", category=Category.EMAIL,
                           contact=Contact("Ann Smith", "ann@example.com"), attachments=(log,))
    runner = TaskRunner()  # real worker threads
    wizard = ReportWizard(ReportFlow(report, (Step.REVIEW,)), runner, Helpdesk(),
                          max_attachment_bytes=LIMIT, compress_dir=tmp_path / "compressed")
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    box = review_of(wizard).oversize
    qtbot.mouseClick(box.compress, Qt.MouseButton.LeftButton)
    assert not box.leave_out.isEnabled()  # while it works, nothing else to press
    qtbot.waitUntil(lambda: wizard.report.attachments != (log,), timeout=20_000)
    assert wizard.report.attachments[0].suffix == ".zip"
    assert wizard.button(FINISH).isEnabled()
    assert runner.wait_for_done()
