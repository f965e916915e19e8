"""The short list of findings: one row per result — fine, not checked, needs attention,
problem — with its cause, the article that fixes it and the safe action that may.

Rows are plain :class:`ResultRow` values, so more than the quick checks can be listed (a known
problem announced by IT, a crash to report): whoever builds the rows handles the
``article_chosen`` and ``action_chosen`` signals for their keys.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.checks.model import ACTION_LABELS, CHECKS_CTX, CheckResult
from helpclient.core.kb.index import Hit
from helpclient.core.report.self_checks import VERDICT_LABELS, Verdict
from helpclient.ui.checks.session import Outcome
from helpclient.ui.kit.accessible import tab_in_place
from helpclient.ui.kit.style import mute, show_as_error
from helpclient.ui.kit.text import arg

#: rows in this order: what needs the user first
SEVERITY = (Verdict.PROBLEM, Verdict.ATTENTION, Verdict.UNKNOWN, Verdict.FINE)
_ICONS = {Verdict.FINE: QStyle.StandardPixmap.SP_DialogApplyButton,
          Verdict.ATTENTION: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Verdict.PROBLEM: QStyle.StandardPixmap.SP_MessageBoxCritical,
          Verdict.UNKNOWN: QStyle.StandardPixmap.SP_MessageBoxQuestion}


@dataclass(frozen=True)
class ResultRow:
    """One finding as shown: ``title``, ``detail`` and ``action_label`` in the interface
    language ("" when there is no action)."""

    key: str
    verdict: Verdict
    title: str
    detail: str
    article: Hit | None = None
    action_label: str = ""


def check_rows(outcome: Outcome, *, every: bool = True) -> list[ResultRow]:
    """The quick checks' results as rows (``every`` False: only those that need a look), the
    most serious first; an action is offered only where this computer can do it."""
    rows = []
    for result in sorted(outcome.results, key=lambda r: SEVERITY.index(r.verdict)):
        if not every and not result.verdict.needs_look:
            continue
        action = result.conclusion.action
        label = (QCoreApplication.translate(CHECKS_CTX, ACTION_LABELS[action])
                 if action is not None and action in outcome.actions else "")
        rows.append(ResultRow(result.name, result.verdict, _title(result),
                              result.cause.render(QCoreApplication.translate),
                              outcome.articles.get(result.name), label))
    return rows


def _title(result: CheckResult) -> str:
    return QCoreApplication.translate(CHECKS_CTX, result.title)


def verdict_icon(widget: QWidget, verdict: Verdict) -> QIcon:
    """The style's icon for a verdict (a tick, a warning, an error, a question)."""
    return widget.style().standardIcon(_ICONS[verdict])


class ResultRowWidget(QWidget):
    """One row: icon, title and verdict, the cause, the article link, the action button and a
    note (what became of the action)."""

    def __init__(self, row: ResultRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.icon = QLabel(self)
        self.icon.setPixmap(verdict_icon(self, row.verdict).pixmap(20, 20))
        verdict = QCoreApplication.translate(CHECKS_CTX, VERDICT_LABELS[row.verdict])
        self.icon.setAccessibleName(verdict)
        self.title = QLabel(f"<b>{html.escape(row.title)}</b>", self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.detail = QLabel(row.detail, self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if row.verdict is Verdict.FINE:
            mute(self.detail)
        self.article = QLabel(self)
        self.article.setTextFormat(Qt.TextFormat.RichText)
        self.article.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.article.setWordWrap(True)
        if row.article is not None:
            link = f'<a href="#">{html.escape(row.article.article.title)}</a>'
            self.article.setText(arg(self.tr("How to fix it: %1"), link))
        self.article.setVisible(row.article is not None)
        self.action = QPushButton(row.action_label, self)
        self.action.setVisible(bool(row.action_label))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.icon, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.action, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.detail, 1, 1)
        grid.addWidget(self.article, 2, 1)
        grid.addWidget(self.note, 3, 1)
        grid.setColumnStretch(1, 1)

    def set_note(self, text: str, *, error: bool = False) -> None:
        """Say what became of the action ("" hides the note)."""
        self.note.setText(text)
        if error:
            show_as_error(self.note, self)
        else:
            self.note.setStyleSheet("")
        self.note.setVisible(bool(text))


class ResultsList(QWidget):
    """The rows, one under the other. ``article_chosen(Hit)``: a row's article link was
    followed; ``action_chosen(key)``: a row's action button was pressed."""

    article_chosen = Signal(object)
    action_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: dict[str, ResultRowWidget] = {}

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        """Show ``rows`` in their order (replacing what was shown)."""
        for widget in self.rows.values():
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.rows = {}
        for row in rows:
            widget = ResultRowWidget(row, self)
            self._layout.addWidget(widget)
            widget.show()  # at once: in a visible list Qt would show a new row only later
            self.rows[row.key] = widget
            if row.article is not None:
                widget.article.linkActivated.connect(
                    lambda _link, hit=row.article: self.article_chosen.emit(hit))
            widget.action.clicked.connect(lambda _checked=False, key=row.key:
                                          self.action_chosen.emit(key))
        tab_in_place(self)  # the rows' links and actions before the window's buttons

    def set_note(self, key: str, text: str, *, error: bool = False) -> None:
        """A note under ``key``'s row (what became of its action)."""
        widget = self.rows.get(key)
        if widget is not None:
            widget.set_note(text, error=error)
