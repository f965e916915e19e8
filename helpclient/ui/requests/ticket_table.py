"""The list page of My requests: the table of the user's requests (one row per request, sorted
by the last change, opened with a double click or Enter), and what shows while there are none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.style import mute
from helpclient.ui.requests.model import Column
from helpclient.ui.requests.status import StatusBadgeDelegate


def ticket_table(model: QSortFilterProxyModel,
                 open_index: Callable[[QModelIndex], None]) -> QTableView:
    """The table over ``model``; ``open_index`` opens the request of a row."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("RequestsWindow", "My requests"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.setItemDelegateForColumn(Column.STATUS, StatusBadgeDelegate(table))
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Fit the columns to the rows on screen, not to the first 1,000 (Qt's default): a
    # 10,000-ticket list would otherwise spend most of its opening time measuring text.
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
    table.doubleClicked.connect(open_index)
    # Enter opens on every platform (QAbstractItemView's own Enter handling differs on macOS).
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: open_index(table.currentIndex()))
    return table


def empty_state() -> tuple[QWidget, QPushButton]:
    """The page shown while the user has no requests, and its "Report a problem…" button."""
    translate = QCoreApplication.translate
    title = QLabel(translate("RequestsWindow", "You have no requests yet."))
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    title.setFont(font)
    hint = QLabel(translate("RequestsWindow",
                            "When you report a problem, you can follow it here."))
    mute(hint)
    button = QPushButton(translate("RequestsWindow", "Report a problem…"))
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    for widget in (title, hint, button):
        layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return page, button
