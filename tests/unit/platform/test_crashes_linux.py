"""The Linux crash reader over what systemd 252 printed (tests/data/crashes): coredumpctl's list
and the journal's coredump entries become crashes with the program's menu name, its version,
the signal and the crashed thread's first frames; garbage and "no coredumps" give nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from known_fakes import CRASHES, recorded_run

from helpclient.platform.applications import DesktopEntry
from helpclient.platform.crashes_linux import (
    COREDUMP_MESSAGE_ID,
    LinuxCrashSource,
    parse_coredump_journal,
    parse_coredumpctl_list,
    stack_summary,
)

SINCE = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)
EDITOR = DesktopEntry("Text Editor", Path("/usr/share/applications/org.gnome.TextEditor.desktop"),
                      command="gnome-text-editor")
PYTHON = DesktopEntry("Python (v3.11)", Path("/usr/share/applications/python3.11.desktop"),
                      command="/usr/bin/python3.11")


def which(name):
    return f"/usr/bin/{name}"


def source(run=None, entries=(EDITOR, PYTHON), uid=1000):
    return LinuxCrashSource(run or recorded_run(packages={
        "/usr/bin/python3.11": ("python3.11", "3.11.2-6+deb12u6")}),
        uid=uid, entries=lambda: list(entries), which=which)


def test_the_recorded_listing_is_read():
    records = parse_coredumpctl_list((CRASHES / "coredumpctl-list.json").read_text())
    assert [(r["pid"], r["exe"], r["sig"], r["uid"]) for r in records] == [
        (48213, "/usr/bin/gnome-text-editor", 11, 1000), (48377, "/usr/bin/python3.11", 11, 1000)]
    assert records[0]["time"] == datetime(2025, 5, 14, 9, 1, 33, 412000, tzinfo=UTC)


def test_recorded_crashes_become_crashes_with_name_version_and_stack():
    run = recorded_run(packages={"/usr/bin/python3.11": ("python3.11", "3.11.2-6+deb12u6")})
    editor, python = source(run).crashes_since(SINCE)
    assert run.calls[0] == ("coredumpctl", "--json=short", "--no-pager",
                            f"--since=@{int(SINCE.timestamp())}", "list")
    assert run.calls[1][:4] == ("journalctl", "-o", "json", "--no-pager")
    assert f"MESSAGE_ID={COREDUMP_MESSAGE_ID}" in run.calls[1]
    assert "COREDUMP_UID=1000" in run.calls[1]
    assert (editor.program, editor.version, editor.reason, editor.pid) == (
        "Text Editor", "43.2", "SIGSEGV", 48213)  # the version the crash record carries
    assert editor.launchable and editor.program_key == "/usr/bin/gnome-text-editor"
    assert editor.command == ("gnome-text-editor /home/alice/Documents/notes.txt "
                              "--token=s3cr3t-abcdef")  # redacted in the report, not here
    assert editor.details.splitlines()[0] == "Stack trace of thread 48213:"
    assert "#1 0x00007f3c2a8b01f7 gtk_text_buffer_insert (libgtk-4.so.1 + 0x2b01f7)" in \
        editor.details
    assert (python.program, python.version) == ("Python (v3.11)", "3.11.2")  # from dpkg


def test_a_program_no_menu_starts_is_not_offered_and_named_by_its_file():
    crashes = source(entries=[]).crashes_since(SINCE)
    assert [(c.program, c.launchable) for c in crashes] == [
        ("gnome-text-editor", False), ("python3.11", False)]


def test_each_menu_program_is_searched_on_path_once_for_all_crashes():
    searched = []

    def counting_which(name):
        searched.append(name)
        return which(name)

    reader = LinuxCrashSource(recorded_run(), uid=1000, entries=lambda: [EDITOR, PYTHON],
                              which=counting_which)
    assert [c.program for c in reader.crashes_since(SINCE)] == ["Text Editor", "Python (v3.11)"]
    assert searched == ["gnome-text-editor"]  # two crashes, one search


def test_other_users_crashes_are_left_out():
    assert source(uid=1001).crashes_since(SINCE) == []


def test_each_crash_is_looked_into_once():
    run = recorded_run()
    reader = source(run)
    reader.crashes_since(SINCE)
    reader.crashes_since(SINCE)
    assert [c[0] for c in run.calls].count("journalctl") == 1


def test_without_the_journal_the_listing_still_gives_crashes():
    def run(argv, timeout):
        if argv[0] == "journalctl":
            raise FileNotFoundError("journalctl")
        return recorded_run()(argv, timeout)

    editor, _python = source(run).crashes_since(SINCE)
    # the signal from the listing's number; no command line or stack without the journal
    assert (editor.program, editor.reason, editor.command, editor.details) == (
        "Text Editor", "SIGSEGV", "", "")


def test_no_coredumps_and_garbage_give_nothing():
    assert source(recorded_run(listing="")).crashes_since(SINCE) == []
    for garbage in ["No coredumps found.", "[{\"time\": \"soon\"}]", "{}", "[1, null, []]",
                    json.dumps([{"time": -5, "pid": 1, "exe": "/x"}]), "[" * 10000]:
        assert parse_coredumpctl_list(garbage) == []
    assert parse_coredump_journal("not json\n{\"MESSAGE_ID\": 5}\n[]") == {}


def test_without_coredumpctl_the_records_cannot_be_read():
    def run(argv, timeout):
        raise FileNotFoundError(argv[0])

    with pytest.raises(FileNotFoundError):
        source(run).crashes_since(SINCE)


def test_the_stack_summary_keeps_the_crashed_threads_first_frames():
    frames = "\n".join(f"#{n}  0x{n:016x} f{n} (lib.so + 0x{n:x})" for n in range(12))
    message = (f"Process 1 (x) of user 1000 dumped core.\n\nStack trace of thread 1:\n{frames}\n\n"
               "Stack trace of thread 2:\n#0  0x0 other (lib.so + 0x1)")
    summary = stack_summary(message).splitlines()
    assert summary[0] == "Stack trace of thread 1:"
    assert summary[1] == "#0 0x0000000000000000 f0 (lib.so + 0x0)"
    assert len(summary) == 1 + 8 + 1 and summary[-1] == "…"
    assert stack_summary("Process 1 dumped core.") == ""
