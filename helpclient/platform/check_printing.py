"""The print queues for the quick checks (core's ``PrintProbe``): CUPS (Linux, macOS) through
``lpstat -o`` in the C locale (so its dates parse), and who may restart a queue — members of
CUPS' ``SystemGroup``; Windows through WMI's print jobs (written against the documented
``Win32_PrintJob``, tested only with recorded output; restarting its spooler needs an
administrator, so it is never offered)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from helpclient.core.checks.probes import PrintJob

CUPS_FILES_CONF = Path("/etc/cups/cups-files.conf")
#: CUPS' built-in SystemGroup when its configuration names none
DEFAULT_SYSTEM_GROUPS = ("lpadmin", "sys", "root", "wheel", "admin")
_JOB = re.compile(r"^(?P<queue>\S+)-(?P<id>\d+)\s+(?P<user>\S+)\s+\d+\s+(?P<date>\S.*?)\s*$")

# runs a command, returns (exit status, standard output); injectable for tests
RunStatus = Callable[[Sequence[str], float], tuple[int, str]]


def run_c_locale(argv: Sequence[str], timeout: float) -> tuple[int, str]:
    """Run ``argv`` in the C locale (dates in one known format); FileNotFoundError when it is
    not installed."""
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(argv[0])
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    done = subprocess.run(list(argv), capture_output=True, timeout=timeout, check=False,
                          text=True, encoding="utf-8", errors="replace", env=env)
    return done.returncode, done.stdout + done.stderr


def parse_lpstat_jobs(text: str) -> list[PrintJob]:
    """``lpstat -o`` in the C locale: ``queue-id user size Tue Mar  5 10:00:00 2024`` (local
    time); lines that do not parse are skipped."""
    jobs = []
    for line in text.splitlines():
        match = _JOB.match(line)
        if match is None:
            continue
        try:
            local = datetime.strptime(" ".join(match["date"].split()[:5]), "%a %b %d %H:%M:%S %Y")
        except ValueError:
            continue
        jobs.append(PrintJob(match["queue"], match["id"], local.astimezone(UTC), match["user"]))
    return jobs


def system_groups(conf_text: str) -> tuple[str, ...]:
    """The ``SystemGroup`` names of ``cups-files.conf`` (CUPS' defaults when none)."""
    for line in conf_text.splitlines():
        fields = line.split()
        if fields and fields[0] == "SystemGroup" and len(fields) > 1:
            return tuple(fields[1:])
    return DEFAULT_SYSTEM_GROUPS


def _my_groups() -> set[str]:
    import grp  # noqa: PLC0415 (POSIX only; CUPS is too)

    names = set()
    for gid in {os.getgid(), *os.getgroups()}:
        try:
            names.add(grp.getgrgid(gid).gr_name)
        except KeyError:
            continue
    return names


class CupsPrinting:
    """``PrintProbe`` over CUPS."""

    def __init__(self, run: RunStatus = run_c_locale, conf: Path = CUPS_FILES_CONF,
                 groups: Callable[[], set[str]] = _my_groups,
                 is_root: Callable[[], bool] = lambda: os.geteuid() == 0) -> None:
        self.run = run
        self.conf = conf
        self._groups = groups
        self._is_root = is_root

    def jobs(self, timeout: float) -> list[PrintJob] | None:
        """The jobs not yet printed; None without CUPS (no ``lpstat``)."""
        try:
            status, out = self.run(("lpstat", "-o"), timeout)
        except FileNotFoundError:
            return None
        if status != 0 and "No destinations" not in out:
            raise OSError(f"lpstat -o: {out.strip()[:200] or f'exit status {status}'}")
        return parse_lpstat_jobs(out)

    def may_restart(self, queue: str) -> bool:
        """Root, or a member of CUPS' SystemGroup (CUPS lets them stop and start queues)."""
        if self._is_root():
            return True
        try:
            conf = self.conf.read_text(encoding="utf-8")
        except OSError:
            conf = ""
        return bool(set(system_groups(conf)) & self._groups())


WIN_JOBS_COMMAND = ("Get-CimInstance Win32_PrintJob | Select-Object Name,TimeSubmitted,JobStatus "
                    "| ConvertTo-Json -Compress")
_MS_DATE = re.compile(r"/Date\((-?\d+)\)/")


def parse_win_jobs(text: str) -> list[PrintJob]:
    """``Win32_PrintJob`` as JSON: ``Name`` is "printer, job id"; ``TimeSubmitted`` is
    ``/Date(ms)/`` (Windows PowerShell) or ISO 8601 (PowerShell 7)."""
    try:
        data = json.loads(text) if text.strip() else []
    except ValueError:
        return []
    jobs = []
    for row in data if isinstance(data, list) else [data]:
        if not isinstance(row, dict):
            continue
        printer, _, job_id = str(row.get("Name", "")).rpartition(",")
        stamp = str(row.get("TimeSubmitted") or "")
        ms = _MS_DATE.search(stamp)
        try:
            submitted = (datetime.fromtimestamp(int(ms[1]) / 1000, UTC) if ms else
                         datetime.fromisoformat(stamp).astimezone(UTC))
        except ValueError:
            continue
        if printer.strip():
            jobs.append(PrintJob(printer.strip(), job_id.strip(), submitted))
    return jobs


class WindowsPrinting:
    """``PrintProbe`` over WMI (untested on Windows)."""

    def __init__(self, run: RunStatus = run_c_locale) -> None:
        self.run = run

    def jobs(self, timeout: float) -> list[PrintJob] | None:
        """The spooler's jobs."""
        status, out = self.run(("powershell", "-NoProfile", "-NonInteractive", "-Command",
                                WIN_JOBS_COMMAND), timeout)
        if status != 0:
            raise OSError(f"Win32_PrintJob: exit status {status}")
        return parse_win_jobs(out)

    def may_restart(self, queue: str) -> bool:
        """Never: the spooler service needs an administrator."""
        return False


def os_printing(platform: str = sys.platform) -> CupsPrinting | WindowsPrinting:
    """The print system of ``platform``."""
    return WindowsPrinting() if platform == "win32" else CupsPrinting()
