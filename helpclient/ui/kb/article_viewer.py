"""Reading one article: the text (safe viewer), rating, and — inside the report wizard — "This
solved my problem" / "Not what I need"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.models import Article
from helpclient.ui.kit.article_browser import ArticleBrowser


class RatingBar(QWidget):
    """"Was this article helpful?" Yes / No, with an optional comment. Emits
    ``rated(helpful: bool, comment: str)`` once per article."""

    rated = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(self.tr("Rate the article — was it helpful?"), self)
        self.helpful = QPushButton(self.tr("&Helpful"), self)
        self.not_helpful = QPushButton(self.tr("N&ot helpful"), self)
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("Comment (optional)"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.thanks = QLabel(self)
        # the question above, the comment and the buttons that send it below: in a narrow
        # pane one row left the comment field a few letters wide
        heading = QHBoxLayout()
        heading.addWidget(self.question)
        heading.addStretch(1)
        heading.addWidget(self.thanks)
        answer = QHBoxLayout()
        answer.addWidget(self.comment, 1)
        answer.addWidget(self.helpful)
        answer.addWidget(self.not_helpful)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(answer)
        QWidget.setTabOrder(self.comment, self.helpful)
        QWidget.setTabOrder(self.helpful, self.not_helpful)
        self.helpful.clicked.connect(lambda: self._rate(True))
        self.not_helpful.clicked.connect(lambda: self._rate(False))
        self.reset()

    def reset(self) -> None:
        """Ready to rate a newly shown article."""
        for widget in (self.helpful, self.not_helpful, self.comment):
            widget.setEnabled(True)
        self.comment.clear()
        self.thanks.clear()

    def _rate(self, helpful: bool) -> None:
        for widget in (self.helpful, self.not_helpful, self.comment):
            widget.setEnabled(False)
        self.thanks.setText(self.tr("Thank you!"))
        self.rated.emit(helpful, self.comment.text())


class ArticleDialog(QDialog):
    """An article opened from the wizard's suggestions. ``solved`` and ``not_needed`` say which
    button closed it; ``rated`` carries a rating."""

    solved = Signal()
    not_needed = Signal()
    rated = Signal(bool, str)

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article = article
        self.setWindowTitle(article.title)
        self.viewer = ArticleBrowser(self)
        self.viewer.show_article(article)
        self.rating = RatingBar(self)
        self.solved_button = QPushButton(self.tr("This &solved my problem"), self)
        self.not_needed_button = QPushButton(self.tr("&Not what I need"), self)
        self.solved_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.not_needed_button)
        buttons.addWidget(self.solved_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(self.rating)
        layout.addLayout(buttons)
        self.rating.rated.connect(self.rated)
        self.solved_button.clicked.connect(self._solved)
        self.not_needed_button.clicked.connect(self._not_needed)
        self.resize(720, 560)

    def _solved(self) -> None:
        self.solved.emit()
        self.accept()

    def _not_needed(self) -> None:
        self.not_needed.emit()
        self.reject()
