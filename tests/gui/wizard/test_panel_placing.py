"""Panels that follow a wizard field go under it, in the order they came, wherever the field's
row has moved to (the company's greeting is put above everything)."""

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from helpclient.ui.wizard.placing import insert_under


def test_panels_go_under_their_field_first_come_first_shown(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    caption, row, after = QLabel("Summary:"), QWidget(), QLabel("Category:")
    field = QLineEdit(row)  # in a row of its own, as the wizard's fields with their errors
    QVBoxLayout(row).addWidget(field)
    for widget in (caption, row, after):
        layout.addWidget(widget)
    known, banner, suggestions = QLabel("known"), QLabel("banner"), QLabel("suggestions")
    insert_under(page, field, known)
    layout.insertWidget(0, banner)  # the greeting, once the page exists
    insert_under(page, field, suggestions)  # the suggestions, after the first paint
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order == [banner, caption, row, known, suggestions, after]
