"""Linux: program crashes from systemd-coredump's records.

``coredumpctl --json=short list --since=@T`` lists the crashes (time, process, user, signal,
executable); one ``journalctl -o json MESSAGE_ID=<coredump> COREDUMP_UID=<me>`` adds what
systemd-coredump logged with each (command, signal name, package, the crashed thread's stack).
Both tools read the journal, which shows a user the crashes of their own processes. The program's
name and version come from the desktop entry that starts it and the package that owns it (the
same lookups as "Which program?"). Parsers take the tools' output as text, so tests feed them
recorded output, garbage included.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpclient.core.crashes.model import Crash
from helpclient.platform.applications import (
    DesktopEntry,
    application_dirs,
    desktop_entries,
    package_versions,
    run_lenient,
    upstream_version,
)
from helpclient.platform.software import RunTool

log = logging.getLogger(__name__)

#: The MESSAGE_ID systemd-coredump logs each crash under (sd-messages.h SD_MESSAGE_COREDUMP).
COREDUMP_MESSAGE_ID = "fc2e22bc6ee647b6b90729ab34a250b1"
#: Frames of the crashed thread kept in the summary: where it crashed, not the whole stack.
MAX_FRAMES = 8
MAX_RECORDS = 50
_TIMEOUT = 5.0


def parse_coredumpctl_list(text: str) -> list[dict[str, Any]]:
    """``coredumpctl --json=short list``: the records with a usable time, process and
    executable (anything else, or no JSON at all, gives nothing)."""
    try:
        data = json.loads(text) if text.strip() else []
    except (ValueError, RecursionError):
        return []
    records = []
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, Mapping):
            continue
        usec, pid, exe = item.get("time"), item.get("pid"), item.get("exe")
        if not (isinstance(usec, int) and _count(usec) and _count(pid)
                and isinstance(exe, str) and exe.strip()):
            continue
        try:
            when = datetime.fromtimestamp(usec / 1e6, UTC)
        except (OverflowError, OSError, ValueError):
            continue
        records.append({"time": when, "usec": usec, "pid": pid, "exe": exe.strip(),
                        "uid": item.get("uid") if _count(item.get("uid")) else None,
                        "sig": item.get("sig") if _count(item.get("sig")) else None})
    return records[-MAX_RECORDS:]


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63


def parse_coredump_journal(text: str) -> dict[tuple[int, str], dict[str, str]]:
    """``journalctl -o json`` lines of systemd-coredump: their COREDUMP_* fields and MESSAGE,
    by (process id, executable); bad lines skipped."""
    found: dict[tuple[int, str], dict[str, str]] = {}
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if not isinstance(entry, dict) or entry.get("MESSAGE_ID") != COREDUMP_MESSAGE_ID:
            continue
        fields = {k: _text(v) for k, v in entry.items()
                  if k.startswith("COREDUMP_") or k == "MESSAGE"}
        pid = fields.get("COREDUMP_PID", "")
        if pid.isascii() and pid.isdigit():
            found[(int(pid), fields.get("COREDUMP_EXE", ""))] = fields
    return found


def _text(value: Any) -> str:
    # journald gives a field that is not UTF-8 as a list of byte values
    if isinstance(value, list):
        return bytes(v for v in value if isinstance(v, int) and 0 <= v < 256).decode(
            "utf-8", "replace")
    return value if isinstance(value, str) else ""


def signal_name(number: int | None) -> str:
    """"SIGSEGV" for 11; "" for none or an unknown number."""
    if number is None:
        return ""
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def stack_summary(message: str, max_frames: int = MAX_FRAMES) -> str:
    """The crashed thread's first frames from systemd-coredump's message (the first "Stack
    trace of thread" block: the thread that got the signal)."""
    lines = message.splitlines()
    start = next((i for i, line in enumerate(lines)
                  if line.startswith("Stack trace of thread")), None)
    if start is None:
        return ""
    frames = []
    for line in lines[start + 1:]:
        if not line.strip().startswith("#"):
            break
        frames.append(" ".join(line.split()))
    shown = frames[:max_frames]
    if len(frames) > max_frames:
        shown.append("…")
    return "\n".join([lines[start].strip(), *shown]) if shown else ""


class LinuxCrashSource:
    """This user's crashes from the journal. ``run`` runs a tool (injected in tests);
    ``entries()`` gives the launchable applications (by default the desktop entries, with
    their names in ``language``, read when a crash needs a name); ``versions`` looks up
    versions by owning package."""

    def __init__(self, run: RunTool = run_lenient, *, uid: int | None = None,
                 entries: Callable[[], list[DesktopEntry]] | None = None,
                 versions: Callable[[Sequence[DesktopEntry]], dict[Path, str]] | None = None,
                 which: Callable[[str], str | None] = shutil.which, language: str = "") -> None:
        self._run = run
        self._uid = os.getuid() if uid is None else uid
        self._entries = entries or (lambda: _menu_entries(language))
        self._versions = versions or (lambda found: package_versions(found, run))
        self._which = which
        self._known: dict[str, Crash] = {}  # resolved once per crash
        self._lock = threading.Lock()

    def crashes_since(self, since: datetime) -> list[Crash]:
        """See :class:`helpclient.core.crashes.model.CrashSource`."""
        stamp = f"--since=@{int(since.timestamp())}"
        listed = parse_coredumpctl_list(self._run(
            ("coredumpctl", "--json=short", "--no-pager", stamp, "list"), _TIMEOUT))
        mine = [r for r in listed if r["uid"] in (None, self._uid)]
        with self._lock:
            todo = [r for r in mine if _key(r) not in self._known]
            if todo:
                self._resolve(todo, stamp)
            return [self._known[_key(r)] for r in mine if _key(r) in self._known]

    def _resolve(self, records: list[dict[str, Any]], stamp: str) -> None:
        try:
            journal = parse_coredump_journal(self._run(
                ("journalctl", "-o", "json", "--no-pager", stamp, f"-n{MAX_RECORDS}",
                 f"MESSAGE_ID={COREDUMP_MESSAGE_ID}", f"COREDUMP_UID={self._uid}"), _TIMEOUT))
        except (OSError, subprocess.SubprocessError) as exc:
            log.info("crash details not read from the journal: %s", exc)
            journal = {}
        by_program = self._by_program(self._entries())
        for record in records:
            fields = journal.get((record["pid"], record["exe"]), {})
            entry = by_program.get(_real(record["exe"]))
            self._known[_key(record)] = Crash(
                key=_key(record),
                program=entry.name if entry else _fallback_name(record["exe"], fields),
                program_key=record["exe"], time=record["time"], executable=record["exe"],
                version=self._version(record["exe"], fields),
                reason=fields.get("COREDUMP_SIGNAL_NAME") or signal_name(record["sig"]),
                command=fields.get("COREDUMP_CMDLINE", ""),
                details=stack_summary(fields.get("MESSAGE", "")), pid=record["pid"],
                launchable=entry is not None)

    def _by_program(self, entries: list[DesktopEntry]) -> dict[str, DesktopEntry]:
        """The entries by the real path of the program each starts (through PATH and symbolic
        links; the first entry for a program wins): one PATH search per entry, not one per
        entry and crash."""
        found: dict[str, DesktopEntry] = {}
        for entry in entries:
            if not entry.command:
                continue
            program = entry.command if "/" in entry.command else self._which(entry.command)
            if program:
                found.setdefault(_real(program), entry)
        return found

    def _version(self, exe: str, fields: Mapping[str, str]) -> str:
        packaged = fields.get("COREDUMP_PACKAGE_VERSION", "").strip()
        if packaged:
            return upstream_version(packaged)[:40]
        try:
            return self._versions([DesktopEntry(Path(exe).name, Path(exe))]).get(Path(exe), "")
        except (OSError, subprocess.SubprocessError):
            return ""


def _key(record: Mapping[str, Any]) -> str:
    return f"coredump:{record['pid']}:{record['usec']}"


def _real(path: str) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return path


def _fallback_name(exe: str, fields: Mapping[str, str]) -> str:
    return fields.get("COREDUMP_PACKAGE_NAME") or Path(exe).name or fields.get(
        "COREDUMP_COMM", "?")


def _menu_entries(language: str) -> list[DesktopEntry]:
    desktops = [d for d in os.environ.get("XDG_CURRENT_DESKTOP", "").split(":") if d]
    return desktop_entries(application_dirs(os.environ, Path.home()), language, desktops)
