"""The steps that describe the problem: what is wrong, what the user did, what they saw."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import (
    CATEGORY_LABELS,
    STARTED_LABELS,
    Category,
    ProblemReport,
    Started,
    Step,
)
from helpclient.ui.kit.core_labels import report_label
from helpclient.ui.wizard.actions_editor import ActionsEditor
from helpclient.ui.wizard.base import EditReport, StepPage, buddy_label, field_with_error
from helpclient.ui.wizard.duplicate_hint import DuplicateHint


def check_only(group: QButtonGroup, button: QRadioButton | None) -> None:
    """Check ``button``, or no button at all (an exclusive group cannot uncheck by itself)."""
    group.setExclusive(False)
    for other in group.buttons():
        other.setChecked(other is button)
    group.setExclusive(True)


class ProblemPage(StepPage):
    """Step "What is wrong?": a one-line summary and what the problem is about."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.PROBLEM, flow, edit, parent)
        self.setTitle(self.tr("What is wrong?"))
        self.setSubTitle(self.tr("Say in one line what does not work, then choose what it is "
                                 "about."))

        self.summary = QLineEdit(self)
        self.summary.setPlaceholderText(
            self.tr("Example: Outlook says \u201cDisconnected\u201d since this morning"))
        self.summary.setClearButtonEnabled(True)
        summary_label = buddy_label(self.tr("The problem in one &line:"), self.summary, self)

        self.category_box = QGroupBox(self.tr("What is it &about?"), self)
        self.categories = QButtonGroup(self)
        self._radios: dict[Category, QRadioButton] = {}
        grid = QGridLayout(self.category_box)
        rows = (len(CATEGORY_LABELS) + 1) // 2
        # Column by column, so arrow keys and reading order both go down the first column.
        for position, (category, label) in enumerate(CATEGORY_LABELS.items()):
            radio = QRadioButton(report_label(label), self.category_box)
            radio.setProperty("category", category.value)
            self.categories.addButton(radio)
            self._radios[category] = radio
            grid.addWidget(radio, position % rows, position // rows)
        first_radio = next(iter(self._radios.values()))

        layout = QVBoxLayout(self)
        layout.addWidget(summary_label)
        layout.addWidget(field_with_error(self.summary, self.add_error_label("summary",
                                                                             self.summary)))
        # "Add this to request #N" when the summary repeats an open request: one ticket per
        # problem saves support from merging duplicates
        self.duplicate_hint = DuplicateHint(self)
        layout.addWidget(self.duplicate_hint)
        self.summary.textChanged.connect(self.duplicate_hint.check)
        layout.addSpacing(12)
        layout.addWidget(field_with_error(self.category_box,
                                          self.add_error_label("category", first_radio)))
        layout.addStretch(1)

        self.set_tab_order(self.summary, *self._radios.values())

        self.summary.textChanged.connect(lambda text: self.change(summary=text))
        self.categories.buttonToggled.connect(self._category_toggled)

    def load(self, report: ProblemReport) -> None:
        self.summary.setText(report.summary)
        check_only(self.categories, self._radios.get(report.category) if report.category else None)

    def focus_start(self) -> None:
        self.summary.setFocus()

    def _category_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.change(category=Category(button.property("category")))


class ActionsPage(StepPage):
    """Step "What did you do?": the user's actions, step by step."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.ACTIONS, flow, edit, parent)
        self.setTitle(self.tr("What did you do?"))
        self.setSubTitle(self.tr("List what you did before the problem appeared, in order, one "
                                 "step per line. Support will try the same steps."))

        self.editor = ActionsEditor(self)
        steps_label = buddy_label(self.tr("&Steps:"), self.editor.list, self)
        hint = QLabel(self.tr("Enter opens the next line \u2022 Insert adds a step \u2022 Delete "
                              "removes it \u2022 Alt+Up / Alt+Down change the order"), self)
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addWidget(steps_label)
        layout.addWidget(field_with_error(self.editor,
                                          self.add_error_label("actions", self.editor.list)), 1)
        layout.addWidget(hint)

        self.set_tab_order(self.editor.list, self.editor.add_button, self.editor.remove_button,
                           self.editor.up_button, self.editor.down_button)

        self.editor.changed.connect(lambda lines: self.change(actions=lines))

    def load(self, report: ProblemReport) -> None:
        self.editor.set_lines(report.actions)

    def focus_start(self) -> None:
        if self.report.filled_actions:
            self.editor.list.setFocus()
        else:
            self.editor.start_editing()  # nothing yet: let the user type straight away


class ErrorPage(StepPage):
    """Step "What did you see?": the exact error text, or none, and when it started."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.ERROR, flow, edit, parent)
        self.setTitle(self.tr("What did you see?"))
        self.setSubTitle(self.tr("Copy the exact words of the error message: support searches "
                                 "for them."))

        self.error_text = QPlainTextEdit(self)
        self.error_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Tab leaves the field: keyboard users must be able to get out, and error messages
        # pasted from dialogs rarely need a typed tab.
        self.error_text.setTabChangesFocus(True)
        self.error_text.setPlaceholderText(
            self.tr("Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies "
                    "the whole message."))
        text_label = buddy_label(self.tr("E&xact error message:"), self.error_text, self)

        self.no_error = QCheckBox(self.tr("There was no error &message"), self)

        self.started = QComboBox(self)
        self.started.setPlaceholderText(self.tr("Choose\u2026"))
        for started, label in STARTED_LABELS.items():
            self.started.addItem(report_label(label), started.value)
        started_label = buddy_label(self.tr("When did it &start?"), self.started, self)

        layout = QVBoxLayout(self)
        layout.addWidget(text_label)
        layout.addWidget(field_with_error(self.error_text,
                                          self.add_error_label("error_text", self.error_text)), 1)
        layout.addWidget(self.no_error)
        layout.addSpacing(8)
        layout.addWidget(started_label)
        layout.addWidget(field_with_error(self.started,
                                          self.add_error_label("started", self.started)))

        self.set_tab_order(self.error_text, self.no_error, self.started)

        self.error_text.textChanged.connect(
            lambda: self.change(error_text=self.error_text.toPlainText()))
        self.no_error.toggled.connect(self._no_error_toggled)
        self.started.currentIndexChanged.connect(
            lambda _index: self.change(started=self._started_value()))

    def load(self, report: ProblemReport) -> None:
        self.error_text.setPlainText(report.error_text)
        self.no_error.setChecked(report.no_error_message)
        self.error_text.setEnabled(not report.no_error_message)
        self.started.setCurrentIndex(self.started.findData(report.started.value)
                                     if report.started else -1)

    def focus_start(self) -> None:
        (self.no_error if self.report.no_error_message else self.error_text).setFocus()

    def _started_value(self) -> Started | None:
        value = self.started.currentData()
        return Started(value) if value is not None else None

    def _no_error_toggled(self, checked: bool) -> None:
        # The text stays in the field (greyed) so an accidental tick loses nothing.
        self.error_text.setEnabled(not checked)
        self.change(no_error_message=checked)
