"""A session's results on screen — the list, and the safe actions done when asked — as the
"Check my computer" window and the report wizard's panel both show them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from helpclient.core.report.self_checks import Verdict
from helpclient.ui.checks.results import ResultsList, check_rows
from helpclient.ui.checks.session import CheckSession, Outcome
from helpclient.ui.kit.text import arg


class CheckView(QWidget):
    """The results of ``session`` (``every`` False: only those that need a look);
    ``article_chosen(Hit)`` when the user follows a result's article."""

    article_chosen = Signal(object)

    def __init__(self, session: CheckSession, *, every: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._every = every
        self.list = ResultsList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self.list.article_chosen.connect(self.article_chosen)
        self.list.action_chosen.connect(self._act)
        session.finished.connect(self.show_outcome)
        session.action_done.connect(self._acted)

    def show_outcome(self, outcome: Outcome) -> None:
        """Show ``outcome``'s results."""
        self.list.set_rows(check_rows(outcome, every=self._every))

    def _act(self, key: str) -> None:
        outcome = self.session.outcome
        result = outcome.result(key) if outcome is not None else None
        if result is None or result.conclusion.action is None:
            return
        self.list.rows[key].action.setEnabled(False)
        self.list.set_note(key, self.tr("Working on it…"))
        self.session.perform(key, result.conclusion.action, result.conclusion.target)

    def _acted(self, key: str, error: str) -> None:
        row = self.list.rows.get(key)
        if row is None:
            return
        row.action.setEnabled(True)
        if error:
            self.list.set_note(key, arg(self.tr("That did not work: %1"), error), error=True)
        elif row.row.verdict is not Verdict.FINE:
            self.list.set_note(key, self.tr("Done. Check again to see whether it helped."))
