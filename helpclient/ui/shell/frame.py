"""What HelpClient puts on screen first: its icon in the tray (or, without a tray, the home
window) with the app's actions. It is shown before anything else is built — the services, the
window coordinator and its windows come once it is on screen — and the coordinator then
connects the actions (:class:`helpclient.app.HelpClientApp`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from helpclient.resources_path import app_icon_file
from helpclient.ui.shell.tray import Actions, HomeWindow, Presence, Tray


@dataclass(eq=False)
class Frame:
    """The icon, the title, the actions, and where they show: ``tray`` or ``home``."""

    icon: QIcon
    title: str
    actions: Actions
    tray: Tray | None
    home: HomeWindow | None

    @property
    def presence(self) -> Presence:
        """The tray icon, or the home window."""
        presence = self.tray or self.home
        assert presence is not None
        return presence

    @classmethod
    def build(cls, title: str, tray_available: bool, *,
              in_tray: QSystemTrayIcon | None = None) -> Frame:
        """The frame, not shown yet — or around ``in_tray``, the icon the start already put in
        the tray; the icon becomes every window's icon."""
        icon = in_tray.icon() if in_tray is not None else app_icon()
        QGuiApplication.setWindowIcon(icon)
        actions = Actions()
        if tray_available or in_tray is not None:
            return cls(icon, title, actions, Tray(actions, icon, title, shown=in_tray), None)
        return cls(icon, title, actions, None, HomeWindow(actions, title, icon))


def app_icon() -> QIcon:
    """HelpClient's icon."""
    return QIcon(str(app_icon_file()))
