"""A rich-text view for text that came from the helpdesk (articles, a ticket's conversation):
it loads nothing remote and opens only safe links, outside the app."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from helpclient.core.models import Article
from helpclient.ui.kit.links import SAFE_SCHEMES, open_outside


class ArticleBrowser(QTextBrowser):
    """Shows an article without loading anything remote; links open outside, safe schemes only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 (Qt override)
        """Refuse every resource (remote images, style sheets): nothing is fetched."""
        return None

    def show_article(self, article: Article) -> None:
        """Render the article as Markdown, or as (already sanitised) HTML."""
        if article.is_html:
            self.setHtml(article.body)
        else:
            self.setMarkdown(f"# {article.title}\n\n{article.body}")

    @staticmethod
    def _open_link(url: QUrl) -> None:
        open_outside(url, SAFE_SCHEMES)
