"""Live article suggestions under a text field: up to five matching articles while the user types.

Searches run on the TaskRunner, never on the GUI thread. Each keystroke starts a new
"generation"; results of an older generation are dropped when they arrive. The local index
answers first and is shown at once; the helpdesk's live search (when online) is merged in when
it arrives, and only if the text has not changed meanwhile, so a slow server never delays or
replaces what the user already sees.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from helpclient.core.kb import MIN_QUERY
from helpclient.core.kb.index import Hit
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.suggest import MAX_SUGGESTIONS, SuggestContext
from helpclient.core.models import Article
from helpclient.ui.kit.tasks import TaskRunner

# Wait this long after a keystroke before searching: one search per burst of typing.
TYPING_PAUSE_MS = 60
# What HTML's <small> does to the font size in Qt's rich text.
SMALL_TEXT = 0.8

# ``remote(query, limit)``: the helpdesk's live search, called on a worker thread; it returns
# nothing when not signed in and raises when offline.
RemoteSearch = Callable[[str, int], list[Article]]
# What the wizard knows besides the text (language, category, dismissed articles), asked at
# each search.
ContextSource = Callable[[], SuggestContext]


class SuggestionRow(QLabel):
    """One suggestion. Chosen by clicking its title, or from the keyboard: Tab to it, then
    Enter or Space (a QLabel's own keyboard links lose Enter to the wizard's Next button)."""

    activated = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # a frame shows which suggestion has the keyboard focus
        self.setStyleSheet("SuggestionRow { border: 1px solid transparent; border-radius: 3px; }"
                           " SuggestionRow:focus { border-color: palette(highlight); }")
        self.linkActivated.connect(lambda _link: self.activated.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter or Space chooses the suggestion."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.activated.emit()
            return
        super().keyPressEvent(event)


class SuggestionPanel(QWidget):
    """The suggestions for one field. Emits ``article_chosen(Hit)`` when one is opened."""

    article_chosen = Signal(object)

    def __init__(self, runner: TaskRunner, kb: KnowledgeBase,
                 remote: RemoteSearch | None = None,
                 parent: QWidget | None = None,
                 context: ContextSource = SuggestContext) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kb = kb
        self._remote = remote
        self._context = context
        self._generation = 0
        self._query = ""
        self._field: QWidget | None = None
        self._row_widgets: list[SuggestionRow] = []
        self.hits: list[Hit] = []
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search)
        self.heading = QLabel(self.tr("These articles may solve it right away:"), self)
        self.heading.setWordWrap(True)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows)
        self.setVisible(False)

    def follow(self, field: QWidget) -> None:
        """Tab goes from ``field`` to the suggestions, then on to what followed ``field``."""
        self._field = field

    def set_text(self, text: str) -> None:
        """The field's text changed: search again after a short pause."""
        self._query = text
        self._generation += 1  # whatever is in flight is now stale
        if len(text.strip()) < MIN_QUERY:
            self._timer.stop()
            self._show([])
            return
        self._timer.start()

    def search_now(self) -> None:
        """Search without waiting for the typing pause (tests, Enter)."""
        self._timer.stop()
        self._search()

    def _search(self) -> None:
        generation, query, kb = self._generation, self._query, self._kb
        context = self._context()  # on the GUI thread: it reads the wizard's state
        self._runner.run_task(lambda: kb.suggest(query, context),
                              lambda hits: self._local_done(generation, query, hits),
                              lambda exc: None, context=self)

    def _local_done(self, generation: int, query: str, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # the user typed on: a newer search is coming
        self._show(hits)
        remote = self._remote
        if remote is None or len(hits) >= MAX_SUGGESTIONS:
            return
        self._runner.run_task(lambda: remote(query, MAX_SUGGESTIONS),
                              lambda found: self._remote_done(generation, found),
                              lambda exc: None,  # offline: the local results stand
                              context=self)

    def _remote_done(self, generation: int, found: list[Article]) -> None:
        if generation == self._generation:
            merged = KnowledgeBase.merge_remote(self.hits, found, MAX_SUGGESTIONS)
            if len(merged) > len(self.hits):  # the same rows again would only flicker
                self._show(merged)

    def _show(self, hits: Sequence[Hit]) -> None:
        self.hits = list(hits)
        for old in self._row_widgets:
            old.setParent(None)  # gone from the panel now, deleted when Qt gets to it
            old.deleteLater()
        self._row_widgets = [self._row(index, hit) for index, hit in enumerate(self.hits)]
        previous = self._field
        for row in self._row_widgets:
            self._rows.addWidget(row)
            row.show()  # at once: a visible panel would show a new row only later
            if previous is not None:
                QWidget.setTabOrder(previous, row)
            previous = row
        self.setVisible(bool(self.hits))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Cut the rows' lines to the new width."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            for index, (row, hit) in enumerate(zip(self._row_widgets, self.hits, strict=True)):
                row.setText(self._row_html(index, hit))

    def _row(self, index: int, hit: Hit) -> SuggestionRow:
        # Two lines each, never wrapped: title and source, then the snippet cut to the width.
        # Wrapped rows need more height than the window may have, and Qt then clips them.
        label = SuggestionRow(self._row_html(index, hit), self)
        label.setObjectName(f"suggestion_{index}")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        label.setToolTip(hit.snippet.text)
        label.setAccessibleName(hit.article.title)
        label.activated.connect(lambda h=hit: self.article_chosen.emit(h))
        return label

    def _row_html(self, index: int, hit: Hit) -> str:
        width = max(self.width(), 200) - 8
        source = f" — {hit.article.source}"
        bold = QFont(self.font())
        bold.setBold(True)
        title = QFontMetrics(bold).elidedText(
            hit.article.title, Qt.TextElideMode.ElideRight,
            width - QFontMetrics(self.font()).horizontalAdvance(source))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * SMALL_TEXT)
        fitting = QFontMetrics(small).elidedText(hit.snippet.text, Qt.TextElideMode.ElideRight,
                                                 width)
        snippet = hit.snippet.truncated(len(fitting))
        return (f'<a href="#{index}"><b>{html.escape(title)}</b></a>'
                f'<span style="color: gray">{html.escape(source)}</span><br>'
                f'<small>{snippet.html()}</small>')
