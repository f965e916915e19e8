"""The quick checks inside the report wizard: one line while they run and when all is fine,
and the findings that need a look — with their articles and safe actions — so the user can fix
the obvious before writing to support."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from helpclient.core.report.self_checks import Verdict
from helpclient.ui.checks.results import verdict_icon
from helpclient.ui.checks.session import CheckSession, Outcome
from helpclient.ui.checks.summary import summary_text
from helpclient.ui.checks.view import CheckView
from helpclient.ui.kit.style import mute
from helpclient.ui.kit.text import arg


class CheckPanel(QFrame):
    """``session``'s results, the fine ones summed up in the heading."""

    def __init__(self, session: CheckSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickChecks")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel(self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.view = CheckView(session, every=False, parent=self)
        top = QHBoxLayout()
        top.addWidget(self.icon)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addWidget(self.view)
        session.finished.connect(self.show_outcome)
        self.show_outcome(session.outcome)

    def show_outcome(self, outcome: Outcome | None) -> None:
        """The heading for ``outcome`` (None: still checking)."""
        text = arg(self.tr("Quick checks: %1"), summary_text(outcome))
        self.heading.setText(text)
        looks = outcome is not None and any(r.verdict.needs_look for r in outcome.results)
        self.view.setVisible(looks)
        if outcome is None or not outcome.results:
            self.icon.clear()
            mute(self.heading)
            return
        worst = Verdict.PROBLEM if any(r.verdict is Verdict.PROBLEM for r in outcome.results) \
            else Verdict.ATTENTION if looks else Verdict.FINE
        self.icon.setPixmap(verdict_icon(self, worst).pixmap(16, 16))
        self.heading.setPalette(self.palette())
        if not looks:
            mute(self.heading)
