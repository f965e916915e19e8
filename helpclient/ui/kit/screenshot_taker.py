"""The one screenshot flow, for a report and for a reply alike: choose what to capture (the whole
desktop, one screen, or another application's window), crop or black out in the editor, then the
edited picture is saved as a PNG off the GUI thread and handed over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from helpclient.ui.kit.screenshot import ScreenCapture, ScreenshotEditor
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg

# lists other applications' windows as (native id, title); injected from the platform layer
ListWindows = Callable[[], list[tuple[int, str]]]


def free_png_path(folder: Path) -> Path:
    """``folder/screenshot-N.png`` with the lowest N not taken (a draft may already hold some)."""
    number = 1
    while (path := folder / f"screenshot-{number}.png").exists():
        number += 1
    return path


class ScreenshotTaker(QObject):
    """Owns the "what to capture" ``menu`` (give it to a button), the capture and the editor;
    signals ``taken(Path)`` once an edited screenshot is saved in ``folder()``. The editor opens
    over ``owner``'s window."""

    taken = Signal(Path)

    def __init__(self, runner: TaskRunner, folder: Callable[[], Path], owner: QWidget, *,
                 hide_delay_ms: int | None = None,
                 list_windows: ListWindows | None = None) -> None:
        super().__init__(owner)
        self._runner = runner
        self._folder = folder
        self._owner = owner
        self._list_windows = list_windows
        self.windows: list[tuple[int, str]] = []
        self.capture = (ScreenCapture(self) if hide_delay_ms is None
                        else ScreenCapture(self, hide_delay_ms=hide_delay_ms))
        self.capture.captured.connect(self.edit)
        self.editor: ScreenshotEditor | None = None
        self.menu = QMenu(owner)
        self.menu.aboutToShow.connect(self._menu_opening)

    def _menu_opening(self) -> None:
        # asked each time the menu opens (windows come and go), not for every view that might
        # never take a screenshot; the answer refills the menu while it is open
        self.refresh_windows()
        self.fill_menu()

    def refresh_windows(self) -> None:
        """Ask (off the GUI thread: it runs tools) which other windows could be captured."""
        if self._list_windows is not None:
            self._runner.run_task(self._list_windows, self._got_windows, lambda exc: None,
                                  context=self)

    def _got_windows(self, windows: list[tuple[int, str]]) -> None:
        # internalWinId: asking winId() would create native windows for hidden menus and popups
        own = {int(w.internalWinId()) for w in QApplication.topLevelWidgets() if w.isWindow()}
        self.windows = [(wid, title) for wid, title in windows if wid not in own]
        if self.menu.isVisible():
            self.fill_menu()

    def fill_menu(self) -> None:
        """The choices: whole desktop, each screen (when there are several), other windows."""
        menu = self.menu
        menu.clear()
        # a lambda: the action passes "checked", which is not a list of screens
        menu.addAction(self.tr("&Whole desktop"), lambda: self.capture.capture())  # noqa: PLW0108
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            for number, screen in enumerate(screens, start=1):
                def capture_screen(name: str = screen.name()) -> None:
                    self.capture.capture([name])

                menu.addAction(arg(self.tr("Screen %1 (%2)"), number, screen.name()),
                               capture_screen)
        if self.windows:
            menu.addSection(self.tr("One window"))
        for window_id, title in self.windows:
            def capture_window(w: int = window_id) -> None:
                self.capture.capture(window_id=w)

            menu.addAction(title, capture_window)

    def edit(self, image: QImage) -> None:
        """Open the editor on a captured ``image``; Attach saves the edited picture."""
        self.editor = editor = ScreenshotEditor(image, self._owner.window())
        editor.accepted.connect(lambda: self._save(editor.image))
        editor.open()

    def _save(self, image: QImage) -> None:
        folder = self._folder

        def save() -> Path:
            target = folder()
            target.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = free_png_path(target)
            # QImage (not QPixmap) may be used off the GUI thread; PNG encoding takes a while
            if not image.save(str(path)):  # PNG, from the name
                raise OSError(f"could not save {path}")
            return path
        self._runner.run_task(save, self.taken.emit, context=self)
