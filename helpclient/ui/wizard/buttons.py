"""The report wizard's buttons: which show (Back to review once the review was seen, only
Finish = Close after a send), which are enabled while a report is being sent, and Back to
review itself, which steps forward page by page so that every step is checked on the way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWizard

_Button = QWizard.WizardButton


class WizardButtons:
    """Sets up ``wizard``'s buttons (Back to review is its custom button 1) and keeps their
    layout."""

    def __init__(self, wizard: QWizard) -> None:
        self._wizard = wizard
        self._layout: list[QWizard.WizardButton] = []
        wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        wizard.setButtonText(_Button.CustomButton1, QCoreApplication.translate(
            "ReportWizard", "Back &to review"))
        wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)

    def show(self, *, back_to_review: bool, sent: bool) -> None:
        """The buttons for the current page: Back to review when asked; after a send, Finish
        (Close) alone, as there is nothing to go back to."""
        if sent:
            layout = [_Button.Stretch, _Button.FinishButton]
        else:
            layout = [_Button.Stretch, _Button.BackButton, _Button.NextButton,
                      _Button.FinishButton, _Button.CancelButton]
            if back_to_review:
                layout.insert(1, _Button.CustomButton1)
        # In a custom button layout every listed button shows, so "Back to review" comes and
        # goes with the layout itself.
        if layout != self._layout:
            self._layout = layout
            self._wizard.setButtonLayout(layout)

    def set_sending(self, sending: bool, *, can_cancel: bool) -> None:
        """While sending nothing moves; Cancel stays when it can stop the upload."""
        for which in (_Button.BackButton, _Button.FinishButton, _Button.CancelButton,
                      _Button.CustomButton1):
            self._wizard.button(which).setEnabled(not sending)
        if sending and can_cancel:
            self._wizard.button(_Button.CancelButton).setEnabled(True)

    def go_to_review(self, last_page: int) -> None:
        """Step forward page by page up to ``last_page`` so every step is validated on the
        way; stop where one has errors (they are shown there)."""
        wizard = self._wizard
        while wizard.currentId() < last_page:
            before = wizard.currentId()
            wizard.next()
            if wizard.currentId() == before:
                break
