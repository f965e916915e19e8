"""The settings dialog's "Notifications" group: on/off and quiet hours (issue 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from helpclient.core.activity import QuietHours
from helpclient.core.settings import Settings


class NotificationSettings(QGroupBox):
    """Edits ``sync.notifications`` and ``sync.quiet_hours``; locked ones are shown disabled."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Notifications"), parent)
        self._settings = settings
        form = QFormLayout(self)
        self.enabled = QCheckBox(self.tr("Notify me when support replies or a request changes"))
        self.enabled.setChecked(bool(settings.get("sync.notifications")))
        self.quiet = QLineEdit(str(settings.get("sync.quiet_hours")))
        self.quiet.setPlaceholderText(self.tr("e.g. 22:00-07:00"))
        self.quiet.setToolTip(self.tr("No notifications during these hours each day; the tray "
                                      "still counts the requests with news."))
        form.addRow(self.enabled)
        form.addRow(self.tr("&Quiet hours:"), self.quiet)
        for key, field in (("sync.notifications", self.enabled),
                           ("sync.quiet_hours", self.quiet)):
            if settings.is_locked(key):
                field.setEnabled(False)
                field.setToolTip(self.tr("Set by your organisation's policy."))

    def problem(self) -> str | None:
        """Why the entered values cannot be saved, or None."""
        text = self.quiet.text().strip()
        if text and QuietHours.parse(text) is None:
            return self.tr("Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).")
        return None

    def apply(self) -> bool:
        """Put changed, unlocked values into the settings; True if anything changed."""
        settings, changed = self._settings, False
        wanted = {"sync.notifications": self.enabled.isChecked(),
                  "sync.quiet_hours": self.quiet.text().strip()}
        for key, value in wanted.items():
            if value != settings.get(key) and not settings.is_locked(key):
                settings.set(key, value)
                changed = True
        return changed
