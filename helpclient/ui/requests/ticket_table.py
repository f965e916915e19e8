"""The table of the user's requests in My requests: one row per request, sorted by the last
change, opened with a double click or Enter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

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
