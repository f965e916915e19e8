"""The other ways to reach support, for every window that offers them: whether IT configured
any (as settings say now), and the one "Other ways to get help" dialog, opened plain from the
tray or prefilled with a report (or a reply) that could not be sent."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from helpclient.core.branding import Branding
from helpclient.core.channels import SettingsReader, SupportChannels
from helpclient.ui.kit.branding import logo_pixmap
from helpclient.ui.shell.channels import ChannelsDialog

LOGO_HEIGHT = 48


class OffersOtherWays(Protocol):
    """A window that offers the other ways (the wizard, the outbox, My requests)."""

    @property
    def other_ways(self) -> SignalInstance:
        """Emitted with (subject, body) to prefill the e-mail with; both may be empty."""

    def set_other_ways(self, available: bool) -> None:
        """Offer them, or not (no channel configured)."""


class OtherWays(QObject):
    """``settings`` are read each time; ``branding()`` gives the company's logo for the card;
    ``show(window)`` brings a window forward. ``available_changed(bool)`` after :meth:`refresh`
    when channels were configured or removed."""

    available_changed = Signal(bool)

    def __init__(self, settings: SettingsReader, icon: QIcon, branding: Callable[[], Branding],
                 show: Callable[[QWidget], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._icon = icon
        self._branding = branding
        self._show = show
        # weakly: a closed wizard goes away as before
        self._windows: list[weakref.ref[QWidget]] = []
        self._available = self.channels().any()
        self.dialog: ChannelsDialog | None = None

    def channels(self) -> SupportChannels:
        """The channels as configured now."""
        return SupportChannels.from_settings(self._settings)

    def available(self) -> bool:
        """Whether IT configured at least one channel (as of the last :meth:`refresh`)."""
        return self._available

    def offer_in(self, window: QWidget) -> None:
        """``window`` (an :class:`OffersOtherWays`) offers them while configured, and its
        ``other_ways`` signal opens the dialog over it."""
        window.other_ways.connect(  # type: ignore[attr-defined]  # an OffersOtherWays
            lambda subject, body: self.open(subject, body, parent=window))
        window.set_other_ways(self._available)  # type: ignore[attr-defined]
        self._windows.append(weakref.ref(window))

    def refresh(self) -> None:
        """Settings changed: every window offers the channels, or stops offering them."""
        available = self.channels().any()
        self._windows = [ref for ref in self._windows if ref() is not None]
        for ref in self._windows:
            window = ref()
            if window is not None:
                window.set_other_ways(available)  # type: ignore[attr-defined]
        if available != self._available:
            self._available = available
            self.available_changed.emit(available)

    def open(self, subject: str = "", body: str = "",
             parent: QWidget | None = None) -> ChannelsDialog:
        """The dialog; ``subject`` and ``body`` (a report) prefill the e-mail."""
        if self.dialog is not None:
            self.dialog.close()  # a report's e-mail replaces the plain one
        logo = logo_pixmap(self._branding().logo, LOGO_HEIGHT)
        dialog = self.dialog = ChannelsDialog(self.channels(), self._icon, subject, body, parent,
                                              logo=logo)

        def forget() -> None:
            # the one closed above is deleted later, after its successor took its place
            if self.dialog is dialog:
                self.dialog = None

        dialog.destroyed.connect(forget)
        self._show(dialog)
        return dialog

    def close(self) -> None:
        """Close the dialog if it is open (quitting)."""
        if self.dialog is not None:
            self.dialog.close()
