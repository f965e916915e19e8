"""macOS: program crashes from the user's crash reports in ``~/Library/Logs/DiagnosticReports``.

Since macOS 12 a report is an ``.ips`` file: a one-line JSON header (``app_name``,
``app_version``, ``bug_type`` — "309" for a crash — and ``timestamp``), then the report as JSON
(``procPath``, ``pid``, ``exception``, the threads with their frames). Older systems write
``.crash`` text with ``Process:``, ``Path:``, ``Version:`` and ``Exception Type:`` lines.
Written against that documented layout and tested with recorded-shape files only: **untested on
a Mac**.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from helpclient.core.crashes.model import Crash

log = logging.getLogger(__name__)

REPORTS = Path.home() / "Library" / "Logs" / "DiagnosticReports"
#: bug_type of a crash report (109 before macOS 12's format settled); hangs and others differ.
CRASH_TYPES = ("309", "109")
MAX_FRAMES = 8
MAX_REPORT_BYTES = 4 * 1024 * 1024
MAX_REPORTS = 50
_CRASH_LINE = re.compile(r"^(Process|Path|Version|Date/Time|Exception Type|Identifier):\s*(.*)$",
                         re.M)


def parse_ips(text: str, name: str = "") -> Crash | None:
    """An ``.ips`` crash report; None when it is no crash report or unreadable."""
    header_line, _, body_text = text.partition("\n")
    try:
        header = json.loads(header_line)
        body = json.loads(body_text) if body_text.strip() else {}
    except (ValueError, RecursionError):
        return None
    if not isinstance(header, Mapping) or str(header.get("bug_type")) not in CRASH_TYPES:
        return None
    body = body if isinstance(body, Mapping) else {}
    when = _time(header.get("timestamp") or body.get("captureTime"))
    program = _str(header.get("app_name") or header.get("name"))
    if when is None or not program:
        return None
    path = _str(body.get("procPath"))
    raw_exception = body.get("exception")
    exception: Mapping[str, Any] = raw_exception if isinstance(raw_exception, Mapping) else {}
    kind, signal = _str(exception.get("type")), _str(exception.get("signal"))
    reason = f"{kind} ({signal})" if kind and signal else kind or signal
    pid = body.get("pid") if isinstance(body.get("pid"), int) else 0
    return Crash(
        key=f"ips:{name or header.get('incident_id', '')}", program=program,
        program_key=_str(header.get("bundleID")) or path or program, time=when,
        executable=path, version=_str(header.get("app_version"))[:40], reason=reason,
        details=_frames(body), pid=pid if isinstance(pid, int) else 0,
        launchable=".app/Contents/MacOS/" in path or not path)


def _frames(body: Mapping[str, Any]) -> str:
    """The crashed thread's first frames, as "#0 symbol (image)" (the report's own words)."""
    threads = body.get("threads")
    index = body.get("faultingThread")
    if not isinstance(threads, list) or not isinstance(index, int) \
            or not 0 <= index < len(threads) or not isinstance(threads[index], Mapping):
        return ""
    raw_images = body.get("usedImages")
    images: list[Any] = raw_images if isinstance(raw_images, list) else []
    lines: list[str] = []
    frames = threads[index].get("frames")
    for number, frame in enumerate(frames[:MAX_FRAMES] if isinstance(frames, list) else []):
        if not isinstance(frame, Mapping):
            continue
        image_index = frame.get("imageIndex")
        image = images[image_index] if isinstance(image_index, int) \
            and 0 <= image_index < len(images) and isinstance(images[image_index], Mapping) \
            else {}
        lines.append(f"#{number} {_str(frame.get('symbol')) or '?'} "
                     f"({_str(image.get('name')) or '?'})")
    return "\n".join(lines)


def parse_crash_text(text: str, name: str = "") -> Crash | None:
    """A legacy ``.crash`` report; None when its lines are missing."""
    found = {key: value.strip() for key, value in _CRASH_LINE.findall(text[:20_000])}
    process = found.get("Process", "")
    program = process.split("[")[0].strip()
    when = _time(found.get("Date/Time"))
    if not program or when is None:
        return None
    path = found.get("Path", "")
    return Crash(key=f"crash:{name}", program=program, program_key=path or program, time=when,
                 executable=path, version=found.get("Version", "").split(" ")[0][:40],
                 reason=found.get("Exception Type", ""),
                 launchable=".app/Contents/MacOS/" in path or not path)


def _str(value: Any) -> str:
    return value.strip()[:1000] if isinstance(value, str) else ""


def _time(value: Any) -> datetime | None:
    """"2023-10-10 10:10:10.00 +0200" (and the .crash form "2023-10-10 10:10:10.123 +0200")."""
    if not isinstance(value, str):
        return None
    parts = value.strip().split()
    if len(parts) < 2:
        return None
    stamp = f"{parts[0]}T{parts[1]}"
    offset = parts[2] if len(parts) > 2 else "+0000"
    head, dot, fraction = stamp.partition(".")
    try:
        when = datetime.fromisoformat(f"{head}{'.' + fraction[:6].ljust(6, '0') if dot else ''}"
                                      f"{offset[:3]}:{offset[3:5]}")
        return when.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


class MacCrashSource:
    """Crash reports in ``folder`` (the user's DiagnosticReports)."""

    def __init__(self, folder: Path = REPORTS) -> None:
        self._folder = folder

    def crashes_since(self, since: datetime) -> list[Crash]:
        """See :class:`helpclient.core.crashes.model.CrashSource`."""
        if not self._folder.is_dir():
            raise FileNotFoundError(self._folder)
        cutoff = since.timestamp()
        crashes = []
        paths = [p for p in self._folder.iterdir() if p.suffix in (".ips", ".crash")]
        for path in sorted(paths, key=_mtime)[-MAX_REPORTS:]:
            try:
                stat = path.stat()
                if stat.st_mtime < cutoff or stat.st_size > MAX_REPORT_BYTES:
                    continue
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                log.info("crash report %s not read: %s", path.name, exc)
                continue
            parse = parse_ips if path.suffix == ".ips" else parse_crash_text
            crash = parse(text, path.name)
            if crash is not None and crash.time >= since:
                crashes.append(crash)
        return sorted(crashes, key=lambda c: c.time)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
