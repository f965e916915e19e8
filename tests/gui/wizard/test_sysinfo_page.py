"""The "What will be sent" step: the tree, the preview, consent, and the bundle on send."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from wizard_driver import COMPLETE, Helpdesk

from helpclient.core.redact import Identity
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Step, report_steps
from helpclient.core.sysinfo.collect import Collector, Privacy
from helpclient.core.sysinfo.service import SysinfoOptions, SysinfoService
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.page_sysinfo import redaction_html


def collectors():
    return [
        Collector("os", "Operating system", "Many problems depend on the exact system version.",
                  Privacy.TECHNICAL, lambda: {"name": "Debian 12"}, optional=False),
        Collector("software", "Installed software", "why", Privacy.TECHNICAL,
                  lambda: {"count": 2, "packages": [
                      {"name": "Mozilla Firefox", "version": "128.0.3", "source": "dpkg"},
                      {"name": "LibreOffice Writer", "version": "7.4.7", "source": "dpkg"}]}),
        Collector("helpclient_log", "HelpClient log (last lines)", "why", Privacy.TECHNICAL,
                  lambda: "GET /REST/2.0/ticket Authorization: token 1-14-SECRETTOKEN\n"),
        Collector("user", "User account", "why", Privacy.PERSONAL, lambda: {"login": "ann"}),
        Collector("broken", "Printers", "why", Privacy.TECHNICAL, lambda: 1 / 0),
    ]


@pytest.fixture
def wizard(qtbot, tmp_path):
    service = SysinfoService(collectors, SysinfoOptions(), app_version="0.1",
                             bundle_dir=tmp_path / "bundles")
    helpdesk = Helpdesk()
    wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=True)),
                          TaskRunner(synchronous=True), helpdesk, sysinfo=service)
    # hidden before pytest-qt closes it, so teardown does not ask "Discard this report?"
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    wizard.helpdesk = helpdesk
    return wizard


def goto_sysinfo(wizard):
    for _ in wizard.flow.steps:  # bounded: a wizard that cannot move must fail, not spin
        if wizard.flow.current is Step.SYSINFO:
            break
        wizard.next()
    return wizard.step_page(Step.SYSINFO)


def test_tree_lists_items_with_sizes_and_preview_highlights_redactions(wizard):
    page = goto_sysinfo(wizard)
    assert wizard.report.sysinfo_items == ("os", "software", "helpclient_log", "user")
    groups = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert groups == ["Technical information", "Personal information"]
    log_row = page.row("helpclient_log")
    assert log_row.checkState(0) == Qt.CheckState.Checked
    assert log_row.text(1).endswith(" B")
    assert page.row("broken").text(1) == "failed"
    page.tree.setCurrentItem(log_row)
    text = page.preview.toPlainText()
    assert "SECRETTOKEN" not in text and "[REDACTED:authorization]" in text
    assert '<span style="background-color:#ffe08a' in redaction_html(text)
    block = page.preview.document().findBlockByNumber(0)
    start = text.index("[REDACTED") - block.position()
    iterator = block.begin()
    highlighted = []
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.charFormat().background().color().name() == "#ffe08a":
            highlighted.append((fragment.position() - block.position(), fragment.text()))
        iterator += 1
    assert highlighted == [(start, "[REDACTED:authorization]")]
    page.tree.setCurrentItem(page.row("os"))
    assert page.why.text() == "Many problems depend on the exact system version."


def test_consent_is_required_unless_nothing_is_ticked(wizard):
    page = goto_sysinfo(wizard)
    wizard.next()
    assert wizard.flow.current is Step.SYSINFO
    assert page.error_label("sysinfo_consent").text().startswith("Tick \u201cI agree\u201d")
    for name in ("os", "software", "helpclient_log", "user"):
        page.row(name).setCheckState(0, Qt.CheckState.Unchecked)
    assert wizard.report.sysinfo_items == ()
    assert page.total.text() == "No system information will be sent."
    wizard.next()
    assert wizard.flow.current is Step.REVIEW


def test_unticked_items_stay_out_of_the_attached_bundle(wizard, qtbot):
    page = goto_sysinfo(wizard)
    page.row("user").setCheckState(0, Qt.CheckState.Unchecked)
    page.row("software").setCheckState(0, Qt.CheckState.Unchecked)
    assert wizard.report.sysinfo_items == ("os", "helpclient_log")
    assert page.total.text().startswith("2 items, ")
    page.consent.setChecked(True)
    wizard.next()
    assert wizard.flow.current is Step.REVIEW
    wizard.button(wizard.WizardButton.FinishButton).click()
    sent = wizard.helpdesk.received[-1]
    bundles = [p for p in sent.attachments if p.suffix == ".zip"]
    assert len(bundles) == 1
    with zipfile.ZipFile(bundles[0]) as zf:
        names = set(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert names == {"manifest.json", "summary.txt", "items/os.json",
                     "items/helpclient_log.txt"}
    assert {"name": "user", "reason": "left out by the user"} in manifest["excluded"]


def test_no_consent_means_no_bundle(wizard):
    goto_sysinfo(wizard)
    for name in ("os", "software", "helpclient_log", "user"):
        wizard.step_page(Step.SYSINFO).row(name).setCheckState(0, Qt.CheckState.Unchecked)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.helpdesk.received[-1].attachments == ()


def test_a_screenshot_is_attached_to_the_report(wizard, qtbot):
    page = goto_sysinfo(wizard)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    page.screenshots.taker.edit(image)
    page.screenshots.taker.editor.attach.click()
    shots = [p for p in wizard.report.attachments if p.suffix == ".png"]
    assert len(shots) == 1 and shots[0].exists()
    page.consent.setChecked(True)
    wizard.next()
    wizard.button(wizard.WizardButton.FinishButton).click()
    sent = wizard.helpdesk.received[-1].attachments
    assert shots[0] in sent and any(p.suffix == ".zip" for p in sent)


def test_a_large_item_is_previewed_by_its_head(qtbot, tmp_path):
    big = Collector("log", "Log", "why", Privacy.TECHNICAL,
                    lambda: "".join(f"line {i} password=hunter{i}\n" for i in range(20_000)))
    service = SysinfoService(lambda: [big], SysinfoOptions(), bundle_dir=tmp_path)
    wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=True)),
                          TaskRunner(synchronous=True), Helpdesk(), sysinfo=service)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    page = goto_sysinfo(wizard)
    page.tree.setCurrentItem(page.row("log"))
    text = page.preview.toPlainText()
    assert text.startswith("line 0 password=[REDACTED:secret]\n")
    assert len(text) < 13_000
    assert text.rstrip().endswith("the whole file is sent.")
    assert page.preview.toHtml().count("#ffe08a") == text.count("[REDACTED:")


def test_anonymising_collects_again_without_names(qtbot, tmp_path):
    service = SysinfoService(collectors, SysinfoOptions(), bundle_dir=tmp_path,
                             identity_=Identity(user_names=("ann",)))
    wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=True)),
                          TaskRunner(synchronous=True), Helpdesk(), sysinfo=service)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    page = goto_sysinfo(wizard)
    page.tree.setCurrentItem(page.row("user"))
    assert '"ann"' in page.preview.toPlainText()
    page.anonymize.setChecked(True)
    assert wizard.report.sysinfo_anonymize is True
    page.tree.setCurrentItem(page.row("user"))
    assert "[REDACTED:user]" in page.preview.toPlainText()
    assert '"ann"' not in page.preview.toPlainText()


def test_policy_forced_anonymisation_cannot_be_unticked(qtbot, tmp_path):
    service = SysinfoService(collectors, SysinfoOptions(anonymize=True, anonymize_locked=True),
                             bundle_dir=tmp_path)
    wizard = ReportWizard(ReportFlow(COMPLETE, report_steps(sysinfo=True)),
                          TaskRunner(synchronous=True), Helpdesk(), sysinfo=service)
    qtbot.addWidget(wizard, before_close_func=lambda w: w.hide())
    wizard.show()
    page = goto_sysinfo(wizard)
    assert page.anonymize.isChecked() and not page.anonymize.isEnabled()
    assert page._session.collection.anonymized


def test_the_page_makes_room_for_the_list_and_the_preview(wizard, qtbot):
    start = wizard.size()
    page = goto_sysinfo(wizard)
    room = wizard.screen().availableGeometry().size()
    assert wizard.width() > start.width() or wizard.width() >= room.width() - 40
    list_height = page.tree.height()
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    page.screenshots.taker.edit(image)
    page.screenshots.taker.editor.attach.click()
    qtbot.waitUntil(lambda: page.tree.height() >= list_height)  # the row did not squeeze it
    assert page.tree.height() >= page.fontMetrics().height() * 14 - 2
