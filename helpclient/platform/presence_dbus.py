"""Presence pushed over D-Bus (Linux): logind's session hints and sleep, the desktop's screen
saver. Each source is a :class:`DBusWatch`: one bus connection subscribed to a few signals,
read without blocking when its socket is readable (the UI puts a socket notifier on it), so
nothing wakes the process until something happens.

* logind (system bus): the session's ``LockedHint`` and ``IdleHint`` (set by GNOME, KDE and
  other desktops; their changes come as ``PropertiesChanged`` with the values) and the manager's
  ``PrepareForSleep(false)`` on resume. The session's ``Lock``/``Unlock`` signals are not used:
  they are *requests* to a screen locker (``loginctl lock-session``), not its state — an unlock
  typed at the locker sends none.
* the screen saver (session bus): ``ActiveChanged(b)`` of ``org.freedesktop.ScreenSaver`` (KDE,
  Xfce, …) and ``org.gnome.ScreenSaver`` (GNOME); subscribed even when no saver runs yet, since
  HelpClient may start before it at login.

Uses jeepney (pure Python, already there for keyring's Secret Service) and no Qt: the platform
layer stays Qt-free. Opening blocks briefly on the bus: call it off the GUI thread.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    Properties,
    new_method_call,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

from helpclient.core.tracking.presence import Fact, PresenceChange

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
MANAGER_PATH = "/org/freedesktop/login1"
MANAGER_IFACE = "org.freedesktop.login1.Manager"
SESSION_IFACE = "org.freedesktop.login1.Session"
PROPERTIES_IFACE = "org.freedesktop.DBus.Properties"
# (well-known name = interface, object path to ask for the state at start)
SCREEN_SAVERS = (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                 ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"))
_SESSION_HINTS = {"LockedHint": Fact.LOCKED, "IdleHint": Fact.IDLE}
_CALL_TIMEOUT = 2.0

Interpret = Callable[[Message], list[PresenceChange]]


class DBusWatch:
    """One connection, its subscriptions, and how its signals read as presence."""

    def __init__(self, name: str, connection: DBusConnection, interpret: Interpret,
                 initial: list[PresenceChange]) -> None:
        self.name = name
        self._conn = connection
        self._interpret = interpret
        self._initial = initial

    def fileno(self) -> int:
        """The bus socket."""
        return int(self._conn.sock.fileno())

    def current(self) -> list[PresenceChange]:
        """The state read when the watch was opened."""
        return list(self._initial)

    def read(self) -> list[PresenceChange]:
        """Every signal that arrived, as changes; never blocks. ``OSError`` when the bus is
        gone."""
        changes: list[PresenceChange] = []
        while True:
            try:
                message = self._conn.receive(timeout=0)
            except TimeoutError:
                return changes
            if message.header.message_type is MessageType.signal:
                changes.extend(self._interpret(message))

    def close(self) -> None:
        """Close the connection (the bus drops the subscriptions)."""
        self._conn.close()


def _call(conn: DBusConnection, message: Message) -> tuple[Any, ...]:
    body = unwrap_msg(conn.send_and_get_reply(message, timeout=_CALL_TIMEOUT))
    return tuple(body)


def _subscribe(conn: DBusConnection, rule: MatchRule) -> None:
    _call(conn, message_bus.AddMatch(rule))


def _bool_variant(value: object) -> bool | None:
    """A D-Bus variant ``("b", True)`` as jeepney gives it; None for anything else."""
    if isinstance(value, tuple) and len(value) == 2 and value[0] == "b" and isinstance(
            value[1], bool):
        return value[1]
    return None


def session_changes(source: str, changed: Mapping[str, object],
                    invalidated: list[str] | tuple[str, ...] = ()) -> list[PresenceChange]:
    """The hints among a session's changed (or invalidated, hence unknown) properties."""
    changes = [PresenceChange(source, fact, _bool_variant(changed[prop]))
               for prop, fact in _SESSION_HINTS.items() if prop in changed]
    changes += [PresenceChange(source, fact, None)
                for prop, fact in _SESSION_HINTS.items()
                if prop in invalidated and prop not in changed]
    return changes


def interpret_logind(message: Message, session_path: str) -> list[PresenceChange]:
    """A logind signal as presence changes (anything unexpected is ignored, not trusted)."""
    fields = message.header.fields
    path = fields.get(HeaderFields.path)
    interface = fields.get(HeaderFields.interface)
    member = fields.get(HeaderFields.member)
    body = message.body
    if (path, interface, member) == (MANAGER_PATH, MANAGER_IFACE, "PrepareForSleep"):
        if len(body) == 1 and isinstance(body[0], bool):
            return [PresenceChange("logind", Fact.ASLEEP, body[0])]
        return []
    if ((path, interface, member) == (session_path, PROPERTIES_IFACE, "PropertiesChanged")
            and len(body) == 3 and body[0] == SESSION_IFACE and isinstance(body[1], dict)
            and isinstance(body[2], list | tuple)):
        return session_changes("logind", body[1], [n for n in body[2] if isinstance(n, str)])
    return []


def interpret_screen_saver(message: Message) -> list[PresenceChange]:
    """``ActiveChanged(b)`` of a known screen saver interface."""
    interface = message.header.fields.get(HeaderFields.interface)
    names = [name for name, _ in SCREEN_SAVERS]
    body = message.body
    if (interface in names and message.header.fields.get(HeaderFields.member) == "ActiveChanged"
            and len(body) == 1 and isinstance(body[0], bool)):
        return [PresenceChange(f"screensaver:{interface}", Fact.LOCKED, body[0])]
    return []


def session_bus(environ: Mapping[str, str]) -> str | None:
    """The session bus address: the environment's, else systemd's per-user socket."""
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return environ["DBUS_SESSION_BUS_ADDRESS"]
    runtime = environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    socket_path = os.path.join(runtime, "bus")
    return f"unix:path={socket_path}" if os.path.exists(socket_path) else None


def _connect(bus: str) -> DBusConnection:
    try:
        return open_dbus_connection(bus)
    except (RuntimeError, KeyError, ValueError) as exc:  # unsupported or malformed address
        raise OSError(str(exc)) from exc


def open_logind(bus: str = "SYSTEM", *, session_id: str | None = None,
                pid: int | None = None) -> DBusWatch | None:
    """Watch this process's logind session and the machine's sleep; None when logind cannot
    be reached or does not know the session. ``bus`` is ``"SYSTEM"`` or a bus address."""
    try:
        conn = _connect(bus)
    except (OSError, TimeoutError) as exc:
        log.info("logind not watched: no system bus (%s)", exc)
        return None
    try:
        manager = DBusAddress(MANAGER_PATH, bus_name=LOGIN1, interface=MANAGER_IFACE)
        session_id = session_id if session_id is not None else os.environ.get("XDG_SESSION_ID")
        if session_id:
            found = _call(conn, new_method_call(manager, "GetSession", "s", (session_id,)))
        else:
            found = _call(conn, new_method_call(manager, "GetSessionByPID", "u",
                                                (pid or os.getpid(),)))
        path = str(found[0])
        session = DBusAddress(path, bus_name=LOGIN1, interface=SESSION_IFACE)
        (props,) = _call(conn, Properties(session).get_all())
        initial = session_changes("logind", props if isinstance(props, dict) else {})
        _subscribe(conn, MatchRule(type="signal", sender=LOGIN1, path=path,
                                   interface=PROPERTIES_IFACE, member="PropertiesChanged"))
        _subscribe(conn, MatchRule(type="signal", sender=LOGIN1, path=MANAGER_PATH,
                                   interface=MANAGER_IFACE, member="PrepareForSleep"))
    except (DBusErrorResponse, OSError, TimeoutError, ValueError, IndexError) as exc:
        log.info("logind not watched: %s", exc)
        conn.close()
        return None
    log.info("watching logind session %s (locked: %s, idle: %s)", path,
             props.get("LockedHint") if isinstance(props, dict) else None,
             props.get("IdleHint") if isinstance(props, dict) else None)
    return DBusWatch("logind", conn, lambda m: interpret_logind(m, path), initial)


def open_screen_saver(bus: str | None = None) -> DBusWatch | None:
    """Watch the desktop's screen saver; None without a session bus. ``bus``: an address
    (default: :func:`session_bus`)."""
    bus = bus or session_bus(os.environ)
    if bus is None:
        log.info("screen saver not watched: no session bus")
        return None
    try:
        conn = _connect(bus)
    except (OSError, TimeoutError) as exc:
        log.info("screen saver not watched: no session bus (%s)", exc)
        return None
    initial: list[PresenceChange] = []
    try:
        for name, path in SCREEN_SAVERS:
            _subscribe(conn, MatchRule(type="signal", sender=name, interface=name,
                                       member="ActiveChanged"))
            (running,) = _call(conn, message_bus.NameHasOwner(name))
            if running:  # asked only when it runs: asking would start one
                try:
                    (active,) = _call(conn, new_method_call(
                        DBusAddress(path, bus_name=name, interface=name), "GetActive"))
                except DBusErrorResponse as exc:
                    log.debug("%s: GetActive refused: %s", name, exc)
                    continue
                if isinstance(active, bool):
                    initial.append(PresenceChange(f"screensaver:{name}", Fact.LOCKED, active))
    except (DBusErrorResponse, OSError, TimeoutError, ValueError) as exc:
        log.info("screen saver not watched: %s", exc)
        conn.close()
        return None
    return DBusWatch("screensaver", conn, interpret_screen_saver, initial)
