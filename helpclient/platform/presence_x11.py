"""Seconds since the last input on an X11 session, from the MIT-SCREEN-SAVER extension
(``XScreenSaverQueryInfo`` in libXss), through ctypes on a display connection of our own.

Not used on Wayland: XWayland only sees input to X11 windows, so a user typing in a Wayland
window would look idle there. The extension's own saver state counts as "locked" when it is on
(the screen is blanked); desktops that lock with their own locker say so over D-Bus instead.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from typing import Any

from helpclient.core.tracking.presence import PresenceSample

log = logging.getLogger(__name__)

SCREEN_SAVER_ON = 1  # XScreenSaverInfo.state: ScreenSaverOff 0, On 1, Disabled 3


class XScreenSaverInfo(ctypes.Structure):
    """``XScreenSaverInfo`` from ``<X11/extensions/scrnsaver.h>``."""

    _fields_ = (("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("event_mask", ctypes.c_ulong))


def _load(name: str, soname: str) -> Any:
    return ctypes.CDLL(ctypes.util.find_library(name) or soname)


class X11Probe:
    """Samples the X server's idle time. ``xlib``/``xss`` are the libraries (tests pass fakes)."""

    name = "x11"

    def __init__(self, xlib: Any, xss: Any, display: int) -> None:
        self._xlib = xlib
        self._xss = xss
        self._display = display
        self._root = xlib.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()

    @classmethod
    def open(cls, display_name: str, xlib: Any = None, xss: Any = None) -> X11Probe | None:
        """Connect to ``display_name``; None when libXss, the display or the extension is
        missing."""
        try:
            xlib = xlib or _load("X11", "libX11.so.6")
            xss = xss or _load("Xss", "libXss.so.1")
        except OSError as exc:
            log.info("X11 idle time not available: %s", exc)
            return None
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = (ctypes.c_void_p,)
        xlib.XCloseDisplay.argtypes = (ctypes.c_void_p,)
        xlib.XFree.argtypes = (ctypes.c_void_p,)
        xss.XScreenSaverQueryExtension.argtypes = (
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = (ctypes.c_void_p, ctypes.c_ulong,
                                              ctypes.POINTER(XScreenSaverInfo))
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            log.info("X11 idle time not available: cannot open display %s", display_name)
            return None
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base),
                                              ctypes.byref(error_base)):
            log.info("X11 idle time not available: no MIT-SCREEN-SAVER extension")
            xlib.XCloseDisplay(display)
            return None
        return cls(xlib, xss, display)

    def sample(self) -> PresenceSample:
        """Idle seconds, and locked when the server's own saver is on."""
        if not self._display or not self._info:
            return PresenceSample()
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return PresenceSample()
        info = self._info.contents
        return PresenceSample(idle_seconds=info.idle / 1000.0,
                              locked=True if info.state == SCREEN_SAVER_ON else None)

    def close(self) -> None:
        """Free the info block and close the display connection."""
        if self._info:
            self._xlib.XFree(self._info)
            self._info = None
        if self._display:
            self._xlib.XCloseDisplay(self._display)
            self._display = 0
