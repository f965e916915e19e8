"""Recent system errors, printers and the clock, from each OS's own tools.

Linux: ``journalctl -p err --since -24h``; Windows: ``wevtutil`` on the System and Application
logs; macOS: ``log show`` errors. Printers through CUPS' ``lpstat`` (Linux, macOS). Parsers take
text so tests feed them recorded output, including garbage.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from helpclient.platform.software import RunTool, run_tool

MAX_EVENTS = 200


def _message(value: Any) -> str:
    # journald gives non-UTF-8 messages as a list of byte values
    if isinstance(value, list):
        return bytes(v for v in value if isinstance(v, int) and 0 <= v < 256).decode(
            "utf-8", "replace")
    return str(value or "")


def parse_journal_json(text: str) -> list[dict[str, str]]:
    """``journalctl -o json`` lines → events (time, source, message); bad lines skipped."""
    events = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            stamp = int(entry.get("__REALTIME_TIMESTAMP", "0")) / 1e6
        except (ValueError, TypeError, AttributeError):
            continue
        if not isinstance(entry, dict):
            continue
        events.append({
            "time": datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds"),
            "source": str(entry.get("SYSLOG_IDENTIFIER") or entry.get("_COMM") or "?"),
            "message": _message(entry.get("MESSAGE"))})
    return events[-MAX_EVENTS:]


def parse_wevtutil_text(text: str, log_name: str = "") -> list[dict[str, str]]:
    """``wevtutil qe <log> /f:text``: ``Event[n]:`` blocks of ``Key: value`` lines, then a
    ``Description:`` that runs to the next block."""
    events: list[dict[str, str]] = []
    current: dict[str, str] | None = None
    in_description = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if re.match(r"^Event\[\d+\]:", line):
            current = {"log": log_name, "time": "", "source": "", "level": "", "id": "",
                       "message": ""}
            events.append(current)
            in_description = False
            continue
        if current is None:
            continue
        if in_description:
            current["message"] = (current["message"] + "\n" + line).strip()
            continue
        key, sep, value = line.strip().partition(":")
        if not sep:
            continue
        value = value.strip()
        if key == "Description":
            in_description, current["message"] = True, value
        elif key in {"Source", "Date", "Level", "Event ID", "Log Name"}:
            field = {"Source": "source", "Date": "time", "Level": "level", "Event ID": "id",
                     "Log Name": "log"}[key]
            current[field] = value
    return events[:MAX_EVENTS]


def parse_log_show_ndjson(text: str) -> list[dict[str, str]]:
    """macOS ``log show --style ndjson`` lines → events; the closing summary and garbage skipped."""
    events = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict) or "eventMessage" not in entry:
            continue
        process = str(entry.get("processImagePath", "")).rsplit("/", 1)[-1]
        events.append({"time": str(entry.get("timestamp", "")), "source": process or "?",
                       "message": str(entry["eventMessage"])})
    return events[-MAX_EVENTS:]


def linux_errors(run: RunTool = run_tool, timeout: float = 3.0) -> list[dict[str, str]]:
    """The last day's error-level journal entries (newest last)."""
    out = run(("journalctl", "-p", "err", "--since", "-24h", "-o", "json", "--no-pager",
               "-n", str(MAX_EVENTS)), timeout)
    return parse_journal_json(out)


WEVTUTIL_QUERY = ("*[System[(Level=1 or Level=2) and "
                  "TimeCreated[timediff(@SystemTime) <= 86400000]]]")


def windows_errors(run: RunTool = run_tool, timeout: float = 3.0) -> list[dict[str, str]]:
    """Critical and error events of the last day from the System and Application logs."""
    events: list[dict[str, str]] = []
    for log_name in ("System", "Application"):
        out = run(("wevtutil", "qe", log_name, f"/q:{WEVTUTIL_QUERY}", "/f:text",
                   f"/c:{MAX_EVENTS // 2}", "/rd:true"), timeout)
        events += parse_wevtutil_text(out, log_name)
    return events


def mac_errors(run: RunTool = run_tool, timeout: float = 3.0) -> list[dict[str, str]]:
    """Error and fault messages of the last day from the unified log."""
    out = run(("log", "show", "--last", "24h", "--style", "ndjson", "--predicate",
               'messageType == error OR messageType == fault'), timeout)
    return parse_log_show_ndjson(out)


def parse_lpstat(printers_text: str, jobs_text: str) -> dict[str, Any]:
    """``lpstat -p -d`` and ``lpstat -o`` → printers with state, the default, and queued jobs."""
    printers: dict[str, dict[str, Any]] = {}
    default = None
    for line in printers_text.splitlines():
        match = re.match(r"^printer (\S+) (?:is |now )?(.*?)\.?\s*$", line)
        if match:
            printers[match[1]] = {"name": match[1], "state": match[2].split(".")[0].strip(),
                                  "jobs": 0}
        match = re.match(r"^system default destination: (\S+)", line)
        if match:
            default = match[1]
    for line in jobs_text.splitlines():
        job = line.split()
        if job:
            queue = job[0].rsplit("-", 1)[0]
            if queue in printers:
                printers[queue]["jobs"] += 1
    return {"default": default, "printers": list(printers.values())}


def cups_printers(run: RunTool = run_tool, timeout: float = 2.0) -> dict[str, Any]:
    """Printers and their queues from CUPS; a machine without CUPS has none."""
    try:
        printers = run(("lpstat", "-p", "-d"), timeout)
    except FileNotFoundError:
        return {"default": None, "printers": [], "note": "CUPS (lpstat) is not installed"}
    try:
        jobs = run(("lpstat", "-o"), timeout)
    except (OSError, ValueError):
        jobs = ""
    return parse_lpstat(printers, jobs)


WIN_PRINTERS_COMMAND = (
    "Get-CimInstance Win32_Printer | Select-Object Name,Default,PrinterStatus,WorkOffline,"
    "JobCountSinceLastReset | ConvertTo-Json -Compress")
# Win32_Printer.PrinterStatus values
_WIN_PRINTER_STATUS = {1: "other", 2: "unknown", 3: "idle", 4: "printing", 5: "warming up",
                       6: "stopped printing", 7: "offline"}


def parse_win_printers(text: str) -> dict[str, Any]:
    """``Get-CimInstance Win32_Printer | ConvertTo-Json``: one object for a single printer, a
    list for several, nothing for none; garbage gives no printers."""
    try:
        data = json.loads(text) if text.strip() else []
    except ValueError:
        data = []
    rows = data if isinstance(data, list) else [data]
    printers, default = [], None
    for row in rows:
        if not isinstance(row, dict) or not row.get("Name"):
            continue
        status = _WIN_PRINTER_STATUS.get(row.get("PrinterStatus") or 0, "unknown")
        printers.append({"name": row["Name"], "state": "offline" if row.get("WorkOffline")
                         else status})
        if row.get("Default"):
            default = row["Name"]
    return {"default": default, "printers": printers}


def windows_printers(run: RunTool = run_tool, timeout: float = 3.0) -> dict[str, Any]:
    """Printers and their state from WMI through PowerShell."""
    return parse_win_printers(run(("powershell", "-NoProfile", "-NonInteractive", "-Command",
                                   WIN_PRINTERS_COMMAND), timeout))


def parse_timedatectl(text: str) -> dict[str, str]:
    """``timedatectl show``: Key=value lines (Timezone, NTP, NTPSynchronized, …)."""
    values = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.isidentifier():
            values[key] = value
    return values
