"""Where the helpers of a wizard page put their panels: right under the field they follow."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget


def insert_under(page: QWidget, field: QWidget, widget: QWidget) -> None:
    """Put ``widget`` in ``page``'s column right under the row holding ``field`` — wherever the
    row is by now: the company's greeting and other panels may have been put above it (a fixed
    position put the suggestions between the summary's caption and its field)."""
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    row = field
    while row.parentWidget() is not page:
        parent = row.parentWidget()
        assert parent is not None, "the field is not on the page"
        row = parent
    layout.insertWidget(layout.indexOf(row) + 1, widget)
