"""Where the helpers of a wizard page put their panels: under the field they follow."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget

# the dynamic property marking a panel put under a field (the field's id)
_UNDER = "helpclientPlacedUnder"


def insert_under(page: QWidget, field: QWidget, widget: QWidget) -> None:
    """Put ``widget`` in ``page``'s column under the row holding ``field`` and under the panels
    put there before it (first come, first shown: a known problem above the suggestions) —
    wherever the row is by now: the company's greeting may have been put above it (a fixed
    position put the suggestions between the summary's caption and its field)."""
    layout = page.layout()
    assert isinstance(layout, QBoxLayout)
    row = field
    while row.parentWidget() is not page:
        parent = row.parentWidget()
        assert parent is not None, "the field is not on the page"
        row = parent
    mark = str(id(field))
    at = layout.indexOf(row) + 1
    while (item := layout.itemAt(at)) is not None and (below := item.widget()) is not None \
            and below.property(_UNDER) == mark:
        at += 1
    widget.setProperty(_UNDER, mark)
    layout.insertWidget(at, widget)
