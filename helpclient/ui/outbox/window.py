""""Waiting to be sent": the reports in the outbox, with open, send now, save to ZIP and cancel."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.delivery.outbox import Entry, State
from helpclient.core.errors import NotSetUp
from helpclient.core.report.export import export_zip
from helpclient.core.report.problem import render_body
from helpclient.ui.kit.dates import format_time
from helpclient.ui.kit.errors import describe_failure
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.outbox.service import OutboxService
from helpclient.ui.outbox.waiting_text import waiting_text

log = logging.getLogger(__name__)


def state_text(entry: Entry) -> str:
    """One line on where the report stands, in the interface language."""
    if entry.state is State.QUEUED:
        when = format_time(datetime.fromtimestamp(entry.next_attempt).astimezone())
        return arg(QCoreApplication.translate(
            "Outbox", "Waiting for the connection — next try at %1"), when)
    if entry.state is State.NEEDS_AUTH and isinstance(entry.error(), NotSetUp):
        return QCoreApplication.translate("Outbox",
                                          "Waiting for a helpdesk to be set up (Settings)")
    if entry.state is State.NEEDS_AUTH:
        return QCoreApplication.translate("Outbox", "Waiting for you to sign in again (Settings)")
    return QCoreApplication.translate("Outbox",
                                      "Not accepted by the helpdesk — see the reason below")


def entry_title(entry: Entry) -> str:
    """The list's first line: a report's summary, or which request a reply answers."""
    if entry.is_reply:
        return arg(QCoreApplication.translate("Outbox", "Reply to request #%1"),
                   entry.reply_ticket)
    return entry.report.summary


class OutboxWindow(QDialog):
    """The list of waiting reports; refreshed whenever the service says it changed.
    ``other_ways(subject, body)``: the user asks for the other ways to reach support, for a
    report or reply parked for a reason only support can resolve (see :meth:`set_other_ways`)."""

    other_ways = Signal(str, str)

    def __init__(self, service: OutboxService, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        self.setWindowTitle(self.tr("Waiting to be sent"))
        self.resize(560, 420)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Waiting reports"))
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("Report text"))
        self.send_button = QPushButton(self.tr("Send &now"), self)
        self.zip_button = QPushButton(self.tr("Save to &ZIP…"), self)
        self.cancel_button = QPushButton(self.tr("&Delete report…"), self)
        self.other_ways_button = QPushButton(self.tr("&Other ways to reach support…"), self)
        self.other_ways_button.setToolTip(self.tr("The e-mail starts with this report"))
        self.other_ways_button.setVisible(False)
        close = QPushButton(self.tr("&Close"), self)
        self.upload = QProgressBar(self)
        self.upload.setVisible(False)
        self.stop_button = QPushButton(self.tr("&Stop upload"), self)
        self.stop_button.setVisible(False)
        self._uploading = ""
        upload_row = QHBoxLayout()
        upload_row.addWidget(self.upload, 1)
        upload_row.addWidget(self.stop_button)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.zip_button, self.cancel_button,
                       self.other_ways_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail, 2)
        layout.addLayout(upload_row)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.send_button.clicked.connect(self._send_now)
        self.zip_button.clicked.connect(self._save_zip)
        self.cancel_button.clicked.connect(self._delete)
        self.other_ways_button.clicked.connect(self._ask_other_ways)
        close.clicked.connect(self.close)
        service.changed.connect(self.refresh)
        service.progress.connect(self._progress)
        self.stop_button.clicked.connect(self._stop_upload)
        self._entries: list[Entry] = []
        self.refresh()

    def refresh(self) -> None:
        """Reload the list, keeping the selection (a pass ended: no upload runs now)."""
        self.upload.setVisible(False)
        self.stop_button.setVisible(False)
        self.stop_button.setEnabled(True)
        current = self._current()
        self._entries = self._service.waiting()
        self.list.clear()
        for entry in self._entries:
            item = QListWidgetItem(f"{entry_title(entry)}\n{state_text(entry)}")
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
            if current is not None and entry.id == current.id:
                self.list.setCurrentItem(item)
        if self._entries and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.summary.setText(arg(self.tr("Waiting to be sent: %1. They are kept on this computer "
                                         "until the helpdesk has them."),
                                 waiting_text(self._entries)) if self._entries else
                             self.tr("Everything was sent."))
        self._show_current()

    def _progress(self, report_id: str, sent_kib: int, total_kib: int) -> None:
        self._uploading = report_id
        done = sent_kib >= total_kib
        self.upload.setVisible(not done)
        self.stop_button.setVisible(not done)
        self.upload.setMaximum(total_kib)
        self.upload.setValue(sent_kib)
        self.upload.setFormat(arg(self.tr("Uploading: %1 of %2 MB"), f"{sent_kib / 1024:.1f}",
                                  f"{total_kib / 1024:.1f}"))

    def _stop_upload(self) -> None:
        if self._uploading:
            self._service.cancel_upload(self._uploading)
            self.stop_button.setEnabled(False)

    def _current(self) -> Entry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _show_current(self) -> None:
        entry = self._current()
        for button in (self.send_button, self.zip_button, self.cancel_button):
            button.setEnabled(entry is not None)
        self.zip_button.setEnabled(entry is not None and not entry.is_reply)  # reports only
        self.cancel_button.setText(self.tr("&Delete reply…") if entry is not None
                                   and entry.is_reply else self.tr("&Delete report…"))
        # sending again cannot help here: support has to be reached some other way
        self.other_ways_button.setEnabled(entry is not None and entry.user_cannot_fix)
        if entry is None:
            self.detail.clear()
            return
        failure = describe_failure(entry.last_failure(), entry.last_error)
        reason = arg(self.tr("Last attempt: %1"), failure) if failure else ""
        body = (_reply_text(entry) if entry.is_reply
                else render_body(entry.report, QCoreApplication.translate))
        self.detail.setPlainText(f"{reason}\n\n{body}".strip())

    def set_other_ways(self, available: bool) -> None:
        """Offer the other ways to reach support (IT configured some)."""
        self.other_ways_button.setVisible(available)

    def _ask_other_ways(self) -> None:
        entry = self._current()
        if entry is None:
            return
        if entry.is_reply:
            self.other_ways.emit(entry_title(entry), _reply_text(entry))
        else:
            self.other_ways.emit(entry.report.summary, entry.ticket_body or render_body(
                entry.report, QCoreApplication.translate))

    def _send_now(self) -> None:
        entry = self._current()
        if entry is not None:
            self._service.retry(entry.id)

    def _save_zip(self) -> None:
        entry = self._current()
        if entry is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save report to a ZIP file"),
            str(Path.home() / f"helpclient-report-{entry.id[:8]}.zip"),
            self.tr("ZIP files (*.zip)"))
        if not name:
            return
        tr = QCoreApplication.translate
        def not_saved(exc: BaseException) -> None:
            QMessageBox.warning(self, self.windowTitle(),
                                arg(self.tr("The ZIP file could not be saved: %1"), exc))

        self._runner.run_task(lambda: export_zip(entry.report, Path(name), tr),
                              lambda path: self.summary.setText(
                                  arg(self.tr("Saved to %1. Hand this file to IT."), path)),
                              not_saved,
                              context=self)

    def _delete(self) -> None:
        entry = self._current()
        if entry is None:
            return
        question = (arg(self.tr("Delete your reply to request #%1 without sending it?"),
                        entry.reply_ticket) if entry.is_reply else
                    arg(self.tr("Delete the report “%1” without sending it?"),
                        entry.report.summary))
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._service.cancel(entry.id)


def _reply_text(entry: Entry) -> str:
    names = ", ".join(path.name for path in entry.report.attachments)
    files = arg(QCoreApplication.translate("Outbox", "Files: %1"), names) if names else ""
    return f"{entry.reply_body}\n\n{files}".strip()
