"""The durable outbox: what enqueue stores, how states move, what survives."""

import os
import sqlite3
import subprocess
import sys
import textwrap
import zipfile

import pytest

from helpclient.core.delivery.outbox import Outbox, OutboxError, State
from helpclient.core.report.drafts import DraftStore
from helpclient.core.report.export import export_zip
from helpclient.core.report.problem import ProblemReport
from helpclient.core.report.serialize import report_from_json


def test_enqueue_copies_attachments_content_addressed_and_keeps_names(outbox, tmp_path):
    one = tmp_path / "shot.png"
    one.write_bytes(b"pixels")
    other_dir = tmp_path / "elsewhere"
    other_dir.mkdir()
    same = other_dir / "shot.png"
    same.write_bytes(b"pixels")
    report = ProblemReport(summary="Printer jams", attachments=(one, same))
    entry = outbox.enqueue(report)
    one.unlink()  # the user's original may vanish: the queued copy must not
    copies = entry.report.attachments
    assert [p.name for p in copies] == ["shot.png", "shot.png"]
    assert copies[0] == copies[1]  # same content and name: stored once
    assert copies[0].read_bytes() == b"pixels"
    assert copies[0].parent.parent == outbox.files_dir
    assert entry.state is State.QUEUED and entry.attempts == 0 and not entry.in_doubt
    assert entry.total_bytes == 12


def test_enqueue_is_durable_across_reopen_and_idempotent(tmp_path, clock):
    report = ProblemReport(summary="VPN drops")
    box = Outbox(tmp_path, clock)
    box.enqueue(report)
    box.close()
    again = Outbox(tmp_path, clock)
    assert [e.id for e in again.pending()] == [report.report_id]
    again.enqueue(report.with_changes(summary="changed"))  # same id: not a second report
    assert [e.report.summary for e in again.pending()] == ["VPN drops"]
    again.close()


def test_states_due_and_wake(outbox, clock):
    a = outbox.enqueue(ProblemReport(summary="first"))
    clock.now += 1
    b = outbox.enqueue(ProblemReport(summary="second"))
    assert [e.id for e in outbox.due(clock.now)] == [a.id, b.id]
    outbox.reschedule(a.id, clock.now + 60, "down", in_doubt=True)
    outbox.set_state(b.id, State.NEEDS_AUTH, "sign in")
    assert outbox.due(clock.now) == []
    assert outbox.next_due() == clock.now + 60
    assert outbox.wake() == 1  # the network is back: queued ones become due, parked ones stay
    assert [e.id for e in outbox.due(clock.now)] == [a.id]
    assert outbox.get(a.id).in_doubt
    assert outbox.retry_now(b.id) == 1  # signed in again
    assert {e.id for e in outbox.due(clock.now)} == {a.id, b.id}


def test_sent_keeps_the_record_and_frees_the_copies(outbox, tmp_path):
    f = tmp_path / "log.txt"
    f.write_text("log")
    entry = outbox.enqueue(ProblemReport(summary="Crash", attachments=(f,)))
    copy = entry.report.attachments[0]
    outbox.begin_attempt(entry.id)
    assert outbox.get(entry.id).in_flight
    outbox.mark_sent(entry.id, "42", "https://rt/42")
    sent = outbox.get(entry.id)
    assert (sent.state, sent.ticket_id, sent.in_doubt) == (State.SENT, "42", False)
    assert outbox.pending() == []
    assert not copy.exists()
    assert not outbox.cancel(entry.id)  # a sent report cannot be cancelled


def test_shared_copies_survive_until_no_report_needs_them(outbox, tmp_path):
    f = tmp_path / "same.txt"
    f.write_text("same")
    a = outbox.enqueue(ProblemReport(summary="one", attachments=(f,)))
    b = outbox.enqueue(ProblemReport(summary="two", attachments=(f,)))
    copy = a.report.attachments[0]
    assert outbox.cancel(a.id)
    assert copy.exists()  # b still needs it
    outbox.mark_sent(b.id, "7")
    assert not copy.exists()


def test_unreadable_attachment_queues_nothing(outbox, tmp_path):
    with pytest.raises(OutboxError) as caught:
        outbox.enqueue(ProblemReport(summary="x", attachments=(tmp_path / "missing.png",)))
    assert "Nothing was sent" in caught.value.message
    assert outbox.pending() == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_data_dir_is_a_clear_error_and_keeps_what_was_queued(tmp_path, clock):
    box = Outbox(tmp_path / "data", clock)
    first = box.enqueue(ProblemReport(summary="kept"))
    box.close()
    (tmp_path / "data").chmod(0o500)
    (tmp_path / "data" / "outbox-files").chmod(0o500)
    try:
        try:
            box = Outbox(tmp_path / "data", clock)
        except OutboxError as exc:
            assert "Nothing was sent" in exc.message
            return
        f = tmp_path / "a.txt"
        f.write_text("a")
        with pytest.raises(OutboxError) as caught:
            box.enqueue(ProblemReport(summary="new", attachments=(f,)))
        assert "permission" in caught.value.message or "read-only" in caught.value.message
        assert [e.id for e in box.pending()] == [first.id]
        box.close()
    finally:
        (tmp_path / "data" / "outbox-files").chmod(0o700)
        (tmp_path / "data").chmod(0o700)


def test_crash_leftovers_are_collected(outbox, clock, tmp_path):
    partial = outbox.files_dir / ".incoming" / "tmpabc"
    partial.write_bytes(b"half")
    orphan = outbox.files_dir / ("0" * 64)
    orphan.mkdir()
    (orphan / "x").write_bytes(b"x")
    old = clock.now - 7200
    os.utime(partial, (old, old))
    os.utime(orphan, (old, old))
    outbox.collect_garbage()
    assert not partial.exists() and not orphan.exists()


def test_rows_survive_a_torn_process(tmp_path, clock):
    """Committed rows are in the WAL; a second connection sees them without a clean close."""
    box = Outbox(tmp_path, clock)
    entry = box.enqueue(ProblemReport(summary="durable"))
    conn = sqlite3.connect(tmp_path / "outbox.sqlite3")
    (row,) = conn.execute("SELECT report_json FROM reports").fetchall()
    assert report_from_json(row[0]).report_id == entry.id
    conn.close()
    box.close()


def test_export_zip_has_text_json_and_files(outbox, tmp_path):
    f = tmp_path / "dump.txt"
    f.write_text("stack")
    entry = outbox.enqueue(ProblemReport(summary="Outlook freezes", attachments=(f,)))
    target = export_zip(entry.report, tmp_path / "report.zip")
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert names == {"report.txt", "report.json", "files/dump.txt"}
        assert "Outlook freezes" in archive.read("report.txt").decode()
        assert f"HelpClient-Report: {entry.id}" in archive.read("report.txt").decode()
        assert report_from_json(archive.read("report.json").decode()).report_id == entry.id


FULL_DISK = textwrap.dedent("""
    import resource, signal, sys
    from pathlib import Path
    from helpclient.core.report.drafts import DraftError, DraftStore
    from helpclient.core.delivery.outbox import Outbox, OutboxError
    from helpclient.core.report.problem import ProblemReport
    # writes past 256 KiB fail with EFBIG, as on a full disk (instead of killing the process)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))
    data, big = Path(sys.argv[1]), Path(sys.argv[2])
    try:
        Outbox(data).enqueue(ProblemReport(summary="too big", attachments=(big,)))
    except OutboxError as exc:
        print("OUTBOX:", exc.message)
    try:
        DraftStore(data).save(ProblemReport(summary="draft v2" + "x" * 400_000))
    except DraftError as exc:
        print("DRAFT:", exc.message)
""")


def test_full_disk_is_a_clear_error_and_saved_data_stays_intact(tmp_path):
    data = tmp_path / "data"
    box = Outbox(data)
    kept = box.enqueue(ProblemReport(summary="queued before the disk filled"))
    box.close()
    drafts = DraftStore(data)
    draft = drafts.save(ProblemReport(summary="draft v1"))
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(1024 * 1024))
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(data), str(big)],
                            capture_output=True, text=True, check=False, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "OUTBOX: The report could not be queued" in result.stdout
    assert "the disk is full" in result.stdout
    assert "DRAFT: Your draft could not be saved (the disk is full)" in result.stdout
    box = Outbox(data)
    assert [e.id for e in box.pending()] == [kept.id]
    assert list((data / "outbox-files" / ".incoming").iterdir()) == []  # no partial copy left
    box.close()
    assert drafts.latest() == draft
