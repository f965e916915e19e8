"""The settings dialog's "System information" group: whether reports offer the bundle, and
whether it is anonymised by default."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from helpclient.core.settings import Settings
from helpclient.ui.settings.group import SettingsGroup


class SysinfoSettings(SettingsGroup):
    """Edits ``sysinfo.enabled`` and ``sysinfo.anonymize``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("System information"), settings, parent)
        layout = QVBoxLayout(self)
        self.enabled = QCheckBox(self.tr("&Offer to attach system information to new reports"))
        self.enabled.setChecked(bool(settings.get("sysinfo.enabled")))
        self.anonymize = QCheckBox(self.tr(
            "A&nonymise it: hide my user name, computer name, folders, e-mail and IP addresses"))
        self.anonymize.setChecked(bool(settings.get("sysinfo.anonymize")))
        note = QLabel(self.tr("You see every item before a report is sent and can leave any of "
                              "them out. Passwords and tokens are always removed."))
        note.setWordWrap(True)
        layout.addWidget(self.enabled)
        layout.addWidget(self.anonymize)
        layout.addWidget(note)
        self.lock_fields({"sysinfo.enabled": self.enabled, "sysinfo.anonymize": self.anonymize})

    def wanted(self) -> dict[str, Any]:
        """The entered values."""
        return {"sysinfo.enabled": self.enabled.isChecked(),
                "sysinfo.anonymize": self.anonymize.isChecked()}
