"""A group of settings in the settings dialog: fields locked by policy are disabled with the
reason, and only changed, unlocked values are written back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QWidget

from helpclient.core.settings import Settings


class SettingsGroup(QGroupBox):
    """Base of the dialog's groups: subclasses build fields, then call :meth:`lock_fields`."""

    def __init__(self, title: str, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._settings = settings

    def lock_fields(self, fields: Mapping[str, QWidget | tuple[QWidget, ...]]) -> None:
        """Disable the fields whose setting machine policy fixes, saying so."""
        for key, widgets in fields.items():
            if not self._settings.is_locked(key):
                continue
            for widget in widgets if isinstance(widgets, tuple) else (widgets,):
                widget.setEnabled(False)
                widget.setToolTip(QCoreApplication.translate(
                    "SettingsGroup", "Set by your organisation's policy."))

    def problem(self) -> str | None:
        """Why the entered values cannot be saved, or None."""
        return None

    def wanted(self) -> dict[str, Any]:
        """The values the fields hold, by setting key."""
        raise NotImplementedError

    def apply(self) -> bool:
        """Put changed, unlocked values into the settings; True if anything changed."""
        settings, changed = self._settings, False
        for key, value in self.wanted().items():
            if value != settings.get(key) and not settings.is_locked(key):
                settings.set(key, value)
                changed = True
        return changed
