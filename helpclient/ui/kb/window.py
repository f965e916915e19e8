"""The knowledge-base browser (the tray's "Knowledge base"): search, categories, recently
viewed and the article with its rating. Works offline from the local index; when signed in, the
helpdesk's live search is merged into the results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
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
from helpclient.core.kb.index import Hit
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.models import Article
from helpclient.core.report.problem import CATEGORY_LABELS, Category
from helpclient.ui.kb.article_viewer import RatingBar
from helpclient.ui.kit.article_browser import ArticleBrowser
from helpclient.ui.kit.core_labels import report_label
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg

SEARCH_DELAY_MS = 80
RESULTS = 20
_KEY = Qt.ItemDataRole.UserRole
_RECENT = "\x00recent"


# the columns' widths: browse, results, article
_COLUMNS = (230, 300, 470)

class KnowledgeBaseWindow(QWidget):
    """Search box and browse list on the left, results, and the article on the right."""

    def __init__(self, runner: TaskRunner, kb: KnowledgeBase,
                 backend: Callable[[], HelpdeskBackend | None] = lambda: None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.kb = kb
        self.backend = backend
        self._generation = 0
        self._shown: tuple[str, str] | None = None  # key, title of the article on screen
        self.setWindowTitle(self.tr("Knowledge base"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the knowledge base…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the knowledge base"))
        self.status = QLabel(self)
        self.browse = QListWidget(self)
        self.browse.setObjectName("browse")
        self.browse.setAccessibleName(self.tr("Topics"))
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Articles"))
        self.viewer = ArticleBrowser(self)
        self.viewer.setAccessibleName(self.tr("Article"))
        self.viewer.setPlaceholderText(self.tr("Choose an article to read it here."))
        self.rating = RatingBar(self)
        self.rating.setEnabled(False)
        self._lay_out()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.run_search)
        self.search.installEventFilter(self)  # Down goes to the results (see eventFilter)
        self.browse.currentItemChanged.connect(
            lambda item, _old: self._browse(item) if item else None)
        self.results.currentItemChanged.connect(
            lambda item, _old: self._open(item) if item else None)
        self.rating.rated.connect(self._rate)
        self.resize(1000, 600)
        self.refresh_browse()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.browse, 1)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.status)
        middle_layout.addWidget(self.results, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.viewer, 1)
        right_layout.addWidget(self.rating)
        self.splitter = splitter = QSplitter(self)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        for view in (self.browse, self.results):
            view.setWordWrap(True)  # long titles and category names wrap instead of clipping
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.setSizes(list(_COLUMNS))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Down in the search box moves to the results, as in a browser's address bar."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down:
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        if self._timer.isActive():
            self.run_search()  # what is typed now, not the last search
        if self.results.count():
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)

    def focus_search(self) -> None:
        """Put the cursor in the search box (the window was just opened)."""
        self.search.setFocus()

    def refresh_browse(self) -> None:
        """Rebuild "Recently viewed" and the categories from the index."""
        self.browse.clear()
        item = QListWidgetItem(self.tr("Recently viewed"))
        item.setData(_KEY, _RECENT)
        self.browse.addItem(item)
        for category, count in self.kb.index.categories():
            try:
                label = report_label(CATEGORY_LABELS[Category(category)])
            except ValueError:
                label = category.capitalize()
            entry = QListWidgetItem(arg(self.tr("%1 (%2)"), label, count))
            entry.setData(_KEY, category)
            self.browse.addItem(entry)
        self._fit_browse()

    def _fit_browse(self) -> None:
        """Widen the browse column so each category fits on one line (longer names, as in
        Russian, wrapped), taking from the results column, at most a third of the window."""
        texts = [self.browse.item(row).text() for row in range(self.browse.count())]
        metrics = self.browse.fontMetrics()
        needed = max((metrics.horizontalAdvance(t) for t in texts), default=0) \
            + 2 * self.browse.frameWidth() + metrics.averageCharWidth() * 3
        # before the window is shown the splitter has no real sizes yet: use the ones it gets
        sizes = self.splitter.sizes() if self.splitter.isVisible() else list(_COLUMNS)
        if needed <= sizes[0] or sum(sizes) == 0:
            return
        wider = min(needed, sum(sizes) // 3)
        self.splitter.setSizes([wider, max(0, sizes[1] - (wider - sizes[0])), sizes[2]])

    def run_search(self) -> None:
        """Search now; results of older searches are dropped when they arrive."""
        self._timer.stop()
        query = self.search.text()
        self._generation += 1
        generation = self._generation
        if not query.strip():
            self._set_results([], "")
            return
        kb, language = self.kb, interface_language()
        self.runner.run_task(lambda: kb.search(query, RESULTS, language),
                             lambda hits: self._local_done(generation, query, hits),
                             lambda exc: self._failed(generation, exc), context=self)

    def _local_done(self, generation: int, query: str, hits: list[Hit]) -> None:
        if generation != self._generation:
            return
        self._set_results(hits, self.tr("%n article(s) found", "", len(hits)) if hits
                          else self.tr("No articles match. Try other words."))
        backend = self.backend

        def remote() -> list[Article]:  # on a worker: finding the backend may read the keyring
            helpdesk = backend()
            return [] if helpdesk is None else helpdesk.search_articles(query, RESULTS)

        self.runner.run_task(remote,
                             lambda found: self._remote_done(generation, hits, found),
                             lambda exc: None, context=self)  # offline: local results stand

    def _remote_done(self, generation: int, hits: list[Hit], found: list[Article]) -> None:
        if generation == self._generation:
            merged = KnowledgeBase.merge_remote(hits, found, RESULTS)
            if len(merged) > len(hits):
                self._set_results(merged, self.tr("%n article(s) found", "", len(merged)))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.status.setText(describe_error(exc))

    def _set_results(self, hits: list[Hit] | list[tuple[str, Article]], status: str) -> None:
        self.results.clear()
        for entry in hits:
            key, article = (entry.key, entry.article) if isinstance(entry, Hit) else entry
            item = QListWidgetItem(article.title)
            item.setToolTip(entry.snippet.text if isinstance(entry, Hit) else article.summary)
            item.setData(_KEY, key)
            self.results.addItem(item)
        self.status.setText(status)

    def _browse(self, item: QListWidgetItem) -> None:
        self._generation += 1  # a search still running must not replace this list
        which = item.data(_KEY)
        if which == _RECENT:
            entries = [(key, Article(key.rsplit("\x1f", 1)[-1], title))
                       for key, title in self.kb.recently_viewed(RESULTS)]
        else:
            entries = self.kb.index.in_category(which, interface_language())
        self._set_results(entries, item.text())

    def _open(self, item: QListWidgetItem) -> None:
        key = item.data(_KEY)
        kb, backend = self.kb, self.backend
        self.viewer.setPlainText(self.tr("Loading…"))
        self.runner.run_task(lambda: kb.article(key, backend()),
                             lambda article: self._show(key, article),
                             lambda exc: self.viewer.setPlainText(describe_error(exc)),
                             context=self)

    def _show(self, key: str, article: Article | None) -> None:
        if article is None:
            self.viewer.setPlainText(self.tr("This article is no longer in the knowledge base."))
            return
        self.viewer.show_article(article)
        self._shown = (key, article.title)
        self.kb.record_viewed(key, article.title)
        self.rating.reset()
        self.rating.setEnabled(True)

    def _rate(self, helpful: bool, comment: str) -> None:
        if self._shown is None:
            return
        (key, title), kb, backend = self._shown, self.kb, self.backend
        self.runner.run_task(lambda: kb.rate(key, title, helpful, comment, backend()))
