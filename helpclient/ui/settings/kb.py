"""The settings dialog's "Knowledge base" group: the starter articles, folders of articles to
search, and how often the helpdesk's articles are copied for offline search."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.settings import Settings
from helpclient.ui.kit.text import arg
from helpclient.ui.settings.group import SettingsGroup

MAX_SYNC_MINUTES = 24 * 60


class KnowledgeSettings(SettingsGroup):
    """Edits ``kb.starter``, ``kb.folders`` and ``kb.sync_minutes``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Knowledge base"), settings, parent)
        form = QFormLayout(self)
        self.starter = QCheckBox(self.tr("Search HelpClient's &starter articles"))
        self.starter.setChecked(bool(settings.get("kb.starter")))
        form.addRow(self.starter)

        self.folders = QListWidget()
        self.folders.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.folders.addItems([str(f) for f in settings.get("kb.folders")])
        self.folders.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)  # 5 folders
        self.add_button = QPushButton(self.tr("&Add folder…"))
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.folders.itemSelectionChanged.connect(self._update_buttons)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.folders, 1)
        row.addLayout(buttons)
        caption = QLabel(self.tr("Article &folders:"))
        caption.setBuddy(self.folders)
        form.addRow(caption, row)
        hint = QLabel(self.tr("Markdown (.md) and HTML files in these folders are searched too; "
                              "changes are picked up within a minute."))
        hint.setWordWrap(True)
        form.addRow(hint)

        self.sync = QSpinBox()
        self.sync.setRange(0, MAX_SYNC_MINUTES)
        self.sync.setSuffix(self.tr(" min"))
        self.sync.setSpecialValueText(self.tr("never"))
        self.sync.setValue(min(int(settings.get("kb.sync_minutes")), MAX_SYNC_MINUTES))
        self.sync.setToolTip(self.tr("How often the helpdesk's articles are copied to this "
                                     "computer, so they can be searched offline."))
        sync_caption = QLabel(self.tr("Copy helpdesk articles e&very:"))
        sync_caption.setBuddy(self.sync)
        form.addRow(sync_caption, self.sync)
        self.lock_fields({"kb.starter": self.starter,
                          "kb.folders": (self.folders, self.add_button, self.remove_button),
                          "kb.sync_minutes": self.sync})
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not self._settings.is_locked("kb.folders"):
            self.remove_button.setEnabled(bool(self.folders.selectedItems()))

    def folder_paths(self) -> list[str]:
        """The folders as listed."""
        return [self.folders.item(i).text() for i in range(self.folders.count())]

    def choose_folder(self) -> None:
        """Ask for a folder and add it to the list."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of articles"),
                                                  str(Path.home()))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Add a folder (once)."""
        if folder not in self.folder_paths():
            self.folders.addItem(folder)
        self.folders.setCurrentRow(self.folder_paths().index(folder))

    def remove_selected(self) -> None:
        """Take the selected folders off the list."""
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))
        self._update_buttons()

    def problem(self) -> str | None:
        """A listed folder that is not there (a typo, or a drive that is not connected)."""
        for folder in self.folder_paths():
            if not Path(folder).expanduser().is_dir():
                return arg(self.tr("The article folder “%1” does not exist or cannot be read."),
                           folder)
        return None

    def wanted(self) -> dict[str, Any]:
        """The entered values."""
        return {"kb.starter": self.starter.isChecked(), "kb.folders": self.folder_paths(),
                "kb.sync_minutes": self.sync.value()}
