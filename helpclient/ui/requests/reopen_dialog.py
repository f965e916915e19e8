"""The small dialog that asks why a solved request should be reopened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.style import show_as_error


class ReopenDialog(QDialog):
    """Asks for a reason; refuses an empty one with an inline message instead of closing.

    Shown with ``open()`` (window-modal, non-blocking) so the caller reacts to ``accepted`` and
    tests can fill it in like a user would.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen request"))
        intro = QLabel(self.tr("Tell support what is still wrong, so they can pick it up again."))
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setPlaceholderText(self.tr("For example: the printer stopped again "
                                                    "this morning."))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setAccessibleName(self.tr("Reason for reopening"))
        intro.setBuddy(self.reason_edit)
        self.error_label = QLabel(self.tr("Please describe why the request should be reopened."))
        self.error_label.setWordWrap(True)
        show_as_error(self.error_label, self)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reopen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self.error_label.hide)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.reason_edit.setFocus()
        self.resize(420, 240)

    def reason(self) -> str:
        """The reason as typed, without surrounding blank space."""
        return self.reason_edit.toPlainText().strip()

    def accept(self) -> None:
        """Close with the reason, unless it is empty: then say so and stay open."""
        if not self.reason():
            self.error_label.show()
            self.reason_edit.setFocus()
            return
        super().accept()
