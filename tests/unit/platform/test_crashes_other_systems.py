"""The Windows and macOS crash readers over events and reports shaped as those systems document
them (no Windows or Mac was at hand: the readers are marked untested there)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from helpclient.platform.crashes import crash_source
from helpclient.platform.crashes_macos import MacCrashSource, parse_crash_text, parse_ips
from helpclient.platform.crashes_windows import (
    WindowsCrashSource,
    crash_query,
    parse_wevtutil_xml,
)

NS = 'xmlns="http://schemas.microsoft.com/win/2004/08/events/event"'
WORD_CRASH = f"""<Event {NS}><System><Provider Name="Application Error"
 Guid="{{a0e9b465-b939-57d7-b27d-95d8e925ff57}}"/><EventID>1000</EventID><Version>0</Version>
<Level>2</Level><Task>100</Task><TimeCreated SystemTime="2025-05-14T09:01:33.1703727Z"/>
<EventRecordID>31613</EventRecordID><Channel>Application</Channel><Computer>WS-0142</Computer>
</System><EventData><Data Name="AppName">WINWORD.EXE</Data>
<Data Name="AppVersion">16.0.17928.20114</Data>
<Data Name="AppTimeStamp">66d7c4e1</Data><Data Name="ModuleName">mso20win32client.dll</Data>
<Data Name="ModuleVersion">0.0.0.0</Data><Data Name="ModuleTimeStamp">66d7c3a2</Data>
<Data Name="ExceptionCode">c0000005</Data><Data Name="FaultingOffset">00000000001a2b3c</Data>
<Data Name="ProcessId">0x1be0</Data><Data Name="ProcessCreationTime">0x1dba5e3f1c2d3e4</Data>
<Data Name="AppPath">C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE</Data>
<Data Name="ModulePath">C:\\Program Files\\Common Files\\mso20win32client.dll</Data>
</EventData></Event>"""
OLD_HANG = f"""<Event {NS}><System><Provider Name="Application Hang"/><EventID>1002</EventID>
<TimeCreated SystemTime="2025-05-14T09:03:00.0000000Z"/><EventRecordID>31620</EventRecordID>
</System><EventData><Data>EXCEL.EXE</Data><Data>16.0.1</Data><Data>2a4c</Data>
<Data>01dba5e3</Data><Data>4294967295</Data><Data>C:\\Office\\EXCEL.EXE</Data></EventData></Event>"""
SERVICE = WORD_CRASH.replace("WINWORD.EXE", "svchost.exe").replace(
    "C:\\Program Files\\Microsoft Office\\root\\Office16\\svchost.exe",
    "C:\\Windows\\System32\\svchost.exe").replace("31613", "31614")


def test_application_error_and_hang_events_become_crashes():
    word, excel, service = parse_wevtutil_xml(WORD_CRASH + OLD_HANG + SERVICE)
    assert (word.program, word.version, word.reason, word.pid) == (
        "WINWORD", "16.0.17928.20114", "0xc0000005", 0x1BE0)
    assert word.time == datetime(2025, 5, 14, 9, 1, 33, 170372, tzinfo=UTC)
    assert word.key == "wer:31613" and word.launchable
    assert word.details.splitlines()[:3] == ["Application Error 1000",
                                             "ExceptionCode: c0000005",
                                             "ModuleName: mso20win32client.dll"]
    assert (excel.program, excel.version, excel.reason, excel.pid) == (
        "EXCEL", "16.0.1", "stopped responding", 0x2A4C)  # positional Data (before Windows 10)
    assert not service.launchable  # Windows' own processes are not the user's to report


def test_the_query_asks_the_event_log_for_crashes_after_a_time():
    calls = []

    def run(argv, timeout):
        calls.append(argv)
        return WORD_CRASH

    since = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)
    assert [c.program for c in WindowsCrashSource(run).crashes_since(since)] == ["WINWORD"]
    assert calls[0][:3] == ("wevtutil", "qe", "Application")
    assert "TimeCreated[@SystemTime>='2025-05-14T09:00:00.000Z']" in crash_query(since)
    assert "/f:xml" in calls[0]


def test_garbage_from_wevtutil_gives_nothing():
    assert parse_wevtutil_xml("") == []
    assert parse_wevtutil_xml("<Event><oops") == []
    assert parse_wevtutil_xml(f"<Event {NS}><System><EventID>1000</EventID></System></Event>") \
        == []


IPS_HEADER = {"app_name": "TextEdit", "timestamp": "2025-05-14 11:01:33.00 +0200",
              "app_version": "1.19", "bug_type": "309", "os_version": "macOS 14.4 (23E214)",
              "bundleID": "com.apple.TextEdit", "name": "TextEdit",
              "incident_id": "6B1F0E2A-9C3D-4E5F-8A7B-1C2D3E4F5A6B"}
IPS_BODY = {"procPath": "/System/Applications/TextEdit.app/Contents/MacOS/TextEdit",
            "pid": 4242, "captureTime": "2025-05-14 11:01:33.1234 +0200",
            "exception": {"type": "EXC_BAD_ACCESS", "signal": "SIGSEGV",
                          "subtype": "KERN_INVALID_ADDRESS at 0x0000000000000010"},
            "faultingThread": 0,
            "threads": [{"triggered": True, "frames": [
                {"imageOffset": 4242, "symbol": "objc_msgSend", "imageIndex": 1},
                {"imageOffset": 99, "symbol": "-[NSTextView insertText:]", "imageIndex": 0}]}],
            "usedImages": [{"name": "AppKit"}, {"name": "libobjc.A.dylib"}]}


def test_an_ips_crash_report_becomes_a_crash():
    crash = parse_ips(json.dumps(IPS_HEADER) + "\n" + json.dumps(IPS_BODY), "TextEdit.ips")
    assert crash is not None
    assert (crash.program, crash.version, crash.reason, crash.pid) == (
        "TextEdit", "1.19", "EXC_BAD_ACCESS (SIGSEGV)", 4242)
    assert crash.time == datetime(2025, 5, 14, 9, 1, 33, tzinfo=UTC)
    assert crash.details.splitlines() == ["#0 objc_msgSend (libobjc.A.dylib)",
                                          "#1 -[NSTextView insertText:] (AppKit)"]
    assert crash.launchable and crash.program_key == "com.apple.TextEdit"


def test_other_reports_and_garbage_are_not_crashes():
    hang = json.dumps({**IPS_HEADER, "bug_type": "298"}) + "\n{}"
    assert parse_ips(hang) is None
    assert parse_ips("not json") is None
    assert parse_ips(json.dumps(IPS_HEADER) + "\n" + json.dumps({"threads": 5,
                                                                   "faultingThread": 9}))
    legacy = ("Process:               Preview [512]\nPath:                  "
              "/Applications/Preview.app/Contents/MacOS/Preview\nVersion:               "
              "11.0 (1056.4)\nDate/Time:             2025-05-14 11:01:33.123 +0200\n"
              "Exception Type:        EXC_CRASH (SIGABRT)\n")
    crash = parse_crash_text(legacy, "Preview.crash")
    assert crash is not None and (crash.program, crash.version, crash.reason) == (
        "Preview", "11.0", "EXC_CRASH (SIGABRT)")


def test_reports_are_read_from_the_folder_after_a_time(tmp_path):
    (tmp_path / "TextEdit-2025-05-14-110133.ips").write_text(
        json.dumps(IPS_HEADER) + "\n" + json.dumps(IPS_BODY))
    (tmp_path / "notes.txt").write_text("not a report")
    reader = MacCrashSource(tmp_path)
    assert [c.program for c in reader.crashes_since(datetime(2025, 5, 14, 9, tzinfo=UTC))] == [
        "TextEdit"]
    assert reader.crashes_since(datetime(2025, 5, 14, 10, tzinfo=UTC)) == []


def test_each_system_has_its_reader():
    assert type(crash_source("linux")).__name__ == "LinuxCrashSource"
    assert type(crash_source("win32")).__name__ == "WindowsCrashSource"
    assert type(crash_source("darwin")).__name__ == "MacCrashSource"
    assert crash_source("sunos5") is None
