"""Attachments in the ticket view: the conversation's files, downloaded only when asked, and
the files the user adds to a reply."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from helpclient.core.models import AttachmentInfo, Message, NewAttachment
from helpclient.ui.kit.screenshot_taker import ListWindows, ScreenshotTaker
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.units import data_size


class AttachmentsButton(QPushButton):
    """"Attachments (3)": a menu of the conversation's files; choosing one asks to download it.
    Hidden when the conversation has none."""

    download_requested = Signal(object)  # AttachmentInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(self.tr("Files in this conversation: choose one to save it in your "
                                "downloads folder"))
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self.attachments: list[AttachmentInfo] = []
        self.hide()

    def set_messages(self, messages: Sequence[Message]) -> None:
        """List every attachment of the conversation, oldest first."""
        self._menu.clear()
        self.attachments = [a for m in messages for a in m.attachments]
        for attachment in self.attachments:
            # size 0: the helpdesk does not say (GLPI stores none)
            label = (arg(self.tr("Save %1 (%2)"), attachment.filename,
                         data_size(attachment.size)) if attachment.size
                     else arg(self.tr("Save %1"), attachment.filename))
            action = QAction(label, self._menu)
            action.triggered.connect(
                lambda _checked=False, a=attachment: self.download_requested.emit(a))
            self._menu.addAction(action)
        self.setText(arg(self.tr("Attachments (%1)"), len(self.attachments)))
        self.setVisible(bool(self.attachments))


class ReplyFiles(QWidget):
    """"Attach files…", "Add screenshot" and the list of files going with the reply.

    A screenshot goes through the same flow as a report's (choose what to capture, crop or black
    out, then attach) and is saved as a PNG in ``screenshot_dir`` (a private temporary folder by
    default); it shows in the list like any file, so the user sees what goes to support and can
    remove it. Once the reply is sent or queued (the outbox keeps its own copy) it is deleted.
    """

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None, *,
                 screenshot_dir: Path | None = None, list_windows: ListWindows | None = None,
                 hide_delay_ms: int | None = None) -> None:
        super().__init__(parent)
        self.files: list[Path] = []
        self._runner = runner
        self._screenshot_dir = screenshot_dir
        self._screenshots: set[Path] = set()  # taken here: deleted when no longer needed
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.add_button.clicked.connect(self._choose)
        self.screenshots = ScreenshotTaker(runner, self._screenshot_folder, self,
                                           hide_delay_ms=hide_delay_ms,
                                           list_windows=list_windows)
        self.screenshots.taken.connect(self._screenshot_taken)
        self.screenshot_button = QPushButton(self.tr("Add screenshot"))
        self.screenshot_button.setToolTip(self.tr(
            "Take a picture of your screen or of one window (HelpClient's windows step aside), "
            "crop it or black out what support should not see, and attach it to the reply"))
        self.screenshot_button.setMenu(self.screenshots.menu)
        self.files_label = QLabel()
        self.files_label.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Remove files"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_button)
        layout.addWidget(self.screenshot_button)
        layout.addWidget(self.files_label, 1)
        layout.addWidget(self.clear_button)
        self._dialog: QFileDialog | None = None
        self._show()

    def add_files(self, paths: Sequence[str | Path]) -> None:
        """Add files (skipping ones already there)."""
        for path in map(Path, paths):
            if path not in self.files and path.is_file():
                self.files.append(path)
        self._show()

    def _screenshot_folder(self) -> Path:
        # called on a worker thread when the first screenshot is saved
        if self._screenshot_dir is None:
            self._screenshot_dir = Path(tempfile.mkdtemp(prefix="helpclient-reply-"))
        return self._screenshot_dir

    def _screenshot_taken(self, path: Path) -> None:
        self._screenshots.add(path)
        self.add_files([path])

    def clear(self) -> None:
        """No files with the reply; the screenshots taken for it are deleted (they are
        pictures of the user's screen: none is left behind in a temporary folder)."""
        taken = [path for path in self.files if path in self._screenshots]
        self._screenshots.difference_update(taken)
        self.files = []
        self._show()
        if taken:
            self._runner.run_task(lambda: _delete(taken))

    def attachments(self) -> tuple[NewAttachment, ...]:
        """The files as the backend wants them."""
        return tuple(NewAttachment(path, path.name) for path in self.files)

    def _choose(self) -> None:
        # open(): non-blocking, so a background poll keeps updating the window meanwhile
        self._dialog = QFileDialog(self, self.tr("Attach files to your reply"))
        self._dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        self._dialog.filesSelected.connect(self.add_files)
        self._dialog.open()

    def _show(self) -> None:
        names = ", ".join(f"{p.name} ({data_size(p.stat().st_size)})" for p in self.files
                          if p.exists())
        self.files_label.setText(names)
        self.clear_button.setVisible(bool(self.files))


def _delete(paths: Sequence[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the private folder goes once it is empty
            path.parent.rmdir()
