"""Knowledge base first in the wizard: typing shows suggestions, "This solved my problem" ends
the wizard without filing, "Not what I need" records the article in the report."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the app

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from helpclient.core.branding import Branding
from helpclient.core.errors import ServerUnreachable
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.suggest import Field
from helpclient.core.models import Article, Capability
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step, render_body
from helpclient.resources_path import resource_file
from helpclient.ui.kb.article_viewer import ArticleDialog
from helpclient.ui.kb.suggest import SuggestionPanel
from helpclient.ui.kb.window import KnowledgeBaseWindow
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard import ReportWizard
from helpclient.ui.wizard.brand_banner import greet
from helpclient.ui.wizard.kb_assist import KnowledgeAssist


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    base = KnowledgeBase(tmp_path_factory.mktemp("kb") / "kb.sqlite",
                         starter_folder=resource_file("kb"))
    base.refresh_folders()
    return base


@pytest.fixture
def filed():
    return []


@pytest.fixture
def wizard(qtbot, kb, filed):
    runner = TaskRunner(synchronous=True)
    wiz = ReportWizard(ReportFlow(ProblemReport()), runner, filed.append)
    qtbot.addWidget(wiz)
    assist = KnowledgeAssist(wiz, runner, kb)
    wiz.show()
    return wiz, assist


def type_summary(qtbot, wiz, assist, text):
    summary = wiz.step_page(Step.PROBLEM).summary
    summary.setFocus()
    for char in text:  # as typed (QTest's key clicks cannot type Cyrillic)
        summary.insert(char)
    assist.summary_suggestions.search_now()


def open_first(qtbot, assist) -> ArticleDialog:
    label = assist.summary_suggestions.findChild(object, "suggestion_0")
    label.linkActivated.emit("#0")
    qtbot.waitUntil(lambda: assist.dialog is not None and assist.dialog.isVisible())
    return assist.dialog


def test_typing_in_the_summary_shows_up_to_five_suggestions(qtbot, wizard):
    wiz, assist = wizard
    panel = assist.summary_suggestions
    assert not panel.isVisible()
    type_summary(qtbot, wiz, assist, "принтер не печат")
    assert panel.isVisible()
    assert 1 <= len(panel.hits) <= 5
    assert panel.hits[0].article.title == "Принтер не печатает документы"
    first = panel.findChild(object, "suggestion_0")
    assert "<b>" in first.text() and "HelpClient" in first.text()


def test_this_solved_my_problem_closes_the_wizard_without_filing(qtbot, wizard, kb, filed):
    wiz, assist = wizard
    type_summary(qtbot, wiz, assist, "vpn does not connect")
    solved_before = kb.counts().solved
    with qtbot.waitSignal(wiz.deflected):
        open_first(qtbot, assist).solved_button.click()
    assert not wiz.isVisible()
    assert filed == []
    assert kb.counts().solved == solved_before + 1
    # not a silent close: thanks, and how to come back
    thanks = wiz.thanks_box
    assert thanks.isVisible() and thanks.text() == "Glad that solved it!"
    assert "Nothing was sent to support" in thanks.informativeText()
    thanks.accept()


def test_not_what_i_need_records_the_tried_article_in_the_report(qtbot, wizard):
    wiz, assist = wizard
    type_summary(qtbot, wiz, assist, "forgot password")
    dialog = open_first(qtbot, assist)
    title = dialog.article.title
    dialog.not_needed_button.click()
    assert wiz.isVisible() and not dialog.isVisible()
    assert [a.title for a in wiz.report.tried_articles] == [title]
    assert f"- {title}" in render_body(wiz.report)


def test_rating_is_kept_locally(qtbot, wizard, kb):
    wiz, assist = wizard
    type_summary(qtbot, wiz, assist, "disk full")
    dialog = open_first(qtbot, assist)
    before = kb.counts().helpful
    qtbot.keyClicks(dialog.rating.comment, "clear steps")
    dialog.rating.helpful.click()
    assert kb.counts().helpful == before + 1
    assert not dialog.rating.helpful.isEnabled()


def test_stale_results_are_dropped_and_slow_remote_results_merge_later(qtbot, kb):
    """A real thread pool: the local answer shows first; the remote one only if the text is
    still the same when it arrives."""
    runner = TaskRunner()
    calls = []

    def remote(query, limit):
        calls.append(query)
        return [Article("77", "Remote: printer driver", summary="From the helpdesk")]

    panel = SuggestionPanel(runner, kb, remote)
    qtbot.addWidget(panel)
    panel.set_text("printer not printing")
    panel.search_now()
    qtbot.waitUntil(lambda: any(h.article.title.startswith("Remote") for h in panel.hits))
    assert panel.hits[0].article.title == "The printer does not print documents"
    panel.set_text("wifi")  # a new text before its search ran: nothing old may come back
    panel.search_now()
    panel.set_text("vpn does not connect")
    panel.search_now()
    qtbot.waitUntil(lambda: bool(panel.hits) and "VPN" in panel.hits[0].article.title)
    runner.wait_for_done()
    qtbot.wait(50)
    assert "VPN" in panel.hits[0].article.title
    assert all("Wi-Fi" not in h.article.title for h in panel.hits)


def test_viewer_never_loads_remote_content(qtbot):
    dialog = ArticleDialog(Article("1", "HTML", body='<p>Hi <img src="https://x.example/a.png">'
                                                   '</p>', is_html=True))
    qtbot.addWidget(dialog)
    assert dialog.viewer.loadResource(0, "https://x.example/a.png") is None
    assert dialog.viewer.toPlainText().strip().startswith("Hi")
    assert dialog.solved_button.isDefault()
    assert dialog.windowTitle() == "HTML"


def test_knowledge_base_window_searches_offline_browses_and_rates(qtbot, kb):
    window = KnowledgeBaseWindow(TaskRunner(synchronous=True), kb)  # no helpdesk: offline
    qtbot.addWidget(window)
    window.show()
    window.search.setText("сброс пароля")
    window.run_search()
    assert window.results.count() >= 1
    assert window.results.item(0).text() == "Сброс пароля"
    window.results.setCurrentRow(0)
    assert "Забыли пароль" in window.viewer.toPlainText()
    before = kb.counts().not_helpful
    window.rating.not_helpful.click()
    assert kb.counts().not_helpful == before + 1
    labels = [window.browse.item(i).text() for i in range(window.browse.count())]
    assert labels[0] == "Recently viewed" and any(label.startswith("Printing") for label in labels)
    window.browse.setCurrentRow(0)
    assert window.results.item(0).text() == "Сброс пароля"
    printing = next(i for i, label in enumerate(labels) if label.startswith("Printing"))
    window.browse.setCurrentRow(printing)
    # the printing article once (there in five languages), in the interface's language
    assert [window.results.item(i).text() for i in range(window.results.count())] == \
        ["The printer does not print documents"]


def test_a_suggestion_is_opened_from_the_keyboard(qtbot, wizard):
    wiz, assist = wizard
    type_summary(qtbot, wiz, assist, "vpn conn")
    summary = wiz.step_page(Step.PROBLEM).summary
    qtbot.keyClick(summary, Qt.Key.Key_Tab)  # from the summary straight to the suggestions
    first = assist.summary_suggestions.findChild(object, "suggestion_0")
    assert wiz.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Return)  # opens the article, not the next page
    qtbot.waitUntil(lambda: assist.dialog is not None and assist.dialog.isVisible())
    assert assist.dialog.article.title == "VPN does not connect"
    assert wiz.currentId() == wiz.startId()
    assist.dialog.reject()


def test_down_arrow_goes_from_the_search_box_to_the_first_result(qtbot, kb):
    window = KnowledgeBaseWindow(TaskRunner(synchronous=True), kb)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    window.search.setFocus()
    qtbot.keyClicks(window.search, "vpn")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.results and window.results.currentRow() == 0
    assert "VPN" in window.results.item(0).text() and "VPN" in window.viewer.toPlainText()


def test_error_text_suggests_articles_too_and_offline_helpdesk_changes_nothing(qtbot, kb):
    class OfflineHelpdesk:
        capabilities = Capability.KB_SEARCH

        def search_articles(self, query, limit):
            raise ServerUnreachable("no network")

    runner = TaskRunner(synchronous=True)
    wiz = ReportWizard(ReportFlow(ProblemReport()), runner, lambda report: None)
    qtbot.addWidget(wiz)
    assist = KnowledgeAssist(wiz, runner, kb, OfflineHelpdesk)
    wiz.step_page(Step.ERROR).error_text.setPlainText("Access denied \\\\files\\projects")
    assist.error_suggestions.search_now()
    titles = [h.article.title for h in assist.error_suggestions.hits]
    assert "A shared network folder or drive does not open" in titles[:3]


def test_an_article_the_user_dismissed_leaves_the_suggestions(qtbot, wizard):
    wiz, assist = wizard
    type_summary(qtbot, wiz, assist, "vpn does not connect")
    dialog = open_first(qtbot, assist)
    title = dialog.article.title
    dialog.not_needed_button.click()
    qtbot.waitUntil(lambda: title not in [h.article.title
                                          for h in assist.summary_suggestions.hits])
    assert assist.context(Field.SUMMARY).dismissed == {a.id for a in wiz.report.tried_articles}


def test_under_a_company_greeting_the_suggestions_still_follow_the_summary(qtbot, kb, filed):
    runner = TaskRunner(synchronous=True)
    wiz = ReportWizard(ReportFlow(ProblemReport()), runner, filed.append)
    qtbot.addWidget(wiz)
    page = wiz.step_page(Step.PROBLEM)
    assert greet(page, Branding(company="Example Corp", welcome="We answer within the hour."))
    assist = KnowledgeAssist(wiz, runner, kb)  # after the first paint, as the app makes it
    wiz.show()
    type_summary(qtbot, wiz, assist, "vpn does not connect")
    panel = assist.summary_suggestions
    assert panel.isVisible()
    # right under the summary's field, not between its caption and the field
    field_bottom = page.summary.mapTo(page, page.summary.rect().bottomLeft()).y()
    assert field_bottom <= panel.y()
    caption = next(label for label in page.findChildren(QLabel) if label.buddy() is page.summary)
    assert caption.y() < page.summary.mapTo(page, page.summary.rect().topLeft()).y()
