"""Presence on Windows, sampled through ctypes: ``GetLastInputInfo`` for the time since the last
input in this session, ``WTSQuerySessionInformationW(WTSSessionInfoEx)`` for whether the
session is locked (or disconnected: a remote session nobody is looking at).

Sampling on the poller's heartbeat needs no window to receive ``WM_WTSSESSION_CHANGE`` and so no
Qt in the platform layer; an unlock is noticed within one heartbeat (15 s).

Written against the documented APIs and tested with fakes; NOT tested on a real Windows.
"""

from __future__ import annotations

import ctypes
import logging
from typing import Any

from helpclient.core.tracking.presence import PresenceSample

log = logging.getLogger(__name__)

WTS_CURRENT_SERVER_HANDLE = 0
WTS_CURRENT_SESSION = 0xFFFFFFFF
WTS_SESSION_INFO_EX = 25  # WTS_INFO_CLASS.WTSSessionInfoEx
WTS_SESSIONSTATE_LOCK = 0
WTS_SESSIONSTATE_UNLOCK = 1
WTS_ACTIVE, WTS_DISCONNECTED = 0, 4  # WTS_CONNECTSTATE_CLASS
WCHAR = ctypes.c_wchar


class LASTINPUTINFO(ctypes.Structure):
    """``LASTINPUTINFO``: the tick count of the last input event."""

    _fields_ = (("cbSize", ctypes.c_uint32), ("dwTime", ctypes.c_uint32))


class WTSINFOEX_LEVEL1_W(ctypes.Structure):  # noqa: N801 (the Windows name)
    """``WTSINFOEX_LEVEL1_W``."""

    # ULONG and LONG are 32-bit on Windows (c_ulong would be 64-bit elsewhere, in tests)
    _fields_ = (("SessionId", ctypes.c_uint32), ("SessionState", ctypes.c_int32),
                ("SessionFlags", ctypes.c_int32), ("WinStationName", WCHAR * 33),
                ("UserName", WCHAR * 21), ("DomainName", WCHAR * 18),
                ("LogonTime", ctypes.c_int64), ("ConnectTime", ctypes.c_int64),
                ("DisconnectTime", ctypes.c_int64), ("LastInputTime", ctypes.c_int64),
                ("CurrentTime", ctypes.c_int64), ("IncomingBytes", ctypes.c_uint32),
                ("OutgoingBytes", ctypes.c_uint32), ("IncomingFrames", ctypes.c_uint32),
                ("OutgoingFrames", ctypes.c_uint32), ("IncomingCompressedBytes", ctypes.c_uint32),
                ("OutgoingCompressedBytes", ctypes.c_uint32))


class WTSINFOEXW(ctypes.Structure):
    """``WTSINFOEXW`` (its data union has one member, level 1)."""

    _fields_ = (("Level", ctypes.c_uint32), ("Data", WTSINFOEX_LEVEL1_W))


class WindowsProbe:
    """Samples idle time and lock state. The DLLs are injected (tests pass fakes)."""

    name = "windows"

    def __init__(self, user32: Any, kernel32: Any, wtsapi32: Any) -> None:
        self._user32 = user32
        self._kernel32 = kernel32
        self._wtsapi32 = wtsapi32

    @classmethod
    def open(cls) -> WindowsProbe | None:
        """The probe over the real DLLs; None when they cannot be loaded."""
        try:
            windll: Any = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
            user32, kernel32, wtsapi32 = windll("user32"), windll("kernel32"), windll("wtsapi32")
        except (AttributeError, OSError) as exc:
            log.info("Windows presence not available: %s", exc)
            return None
        kernel32.GetTickCount.restype = ctypes.c_uint32
        wtsapi32.WTSQuerySessionInformationW.argtypes = (
            ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int, ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_uint32))
        wtsapi32.WTSFreeMemory.argtypes = (ctypes.c_void_p,)
        return cls(user32, kernel32, wtsapi32)

    def idle_seconds(self) -> float | None:
        """Seconds since the session's last input (both counters are 32-bit milliseconds
        that wrap after 49.7 days: the difference is taken modulo 2**32)."""
        info = LASTINPUTINFO(cbSize=ctypes.sizeof(LASTINPUTINFO))
        if not self._user32.GetLastInputInfo(ctypes.byref(info)):
            return None
        now = int(self._kernel32.GetTickCount())
        return ((now - int(info.dwTime)) & 0xFFFFFFFF) / 1000.0

    def locked(self) -> bool | None:
        """Locked or disconnected; None when Windows does not say (Windows 7 reports the flag
        inverted, and is not supported)."""
        buffer = ctypes.c_void_p()
        size = ctypes.c_uint32()
        if not self._wtsapi32.WTSQuerySessionInformationW(
                WTS_CURRENT_SERVER_HANDLE, WTS_CURRENT_SESSION, WTS_SESSION_INFO_EX,
                ctypes.byref(buffer), ctypes.byref(size)):
            return None
        try:
            if not buffer.value or size.value < ctypes.sizeof(WTSINFOEXW):
                return None
            info = ctypes.cast(buffer, ctypes.POINTER(WTSINFOEXW)).contents
            if info.Level != 1:
                return None
            level1 = info.Data
            if level1.SessionState == WTS_DISCONNECTED:
                return True
            if level1.SessionFlags == WTS_SESSIONSTATE_LOCK:
                return True
            if level1.SessionFlags == WTS_SESSIONSTATE_UNLOCK:
                return False
            return None
        finally:
            self._wtsapi32.WTSFreeMemory(buffer)

    def sample(self) -> PresenceSample:
        """Both answers."""
        return PresenceSample(idle_seconds=self.idle_seconds(), locked=self.locked())

    def close(self) -> None:
        """Nothing is held between samples."""
