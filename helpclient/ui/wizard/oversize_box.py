"""The review step's box for an attachment larger than the helpdesk accepts: it says so before
anything is sent and offers to compress the file (off the GUI thread) or leave it out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from helpclient.core.delivery.attachments import (
    Compressed,
    Oversize,
    compress_to_fit,
    find_oversized,
)
from helpclient.ui.kit.style import error_color
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.units import megabytes


class OversizeBox(QFrame):
    """Shows the first attachment over ``limit`` bytes (the next one once it is dealt with).

    Signals ``replace(old Path, new Path)`` when a compressed copy fits, ``drop(Path)`` for
    "Leave it out", and ``blocking_changed(bool)``. The wizard edits the report and calls
    :meth:`check` again. ``limit`` <= 0 means no limit: the box never shows."""

    replace = Signal(Path, Path)
    drop = Signal(Path)
    blocking_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, limit: int, out_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oversize_box")
        color = error_color(self)
        self.setStyleSheet(f"QFrame#oversize_box {{ border: 1px solid {color}; "
                           "border-radius: 4px; }")
        self._runner = runner
        self.limit = limit
        self._out_dir = out_dir
        self._current: Oversize | None = None
        self._still_too_large: set[Path] = set()  # compressing did not help: do not offer again
        self._busy = False
        self.blocking = False

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names are not HTML
        self.compress = QPushButton(self.tr("&Compress"), self)
        self.compress.setAutoDefault(False)
        self.leave_out = QPushButton(self.tr("&Leave it out"), self)
        self.leave_out.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.compress)
        buttons.addWidget(self.leave_out)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.compress.clicked.connect(self._compress)
        self.leave_out.clicked.connect(self._leave_out)
        self.setVisible(False)

    def check(self, attachments: tuple[Path, ...]) -> None:
        """Show the first attachment that is too large, or hide when all fit."""
        if self._busy:
            return
        found = find_oversized(attachments, self.limit)
        self._current = found[0] if found else None
        self._set_blocking(bool(found))
        self.setVisible(bool(found))
        if self._current is None:
            return
        current = self._current
        text = arg(self.tr("\u201c%1\u201d is %2 MB; your helpdesk accepts files up to %3 MB."),
                   current.name, megabytes(current.size), self._limit_mb())
        if current.path in self._still_too_large:
            text += " " + self.tr("Even compressed it is too large. Leave it out and give it "
                                  "to IT another way.")
            self.compress.setEnabled(False)
        else:
            text += " " + self.tr("Compress it into a ZIP file, or leave it out of the report.")
            self.compress.setEnabled(True)
        self.leave_out.setEnabled(True)
        self.message.setText(text)

    def _set_blocking(self, blocking: bool) -> None:
        if blocking != self.blocking:
            self.blocking = blocking
            self.blocking_changed.emit(blocking)

    def _compress(self) -> None:
        current = self._current
        if current is None or self._busy:
            return
        self._busy = True
        self.compress.setEnabled(False)
        self.leave_out.setEnabled(False)
        self.message.setText(arg(self.tr("Compressing \u201c%1\u201d\u2026"), current.name))
        path, out_dir, limit = current.path, self._out_dir, self.limit
        self._runner.run_task(lambda: compress_to_fit(path, out_dir, limit),
                              lambda result: self._compressed(current, result),
                              lambda exc: self._failed(current, exc), context=self)

    def _limit_mb(self) -> str:
        return QLocale().toString(self.limit / 1_000_000, "g")

    def _compressed(self, item: Oversize, result: Compressed) -> None:
        self._busy = False
        if result.fits and result.path is not None:
            self.replace.emit(item.path, result.path)  # the wizard calls check() again
            return
        self._still_too_large.add(item.path)
        self.compress.setEnabled(False)
        self.leave_out.setEnabled(True)
        self.message.setText(arg(self.tr(
            "Compressed, \u201c%1\u201d is still %2 MB; your helpdesk accepts files up to "
            "%3 MB. Leave it out and give it to IT another way."),
            item.name, megabytes(result.size), self._limit_mb()))
        self.leave_out.setFocus()

    def _failed(self, item: Oversize, exc: BaseException) -> None:
        self._busy = False
        self.compress.setEnabled(True)
        self.leave_out.setEnabled(True)
        self.message.setText(arg(self.tr("\u201c%1\u201d could not be compressed (%2). It is "
                                         "still attached; try again or leave it out."),
                                 item.name, str(exc)))

    def _leave_out(self) -> None:
        if self._current is not None and not self._busy:
            self.drop.emit(self._current.path)
