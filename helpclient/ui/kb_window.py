"""The knowledge-base browser: search the helpdesk's articles and read them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import Article
from helpclient.ui.article_browser import ArticleBrowser
from helpclient.ui.errors import describe_error
from helpclient.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 250


class KnowledgeBaseWindow(QWidget):
    """Search box, results, and the article viewer."""

    def __init__(self, runner: TaskRunner, backend: Callable[[], HelpdeskBackend],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.backend = backend
        self._generation = 0
        self.setWindowTitle(self.tr("Knowledge base"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the knowledge base…"))
        self.search.setClearButtonEnabled(True)
        self.status = QLabel()
        self.results = QListWidget()
        self.viewer = ArticleBrowser()
        splitter = QSplitter()
        splitter.addWidget(self.results)
        splitter.addWidget(self.viewer)
        splitter.setSizes([260, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.run_search)
        self.results.itemActivated.connect(self._open)
        self.results.currentItemChanged.connect(lambda item, _old: item and self._open(item))
        self.resize(860, 560)

    def run_search(self) -> None:
        """Search now with the box's text; results of older searches are dropped."""
        self._timer.stop()
        query = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not query:
            self.results.clear()
            self.status.clear()
            return
        self.status.setText(self.tr("Searching…"))
        self.runner.run_task(lambda: self.backend().search_articles(query, limit=20),
                             lambda found: self._show(generation, found),
                             lambda exc: self._failed(generation, exc))

    def _show(self, generation: int, articles: list[Article]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for article in articles:
            item = QListWidgetItem(article.title)
            item.setToolTip(article.summary)
            item.setData(256, article)
            self.results.addItem(item)
        self.status.setText(self.tr("%n article(s) found", "", len(articles)) if articles
                            else self.tr("No articles match. Try other words."))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(describe_error(exc))

    def _open(self, item: QListWidgetItem) -> None:
        article: Article = item.data(256)
        self.viewer.setPlainText(self.tr("Loading…"))
        self.runner.run_task(lambda: self.backend().get_article(article.id),
                             self.viewer.show_article,
                             lambda exc: self.viewer.setPlainText(describe_error(exc)))
