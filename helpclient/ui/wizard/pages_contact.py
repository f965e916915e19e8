"""The steps that place the problem: which program, how urgent, and how to reach the user."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import (
    URGENCY_LABELS,
    FormField,
    ProblemReport,
    Step,
    Urgency,
    form_error_key,
)
from helpclient.ui.kit.core_labels import report_label
from helpclient.ui.wizard.base import (
    EditReport,
    StepPage,
    buddy_label,
    field_with_error,
)
from helpclient.ui.wizard.form_fields import FormFieldsBox
from helpclient.ui.wizard.pages_describe import check_only

# Lists the programs a person launches on this computer, as (name, version). Blocking.
ListPrograms = Callable[[], list[tuple[str, str]]]


class SoftwarePage(StepPage):
    """Step "Which program?": name and version, or "not about a specific program"."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.SOFTWARE, flow, edit, parent)
        self.setTitle(self.tr("Which program?"))
        self.setSubTitle(self.tr("Name the program that has the problem, and its version if you "
                                 "know it."))

        self.software = QLineEdit(self)
        self.software.setPlaceholderText(self.tr("Example: Microsoft Outlook"))
        self.version = QLineEdit(self)
        self.version.setPlaceholderText(
            self.tr("If you know it: usually under Help \u203a About"))
        self.not_specific = QCheckBox(self.tr("N&ot about a specific program"), self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label(self.tr("&Program:"), self.software, self),
                    field_with_error(self.software,
                                     self.add_error_label("software", self.software)))
        form.addRow(buddy_label(self.tr("&Version:"), self.version, self), self.version)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.not_specific)
        layout.addStretch(1)

        self.set_tab_order(self.software, self.version, self.not_specific)

        self.software.textChanged.connect(lambda text: self.change(software=text))
        self.version.textChanged.connect(lambda text: self.change(software_version=text))
        self.not_specific.toggled.connect(self._not_specific_toggled)
        self._versions: dict[str, str] = {}

    def offer_programs(self, programs: Sequence[tuple[str, str]]) -> None:
        """Suggest the programs installed on this computer, as (name, version), while the user
        types (anywhere in the name, any case); picking one fills its version when the version
        field is empty. Free text stays possible."""
        self._versions = {name: version for name, version in programs if name.strip()}
        if not self._versions:
            return
        model = QStringListModel(sorted(self._versions, key=str.lower), self)
        completer = QCompleter(model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._picked)
        self.software.setCompleter(completer)
        self.software.setPlaceholderText(
            self.tr("Start typing: programs installed on this computer are suggested"))

    def _picked(self, name: str) -> None:
        version = self._versions.get(name, "")
        if version and not self.version.text().strip():
            self.version.setText(version)

    def load(self, report: ProblemReport) -> None:
        self.software.setText(report.software)
        self.version.setText(report.software_version)
        self.not_specific.setChecked(report.not_software_specific)
        self._enable_fields(not report.not_software_specific)

    def focus_start(self) -> None:
        (self.not_specific if self.report.not_software_specific else self.software).setFocus()

    def _not_specific_toggled(self, checked: bool) -> None:
        self._enable_fields(not checked)
        self.change(not_software_specific=checked)

    def _enable_fields(self, enabled: bool) -> None:
        # Greyed, not cleared: unticking brings back what was typed.
        self.software.setEnabled(enabled)
        self.version.setEnabled(enabled)


class ContactPage(StepPage):
    """Step "How urgent, and how to reach you": urgency and the prefilled contact details."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None) -> None:
        super().__init__(Step.CONTACT, flow, edit, parent)
        self.setTitle(self.tr("How urgent, and how to reach you"))
        self.setSubTitle(self.tr("Support uses this to decide what comes first and to answer "
                                 "you."))

        self.urgency_box = QGroupBox(self.tr("How &urgent is it?"), self)
        self.urgencies = QButtonGroup(self)
        self._radios: dict[Urgency, QRadioButton] = {}
        urgency_layout = QVBoxLayout(self.urgency_box)
        for urgency, label in URGENCY_LABELS.items():
            radio = QRadioButton(report_label(label), self.urgency_box)
            radio.setProperty("urgency", urgency.value)
            self.urgencies.addButton(radio)
            self._radios[urgency] = radio
            urgency_layout.addWidget(radio)
        first_radio = next(iter(self._radios.values()))

        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.email.setPlaceholderText(self.tr("name@company.com"))
        self.phone = QLineEdit(self)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone.setPlaceholderText(self.tr("Optional, e.g. +1 555 0100"))
        check = QLabel(self.tr("Please check that your contact details are correct."), self)
        check.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(buddy_label(self.tr("Na&me:"), self.name, self),
                    field_with_error(self.name, self.add_error_label("name", self.name)))
        form.addRow(buddy_label(self.tr("&E-mail:"), self.email, self),
                    field_with_error(self.email, self.add_error_label("email", self.email)))
        form.addRow(buddy_label(self.tr("&Phone:"), self.phone, self),
                    field_with_error(self.phone, self.add_error_label("phone", self.phone)))

        layout = QVBoxLayout(self)
        layout.addWidget(field_with_error(self.urgency_box,
                                          self.add_error_label("urgency", first_radio)))
        layout.addSpacing(8)
        layout.addWidget(check)
        layout.addLayout(form)
        # the helpdesk's own fields for this category (none for most helpdesks)
        self.form_fields = FormFieldsBox(self)
        layout.addSpacing(8)
        layout.addWidget(self.form_fields)
        layout.addStretch(1)

        self.set_tab_order(*self._radios.values(), self.name, self.email, self.phone)
        self.form_fields.answered.connect(self._answered)

        self.urgencies.buttonToggled.connect(self._urgency_toggled)
        self.name.textChanged.connect(lambda text: self._change_contact(name=text))
        self.email.textChanged.connect(lambda text: self._change_contact(email=text))
        self.phone.textChanged.connect(lambda text: self._change_contact(phone=text))

    def load(self, report: ProblemReport) -> None:
        check_only(self.urgencies, self._radios.get(report.urgency) if report.urgency else None)
        self.name.setText(report.contact.name)
        self.email.setText(report.contact.email)
        self.phone.setText(report.contact.phone)
        self.show_form_fields(report.form_fields)

    def show_form_fields(self, fields: tuple[FormField, ...]) -> None:
        """Show the helpdesk's fields (they may arrive while the page is on screen)."""
        if tuple(f.spec for f in fields) != self.form_fields.specs:
            self.drop_error_labels(form_error_key(""))  # their rows are about to go
        if self.form_fields.show_fields(fields, self._with_error):
            self.set_tab_order(self.phone, *self.form_fields.inputs.values())

    def _with_error(self, field_id: str, widget: QWidget) -> QWidget:
        key = form_error_key(field_id)
        return field_with_error(widget, self.add_error_label(key, widget))

    def _answered(self, field_id: str, value: str) -> None:
        self.change(form_fields=tuple(
            FormField(f.spec, value) if f.spec.id == field_id else f
            for f in self.report.form_fields))

    def focus_start(self) -> None:
        checked = self.urgencies.checkedButton()
        (checked or next(iter(self._radios.values()))).setFocus()

    def _urgency_toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.change(urgency=Urgency(button.property("urgency")))

    def _change_contact(self, **changes: str) -> None:
        self.change(contact=replace(self.report.contact, **changes))
