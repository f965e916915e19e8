"""A recorded crash (what coredumpctl --json and the journal printed, tests/data/crashes) becomes
a report with the program, its version, the time and the redacted crash summary filled in: the
user adds only what they were doing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from known_fakes import Clock, recorded_run

from helpclient.core.crashes.offers import CrashOffers
from helpclient.core.crashes.report import crash_report
from helpclient.core.redact import Identity, Redactor
from helpclient.core.report.problem import (
    Category,
    Contact,
    ProblemReport,
    Started,
    Step,
    render_body,
    validate_step,
)
from helpclient.platform.applications import DesktopEntry
from helpclient.platform.crashes_linux import LinuxCrashSource

CRASHED = datetime(2025, 5, 14, 9, 1, 33, 412000, tzinfo=UTC)
EDITOR = DesktopEntry("Text Editor", Path("/usr/share/applications/org.gnome.TextEditor.desktop"),
                      command="gnome-text-editor")


def offered_crash(tmp_path):
    """What the watch offers a minute after the recorded crash."""
    source = LinuxCrashSource(recorded_run(), uid=1000, entries=lambda: [EDITOR],
                              which=lambda name: f"/usr/bin/{name}")
    clock = Clock(CRASHED - timedelta(minutes=2))
    rules = CrashOffers(tmp_path / "offers.json", lambda: timedelta(hours=24), clock)
    clock.now = CRASHED + timedelta(minutes=1)
    return rules.consider(source.crashes_since(rules.since()))


def test_a_recorded_crash_becomes_a_prefilled_report(tmp_path):
    (crash,) = offered_crash(tmp_path)  # python3.11 has no menu entry here: not offered
    start = ProblemReport(contact=Contact("Alice Example", "alice@example.com"))
    report = crash_report(crash, start, Redactor(), CRASHED + timedelta(minutes=1))
    assert report.summary == "Text Editor closed unexpectedly"
    assert report.category is Category.SOFTWARE
    assert (report.software, report.software_version) == ("Text Editor", "43.2")
    assert report.started is Started.JUST_NOW
    assert report.contact == start.contact and report.report_id == start.report_id
    lines = report.error_text.splitlines()
    local = CRASHED.astimezone()  # the user's time zone
    assert lines[:7] == [
        f"Text Editor closed unexpectedly on {local:%Y-%m-%d} at {local:%H:%M:%S %Z} "
        "(SIGSEGV).",
        "Version: 43.2",
        "Program file: /usr/bin/gnome-text-editor",
        "Command line: gnome-text-editor /home/alice/Documents/notes.txt "
        "--token=[REDACTED:secret]",
        "",
        "What the crash record says:",
        "Stack trace of thread 48213:"]
    assert "s3cr3t" not in report.error_text
    assert "#1 0x00007f3c2a8b01f7 gtk_text_buffer_insert (libgtk-4.so.1 + 0x2b01f7)" in lines
    # what the crash says is complete; what the user was doing is theirs to add
    for step in (Step.PROBLEM, Step.ERROR, Step.SOFTWARE):
        assert validate_step(report, step) == [], step
    assert validate_step(report, Step.ACTIONS)
    assert "Software affected ==\nText Editor (43.2)" in render_body(report)


def test_anonymised_system_information_anonymises_the_crash_too(tmp_path):
    (crash,) = offered_crash(tmp_path)
    redactor = Redactor(anonymize=True, identity=Identity(user_names=("alice",),
                                                          home_dirs=("/home/alice",)))
    report = crash_report(crash, ProblemReport(), redactor, CRASHED)
    assert "alice" not in report.error_text
    assert "[REDACTED:home]/Documents/notes.txt" in report.error_text


def test_the_report_speaks_the_language_it_is_given(tmp_path):
    (crash,) = offered_crash(tmp_path)
    words = {"{program} closed unexpectedly": "{program} неожиданно закрылась"}
    report = crash_report(crash, ProblemReport(), Redactor(), CRASHED + timedelta(hours=2),
                          lambda context, text: words.get(text, text))
    assert report.summary == "Text Editor неожиданно закрылась"
    assert report.started is Started.TODAY
