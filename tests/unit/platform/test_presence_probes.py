"""Sampled presence: X11 for real on an Xvfb of the test's own; Windows and macOS through fakes
of their DLLs and frameworks (the code is written against the documented APIs, and untested on
those systems)."""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import time
from types import SimpleNamespace

import pytest

from helpclient.core.tracking.presence import PresenceSample
from helpclient.platform.presence import open_probe, open_watches, x11_session
from helpclient.platform.presence_macos import (
    ANY_INPUT_EVENT,
    COMBINED_SESSION_STATE,
    ON_CONSOLE_KEY,
    SCREEN_LOCKED_KEY,
    MacProbe,
)
from helpclient.platform.presence_windows import (
    WTS_CURRENT_SESSION,
    WTS_SESSION_INFO_EX,
    WTSINFOEXW,
    WindowsProbe,
)
from helpclient.platform.presence_x11 import X11Probe

# --- X11, for real --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xvfb():
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("Xvfb and xdotool are needed")
    display = f":{170 + os.getpid() % 50}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "640x480x24", "-nolisten",
                               "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
        assert time.monotonic() < deadline, "Xvfb did not start"
        time.sleep(0.05)
    yield display
    server.terminate()
    server.wait(10)


def test_x11_idle_time_grows_and_input_resets_it(xvfb):
    probe = X11Probe.open(xvfb)
    assert probe is not None, "Xvfb has the MIT-SCREEN-SAVER extension"
    try:
        subprocess.run(["xdotool", "mousemove", "10", "10"], env={**os.environ, "DISPLAY": xvfb},
                       check=True)
        time.sleep(0.6)
        before = probe.sample()
        assert before.idle_seconds is not None and before.idle_seconds >= 0.5
        subprocess.run(["xdotool", "mousemove", "200", "150"],
                       env={**os.environ, "DISPLAY": xvfb}, check=True)
        after = probe.sample()
        assert after.idle_seconds is not None and after.idle_seconds < before.idle_seconds
        assert after.locked is None, "the X saver is off: X cannot tell a desktop's lock"
    finally:
        probe.close()


def test_x11_without_a_display_is_no_probe():
    assert X11Probe.open(":4999") is None


def test_which_sessions_sample_x11():
    assert x11_session({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"})
    assert x11_session({"DISPLAY": ":0"})
    # XWayland sees no input to Wayland windows: a typing user would look idle
    assert not x11_session({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"})
    assert not x11_session({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"})
    assert not x11_session({})
    assert open_probe({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, "linux") is None
    assert open_probe({}, "freebsd14") is None
    assert open_watches("win32") == [] and open_watches("darwin") == []


# --- Windows, through fakes of user32, kernel32 and wtsapi32 -------------------------------


class FakeWindows:
    """The three DLLs: a tick counter, the last input's tick, the session's state."""

    def __init__(self, *, tick: int, last_input: int, flags: int = 1, state: int = 0,
                 query_ok: bool = True) -> None:
        self.tick, self.last_input = tick, last_input
        self.info = WTSINFOEXW(Level=1)
        self.info.Data.SessionFlags = flags
        self.info.Data.SessionState = state
        self.query_ok = query_ok
        self.freed: list[int] = []
        self.user32 = SimpleNamespace(GetLastInputInfo=self.get_last_input_info)
        self.kernel32 = SimpleNamespace(GetTickCount=lambda: self.tick)
        self.wtsapi32 = SimpleNamespace(WTSQuerySessionInformationW=self.query,
                                        WTSFreeMemory=self.free)

    def get_last_input_info(self, ref) -> int:
        info = ref._obj
        assert info.cbSize == 8, "cbSize must be set, or Windows fails the call"
        info.dwTime = self.last_input
        return 1

    def query(self, server, session, info_class, buffer_ref, size_ref) -> int:
        assert (server, session, info_class) == (0, WTS_CURRENT_SESSION, WTS_SESSION_INFO_EX)
        if not self.query_ok:
            return 0
        buffer_ref._obj.value = ctypes.addressof(self.info)
        size_ref._obj.value = ctypes.sizeof(self.info)
        return 1

    def free(self, buffer) -> None:
        self.freed.append(buffer.value)

    def probe(self) -> WindowsProbe:
        return WindowsProbe(self.user32, self.kernel32, self.wtsapi32)


def test_windows_idle_time_and_lock_state():
    windows = FakeWindows(tick=1_000_000, last_input=700_000, flags=1)
    assert windows.probe().sample() == PresenceSample(idle_seconds=300.0, locked=False)
    windows.info.Data.SessionFlags = 0  # WTS_SESSIONSTATE_LOCK
    assert windows.probe().sample().locked is True
    assert windows.freed == [ctypes.addressof(windows.info)] * 2, "every buffer is freed"


def test_windows_tick_wraparound_disconnected_and_unknown_states():
    # GetTickCount wrapped after 49.7 days; the last input was just before
    windows = FakeWindows(tick=1_000, last_input=0xFFFFFFFF - 999)
    assert windows.probe().idle_seconds() == pytest.approx(2.0)
    windows = FakeWindows(tick=5, last_input=5, flags=1, state=4)  # WTSDisconnected (RDP)
    assert windows.probe().locked() is True
    windows = FakeWindows(tick=5, last_input=5, flags=-1)  # WTS_SESSIONSTATE_UNKNOWN
    assert windows.probe().locked() is None
    windows = FakeWindows(tick=5, last_input=5, query_ok=False)
    assert windows.probe().sample() == PresenceSample(idle_seconds=0.0, locked=None)


def test_windows_probe_does_not_open_elsewhere():
    assert WindowsProbe.open() is None  # no WinDLL here


# --- macOS, through fakes of CoreGraphics and CoreFoundation --------------------------------


class FakeMac:
    """Handles are small integers; dictionaries and booleans live in Python."""

    BOOLEAN_TYPE, STRING_TYPE = 21, 7

    def __init__(self, idle: float, session: dict[bytes, bool] | None) -> None:
        self.idle = idle
        self.session = session
        self.objects: dict[int, object] = {}
        self.released: list[int] = []
        self.cg = SimpleNamespace(
            CGEventSourceSecondsSinceLastEventType=self.seconds_since,
            CGSessionCopyCurrentDictionary=self.copy_session)
        self.cf = SimpleNamespace(
            CFStringCreateWithCString=self.create_string,
            CFDictionaryGetValue=self.dictionary_get,
            CFGetTypeID=lambda h: self.BOOLEAN_TYPE if isinstance(self.objects[h], bool)
            else self.STRING_TYPE,
            CFBooleanGetTypeID=lambda: self.BOOLEAN_TYPE,
            CFBooleanGetValue=lambda h: self.objects[h],
            CFRelease=self.released.append)

    def _handle(self, value: object) -> int:
        handle = len(self.objects) + 1
        self.objects[handle] = value
        return handle

    def seconds_since(self, state: int, event_type: int) -> float:
        assert (state, event_type) == (COMBINED_SESSION_STATE, ANY_INPUT_EVENT)
        return self.idle

    def copy_session(self) -> int | None:
        return None if self.session is None else self._handle(dict(self.session))

    def create_string(self, allocator, text: bytes, encoding: int) -> int:
        return self._handle(text)

    def dictionary_get(self, dictionary: int, key: int) -> int | None:
        value = self.objects[dictionary].get(self.objects[key])
        return None if value is None else self._handle(value)


@pytest.mark.parametrize(("session", "locked"), [
    ({ON_CONSOLE_KEY: True}, False),                           # unlocked: the key is absent
    ({ON_CONSOLE_KEY: True, SCREEN_LOCKED_KEY: True}, True),
    ({ON_CONSOLE_KEY: False}, True),                           # switched to another user
    (None, None),                                              # no session (a daemon)
])
def test_mac_idle_time_and_lock_state(session, locked):
    mac = FakeMac(idle=42.5, session=session)
    probe = MacProbe(mac.cg, mac.cf)
    assert probe.sample() == PresenceSample(idle_seconds=42.5, locked=locked)
    if session is not None:
        assert 3 in mac.released, "the copied session dictionary is released"
    probe.close()
    assert {1, 2} <= set(mac.released), "and the key strings on close"


def test_mac_probe_does_not_open_elsewhere():
    assert MacProbe.open() is None
