"""The settings dialog's "Notifications" group: on/off and quiet hours."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from helpclient.core.settings import Settings
from helpclient.core.tracking.activity import QuietHours
from helpclient.ui.settings.group import SettingsGroup


class NotificationSettings(SettingsGroup):
    """Edits ``sync.notifications`` and ``sync.quiet_hours``."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notifications"), settings, parent)
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Notify me when support replies or a request changes"))
        self.enabled.setChecked(bool(settings.get("sync.notifications")))
        self.quiet = QLineEdit(str(settings.get("sync.quiet_hours")))
        self.quiet.setPlaceholderText(self.tr("e.g. 22:00-07:00"))
        self.quiet.setToolTip(self.tr("No notifications during these hours each day; the tray "
                                      "still counts the requests with news."))
        form.addRow(self.enabled)
        form.addRow(self.tr("&Quiet hours:"), self.quiet)
        self.lock_fields({"sync.notifications": self.enabled, "sync.quiet_hours": self.quiet})

    def problem(self) -> str | None:
        """Why the entered values cannot be saved, or None."""
        text = self.quiet.text().strip()
        if text and QuietHours.parse(text) is None:
            return self.tr("Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).")
        return None

    def wanted(self) -> dict[str, Any]:
        """The entered values."""
        return {"sync.notifications": self.enabled.isChecked(),
                "sync.quiet_hours": self.quiet.text().strip()}
