"""Knowledge base first, inside the report wizard: suggestions under the summary and the error
text, the article viewer, and what its buttons mean for the report.

Attached from outside (the app), so the wizard works the same without a knowledge base.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.kb.index import Hit
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.suggest import ERROR_TEXT_CHARS, Field, SuggestContext
from helpclient.core.models import Article, Capability
from helpclient.core.report.problem import Category, Step, TriedArticle
from helpclient.ui.kb.article_viewer import ArticleDialog
from helpclient.ui.kb.suggest import SuggestionPanel
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.pages_describe import ErrorPage, ProblemPage
from helpclient.ui.wizard.placing import insert_under
from helpclient.ui.wizard.window import ReportWizard

log = logging.getLogger(__name__)

# The helpdesk for live search, article bodies and feedback; None when not signed in.
BackendOrNone = Callable[[], HelpdeskBackend | None]


class KnowledgeAssist(QObject):
    """Wires suggestions into a wizard. Keep a reference as long as the wizard lives (it is
    the wizard's child, so Qt does)."""

    def __init__(self, wizard: ReportWizard, runner: TaskRunner, kb: KnowledgeBase,
                 backend: BackendOrNone = lambda: None) -> None:
        super().__init__(wizard)
        self.wizard = wizard
        self._runner = runner
        self._kb = kb
        self._backend = backend
        self.dialog: ArticleDialog | None = None
        problem = wizard.step_page(Step.PROBLEM)
        error = wizard.step_page(Step.ERROR)
        assert isinstance(problem, ProblemPage) and isinstance(error, ErrorPage)
        self.summary_suggestions = self._panel(problem, problem.summary, Field.SUMMARY)
        problem.summary.textChanged.connect(self.summary_suggestions.set_text)
        self.summary_suggestions.follow(problem.summary)
        # the chosen category ranks its articles first: search again with it
        problem.categories.buttonToggled.connect(
            lambda _button, checked: self._search_summary_again() if checked else None)
        self._problem, self._error = problem, error
        self.error_suggestions = self._panel(error, error.error_text, Field.ERROR)
        self.error_suggestions.follow(error.error_text)
        error.error_text.textChanged.connect(lambda: self.error_suggestions.set_text(
            error.error_text.toPlainText()[:ERROR_TEXT_CHARS]))

    def _remote(self, query: str, limit: int) -> list[Article]:
        # on a worker thread: finding the backend may read the keyring
        backend = self._backend()
        if backend is None or Capability.KB_SEARCH not in backend.capabilities:
            return []
        return backend.search_articles(query, limit)

    def _panel(self, page: QWidget, under: QWidget, field: Field) -> SuggestionPanel:
        panel = SuggestionPanel(self._runner, self._kb, self._remote, page,
                                lambda: self.context(field))
        insert_under(page, under, panel)
        panel.article_chosen.connect(self.open_hit)
        return panel

    def context(self, field: Field) -> SuggestContext:
        """What the suggestions for ``field`` take into account besides its text: the
        interface language (its articles first), the category chosen (its articles first) and
        the articles the user said are not what they need (not suggested again)."""
        report = self.wizard.report
        category = report.category.value if report.category not in (None, Category.OTHER) \
            else ""
        return SuggestContext(field, interface_language(), category,
                              frozenset(a.id for a in report.tried_articles))

    def open_hit(self, hit: Hit) -> None:
        """Load the article (off the GUI thread: a remote one comes from the helpdesk) and
        show it."""
        kb, key, backend = self._kb, hit.key, self._backend

        def load() -> Article | None:
            return kb.article(key, backend())

        self._runner.run_task(load, lambda article: self._show(hit, article),
                              lambda exc: log.warning("article not loaded: %s",
                                                      describe_error(exc)),
                              context=self.wizard)

    def _show(self, hit: Hit, article: Article | None) -> None:
        if article is None:
            return
        self._kb.record_viewed(hit.key, article.title)
        dialog = ArticleDialog(article, self.wizard)
        dialog.solved.connect(lambda: self._solved(hit, article))
        dialog.not_needed.connect(lambda: self._not_needed(hit, article))
        dialog.rated.connect(lambda helpful, comment: self._rate(hit, article, helpful, comment))
        self.dialog = dialog
        dialog.open()

    def _not_needed(self, hit: Hit, article: Article) -> None:
        self.wizard.add_tried_article(TriedArticle(hit.key, article.title, article.url))
        # the article goes from the suggestions at once
        self._search_summary_again()
        self.error_suggestions.set_text(
            self._error.error_text.toPlainText()[:ERROR_TEXT_CHARS])

    def _search_summary_again(self) -> None:
        self.summary_suggestions.set_text(self._problem.summary.text())

    def _solved(self, hit: Hit, article: Article) -> None:
        kb, backend = self._kb, self._backend
        self._runner.run_task(lambda: kb.record_solved(hit.key, article.title, backend()))
        self.wizard.end_solved()

    def _rate(self, hit: Hit, article: Article, helpful: bool, comment: str) -> None:
        kb, backend = self._kb, self._backend
        self._runner.run_task(lambda: kb.rate(hit.key, article.title, helpful, comment,
                                              backend()))
