"""Presence on macOS, sampled through ctypes: ``CGEventSourceSecondsSinceLastEventType`` for the
time since the last input, and the session dictionary (``CGSessionCopyCurrentDictionary``) for
a locked screen (``CGSSessionScreenIsLocked``) or a session switched away from the console
(``kCGSessionOnConsoleKey`` false: fast user switching).

Sampled on the poller's heartbeat: no Objective-C observer of the
``com.apple.screenIsLocked``/``screenIsUnlocked`` notifications is needed (nor Qt in the platform
layer); an unlock is noticed within one heartbeat (15 s).

Written against the documented APIs and tested with fakes; NOT tested on a real Mac.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from helpclient.core.tracking.presence import PresenceSample

log = logging.getLogger(__name__)

CORE_GRAPHICS = "/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
COMBINED_SESSION_STATE = 0  # kCGEventSourceStateCombinedSessionState
ANY_INPUT_EVENT = 0xFFFFFFFF  # kCGAnyInputEventType
UTF8 = 0x08000100  # kCFStringEncodingUTF8
SCREEN_LOCKED_KEY = b"CGSSessionScreenIsLocked"
ON_CONSOLE_KEY = b"kCGSSessionOnConsoleKey"


class MacProbe:
    """Samples idle time and lock state; ``cg``/``cf`` are the frameworks (tests pass fakes)."""

    name = "macos"

    def __init__(self, cg: Any, cf: Any) -> None:
        self._cg = cg
        self._cf = cf
        self._keys = {key: cf.CFStringCreateWithCString(None, key, UTF8)
                      for key in (SCREEN_LOCKED_KEY, ON_CONSOLE_KEY)}

    @classmethod
    def open(cls) -> MacProbe | None:
        """The probe over the real frameworks; None when they cannot be loaded."""
        try:
            cg, cf = ctypes.CDLL(CORE_GRAPHICS), ctypes.CDLL(CORE_FOUNDATION)
        except OSError as exc:
            log.info("macOS presence not available: %s", exc)
            return None
        cg.CGEventSourceSecondsSinceLastEventType.argtypes = (ctypes.c_int32, ctypes.c_uint32)
        cg.CGEventSourceSecondsSinceLastEventType.restype = ctypes.c_double
        cg.CGSessionCopyCurrentDictionary.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = (ctypes.c_void_p, ctypes.c_char_p,
                                                 ctypes.c_uint32)
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFDictionaryGetValue.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
        cf.CFDictionaryGetValue.restype = ctypes.c_void_p
        cf.CFGetTypeID.argtypes = (ctypes.c_void_p,)
        cf.CFGetTypeID.restype = ctypes.c_ulong
        cf.CFBooleanGetTypeID.restype = ctypes.c_ulong
        cf.CFBooleanGetValue.argtypes = (ctypes.c_void_p,)
        cf.CFBooleanGetValue.restype = ctypes.c_bool
        cf.CFRelease.argtypes = (ctypes.c_void_p,)
        return cls(cg, cf)

    def idle_seconds(self) -> float | None:
        """Seconds since any keyboard, mouse or tablet input in this session."""
        seconds = float(self._cg.CGEventSourceSecondsSinceLastEventType(
            COMBINED_SESSION_STATE, ANY_INPUT_EVENT))
        return seconds if seconds >= 0 else None

    def _flag(self, session: Any, key: bytes) -> bool | None:
        value = self._cf.CFDictionaryGetValue(session, self._keys[key])
        if not value or self._cf.CFGetTypeID(value) != self._cf.CFBooleanGetTypeID():
            return None
        return bool(self._cf.CFBooleanGetValue(value))

    def locked(self) -> bool | None:
        """Locked, or not on the console; None without a session (a daemon context)."""
        session = self._cg.CGSessionCopyCurrentDictionary()
        if not session:
            return None
        try:
            # the lock key is present only while locked
            on_console = self._flag(session, ON_CONSOLE_KEY)
            return bool(self._flag(session, SCREEN_LOCKED_KEY)) or on_console is False
        finally:
            self._cf.CFRelease(session)

    def sample(self) -> PresenceSample:
        """Both answers."""
        return PresenceSample(idle_seconds=self.idle_seconds(), locked=self.locked())

    def close(self) -> None:
        """Release the key strings."""
        for key in self._keys.values():
            if key:
                self._cf.CFRelease(key)
        self._keys = {}
