"""Attachments in the ticket view: the conversation's files, downloaded only when asked, and
the files the user adds to a reply."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from helpclient.core.models import AttachmentInfo, Message, NewAttachment
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
            action = QAction(arg(self.tr("Save %1 (%2)"), attachment.filename,
                                 data_size(attachment.size)), self._menu)
            action.triggered.connect(
                lambda _checked=False, a=attachment: self.download_requested.emit(a))
            self._menu.addAction(action)
        self.setText(arg(self.tr("Attachments (%1)"), len(self.attachments)))
        self.setVisible(bool(self.attachments))


class ReplyFiles(QWidget):
    """"Attach files…", "Add screenshot" and the list of files going with the reply.

    A screenshot is taken with this window out of the way and saved as a PNG in
    ``screenshot_dir`` (a private temporary folder by default); it shows in the list like any
    file, so the user sees what goes to support and can remove it.
    """

    # After "Add screenshot": the window is hidden this long so the desktop is repainted.
    SCREENSHOT_DELAY_MS = 400

    def __init__(self, parent: QWidget | None = None, *,
                 screenshot_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.files: list[Path] = []
        self._screenshot_dir = screenshot_dir
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.add_button.clicked.connect(self._choose)
        self.screenshot_button = QPushButton(self.tr("Add screenshot"))
        self.screenshot_button.setToolTip(self.tr("Take a picture of your screen (this window "
                                                  "steps aside) and attach it to the reply"))
        self.screenshot_button.clicked.connect(self.take_screenshot)
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

    def take_screenshot(self) -> None:
        """Hide the window, grab the screen a moment later, show the window again."""
        window = self.window()
        window.hide()
        QTimer.singleShot(self.SCREENSHOT_DELAY_MS, self._grab)

    def _grab(self) -> None:
        window = self.window()
        try:
            screen = QGuiApplication.primaryScreen()
            pixmap = screen.grabWindow(0) if screen is not None else None
            if pixmap is not None and not pixmap.isNull():
                folder = self._screenshot_dir or Path(tempfile.mkdtemp(prefix="helpclient-"))
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
                path = folder / f"screenshot {stamp}.png"
                if pixmap.save(str(path), "PNG"):
                    self.add_files([path])
        finally:
            window.show()
            window.raise_()

    def clear(self) -> None:
        """No files with the reply."""
        self.files = []
        self._show()

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
