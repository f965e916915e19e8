"""The company's look applied to the running app: the accent in the palette, and its name after
every window's title (the desktop adds the application's display name)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from helpclient.core.branding import Branding, SettingsReader
from helpclient.ui.kit.branding import AccentPalette


class Brand:
    """Reads the branding from ``settings`` and applies it; :meth:`apply` again after a
    change, :meth:`restore` when quitting."""

    def __init__(self, qapp: QApplication, settings: SettingsReader, fallback_name: str) -> None:
        self._qapp = qapp
        self._settings = settings
        self._fallback = fallback_name
        self._accent = AccentPalette(qapp)
        self.current = self.apply()

    def apply(self) -> Branding:
        """The branding as settings say now, applied; also kept as :attr:`current`."""
        branding = Branding.from_settings(self._settings, self._fallback)
        self._accent.apply(branding.accent)
        self._qapp.setApplicationDisplayName(branding.display_name())
        self.current = branding
        return branding

    def restore(self) -> None:
        """The palette as it was (the name stays: windows are closing)."""
        self._accent.restore()
