"""Presence over D-Bus against a real dbus-daemon, with logind and the screen saver faked as
services on it (the OS edge); and the signal readers against hostile bodies."""

from __future__ import annotations

import pytest
from dbus_fakes import (
    SESSION_PATH,
    FakeService,
    fake_logind,
    fake_screen_saver,
    logind_hints,
    logind_sleep,
    private_bus,
    screen_saver_active,
    wait_readable,
)
from jeepney import DBusAddress, new_signal

from helpclient.core.tracking.presence import Fact, PresenceChange
from helpclient.platform.presence_dbus import (
    interpret_logind,
    interpret_screen_saver,
    open_logind,
    open_screen_saver,
    session_bus,
)


@pytest.fixture
def bus():
    with private_bus() as address:
        yield address


@pytest.fixture
def logind(bus):
    service = fake_logind(bus, locked=False, idle=True)
    yield service
    service.close()


def read_until(watch, count: int) -> list[PresenceChange]:
    changes: list[PresenceChange] = []
    while len(changes) < count:
        assert wait_readable(watch.fileno()), f"only {changes} arrived"
        changes += watch.read()
    return changes


def test_logind_session_hints_and_sleep_arrive_as_changes(bus, logind):
    watch = open_logind(bus, session_id="31")
    assert watch is not None
    try:
        assert ("GetSession", ("31",)) in logind.calls
        assert set(watch.current()) == {PresenceChange("logind", Fact.LOCKED, False),
                                        PresenceChange("logind", Fact.IDLE, True)}
        assert watch.read() == [], "nothing yet, and reading does not block"
        logind_hints(logind, LockedHint=True)
        assert read_until(watch, 1) == [PresenceChange("logind", Fact.LOCKED, True)]
        logind_sleep(logind, True)
        logind_sleep(logind, False)
        logind_hints(logind, LockedHint=False, IdleHint=False)
        assert read_until(watch, 4) == [
            PresenceChange("logind", Fact.ASLEEP, True),
            PresenceChange("logind", Fact.ASLEEP, False),
            PresenceChange("logind", Fact.LOCKED, False),
            PresenceChange("logind", Fact.IDLE, False)]
    finally:
        watch.close()


def test_a_signal_from_anyone_but_logind_is_not_even_delivered(bus, logind):
    watch = open_logind(bus, pid=4242)
    assert watch is not None
    impostor = FakeService(bus, "com.example.Impostor", {})
    try:
        assert ("GetSessionByPID", (4242,)) in logind.calls
        impostor.emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                      "sa{sv}as", ("org.freedesktop.login1.Session",
                                   {"LockedHint": ("b", True)}, []))
        logind_hints(logind, IdleHint=False)  # logind's own comes after the impostor's
        assert read_until(watch, 1) == [PresenceChange("logind", Fact.IDLE, False)]
    finally:
        impostor.close()
        watch.close()


def test_without_logind_or_a_bus_there_is_no_watch(bus, tmp_path):
    assert open_logind(bus, session_id="31") is None  # nobody owns login1 on this bus
    assert open_logind(f"unix:path={tmp_path}/no-bus") is None
    assert open_logind("tcp:host=localhost,port=1") is None  # a transport jeepney lacks
    assert open_screen_saver(f"unix:path={tmp_path}/no-bus") is None


def test_a_bus_that_goes_away_is_an_error_on_read():
    with private_bus() as address:
        service = fake_logind(address)
        watch = open_logind(address, session_id="31")
        assert watch is not None
        service.close()
    try:
        assert wait_readable(watch.fileno())
        with pytest.raises(OSError):
            watch.read()
    finally:
        watch.close()


def test_the_screen_saver_state_at_start_and_its_changes(bus):
    gnome = fake_screen_saver(bus, "org.gnome.ScreenSaver", active=True)
    try:
        watch = open_screen_saver(bus)
        assert watch is not None
        # freedesktop's saver is not running: not asked (asking could start one)
        assert watch.current() == [
            PresenceChange("screensaver:org.gnome.ScreenSaver", Fact.LOCKED, True)]
        screen_saver_active(gnome, False)
        assert read_until(watch, 1) == [
            PresenceChange("screensaver:org.gnome.ScreenSaver", Fact.LOCKED, False)]
        # a saver that starts after HelpClient (autostarted earlier at login) is heard too
        kde = fake_screen_saver(bus, "org.freedesktop.ScreenSaver")
        screen_saver_active(kde, True, "org.freedesktop.ScreenSaver")
        assert read_until(watch, 1) == [
            PresenceChange("screensaver:org.freedesktop.ScreenSaver", Fact.LOCKED, True)]
        kde.close()
        watch.close()
    finally:
        gnome.close()


def signal(path, interface, member, signature, body):
    return new_signal(DBusAddress(path, interface=interface), member, signature, body)


@pytest.mark.parametrize("message", [
    signal("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
           "s", ("yes",)),
    signal(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as",
           ("org.freedesktop.login1.User", {"LockedHint": ("b", True)}, [])),
    signal("/org/freedesktop/login1/session/other", "org.freedesktop.DBus.Properties",
           "PropertiesChanged", "sa{sv}as",
           ("org.freedesktop.login1.Session", {"LockedHint": ("b", True)}, [])),
    signal(SESSION_PATH, "org.freedesktop.login1.Session", "Lock", None, ()),
])
def test_unexpected_logind_signals_are_ignored(message):
    assert interpret_logind(message, SESSION_PATH) == []


def test_odd_values_and_invalidated_hints_read_as_unknown():
    message = signal(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                     "sa{sv}as", ("org.freedesktop.login1.Session",
                                  {"LockedHint": ("s", "yes"), "Name": ("s", "alice")},
                                  ["IdleHint"]))
    assert interpret_logind(message, SESSION_PATH) == [
        PresenceChange("logind", Fact.LOCKED, None), PresenceChange("logind", Fact.IDLE, None)]
    assert interpret_screen_saver(signal("/x", "org.example.Saver", "ActiveChanged", "b",
                                         (True,))) == []
    assert interpret_screen_saver(signal("/x", "org.gnome.ScreenSaver", "ActiveChanged", "s",
                                         ("on",))) == []


def test_the_session_bus_address_falls_back_to_the_user_socket(tmp_path):
    assert session_bus({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"}) == "unix:path=/x"
    assert session_bus({"XDG_RUNTIME_DIR": str(tmp_path)}) is None
    (tmp_path / "bus").touch()
    assert session_bus({"XDG_RUNTIME_DIR": str(tmp_path)}) == f"unix:path={tmp_path}/bus"
