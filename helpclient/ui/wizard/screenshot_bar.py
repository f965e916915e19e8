"""The "Add a screenshot" row of the "What will be sent" step: capture (whole desktop or one
screen), edit, and save the PNG off the GUI thread; the page adds it to the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QImage, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.wizard.screenshot import ScreenCapture, ScreenshotEditor

# lists other applications' windows as (native id, title); injected from the platform layer
ListWindows = Callable[[], list[tuple[int, str]]]


class ScreenshotBar(QWidget):
    """Signals ``attached(Path)`` once an edited screenshot is saved, and ``removed(Path)``."""

    attached = Signal(Path)
    removed = Signal(Path)

    def __init__(self, runner: TaskRunner, folder: Callable[[], Path],
                 parent: QWidget | None = None, *, hide_delay_ms: int | None = None,
                 list_windows: ListWindows | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._list_windows = list_windows
        self.windows: list[tuple[int, str]] = []
        self._folder = folder
        self._count = 0
        self.capture = (ScreenCapture(self) if hide_delay_ms is None
                        else ScreenCapture(self, hide_delay_ms=hide_delay_ms))
        self.capture.captured.connect(self._edit)
        self.editor: ScreenshotEditor | None = None
        self.add = QPushButton(self.tr("Add a &screenshot"), self)
        self.menu = QMenu(self)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add.setMenu(self.menu)
        self.list = QListWidget(self)
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
        self.refresh_windows()

    def refresh_windows(self) -> None:
        """Ask (off the GUI thread: it runs tools) which other windows could be captured."""
        if self._list_windows is not None:
            self._runner.run_task(self._list_windows, self._got_windows, lambda exc: None,
                                  context=self)

    def _got_windows(self, windows: list[tuple[int, str]]) -> None:
        # internalWinId: asking winId() would create native windows for hidden menus and popups
        own = {int(w.internalWinId()) for w in QApplication.topLevelWidgets() if w.isWindow()}
        self.windows = [(wid, title) for wid, title in windows if wid not in own]

    def _fill_menu(self) -> None:
        self.menu.clear()
        # a lambda: the action passes "checked", which is not a list of screens
        self.menu.addAction(self.tr("&Whole desktop"), lambda: self.capture.capture())  # noqa: PLW0108
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            for number, screen in enumerate(screens, start=1):
                def capture_screen(s: QScreen = screen) -> None:
                    self._capture_one(s)

                self.menu.addAction(arg(self.tr("Screen %1 (%2)"), number, screen.name()),
                                    capture_screen)
        if self.windows:
            self.menu.addSection(self.tr("One window"))
        for window_id, title in self.windows:
            def capture_window(w: int = window_id) -> None:
                self.capture.capture(window_id=w)

            self.menu.addAction(title, capture_window)

    def _capture_one(self, screen: QScreen) -> None:
        self.capture.capture([screen])

    def _edit(self, image: QImage) -> None:
        self.refresh_windows()
        self.editor = ScreenshotEditor(image, self.window())
        self.editor.accepted.connect(lambda: self._save(self.editor.image if self.editor
                                                        else image))
        self.editor.open()

    def _save(self, image: QImage) -> None:
        self._count += 1
        path = self._folder() / f"screenshot-{self._count}.png"

        def save() -> Path:
            path.parent.mkdir(parents=True, exist_ok=True)
            # QImage (not QPixmap) may be used off the GUI thread; PNG encoding takes a while
            if not image.save(str(path)):  # PNG, from the name
                raise OSError(f"could not save {path}")
            return path
        self._runner.run_task(save, self._saved, context=self)

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
