""""Check my computer" (from the tray): the quick checks' short list, each problem with its
cause, the article that fixes it and a safe action where one exists; check again, or go on to
report a problem."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.kb.index import Hit
from helpclient.core.models import Article
from helpclient.ui.checks.session import CheckServices, CheckSession, Outcome
from helpclient.ui.checks.summary import summary_text
from helpclient.ui.checks.view import CheckView
from helpclient.ui.kb.article_viewer import ArticleDialog
from helpclient.ui.kit.tasks import TaskRunner


class CheckWindow(QWidget):
    """The quick checks' results; ``report_requested`` when the user goes on to report."""

    report_requested = Signal()

    def __init__(self, runner: TaskRunner, services: CheckServices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self.session = CheckSession(runner, services, self)
        self.setWindowTitle(self.tr("Check my computer"))
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        intro = QLabel(self.tr("HelpClient checked the things that most often stop a computer "
                               "from working. A finding says what it saw, links the article "
                               "that fixes it, and offers a safe fix where there is one."), self)
        intro.setWordWrap(True)
        self.view = CheckView(self.session, parent=self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # a frameless area cannot show the focus: Tab goes to the findings' links and actions
        # (and scrolls to them)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addWidget(self.view)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(self)
        self.again = QPushButton(self.tr("Check &again"), self)
        self.report = QPushButton(self.tr("&Report a problem…"), self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.report, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.again.clicked.connect(self.run)
        self.report.clicked.connect(self._report)
        self.close_button.clicked.connect(self.close)
        self.session.finished.connect(self._finished)
        self.view.article_chosen.connect(self.open_article)
        self.dialog: ArticleDialog | None = None
        self.resize(660, 680)

    def run(self) -> None:
        """Check (again); the list stays until the new results replace it."""
        if self.session.running:
            return
        self.heading.setText(summary_text(None))
        self.again.setEnabled(False)
        self.session.run()  # its end (maybe at once) sets the heading

    def _finished(self, outcome: Outcome) -> None:
        self.heading.setText(summary_text(outcome))
        self.again.setEnabled(True)
        # the first finding's fix (Check again lost the focus while it was disabled; a label's
        # link would hold it without showing it until Tab reaches the link)
        first = next((b for b in self.view.findChildren(QAbstractButton)
                      if b.isVisibleTo(self)), self.again)
        first.setFocus()

    def _report(self) -> None:
        self.close()
        self.report_requested.emit()

    def open_article(self, hit: Hit) -> None:
        """Show a finding's article; "This solved my problem" is counted like the wizard's."""
        kb = self._services.knowledge
        if kb is None:
            return
        self._runner.run_task(lambda: kb.article(hit.key), lambda article: self._show(
            hit, article), context=self)

    def _show(self, hit: Hit, article: Article | None) -> None:
        kb = self._services.knowledge
        if article is None or kb is None:
            return
        dialog = ArticleDialog(article, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        title = hit.article.title
        dialog.solved.connect(lambda: self._runner.run_task(lambda: kb.record_solved(hit.key,
                                                                                     title)))
        dialog.rated.connect(lambda helpful, comment: self._runner.run_task(
            lambda: kb.rate(hit.key, title, helpful, comment)))
        self.dialog = dialog
        dialog.open()
