"""The fields the helpdesk requires for the report's category (JSM's request-type form): asked
when the category is chosen, one labelled input each on the urgency and contact step, required
before Next, shown in the review, and carried by the sent report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from wizard_driver import COMPLETE, Helpdesk, alt, next_page, shown, type_text

from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import FieldChoice, FieldKind, FieldSpec
from helpclient.core.report.problem import Category, Step, form_error_key

IMPACT = FieldSpec("customfield_10010", "Impact", FieldKind.CHOICE,
                   (FieldChoice("20", "Just me"), FieldChoice("21", "My team")),
                   "How many <b>people</b> it stops")
COST = FieldSpec("customfield_10020", "Cost <i>centre</i>")


class FormDesk:
    """The helpdesk's forms: e-mail reports need the two fields, the others none."""

    def __init__(self, fail: bool = False) -> None:
        self.asked: list[str] = []
        self.fail = fail

    def __call__(self, category: str) -> tuple[FieldSpec, ...]:
        self.asked.append(category)
        if self.fail:
            raise ServerUnreachable("offline")
        return (IMPACT, COST) if category == "email" else ()


def _to_contact(qtbot, wizard) -> None:
    while wizard.flow.current is not Step.CONTACT:
        next_page(qtbot, wizard)


def test_the_fields_are_asked_required_reviewed_and_sent(open_wizard, qtbot):
    desk, helpdesk = FormDesk(), Helpdesk()
    wizard = open_wizard(COMPLETE, helpdesk, ask_fields=desk)
    assert desk.asked == ["email"]  # the draft's category, asked at once
    _to_contact(qtbot, wizard)
    page = wizard.step_page(Step.CONTACT)
    box = page.form_fields
    assert box.isVisible()
    impact, cost = box.inputs[IMPACT.id], box.inputs[COST.id]
    assert isinstance(impact, QComboBox) and isinstance(cost, QLineEdit)
    assert [impact.itemText(i) for i in range(impact.count())] == ["Choose…", "Just me",
                                                                   "My team"]
    labels = {label.text(): label for label in box.findChildren(QLabel)}
    assert labels["Cost <i>centre</i>"].textFormat() is Qt.TextFormat.PlainText
    assert cost.accessibleName() == "Cost <i>centre</i>"

    alt(qtbot, Qt.Key.Key_N, lambda: shown(page.error_label(form_error_key(IMPACT.id))) != "")
    assert wizard.flow.current is Step.CONTACT  # Next refused until both are filled
    assert shown(page.error_label(form_error_key(COST.id))) == \
        "Your helpdesk needs this field filled in."
    impact.setCurrentIndex(2)
    cost.setFocus()
    type_text(qtbot, "CC-4711")
    next_page(qtbot, wizard)
    assert wizard.flow.current is Step.REVIEW
    review = wizard.step_page(Step.REVIEW)
    assert any("Impact: My team\nCost <i>centre</i>: CC-4711" in label.text()
               for label in review.section_texts)
    alt(qtbot, Qt.Key.Key_S, lambda: bool(helpdesk.received))
    [sent] = helpdesk.received
    assert [(f.spec.id, f.value) for f in sent.form_fields] == [(IMPACT.id, "21"),
                                                                (COST.id, "CC-4711")]


def test_another_category_asks_again_and_an_answer_comes_back(open_wizard, qtbot):
    desk = FormDesk()
    wizard = open_wizard(COMPLETE, ask_fields=desk)
    problem = wizard.step_page(Step.PROBLEM)
    problem._radios[Category.SOFTWARE].click()
    assert desk.asked == ["email", "software"]
    assert wizard.report.form_fields == ()
    _to_contact(qtbot, wizard)
    assert not wizard.step_page(Step.CONTACT).form_fields.isVisible()
    wizard.go_to(Step.PROBLEM)
    problem._radios[Category.EMAIL].click()
    _to_contact(qtbot, wizard)
    assert wizard.step_page(Step.CONTACT).form_fields.isVisible()


def test_offline_nothing_is_asked(open_wizard, qtbot):
    wizard = open_wizard(COMPLETE, ask_fields=FormDesk(fail=True))
    _to_contact(qtbot, wizard)
    assert not wizard.step_page(Step.CONTACT).form_fields.isVisible()
    next_page(qtbot, wizard)
    assert wizard.flow.current is Step.REVIEW
