"""Uncaught exceptions become one dialog on the GUI thread instead of a silent exit
(Electrum's exception window, deduplicated)."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from helpclient.ui.kit.text import arg

log = logging.getLogger(__name__)


class CrashReporter(QObject):
    """Installs sys/threading excepthooks; shows each distinct error once."""

    _caught = Signal(str, str)

    def __init__(self, log_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._seen: set[str] = set()
        self.box: QMessageBox | None = None
        self.shown: list[str] = []  # summaries of dialogs shown (tests read this)
        # queued: the hook may run on any thread, the dialog only on the GUI thread
        self._caught.connect(self._show)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here."""
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is not None and args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _hook(self, exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
        key = f"{exc_type.__name__}@{where}"
        if key in self._seen:
            return
        self._seen.add(key)
        # the app may be gone (a worker failing after quit): then the log has it
        with contextlib.suppress(RuntimeError):
            self._caught.emit(f"{exc_type.__name__}: {exc}", text)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        self.shown.append(summary)
        if self.box is not None and self.box.isVisible():
            return  # one dialog at a time; the rest are in the log
        box = QMessageBox(QMessageBox.Icon.Critical, "",  # titled with the application's name
                          arg(self.tr("Something went wrong inside HelpClient. Your work has "
                                      "been kept. The details were written to the log:\n%1"),
                              self.log_path),
                          QMessageBox.StandardButton.Ok, _active_window())
        box.setInformativeText(summary)
        box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_box)
        self.box = box
        # open(), not exec(): a nested event loop inside an error handler invites re-entrancy
        box.open()

    def _forget_box(self) -> None:
        self.box = None


def _active_window() -> QWidget | None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    return QApplication.activeWindow()
