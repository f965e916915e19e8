"""Step "What will be sent": every collected item with a checkbox and its size, the exact text
with redactions highlighted, why support needs it, and the user's consent."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.redact import redaction_marks
from helpclient.core.report.flow import ReportFlow
from helpclient.core.report.problem import ProblemReport, Step
from helpclient.core.sysinfo.collect import CTX, Collection, Item, Privacy, Status
from helpclient.ui.kit.screenshot_taker import ListWindows
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.units import data_size
from helpclient.ui.wizard.base import EditReport, StepPage, field_with_error
from helpclient.ui.wizard.screenshot_bar import ScreenshotBar
from helpclient.ui.wizard.sysinfo_session import SysinfoSession

_NAME_ROLE = Qt.ItemDataRole.UserRole
# characters of an item shown in the preview (larger texts take too long to lay out)
PREVIEW_LIMIT = 12_000


MARK_STYLE = "background-color:#ffe08a; color:#3d2e00; font-weight:bold"


def redaction_html(text: str) -> str:
    """``text`` as preformatted HTML with every ``[REDACTED:kind]`` highlighted: one
    ``setHtml`` call however many marks there are (a per-mark cursor or a QSyntaxHighlighter
    would make one Qt call per mark)."""
    parts: list[str] = []
    last = 0
    for start, end in redaction_marks(text):
        parts.append(html.escape(text[last:start]))
        parts.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        last = end
    parts.append(html.escape(text[last:]))
    return f"<pre style=\"margin:0\">{''.join(parts)}</pre>"


class SysinfoPage(StepPage):
    """The privacy review of the system-information bundle."""

    def __init__(self, flow: ReportFlow, edit: EditReport, parent: QWidget | None = None, *,
                 session: SysinfoSession | None = None,
                 runner: TaskRunner | None = None,
                 list_windows: ListWindows | None = None) -> None:
        super().__init__(Step.SYSINFO, flow, edit, parent)
        self.screenshots: ScreenshotBar | None = None
        self._bar_height = 0
        if session is not None and runner is not None:
            report_id = flow.report.report_id[:12]
            folder = session.service.bundle_dir or Path(tempfile.gettempdir())
            self.screenshots = ScreenshotBar(runner, lambda: folder / f"screenshots-{report_id}",
                                             self, list_windows=list_windows)
            self.screenshots.attached.connect(
                lambda path: self.change(attachments=(*self.report.attachments, path)))
            self.screenshots.removed.connect(lambda path: self.change(
                attachments=tuple(p for p in self.report.attachments if p != path)))
            self.screenshots.attached.connect(lambda _path: self._keep_list_height())
            self.screenshots.removed.connect(lambda _path: self._bar_changed())
        self._session = session
        self._chosen_once = False
        self._filling = False
        self.setTitle(self.tr("What will be sent"))
        self.setSubTitle(self.tr(
            "Support needs some facts about your computer. Check what may be attached to your "
            "report; nothing is sent until you press Send."))

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Information"), self.tr("Size")])
        self.tree.setColumnCount(2)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.tree.setAccessibleName(self.tr("Information to send"))
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.preview = QTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.preview.setAccessibleName(self.tr("Exact text that will be sent"))
        self.anonymize = QCheckBox(self.tr(
            "&Hide my user name, computer name, folders, e-mail and IP addresses"), self)
        self.total = QLabel(self)
        self.total.setWordWrap(True)
        self.consent = QCheckBox(self.tr(
            "I &agree to send the checked information with my report"), self)

        self._lay_out()

        self.tree.itemChanged.connect(self._item_changed)
        self.tree.currentItemChanged.connect(lambda current, _old: self._show(current))
        self.anonymize.toggled.connect(self._anonymize_toggled)
        self.consent.toggled.connect(lambda checked: self.change(sysinfo_consent=checked))
        if session is not None:
            session.collected.connect(self._collected)
            session.failed.connect(self._failed)
            if session.anonymize_locked:
                self.anonymize.setEnabled(False)
                self.anonymize.setToolTip(self.tr("Set by your organisation's policy"))

    def _lay_out(self) -> None:
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.why)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 460])
        # the list keeps its height when rows join the page (a screenshot): the window grows
        splitter.setMinimumHeight(self.fontMetrics().height() * 14)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        options = QHBoxLayout()
        options.addWidget(self.anonymize)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(self.total)
        if self.screenshots is not None:
            layout.addWidget(self.screenshots)
        layout.addWidget(field_with_error(
            self.consent, self.add_error_label("sysinfo_consent", self.consent)))
        bar = self.screenshots
        self.set_tab_order(self.tree, self.preview, self.anonymize,
                           *((bar.add, bar.list, bar.remove) if bar is not None else ()),
                           self.consent)

    def _keep_list_height(self) -> None:
        # the screenshots' row joined the page (and Qt has laid it out already): the window
        # grows by what the row took, instead of squeezing the list of items
        assert self.screenshots is not None
        grown = self.screenshots.height() - self._bar_height
        self._bar_height = self.screenshots.height()
        if grown > 0:
            window = self.window()
            window.resize(window.width(), window.height() + grown)

    def _bar_changed(self) -> None:
        if self.screenshots is not None:
            self._bar_height = self.screenshots.height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._bar_changed()

    # -- StepPage -----------------------------------------------------------------------------

    def load(self, report: ProblemReport) -> None:
        locked = self._session is not None and self._session.anonymize_locked
        self.anonymize.setChecked(
            self._session.service.options.anonymize if locked and self._session
            else report.sysinfo_anonymize)
        self.consent.setChecked(report.sysinfo_consent)
        if self._session is None:
            self.status.setText(self.tr("System information is not available."))
            return
        if self._session.collection is not None:
            self._fill(self._session.collection)
        elif not self._session.running:
            self._session.start(self.anonymize.isChecked())
            self._show_collecting()
        else:
            self._show_collecting()

    def focus_start(self) -> None:
        self.tree.setFocus()

    # -- collection ---------------------------------------------------------------------------

    def _show_collecting(self) -> None:
        self.status.setText(self.tr("Collecting information about this computer…"))

    def _collected(self, collection: Collection) -> None:
        self._fill(collection)

    def _failed(self, message: str) -> None:
        self.status.setText(arg(self.tr("Could not collect system information: %1. Your report "
                                        "can be sent without it."), message))

    def _fill(self, collection: Collection) -> None:
        if not self._chosen_once:
            # first result: everything collected is proposed; the user unticks what they want
            self._chosen_once = True
            chosen = [i.name for i in collection.items if i.status is Status.OK]
            self._edit(sysinfo_items=tuple(chosen))
        chosen_set = set(self.report.sysinfo_items)
        current = self.tree.currentItem()
        current_name = current.data(0, _NAME_ROLE) if current is not None else None
        self._filling = True
        try:
            self.tree.clear()
            groups = {
                Privacy.TECHNICAL: self._group(self.tr("Technical information")),
                Privacy.PERSONAL: self._group(self.tr("Personal information")),
            }
            for item in collection.items:
                self._add_item(groups[item.privacy], item, item.name in chosen_set)
            if collection.excluded:
                excluded = self._group(self.tr("Not collected"))
                for exclusion in collection.excluded:
                    row = QTreeWidgetItem(excluded, [exclusion.name, ""])
                    row.setToolTip(0, exclusion.reason)
                    row.setDisabled(True)
            self.tree.expandAll()
        finally:
            self._filling = False
        self.status.setText(self.tr("Select an item to see exactly what will be sent. "
                                    "Highlighted marks show where secrets were removed."))
        self._select(current_name)
        self._update_total()

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [title, ""])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _add_item(self, group: QTreeWidgetItem, item: Item, checked: bool) -> None:
        title = QCoreApplication.translate(CTX, item.title)
        row = QTreeWidgetItem(group, [title, data_size(item.size)])
        row.setData(0, _NAME_ROLE, item.name)
        row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if item.status is Status.OK:
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                         | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        else:
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            row.setText(1, self.tr("failed") if item.status is Status.ERROR
                        else self.tr("timed out"))

    def _select(self, name: object) -> None:
        rows = self._rows()
        for row in rows:
            if row.data(0, _NAME_ROLE) == name:
                self.tree.setCurrentItem(row)
                return
        if rows:
            self.tree.setCurrentItem(rows[0])

    def _rows(self) -> list[QTreeWidgetItem]:
        groups = (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
        children = (group.child(i) for group in groups if group is not None
                    for i in range(group.childCount()))
        return [row for row in children if row is not None and row.data(0, _NAME_ROLE)]

    def row(self, name: str) -> QTreeWidgetItem:
        """The tree row of item ``name`` (tests)."""
        for row in self._rows():
            if row.data(0, _NAME_ROLE) == name:
                return row
        raise KeyError(name)

    # -- user actions -------------------------------------------------------------------------

    def _item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        chosen = tuple(r.data(0, _NAME_ROLE) for r in self._rows()
                       if r.checkState(0) == Qt.CheckState.Checked)
        self.change(sysinfo_items=chosen)
        self._update_total()

    def _anonymize_toggled(self, checked: bool) -> None:
        if self._loading or self._session is None:
            return
        self.change(sysinfo_anonymize=checked)
        self._session.start(checked)  # the redaction changes: collect again
        self._show_collecting()

    def _show(self, row: QTreeWidgetItem | None) -> None:
        collection = self._session.collection if self._session is not None else None
        name = row.data(0, _NAME_ROLE) if row is not None else None
        if collection is None or not name:
            self.preview.clear()
            self.why.clear()
            return
        item = collection.item(str(name))
        self.why.setText(QCoreApplication.translate(CTX, item.why))
        if item.status is Status.OK and len(item.text) > PREVIEW_LIMIT:
            # laying out 100+ KB of text stalls the GUI thread; the head shows what it is like
            head = item.text[:item.text.rfind("\n", 0, PREVIEW_LIMIT) + 1 or PREVIEW_LIMIT]
            self._preview(head + "\n" + arg(
                self.tr("… The preview shows the first %1 of %2; the whole file is sent."),
                data_size(len(head.encode())), data_size(item.size)))
        elif item.status is Status.OK:
            self._preview(item.text)
        else:
            self._preview(arg(self.tr("Not collected: %1"), item.error))

    def _preview(self, text: str) -> None:
        self.preview.setHtml(redaction_html(text))

    def _update_total(self) -> None:
        if self._session is None or self._session.collection is None:
            self.total.clear()
            return
        collection = self._session.collection
        chosen = set(self.report.sysinfo_items)
        deselected = frozenset(i.name for i in collection.items if i.name not in chosen)
        plan = self._session.service.plan(collection, deselected)
        text = arg(self.tr("%1 items, %2, will be attached as a ZIP file."),
                   len(plan.sent), data_size(plan.items_size))
        too_big = [QCoreApplication.translate(CTX, i.title) for i, _ in plan.left_out
                   if i.name in chosen]
        if too_big:
            text += " " + arg(self.tr("Left out because of the size limit: %1."),
                              ", ".join(too_big))
        if not plan.sent:
            text = self.tr("No system information will be sent.")
        self.total.setText(text)
