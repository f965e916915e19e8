"""The fields a helpdesk requires for the report's category (Jira Service Management's request
type form): asked of the backend off the GUI thread when the category is chosen, and shown on
the urgency and contact step, one labelled input each.

Their names, descriptions and choices come from the server: shown as plain text, never as HTML
and never with mnemonics. Without an answer (offline, a backend that has no such form) nothing
is asked; the connector's refusal naming what it cannot fill stays the fallback.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from helpclient.core.models import FieldKind, FieldSpec
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import Category, FormField
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

# The fields a new report of a category (a ``Category`` value) must fill. Blocking.
AskFields = Callable[[str], tuple[FieldSpec, ...]]


def with_answers(specs: tuple[FieldSpec, ...],
                 before: tuple[FormField, ...]) -> tuple[FormField, ...]:
    """``specs`` as the report's fields, keeping the answers already given to the same ones."""
    answers = {f.spec.id: f.value for f in before}
    return tuple(FormField(spec, answers.get(spec.id, "")) for spec in specs)


class FormFieldsAsker(QObject):
    """Asks ``ask`` for the fields of the report's category on ``runner`` and hands them, merged
    with the answers given so far, to ``apply`` — unless the category changed meanwhile. A
    failure asks nothing (the fields are dropped)."""

    def __init__(self, ask: AskFields, runner: TaskRunner, flow: ReportFlow,
                 apply: Callable[[tuple[FormField, ...]], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ask = ask
        self._runner = runner
        self._flow = flow
        self._apply = apply

    def refresh(self) -> None:
        """Ask for the fields of the report's category as it is now."""
        category = self._flow.report.category
        if category is None:
            self._came(category, ())
            return
        ask = self._ask
        self._runner.run_task(lambda: ask(category.value),
                              lambda specs: self._came(category, specs),
                              lambda exc: self._failed(category, exc), context=self)

    def _failed(self, category: Category, exc: BaseException) -> None:
        log.info("the helpdesk's fields for %s were not found: %r", category.value, exc)
        self._came(category, ())

    def _came(self, category: Category | None, specs: tuple[FieldSpec, ...]) -> None:
        report = self._flow.report
        if report.category is not category:
            return  # a newer question is on its way
        fields = with_answers(tuple(specs), report.form_fields)
        if fields != report.form_fields:
            self._apply(fields)


class FormFieldsBox(QGroupBox):
    """One input per field (a line edit, or a list of the choices), hidden when there are none.
    ``answered(field id, text or choice id)`` on each edit; ``rebuilt(fields)`` after the
    inputs were made anew, so the page can give each its error label."""

    answered = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Details your helpdesk asks for"))
        self._form = QFormLayout(self)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._specs: tuple[FieldSpec, ...] = ()
        self.inputs: dict[str, QLineEdit | QComboBox] = {}
        self.setVisible(False)

    @property
    def specs(self) -> tuple[FieldSpec, ...]:
        """The fields the inputs are for."""
        return self._specs

    def show_fields(self, fields: tuple[FormField, ...],
                    wrap: Callable[[str, QWidget], QWidget]) -> bool:
        """Show ``fields`` with their answers; True when the inputs were made anew (``wrap``
        puts each input in its row's box, with its error label)."""
        specs = tuple(f.spec for f in fields)
        rebuilt = specs != self._specs
        if rebuilt:
            self._rebuild(specs, wrap)
        for field in fields:
            widget = self.inputs[field.spec.id]
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(field.value)))
            else:
                widget.setText(field.value)
            widget.blockSignals(False)
        self.setVisible(bool(fields))
        return rebuilt

    def _rebuild(self, specs: tuple[FieldSpec, ...],
                 wrap: Callable[[str, QWidget], QWidget]) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.inputs = {}
        self._specs = specs
        for spec in specs:
            widget = self._input(spec)
            widget.setAccessibleName(spec.name)
            if spec.description:
                # a tooltip renders what looks like markup: escaped inside a paragraph
                widget.setToolTip(f"<p>{html.escape(spec.description)}</p>")
                widget.setAccessibleDescription(spec.description)
            label = QLabel(spec.name, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the server's words, never markup
            label.setWordWrap(True)
            self.inputs[spec.id] = widget
            self._form.addRow(label, wrap(spec.id, widget))

    def _input(self, spec: FieldSpec) -> QLineEdit | QComboBox:
        if spec.kind is FieldKind.CHOICE:
            combo = QComboBox(self)
            combo.addItem(self.tr("Choose…"), "")
            for choice in spec.choices:
                combo.addItem(choice.label, choice.id)
            combo.currentIndexChanged.connect(
                lambda _index: self.answered.emit(spec.id, str(combo.currentData())))
            return combo
        line = QLineEdit(self)
        line.textChanged.connect(lambda text: self.answered.emit(spec.id, text))
        return line
