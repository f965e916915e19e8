"""Drafts: atomic saves, attachments kept, debounced autosave with an injected clock."""

import os
import signal
import subprocess
import sys
import textwrap
import time

from outbox_fakes import Clock

from helpclient.core.report.drafts import Debouncer, DraftStore, OrderedSaver, is_blank
from helpclient.core.report.problem import Category, Contact, ProblemReport


def test_save_and_restore_with_attachment_copies(tmp_path):
    store = DraftStore(tmp_path)
    shot = tmp_path / "screen.png"
    shot.write_bytes(b"png")
    report = ProblemReport(summary="Wi-Fi drops", category=Category.NETWORK, attachments=(shot,))
    stored = store.save(report)
    shot.unlink()  # a temporary screenshot, gone before the restart
    restored = store.latest()
    assert restored == stored
    assert restored.summary == "Wi-Fi drops" and restored.report_id == report.report_id
    assert restored.attachments[0].read_bytes() == b"png"
    assert restored.attachments[0].name == "screen.png"
    assert store.save(restored).attachments == restored.attachments  # not copied again


def test_newest_first_and_discard(tmp_path):
    store = DraftStore(tmp_path)
    f = tmp_path / "a.txt"
    f.write_text("a")
    old = store.save(ProblemReport(summary="old", attachments=(f,)))
    time.sleep(0.01)
    new = store.save(ProblemReport(summary="new"))
    os.utime(tmp_path / "drafts" / f"{old.report_id}.json", (1, 1))
    assert [d.summary for d in store.load_all()] == ["new", "old"]
    store.discard(old.report_id)
    assert store.load_all() == [new]
    assert not old.attachments[0].exists()


def test_unreadable_draft_is_skipped(tmp_path):
    store = DraftStore(tmp_path)
    store.save(ProblemReport(summary="fine"))
    (tmp_path / "drafts" / "broken.json").write_text("{not json")
    assert [d.summary for d in store.load_all()] == ["fine"]


def test_blank_reports_are_not_drafts():
    assert is_blank(ProblemReport(contact=Contact(name="Alice")))
    assert not is_blank(ProblemReport(summary="x"))
    # what HelpClient proposes (the collected system information) is not the user's writing
    assert is_blank(ProblemReport(sysinfo_items=("os", "disks"), sysinfo_consent=True))
    assert not is_blank(ProblemReport(category=Category.PRINTING))


def test_debouncer_saves_after_a_pause_and_at_most_every_max_delay():
    clock = Clock()
    saved = []
    debouncer = Debouncer(saved.append, clock, delay=1.0, max_delay=5.0)
    assert debouncer.seconds_until_due() is None
    for i in range(4):  # typing, 0.5 s apart
        debouncer.changed(ProblemReport(summary=f"v{i}"))
        clock.now += 0.5
        assert not debouncer.poll()
    clock.now += 0.5
    assert debouncer.poll()
    assert [r.summary for r in saved] == ["v3"]
    for i in range(12):  # typing without a pause: still saved every 5 s
        debouncer.changed(ProblemReport(summary=f"w{i}"))
        clock.now += 0.5
        debouncer.poll()
    assert [r.summary for r in saved] == ["v3", "w9"]
    assert debouncer.pending
    assert debouncer.flush() and saved[-1].summary == "w11"
    assert not debouncer.flush()


TYPIST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from helpclient.core.report.drafts import Debouncer, DraftStore
    from helpclient.core.report.problem import ProblemReport
    store = DraftStore(Path(sys.argv[1]))
    debouncer = Debouncer(store.save, time.monotonic, delay=0.05, max_delay=0.2)
    report = ProblemReport(report_id="cafe")
    text = ""
    while True:
        text += "x"
        report = report.with_changes(summary=text)
        debouncer.changed(report)
        debouncer.poll()
        if len(text) == 20:
            debouncer.flush()
            print("saved", flush=True)
        time.sleep(0.002)
""")


def test_killed_while_typing_the_draft_returns(tmp_path):
    """SIGKILL a process that types and autosaves: the last saved draft is whole."""
    proc = subprocess.Popen([sys.executable, "-c", TYPIST, str(tmp_path)],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "saved"
        time.sleep(0.3)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
    draft = DraftStore(tmp_path).latest()
    assert draft is not None and draft.report_id == "cafe"
    assert len(draft.summary) >= 20 and set(draft.summary) == {"x"}


def test_ordered_saver_never_lets_an_old_save_win(tmp_path):
    store = DraftStore(tmp_path)
    saver = OrderedSaver(store)
    old, new = saver.ticket(), saver.ticket()
    report = ProblemReport(summary="newer")
    assert saver.save(report, new)
    assert not saver.save(report.with_changes(summary="older"), old)  # finished late
    assert store.latest().summary == "newer"
    saver.discard(report.report_id)
    assert not saver.save(report, saver.ticket())  # a save queued before Send: dropped
    assert store.latest() is None
