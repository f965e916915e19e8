"""The "My requests" list as a Qt item model, plus the proxy that filters it by scope (open,
waiting for me, solved, all) and by subject or id."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.tracking.cache import CachedTicket
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.status import StatusRole, status_label, status_tooltip
from helpclient.ui.requests.timefmt import format_absolute, format_relative

AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole


class Column(enum.IntEnum):
    """The list's columns, in display order."""

    STATUS = 0
    ID = 1
    SUBJECT = 2
    UPDATED = 3
    OWNER = 4


# Role giving the row's ``Ticket`` object.
TicketRole = Qt.ItemDataRole.UserRole + 1
# Role giving a value that sorts naturally (numbers as numbers, dates as timestamps).
SortRole = Qt.ItemDataRole.UserRole + 2
# Roles giving whether the row has news the user has not seen, and whether support waits.
UnreadRole = Qt.ItemDataRole.UserRole + 3
WaitingRole = Qt.ItemDataRole.UserRole + 4
_COLUMNS = len(Column)
_COLUMN_OF = tuple(Column)
_TICKET = int(TicketRole)
_SERVED_ROLES = frozenset(int(r) for r in (
    _DISPLAY, Qt.ItemDataRole.ToolTipRole, TicketRole, SortRole, StatusRole, UnreadRole,
    WaitingRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.AccessibleTextRole))
# The "waiting for you" badge colour, faint, behind the whole row.
_WAITING_TINT = QColor(179, 38, 30, 34)


class Scope(enum.IntEnum):
    """Which tickets the list shows."""

    OPEN = 0
    WAITING = 1
    SOLVED = 2
    ALL = 3


def in_scope(scope: Scope, ticket: Ticket, waiting: bool) -> bool:
    """Whether ``ticket`` belongs in ``scope``."""
    if scope == Scope.OPEN:
        return ticket.status.is_active
    if scope == Scope.WAITING:
        return ticket.status.is_active and (
            waiting or ticket.status == TicketStatus.WAITING_FOR_YOU)
    if scope == Scope.SOLVED:
        return not ticket.status.is_active
    return True


def _newest_first(tickets: Iterable[Ticket]) -> list[Ticket]:
    # Ties (same second) are broken by id so the order is stable between refreshes.
    return sorted(tickets, key=lambda t: (t.updated, _id_key(t.id)), reverse=True)


def _id_key(ticket_id: str) -> tuple[int, int | str]:
    """Numeric ids compare as numbers ("9" before "10"); any other id as text after them."""
    return (0, int(ticket_id)) if ticket_id.isdigit() else (1, ticket_id)


class TicketListModel(QAbstractTableModel):
    """The user's tickets, newest update first. ``set_tickets`` diffs against the current rows
    so selection and scroll position survive a refresh."""

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._tickets: list[Ticket] = []
        self._flags: dict[str, tuple[bool, bool]] = {}  # id → (unread, waiting)
        self._bold = QFont()
        self._bold.setBold(True)
        # Injected so tests get stable "5 min ago" texts.
        self._clock = clock or (lambda: datetime.now(UTC))

    # --- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else _COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt override)
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.STATUS: self.tr("Status"),
            Column.ID: self.tr("#"),
            Column.SUBJECT: self.tr("Subject"),
            Column.UPDATED: self.tr("Last update"),
            Column.OWNER: self.tr("Handled by"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Called hundreds of thousands of times for a long list (the proxy and the header ask
        # every row): unserved roles leave first, and roles compare as plain ints.
        role = int(role)
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self._tickets) and 0 <= col < _COLUMNS):
            return None
        ticket = self._tickets[row]
        if role == _TICKET:
            return ticket
        column = _COLUMN_OF[col]
        if role == _DISPLAY:
            return self._display(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ticket, column)
        if role == TicketRole:
            return ticket
        if role == SortRole:
            return self._sort_value(ticket, column)
        if role == StatusRole and column == Column.STATUS:
            return ticket.status
        unread, waiting = self._flags.get(ticket.id, (False, False))
        if role == UnreadRole:
            return unread
        if role == WaitingRole:
            return waiting
        if role == Qt.ItemDataRole.FontRole and unread:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and waiting and ticket.status.is_active:
            return _WAITING_TINT
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.SUBJECT:
            return self._accessible_subject(ticket, unread, waiting)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.STATUS:
            return status_label(ticket.status)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def _display(self, ticket: Ticket, column: Column) -> str:
        if column == Column.STATUS:
            return status_label(ticket.status)
        if column == Column.ID:
            number = arg(self.tr("#%1"), ticket.id)
            # a dot as well as bold: the marker must not rest on font weight alone
            return "● " + number if self._flags.get(ticket.id, (False, False))[0] else number
        if column == Column.SUBJECT:
            return ticket.subject or self.tr("(no subject)")
        if column == Column.UPDATED:
            return format_relative(ticket.updated, self._clock())
        return ticket.owner

    def _tooltip(self, ticket: Ticket, column: Column) -> str | None:
        if column == Column.STATUS:
            return status_tooltip(ticket.status)
        if column == Column.SUBJECT:
            unread, waiting = self._flags.get(ticket.id, (False, False))
            notes = [ticket.subject] if ticket.subject else []
            if unread:
                notes.append(self.tr("There is news you have not seen yet."))
            if waiting and ticket.status.is_active:
                notes.append(self.tr("Support is waiting for your answer."))
            return "\n".join(notes) or None
        if column == Column.ID and self._flags.get(ticket.id, (False, False))[0]:
            return self.tr("There is news you have not seen yet.")
        if column == Column.UPDATED:
            return arg(self.tr("Updated %1\nCreated %2"), format_absolute(ticket.updated),
                       format_absolute(ticket.created))
        return None

    @staticmethod
    def _sort_value(ticket: Ticket, column: Column) -> Any:
        if column == Column.STATUS:
            return list(type(ticket.status)).index(ticket.status)
        if column == Column.ID:
            # QVariant compares like types only; pad non-numeric ids so the column stays a string.
            kind, value = _id_key(ticket.id)
            return f"{kind}{value:>20}" if isinstance(value, int) else f"{kind}{value}"
        if column == Column.SUBJECT:
            return ticket.subject.casefold()
        if column == Column.UPDATED:
            return ticket.updated.timestamp()
        return ticket.owner.casefold()

    def _accessible_subject(self, ticket: Ticket, unread: bool, waiting: bool) -> str:
        text = ticket.subject or self.tr("(no subject)")
        if waiting and ticket.status.is_active:
            text = arg(self.tr("Waiting for your answer: %1"), text)
        if unread:
            text = arg(self.tr("New: %1"), text)
        return text

    # --- our API ------------------------------------------------------------------------------

    def ticket_at(self, row: int) -> Ticket:
        """The ticket shown in ``row``."""
        return self._tickets[row]

    def row_of(self, ticket_id: str) -> int:
        """The row showing ``ticket_id``, or -1."""
        return next((row for row, t in enumerate(self._tickets) if t.id == ticket_id), -1)

    def set_cached(self, items: Iterable[CachedTicket]) -> None:
        """Show exactly these cached tickets with their unread/waiting marks."""
        items = list(items)
        self.set_tickets((c.ticket for c in items),
                         {c.ticket.id: (c.unread, c.waiting) for c in items})

    def waiting_count(self) -> int:
        """How many active tickets support waits on (the "Waiting for me" tab's count)."""
        flags = self._flags
        return sum(1 for t in self._tickets
                   if in_scope(Scope.WAITING, t, flags.get(t.id, (False, False))[1]))

    def flags_of(self, ticket_id: str) -> tuple[bool, bool]:
        """(unread, waiting) of a ticket."""
        return self._flags.get(ticket_id, (False, False))

    def set_flags(self, ticket_id: str, *, unread: bool | None = None,
                  waiting: bool | None = None) -> None:
        """Change one ticket's marks (opened: read; conversation says support waits)."""
        old = self._flags.get(ticket_id, (False, False))
        new = (old[0] if unread is None else unread, old[1] if waiting is None else waiting)
        if new != old:
            self._flags[ticket_id] = new
            row = self.row_of(ticket_id)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_tickets(self, tickets: Iterable[Ticket],
                    flags: Mapping[str, tuple[bool, bool]] | None = None) -> None:
        """Show exactly ``tickets`` (newest update first), with ``flags`` (id → (unread,
        waiting)) when given; without, the marks already known are kept.

        Rather than a reset, this removes rows that went away, appends new ones and re-sorts
        with a layout change that moves persistent indexes — so a view keeps its selection and
        current row across a refresh.
        """
        wanted = {t.id: t for t in tickets}
        before = {t.id: t for t in self._tickets}
        flags_before = self._flags
        if flags is not None:
            self._flags = dict(flags)
        self._remove_missing(wanted)
        self._append_new(wanted)
        self._sort(_newest_first(wanted.values()))
        changed = [row for row, t in enumerate(self._tickets)
                   if before.get(t.id, t) != t or flags_before.get(t.id) != self._flags.get(t.id)]
        if changed:
            # New rows were announced by rowsInserted; only rows whose content moved on change.
            self.dataChanged.emit(self.index(min(changed), 0),
                                  self.index(max(changed), len(Column) - 1))

    def refresh_times(self) -> None:
        """Re-render relative times ("5 min ago") as the clock moves on."""
        if self._tickets:
            top = self.index(0, Column.UPDATED)
            bottom = self.index(len(self._tickets) - 1, Column.UPDATED)
            self.dataChanged.emit(top, bottom, [_DISPLAY])

    def _remove_missing(self, wanted: dict[str, Ticket]) -> None:
        # Bottom-up, so the rows still to remove keep their numbers.
        for row in reversed(range(len(self._tickets))):
            if self._tickets[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._tickets[row]
                self.endRemoveRows()

    def _append_new(self, wanted: dict[str, Ticket]) -> None:
        known = {t.id for t in self._tickets}
        new = [t for t in wanted.values() if t.id not in known]
        if new:
            first = len(self._tickets)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._tickets.extend(new)
            self.endInsertRows()

    def _sort(self, ordered: list[Ticket]) -> None:
        """Put the rows (same set of ids) in ``ordered``'s order, moving persistent indexes."""
        current = self._tickets
        if [t.id for t in ordered] == [t.id for t in current]:
            self._tickets = ordered
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {t.id: row for row, t in enumerate(ordered)}
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[current[index.row()].id], index.column())
                       for index in old_indexes]
        self._tickets = ordered
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


class TicketFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SortRole`` and keeps rows in the scope whose subject or number matches the
    search text. The scope is ``Scope.ALL`` until set (the window starts with ``OPEN``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._scope = Scope.ALL
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    def set_query(self, text: str) -> None:
        """Filter by ``text``: a case-insensitive substring of the subject, or the ticket
        number with or without its "#"."""
        self.beginFilterChange()
        self._needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def scope(self) -> Scope:
        """The scope shown."""
        return self._scope

    def set_scope(self, scope: Scope) -> None:
        """Show only the tickets in ``scope``."""
        self.beginFilterChange()
        self._scope = scope
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Newest update first is the source model's own order: keep it without sorting (a
        Python comparison per pair of 10,000 rows costs seconds); other orders sort here."""
        if column == Column.UPDATED and order == Qt.SortOrder.DescendingOrder:
            # column -1 follows the source rows; "descending" would reverse them
            super().sort(-1, Qt.SortOrder.AscendingOrder)
        else:
            super().sort(column, order)

    def filterAcceptsRow(  # noqa: N802 (Qt override)
            self, source_row: int, source_parent: AnyIndex) -> bool:
        if self._scope == Scope.ALL and not self._needle:
            return True  # nothing to ask the model: a long list filters in no time
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        ticket = index.data(TicketRole)
        if not isinstance(ticket, Ticket):
            return False
        if not in_scope(self._scope, ticket, bool(index.data(WaitingRole))):
            return False
        if not self._needle:
            return True
        needle = self._needle
        number = needle.removeprefix("#")
        return needle in ticket.subject.casefold() or (
            bool(number) and ticket.id.casefold().startswith(number))
