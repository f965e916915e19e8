"""The "Add a screenshot" row of the "What will be sent" step: the shared screenshot flow
(:mod:`helpclient.ui.kit.screenshot_taker`) and the list of screenshots taken; the page adds
each to the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.screenshot_taker import ListWindows, ScreenshotTaker
from helpclient.ui.kit.tasks import TaskRunner


class ScreenshotBar(QWidget):
    """Signals ``attached(Path)`` once an edited screenshot is saved, and ``removed(Path)``."""

    attached = Signal(Path)
    removed = Signal(Path)

    def __init__(self, runner: TaskRunner, folder: Callable[[], Path],
                 parent: QWidget | None = None, *, hide_delay_ms: int | None = None,
                 list_windows: ListWindows | None = None) -> None:
        super().__init__(parent)
        self.taker = ScreenshotTaker(runner, folder, self, hide_delay_ms=hide_delay_ms,
                                     list_windows=list_windows)
        self.taker.taken.connect(self._saved)
        self.add = QPushButton(self.tr("Add a &screenshot"), self)
        self.add.setMenu(self.taker.menu)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Screenshots"))
        self.list.setMaximumHeight(60)
        self.list.setVisible(False)
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.setVisible(False)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("HelpClient hides its own windows while it takes the "
                                     "picture."), self), 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        files = QHBoxLayout()
        files.addWidget(self.list, 1)
        files.addWidget(self.remove)
        layout.addLayout(files)
        self.paths: list[Path] = []

    def _saved(self, path: Path) -> None:
        self.paths.append(path)
        self.list.addItem(path.name)
        self.list.setVisible(True)
        self.remove.setVisible(True)
        self.attached.emit(path)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            row = self.list.count() - 1
        if row < 0:
            return
        self.list.takeItem(row)
        path = self.paths.pop(row)
        self.list.setVisible(bool(self.paths))
        self.remove.setVisible(bool(self.paths))
        self.removed.emit(path)
