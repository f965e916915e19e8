"""Noticing that the network is back, watched only once something could not reach the helpdesk.

Qt's ``QNetworkInformation`` needs a platform backend (on Linux, NetworkManager's over D-Bus or
GLib's, some 3 MiB of libraries): loading it at start would cost that all day on every machine
for the one moment it matters. So it loads on the first failure — the outbox or a poll that
could not get through — and from then on says when the network is reachable again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class NetworkWatch(QObject):
    """``online()``: the network became reachable (after :meth:`watch` was called)."""

    online = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = "idle"  # "idle", "watching", or "unavailable" (no backend here)

    @property
    def watching(self) -> bool:
        """True once a backend follows reachability."""
        return self._state == "watching"

    def watch(self) -> None:
        """Follow reachability from now on (a second call does nothing). Where the platform
        has no backend (offscreen tests, some desktops), nothing is noticed: the timers of the
        outbox and the poller bring things back."""
        if self._state != "idle":
            return
        from PySide6.QtNetwork import QNetworkInformation  # noqa: PLC0415 (only when needed)

        feature = QNetworkInformation.Feature.Reachability
        info = (QNetworkInformation.instance()
                if QNetworkInformation.loadBackendByFeatures(feature) else None)
        if info is None:
            self._state = "unavailable"
            return
        self._state = "watching"
        info.reachabilityChanged.connect(self._changed)

    def _changed(self, reachability: object) -> None:
        from PySide6.QtNetwork import QNetworkInformation  # noqa: PLC0415

        if reachability == QNetworkInformation.Reachability.Online:
            log.info("network is back")
            self.online.emit()
