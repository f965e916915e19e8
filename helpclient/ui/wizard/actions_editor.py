"""A numbered, keyboard-first list editor for "what did you do, step by step".

Type a step and press Enter: the next line opens. Enter on an empty last line stops adding, and
the next Enter goes on to the wizard's Next. Insert or Ctrl+N adds a line, Delete removes one,
Alt+Up/Alt+Down move it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.report.problem import ACTION_MAX

_Index = QModelIndex | QPersistentModelIndex


class _NumberedDelegate(QStyledItemDelegate):
    """Draws "1.", "2.", … before each line, and writes every keystroke through to the item so
    the report is current even before the line is committed (autosave, Alt+N while typing)."""

    def _number_width(self, option: QStyleOptionViewItem) -> int:
        return option.fontMetrics.horizontalAdvance("00.") + 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        width = self._number_width(option)
        rect = option.rect
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        number_rect = rect.adjusted(0, 0, -(rect.width() - width) - 4, 0)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{index.row() + 1}.")
        painter.restore()
        shifted = QStyleOptionViewItem(option)
        shifted.rect = rect.adjusted(width, 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        # A little air between lines: they are sentences, and each is a target for the mouse.
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setMaxLength(ACTION_MAX * 2)  # core reports the limit; this only stops floods
        editor.setFrame(False)
        editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: _Index) -> None:
        width = self._number_width(option)
        editor.setGeometry(option.rect.adjusted(width, 0, 0, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class _ActionList(QListWidget):
    """The list itself: Enter-to-continue while editing, Delete and Alt+arrows on lines."""

    remove_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_NumberedDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Only reached when no line is being edited: the line editor takes its own keys, so
        # Delete and Alt+arrows still edit text inside a line.
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Delete and mods == Qt.KeyboardModifier.NoModifier:
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods == Qt.KeyboardModifier.AltModifier:
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget,  # noqa: N802 (Qt override)
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        row = self.currentRow()
        super().closeEditor(editor, hint)
        last = row == self.count() - 1
        text = self.item(row).text().strip() if 0 <= row < self.count() else ""
        if hint is QAbstractItemDelegate.EndEditHint.SubmitModelCache and last and text:
            self.add_requested.emit()  # Enter on the last line: open the next one
        elif (hint in (QAbstractItemDelegate.EndEditHint.SubmitModelCache,
                       QAbstractItemDelegate.EndEditHint.RevertModelCache)
              and last and not text and self.count() > 1):
            # Enter or Escape on the empty line Enter just opened: the user is done adding.
            self.remove_requested.emit()


class ActionsEditor(QWidget):
    """An editable, ordered list of short lines with Add/Remove/Move buttons.

    ``changed`` carries every line, blank ones included (core drops blanks when it validates
    and renders), after each keystroke and each add, remove or move.
    """

    changed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _ActionList(self)
        self.list.setAccessibleName(self.tr("Steps"))
        self.add_button = QPushButton(self.tr("&Add step"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.add_button.setToolTip(self.tr("Add a step (Insert or Ctrl+N)"))
        self.remove_button.setToolTip(self.tr("Remove the selected step (Delete)"))
        self.up_button.setToolTip(self.tr("Move the selected step up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected step down (Alt+Down)"))
        for key in (QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")):
            shortcut = QShortcut(key, self)
            # Only while the editor has focus, so Insert in other pages' fields is untouched.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_line)

        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)

        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        self.up_button.clicked.connect(lambda: self.move_line(-1))
        self.down_button.clicked.connect(lambda: self.move_line(1))
        self.list.add_requested.connect(self.add_line)
        self.list.remove_requested.connect(self.remove_line)
        self.list.move_requested.connect(self.move_line)
        self.list.itemChanged.connect(lambda _item: self._emit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def lines(self) -> tuple[str, ...]:
        """Every line, in order."""
        return tuple(self.list.item(row).text() for row in range(self.list.count()))

    def set_lines(self, lines: tuple[str, ...]) -> None:
        """Replace the content without emitting ``changed`` (loading a report)."""
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for line in lines:
                self.list.addItem(self._item(line))
        finally:
            self.list.blockSignals(False)
        self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()

    def start_editing(self) -> None:
        """Focus the list and open the last line for typing, adding one when it has text."""
        if self.list.count() == 0 or self.list.item(self.list.count() - 1).text().strip():
            self.add_line()
            return
        self.list.setFocus()
        self.list.setCurrentRow(self.list.count() - 1)
        self.list.editItem(self.list.currentItem())

    def add_line(self) -> None:
        """Add an empty line after the current one and start typing in it."""
        row = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else self.list.count()
        item = self._item("")
        self.list.insertItem(row, item)
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)
        self._emit()

    def remove_line(self) -> None:
        """Remove the current line."""
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._emit()

    def move_line(self, offset: int) -> None:
        """Move the current line up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._emit()

    def _item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _emit(self) -> None:
        self._update_buttons()
        # The numbers are painted by row: repaint so they follow a move or removal.
        self.list.viewport().update()
        self.changed.emit(self.lines())
