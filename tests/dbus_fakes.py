"""The OS edge of presence on Linux, faked on a real, private D-Bus: a ``dbus-daemon`` of the
test's own, and small services that own logind's or a screen saver's name there, answer the
calls HelpClient makes and emit the signals the OS would."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SESSION_PATH = "/org/freedesktop/login1/session/_31"


@contextmanager
def private_bus() -> Iterator[str]:
    """A dbus-daemon for this test only; yields its address."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()


Handler = Callable[[Message], Message | None]


class FakeService:
    """Owns ``name`` on the bus at ``address``; answers method calls with ``handlers[member]``
    (or an error) on a thread; ``emit`` sends a signal from the name's owner."""

    def __init__(self, address: str, name: str, handlers: dict[str, Handler]) -> None:
        self.conn: DBusConnection = open_dbus_connection(address)
        reply = self.conn.send_and_get_reply(message_bus.RequestName(name), timeout=5)
        assert reply.body == (1,), "the name is ours (primary owner)"
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self._handlers = handlers
        self._send = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                message = self.conn.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return
            if message.header.message_type is not MessageType.method_call:
                continue
            member = str(message.header.fields.get(HeaderFields.member))
            self.calls.append((member, tuple(message.body)))
            handler = self._handlers.get(member)
            answer = handler(message) if handler else new_error(
                message, "org.freedesktop.DBus.Error.UnknownMethod", "s", ("no",))
            if answer is not None:
                with self._send:
                    self.conn.send(answer)

    def emit(self, path: str, interface: str, member: str, signature: str | None,
             body: tuple[object, ...]) -> None:
        """Send a signal as this service."""
        with self._send:
            self.conn.send(new_signal(DBusAddress(path, interface=interface), member,
                                      signature, body))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.conn.close()


def fake_logind(address: str, *, locked: bool = False, idle: bool = False) -> FakeService:
    """logind with one session (``SESSION_PATH``) whose hints are ``locked``/``idle``."""
    def session(message: Message) -> Message:
        return new_method_return(message, "o", (SESSION_PATH,))

    def get_all(message: Message) -> Message:
        return new_method_return(message, "a{sv}", ({
            "LockedHint": ("b", locked), "IdleHint": ("b", idle), "Id": ("s", "31")},))

    return FakeService(address, "org.freedesktop.login1", {
        "GetSession": session, "GetSessionByPID": session, "GetAll": get_all})


def logind_hints(service: FakeService, **hints: bool) -> None:
    """logind's ``PropertiesChanged`` for the session, e.g. ``LockedHint=True``."""
    service.emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
                 "sa{sv}as", ("org.freedesktop.login1.Session",
                              {k: ("b", v) for k, v in hints.items()}, []))


def logind_sleep(service: FakeService, going: bool) -> None:
    """``PrepareForSleep(going)`` from logind's manager."""
    service.emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
                 "b", (going,))


def fake_screen_saver(address: str, name: str = "org.gnome.ScreenSaver", *,
                      active: bool = False) -> FakeService:
    """A screen saver service answering ``GetActive``."""
    return FakeService(address, name, {
        "GetActive": lambda m: new_method_return(m, "b", (active,))})


def screen_saver_active(service: FakeService, active: bool,
                        name: str = "org.gnome.ScreenSaver") -> None:
    """``ActiveChanged(active)``."""
    service.emit("/" + name.replace(".", "/"), name, "ActiveChanged", "b", (active,))


def wait_readable(fd: int, timeout: float = 5.0) -> bool:
    """Whether ``fd`` becomes readable within ``timeout`` (what the UI's notifier waits for)."""
    import select  # noqa: PLC0415

    readable, _, _ = select.select([fd], [], [], timeout)
    return bool(readable)


def environment_without_buses() -> dict[str, str]:
    """This process's environment with no way to reach a session bus."""
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["XDG_RUNTIME_DIR"] = "/nonexistent"
    return env
