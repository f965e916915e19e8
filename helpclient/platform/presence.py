"""Which presence sources this computer offers (``core.tracking.presence`` says what they are).

* Windows: sampled ``GetLastInputInfo`` and the session's lock state (``presence_windows``).
* macOS: sampled input idle time and the session's lock state (``presence_macos``).
* Linux: pushed over D-Bus — logind's hints and sleep, the screen saver (``presence_dbus``); on
  X11 also the sampled idle time (``presence_x11``), so input after idle is noticed where the
  desktop sets no idle hint.

Each OS module is imported only here, when the sources are opened (after the tray icon shows,
off the GUI thread): none of them costs start-up time. Where nothing can be opened the presence
stays unknown and the poller keeps the pace it always had.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

from helpclient.core.tracking.presence import PresenceProbe, PresenceWatch

log = logging.getLogger(__name__)


def x11_session(environ: Mapping[str, str]) -> bool:
    """An X11 display that is not XWayland (which sees no input to Wayland windows)."""
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY") and (
        environ.get("XDG_SESSION_TYPE", "x11") != "wayland")


def open_probe(environ: Mapping[str, str] | None = None,
               platform: str = sys.platform) -> PresenceProbe | None:
    """The sampled source of this OS, or None (blocks briefly: call it off the GUI thread)."""
    environ = os.environ if environ is None else environ
    if platform == "win32":
        from helpclient.platform.presence_windows import WindowsProbe  # noqa: PLC0415

        return WindowsProbe.open()
    if platform == "darwin":
        from helpclient.platform.presence_macos import MacProbe  # noqa: PLC0415

        return MacProbe.open()
    if platform.startswith("linux") and x11_session(environ):
        from helpclient.platform.presence_x11 import X11Probe  # noqa: PLC0415

        return X11Probe.open(environ["DISPLAY"])
    return None


def open_watches(platform: str = sys.platform) -> list[PresenceWatch]:
    """The pushed sources of this OS (Linux: D-Bus), possibly none (blocks briefly)."""
    if not platform.startswith("linux"):
        return []
    try:
        from helpclient.platform import presence_dbus  # noqa: PLC0415
    except ImportError as exc:  # jeepney comes with keyring on Linux; a stripped bundle?
        log.info("D-Bus presence not available: %s", exc)
        return []
    watches = [presence_dbus.open_logind(), presence_dbus.open_screen_saver()]
    return [w for w in watches if w is not None]
