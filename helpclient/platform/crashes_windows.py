"""Windows: program crashes from the Application event log — "Application Error" (event 1000:
a program crashed) and "Application Hang" (1002: it stopped responding and was closed), the
events Windows Error Reporting writes for every such program.

Read with ``wevtutil qe Application /f:xml`` (the event log API's own query tool), parsed from
its XML. Written against the documented event layout (named ``Data`` elements since Windows 10,
positional ones before) and tested with recorded-shape events only: **untested on Windows**.
The event log does not say whose program crashed; a shared computer offers every user's crashes.
"""

from __future__ import annotations

import logging

# the system's own tool output, not the network's
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import PureWindowsPath

from helpclient.core.crashes.model import Crash
from helpclient.platform.software import RunTool, run_tool

log = logging.getLogger(__name__)

MAX_EVENTS = 50
_TIMEOUT = 5.0
# the positional Data order of each event before Windows 10 named them
_POSITIONAL = {
    "1000": ("AppName", "AppVersion", "AppTimeStamp", "ModuleName", "ModuleVersion",
             "ModuleTimeStamp", "ExceptionCode", "FaultingOffset", "ProcessId",
             "ProcessCreationTime", "AppPath", "ModulePath", "IntegratorReportId"),
    "1002": ("AppName", "AppVersion", "ProcessID", "StartTime", "TerminationTime", "AppPath",
             "ReportID"),
}


_DETAIL_FIELDS = ("ExceptionCode", "ModuleName", "ModuleVersion", "FaultingOffset",
                  "ReportId", "IntegratorReportId")


def crash_query(since: datetime) -> str:
    """The XPath of crash and hang events after ``since``."""
    stamp = since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    return ("*[System[Provider[@Name='Application Error' or @Name='Application Hang'] and "
            f"(EventID=1000 or EventID=1002) and TimeCreated[@SystemTime>='{stamp}']]]")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_wevtutil_xml(text: str) -> list[Crash]:
    """``wevtutil qe … /f:xml``: <Event> elements one after another (no root); those that
    cannot be read are skipped."""
    try:
        root = ET.fromstring(f"<Events>{text}</Events>")  # noqa: S314 (see the import)
    except ET.ParseError:
        return []
    crashes = []
    for event in root:
        crash = _crash(event)
        if crash is not None:
            crashes.append(crash)
    return crashes[-MAX_EVENTS:]


def _crash(event: ET.Element) -> Crash | None:
    system = next((e for e in event if _local(e.tag) == "System"), None)
    data = next((e for e in event if _local(e.tag) == "EventData"), None)
    if system is None or data is None:
        return None
    fields = {_local(e.tag): e for e in system}
    event_id = (fields["EventID"].text or "").strip() if "EventID" in fields else ""
    created = fields["TimeCreated"].get("SystemTime", "") if "TimeCreated" in fields else ""
    record = (fields["EventRecordID"].text or "").strip() if "EventRecordID" in fields else ""
    when = _time(created)
    if event_id not in _POSITIONAL or when is None:
        return None
    values: dict[str, str] = {}
    for position, item in enumerate(e for e in data if _local(e.tag) == "Data"):
        names = _POSITIONAL[event_id]
        name = item.get("Name") or (names[position] if position < len(names) else "")
        if name:
            values[name] = (item.text or "").strip()
    app = values.get("AppName", "")
    if not app:
        return None
    path = values.get("AppPath", "")
    hang = event_id == "1002"
    reason = "stopped responding" if hang else values.get("ExceptionCode", "")
    if reason and not hang and not reason.lower().startswith("0x"):
        reason = f"0x{reason}"
    # the event's own fields, as the event log names them: support reads them as they are
    details = [f"{'Application Hang' if hang else 'Application Error'} {event_id}"]
    details += [f"{name}: {values[name]}" for name in _DETAIL_FIELDS if values.get(name)]
    pid_text = values.get("ProcessId") or values.get("ProcessID") or ""
    return Crash(
        key=f"wer:{record or created}", program=PureWindowsPath(app).stem or app,
        program_key=(path or app).lower(), time=when, executable=path,
        version=values.get("AppVersion", "")[:40], reason=reason, details="\n".join(details),
        pid=_pid(pid_text, hexadecimal=hang),
        # programs of Windows itself (services, shell hosts) are not the user's to report
        launchable="\\windows\\" not in path.lower())


def _pid(text: str, *, hexadecimal: bool) -> int:
    """A process id: "0x1be0" (Application Error), bare hexadecimal "2a4c" (Application Hang)."""
    try:
        return int(text, 16) if hexadecimal or text.lower().startswith("0x") else int(text)
    except ValueError:
        return 0


def _time(value: str) -> datetime | None:
    """"2025-03-26T23:00:53.1703727Z": Windows writes seven decimals, Python reads six."""
    head, dot, rest = value.strip().rstrip("Z").partition(".")
    try:
        when = datetime.fromisoformat(head + (f".{rest[:6]}" if dot else ""))
    except ValueError:
        return None
    return when.replace(tzinfo=UTC)


class WindowsCrashSource:
    """Crashes from the Application log through ``wevtutil`` (``run`` injected in tests)."""

    def __init__(self, run: RunTool = run_tool) -> None:
        self._run = run

    def crashes_since(self, since: datetime) -> list[Crash]:
        """See :class:`helpclient.core.crashes.model.CrashSource`."""
        out = self._run(("wevtutil", "qe", "Application", f"/q:{crash_query(since)}",
                         "/f:xml", f"/c:{MAX_EVENTS}"), _TIMEOUT)
        return parse_wevtutil_xml(out)
