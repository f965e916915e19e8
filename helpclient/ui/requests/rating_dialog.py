"""One-click satisfaction rating after a request is solved (only where the backend has CSAT)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RatingDialog(QDialog):
    """"Did we help?": Good / Not good, an optional comment. One click on either button rates.

    Shown with ``open()``; after ``accepted``, ``satisfied()`` and ``comment()`` hold the answer.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How did we do?"))
        self._satisfied = True
        question = QLabel(self.tr("Are you happy with how support solved this request?"))
        question.setWordWrap(True)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("A comment for support (optional)"))
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setTabChangesFocus(True)
        self.good_button = QPushButton(self.tr("Good"))
        self.bad_button = QPushButton(self.tr("Not good"))
        cancel = QPushButton(self.tr("Not now"))
        # bound methods, not lambdas: a lambda holding ``self`` on a child's signal crashed
        # PySide's garbage collection after the (delete-on-close) dialog was deleted
        self.good_button.clicked.connect(self._rate_good)
        self.bad_button.clicked.connect(self._rate_bad)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.good_button)
        buttons.addWidget(self.bad_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.comment_edit)
        layout.addLayout(buttons)
        self.resize(420, 220)

    def _rate_good(self) -> None:
        self._rate(True)

    def _rate_bad(self) -> None:
        self._rate(False)

    def _rate(self, satisfied: bool) -> None:
        self._satisfied = satisfied
        self.accept()

    def satisfied(self) -> bool:
        """True for Good."""
        return self._satisfied

    def comment(self) -> str:
        """The optional comment."""
        return self.comment_edit.toPlainText().strip()
