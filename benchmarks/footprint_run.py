"""One measured run of a tray app for ``benchmarks/footprint.py``: start it, read its timing
lines, its memory and CPU from ``/proc``, click its tray icon, stop it.

The app writes its moments with ``helpclient.ui.shell.timing_probe`` (``HELPCLIENT_TIMING``):
``icon-shown`` when its tray icon's window is first painted, ``tray-activated`` when Qt
delivers the click, ``window-painted wizard`` when the wizard's first page is painted. Times
are CLOCK_MONOTONIC, the clock this process reads too.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024
# a machine policy (another program's test may install one for a while on a shared machine)
# would point HelpClient elsewhere: such a run is flagged and left out of the figures
MACHINE_POLICY = Path("/etc/helpclient/policy.toml")
TICKS = os.sysconf("SC_CLK_TCK")

# The floor: what any Python tray app costs — a QApplication, a tray icon (the same SVG as
# HelpClient's) with a menu — plus, on a click, a one-page QWizard, and the same timing probe.
BARE_APP = """
import sys
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMenu, QSystemTrayIcon,
                               QVBoxLayout, QWizard, QWizardPage)
from helpclient.ui.shell.timing_probe import TimingProbe

app = QApplication(sys.argv[:1])
app.setQuitOnLastWindowClosed(False)
menu = QMenu()
menu.addAction("Quit", app.quit)
tray = QSystemTrayIcon(QIcon(sys.argv[1]))
tray.setContextMenu(menu)
probe = TimingProbe.from_env()
wizards = []

def open_wizard(_reason):
    wizard = QWizard()
    page = QWizardPage()
    page.setTitle("What is the problem?")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Summary"))
    layout.addWidget(QLineEdit())
    wizard.addPage(page)
    wizards.append(wizard)
    wizard.show()
    if probe is not None:
        probe.watch_first_paint(page, "wizard")

tray.activated.connect(open_wizard)
tray.show()
if probe is not None:  # --once: the floor of start-up alone, quit once the icon is up
    probe.watch_tray_icon(tray, app.quit if "--once" in sys.argv else None)
sys.exit(app.exec())
"""


# The floor of a tray app that talks to a helpdesk: the bare app that, once its icon shows, asks
# the helpdesk's address once with requests from a thread, as HelpClient's first poll does —
# what requests, urllib3, charset_normalizer, idna and OpenSSL cost any such app, HelpClient's
# own code aside.
NETWORK_FLOOR_APP = BARE_APP.replace("sys.exit(app.exec())", """
import threading
from PySide6.QtCore import QTimer

def ask_the_helpdesk():
    import requests
    try:
        requests.get(sys.argv[2], timeout=30)
    except requests.RequestException as exc:
        print(f"the floor's request failed: {exc}", file=sys.stderr)

QTimer.singleShot(0, lambda: threading.Thread(target=ask_the_helpdesk, daemon=True).start())
sys.exit(app.exec())""")


@dataclass
class RunFigures:
    """What one run measured (None: not measured)."""

    start_s: float | None = None
    peak_rss_mib: float | None = None
    idle_rss_mib: float | None = None
    idle_cpu_s: float | None = None
    idle_wakeups: int | None = None
    click_ms: float | None = None
    embedded: bool = False
    exit_code: int | None = None
    notes: list[str] = field(default_factory=list)
    disturbed: bool = False  # a machine policy appeared during the run


def _proc_status(pid: int) -> dict[str, str]:
    out: dict[str, str] = {}
    with open(f"/proc/{pid}/status", encoding="utf-8") as status:
        for line in status:
            key, _, value = line.partition(":")
            out[key] = value.strip()
    return out


def rss_mib(pid: int, key: str = "VmRSS") -> float:
    """Resident memory (``VmRSS``) or its peak (``VmHWM``) in MiB."""
    return int(_proc_status(pid)[key].split()[0]) / 1024


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of every thread so far."""
    with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
        fields = stat.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def switches(pid: int) -> dict[int, int]:
    """Context switches so far of each thread (by thread id): each is a wake-up or a
    preemption."""
    counts: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text(encoding="utf-8")
        except OSError:
            continue  # the thread ended meanwhile
        counts[int(task.name)] = sum(
            int(line.split()[1]) for line in status.splitlines()
            if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")))
    return counts


def wakeups_between(before: dict[int, int], after: dict[int, int]) -> int:
    """Switches between two readings: threads born meanwhile count from zero; a thread that
    ended meanwhile (a pool thread idle for 30 s) is not counted — a lower bound."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())


class Clicker:
    """Left-clicks a screen point through the XTEST extension, timing the moment the click
    leaves for the X server (xdotool would add its own start-up to the measure)."""

    def __init__(self, display: str) -> None:
        x11 = ctypes.util.find_library("X11")
        xtst = ctypes.util.find_library("Xtst")
        if not x11 or not xtst:
            raise OSError("libX11 or libXtst not found")
        self._x = ctypes.CDLL(x11)
        self._t = ctypes.CDLL(xtst)
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XFlush.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._t.XTestFakeMotionEvent.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                                 ctypes.c_int, ctypes.c_ulong]
        self._t.XTestFakeButtonEvent.argtypes = [ctypes.c_void_p, ctypes.c_uint, ctypes.c_int,
                                                 ctypes.c_ulong]
        self._display = self._x.XOpenDisplay(display.encode())
        if not self._display:
            raise OSError(f"cannot open display {display}")

    def click(self, x: int, y: int) -> float:
        """Move there, settle, click; the monotonic time the click was flushed."""
        self._t.XTestFakeMotionEvent(self._display, -1, x, y, 0)
        self._x.XFlush(self._display)
        time.sleep(0.3)  # a pointer that rests first, as a hand does
        self._t.XTestFakeButtonEvent(self._display, 1, 1, 0)
        self._t.XTestFakeButtonEvent(self._display, 1, 0, 0)
        sent = time.monotonic()
        self._x.XFlush(self._display)
        return sent

    def close(self) -> None:
        """Close the X connection."""
        self._x.XCloseDisplay(self._display)


class TimingFile:
    """The lines an app wrote so far."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.write_text("")

    def find(self, event: str, name: str = "", last: bool = False) -> list[str] | None:
        """The fields of the first (or ``last``) ``event`` line (its NAME field ``name``, if
        given)."""
        found = None
        for line in self.path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if parts and parts[0] == event and (not name or parts[2:3] == [name]):
                found = parts[1:]
                if not last:
                    break
        return found

    def wait(self, event: str, timeout: float, proc: subprocess.Popen[bytes],
             name: str = "") -> list[str] | None:
        """Wait (polling every 5 ms) for ``event``; None on timeout or when the app exits."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.find(event, name)
            if found is not None:
                return found
            if proc.poll() is not None:
                return None
            time.sleep(0.005)
        return None


@dataclass
class Plan:
    """How each run goes: seconds to let start-up work finish, seconds of idle measured, and
    whether to click the icon (only where a tray shows it)."""

    settle_s: float = 15.0
    idle_s: float = 60.0
    click: bool = True
    # a warm-up run: after settling, wait (at most this long) until ``ready`` says yes
    ready: Callable[[], bool] | None = None
    ready_within_s: float = 0.0


def measure(argv: list[str], env: dict[str, str], timing: TimingFile, plan: Plan,
            clicker: Clicker | None) -> RunFigures:
    """Run one app from start to SIGTERM and measure it."""
    figures = RunFigures(disturbed=MACHINE_POLICY.exists())
    env = {**env, "HELPCLIENT_TIMING": str(timing.path)}
    errors = timing.path.with_suffix(".stderr")
    with errors.open("wb") as stderr:  # a file: a pipe nobody reads would block the app
        spawned = time.monotonic()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
    try:
        shown = timing.wait("icon-shown", 60, proc)
        if shown is None:
            tail = errors.read_text(errors="replace").strip().splitlines()[-3:]
            figures.notes.append(f"no icon-shown line; stderr ends: {tail}")
            return figures
        figures.start_s = float(shown[0]) - spawned
        figures.peak_rss_mib = int(shown[5]) / 1024
        figures.embedded = shown[6] == "embedded"
        time.sleep(plan.settle_s)
        if plan.ready is not None:
            deadline = time.monotonic() + plan.ready_within_s
            while not plan.ready() and time.monotonic() < deadline and proc.poll() is None:
                time.sleep(1)
            if not plan.ready():
                figures.notes.append("not ready in time")
        cpu0, woke0 = cpu_seconds(proc.pid), switches(proc.pid)
        time.sleep(plan.idle_s)
        figures.idle_cpu_s = cpu_seconds(proc.pid) - cpu0
        figures.idle_wakeups = wakeups_between(woke0, switches(proc.pid))
        figures.idle_rss_mib = rss_mib(proc.pid)
        if plan.click and clicker is not None and figures.embedded:
            # where the icon is now: the tray host may have moved it since it was shown
            at = timing.find("icon-at", last=True) or shown
            x, y, w, h = (int(v) for v in at[1:5])
            clicked = clicker.click(x + w // 2, y + h // 2)
            painted = timing.wait("window-painted", 20, proc, "wizard")
            if painted is None:
                figures.notes.append("clicked, no wizard painted")
            else:
                figures.click_ms = (float(painted[0]) - clicked) * 1000
    finally:
        figures.exit_code = stop(proc)
        if figures.disturbed or MACHINE_POLICY.exists():
            figures.disturbed = True
            figures.notes.append(f"left out: {MACHINE_POLICY} existed during the run")
    return figures


def stop(proc: subprocess.Popen[bytes]) -> int:
    """SIGTERM, then SIGKILL after 15 s; the exit code (negative: killed by that signal)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return proc.returncode


def helpclient_command() -> list[str]:
    """How a user starts HelpClient: the ``helpclient`` script next to this Python."""
    import sys  # noqa: PLC0415

    script = Path(sys.executable).with_name("helpclient")
    if script.exists():
        return [str(script)]
    found = shutil.which("helpclient")
    return [found] if found else [sys.executable, "-m", "helpclient.cli"]
