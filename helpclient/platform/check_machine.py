"""The machine facts the quick checks ask for (core's ``MachineProbe``): volumes and the user's
quota, memory, the busiest process (psutil), and whether updates wait for a restart — Linux's
``/var/run/reboot-required``, Windows' servicing and Windows Update registry keys, macOS'
recommended updates.

The OS is reached only through the constructor's arguments, so tests fake the OS itself. The
Windows and macOS branches are written against their documented keys and files and tested
only with fakes: untested on those systems.
"""

from __future__ import annotations

import contextlib
import getpass
import importlib
import os
import plistlib
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import psutil

from helpclient.core.checks.probes import BusyProcess, Memory, PendingRestart, Quota, Volume
from helpclient.platform.software import RunTool, run_tool

#: registry keys whose presence means "restart to finish installing updates" (HKLM); the
#: often-cited PendingFileRenameOperations is left out: installers leave it set for days
WINDOWS_RESTART_KEYS = (
    r"SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending",
    r"SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired",
)
MAC_UPDATES = Path("/Library/Preferences/com.apple.SoftwareUpdate.plist")
_IDLE = {0}  # Windows' "System Idle Process" is pid 0: its "CPU use" is idle time


def parse_quota(text: str) -> Quota | None:
    """``quota -w``: per file system, blocks used (1 KiB, "*" when over the soft limit), soft
    and hard limits; the fullest file system with a limit, or None (no quota)."""
    best: Quota | None = None
    for line in text.splitlines():
        fields = line.split()
        if len(fields) < 4 or not fields[0].startswith("/"):
            continue
        try:
            used, soft, hard = (int(f.rstrip("*")) * 1024 for f in fields[1:4])
        except ValueError:
            continue
        limit = soft or hard
        if limit and (best is None or used / limit > best.used / best.limit):
            best = Quota(used, limit)
    return best


class OsMachine:
    """``MachineProbe`` for this computer."""

    def __init__(self, *, platform: str = sys.platform, home: Path | None = None,
                 run: RunTool = run_tool, run_dir: Path = Path("/var/run"),
                 disk_usage: Callable[[str], Any] = psutil.disk_usage,
                 device_of: Callable[[str], int] = lambda path: os.stat(path).st_dev,
                 memory: Callable[[], Any] = psutil.virtual_memory,
                 swap: Callable[[], Any] = psutil.swap_memory,
                 processes: Callable[[], Iterable[Any]] = psutil.process_iter,
                 cpu_count: Callable[[], int | None] = psutil.cpu_count,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.time,
                 winreg: Any = None, mac_updates: Path = MAC_UPDATES) -> None:
        self.platform = platform
        self.home = home or Path.home()
        self.run = run
        self.run_dir = run_dir
        self._usage = disk_usage
        self._device_of = device_of
        self._memory = memory
        self._swap = swap
        self._processes = processes
        self._cpu_count = cpu_count
        self._sleep = sleep
        self._clock = clock
        self._winreg = winreg
        self._mac_updates = mac_updates

    # -- disks -----------------------------------------------------------------------------

    def _system_root(self) -> str:
        if self.platform == "win32":
            return os.environ.get("SYSTEMDRIVE", "C:") + "\\"
        return "/"

    def _volume(self, path: str) -> Volume:
        usage = self._usage(path)
        return Volume(path, int(usage.total), int(usage.free))

    def system_volume(self) -> Volume:
        """The volume the system runs from (``/``, or the system drive)."""
        return self._volume(self._system_root())

    def home_volume(self) -> Volume | None:
        """The home folder's volume when it is not the system's."""
        try:
            if self._device_of(str(self.home)) == self._device_of(self._system_root()):
                return None
        except OSError:
            return None
        return self._volume(str(self.home))

    def home_quota(self, timeout: float) -> Quota | None:
        """Linux: ``quota`` where the tool is installed and a quota is set (Windows reports
        the quota as the volume's free space already)."""
        if not self.platform.startswith("linux"):
            return None
        try:
            out = self.run(("quota", "-w", "-u", getpass.getuser()), timeout)
        except subprocess.CalledProcessError as exc:  # it exits 1 when over the limit
            out = exc.stdout or ""
        except (OSError, subprocess.SubprocessError, KeyError):
            return None
        return parse_quota(out)

    # -- memory and processor -------------------------------------------------------------

    def memory(self) -> Memory:
        """Physical memory and swap now."""
        vm, swap = self._memory(), self._swap()
        return Memory(int(vm.total), int(vm.available), int(swap.total), int(swap.used))

    def busiest_process(self, sample_seconds: float) -> BusyProcess | None:
        """The process with the most processor time over ``sample_seconds``."""
        procs = [p for p in self._processes() if p.pid not in _IDLE]
        for proc in procs:
            with contextlib.suppress(psutil.Error):
                proc.cpu_percent(None)  # the first call starts the process's sample
        self._sleep(max(0.1, sample_seconds))
        cores = self.cores()
        best: BusyProcess | None = None
        now = self._clock()
        for proc in procs:
            try:
                percent = float(proc.cpu_percent(None))
                if best is not None and percent / (100 * cores) <= best.share:
                    continue
                times = proc.cpu_times()
                best = BusyProcess(str(proc.name()), int(proc.pid), percent / (100 * cores),
                                   float(times.user + times.system),
                                   max(0.0, now - float(proc.create_time())))
            except psutil.Error:
                continue  # gone, or not ours to look at
        return best

    def cores(self) -> int:
        """Logical processors (at least 1)."""
        return self._cpu_count() or 1

    # -- updates ----------------------------------------------------------------------------

    def pending_restart(self) -> PendingRestart:
        """Whether updates wait for a restart, and what says so."""
        if self.platform == "win32":
            return self._windows_restart()
        if self.platform == "darwin":
            return self._mac_restart()
        flag = self.run_dir / "reboot-required"
        if not flag.exists():
            return PendingRestart(False)
        try:  # Debian and Ubuntu list the packages that asked for it
            packages = (self.run_dir / "reboot-required.pkgs").read_text(encoding="utf-8")
        except OSError:
            packages = ""
        return PendingRestart(True, (str(flag), *dict.fromkeys(packages.split())))

    def _windows_restart(self) -> PendingRestart:
        winreg = self._winreg or importlib.import_module("winreg")
        found = []
        for key in WINDOWS_RESTART_KEYS:
            try:
                handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key)
            except OSError:
                continue
            winreg.CloseKey(handle)
            found.append(f"HKLM\\{key}")
        return PendingRestart(bool(found), tuple(found))

    def _mac_restart(self) -> PendingRestart:
        try:
            prefs = plistlib.loads(self._mac_updates.read_bytes())
        except FileNotFoundError:
            return PendingRestart(False)
        except (OSError, plistlib.InvalidFileException, ValueError):
            return PendingRestart(False, readable=False)
        updates = prefs.get("RecommendedUpdates") if isinstance(prefs, dict) else None
        names = [str(u.get("Display Name", "?")) for u in updates or () if isinstance(u, dict)]
        return PendingRestart(bool(names), tuple(names))


