"""SIGINT and SIGTERM quit HelpClient cleanly, and nothing wakes it to look for them."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from helpclient.ui.shell.quit_signals import QuitSignals


def test_a_signal_reaches_the_gui_thread_through_the_event_loop(qtbot):
    got = []
    before = signal.getsignal(signal.SIGUSR1)
    signals = QuitSignals(got.append, [signal.SIGUSR1])
    signals.install()
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        qtbot.waitUntil(lambda: got == [signal.SIGUSR1], timeout=2000)
    finally:
        signals.uninstall()
    assert signal.getsignal(signal.SIGUSR1) is before


def start_app(tmp_path: Path, settings: str = "") -> tuple[subprocess.Popen[bytes], Path]:
    """The real app in a process of its own, set up for a helpdesk where nothing answers
    (and ``settings``, TOML)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "HELPCLIENT_"))}
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    config = tmp_path / "config" / "helpclient"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(
        '[server]\nbackend = "rt"\nurl = "http://127.0.0.1:9"\n' + settings, encoding="utf-8")
    env.update(QT_QPA_PLATFORM="offscreen", HELPCLIENT_TOKEN="not-a-real-token")
    log = tmp_path / "state" / "helpclient" / "log" / "helpclient.log"
    proc = subprocess.Popen([sys.executable, "-m", "helpclient.cli"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while "started" not in (log.read_text() if log.exists() else ""):
        assert proc.poll() is None and time.monotonic() < deadline, "the app did not start"
        time.sleep(0.05)
    return proc, log


@contextmanager
def running_app(tmp_path: Path, settings: str = "") -> Iterator[tuple[subprocess.Popen[bytes],
                                                                      Path]]:
    """:func:`start_app`, killed on the way out if a test left it running."""
    proc, log = start_app(tmp_path, settings)
    try:
        yield proc, log
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def main_thread_wakeups(pid: int) -> int:
    """How often the GUI thread went to sleep and was woken (preemptions while it ran, which a
    loaded machine adds, are not wake-ups)."""
    status = Path(f"/proc/{pid}/task/{pid}/status").read_text()
    return sum(int(line.split()[1]) for line in status.splitlines()
               if line.startswith("voluntary_ctxt_switches"))


def wait_until_quiet(pid: int, timeout: float = 60.0, seconds: int = 3) -> None:
    """Until ``seconds`` whole seconds in a row pass with the GUI thread (nearly) asleep: the
    start's own work (a first poll, the outbox, the folders, the work deferred until the icon
    is up) comes in bursts with gaps between, and takes longer on a loaded machine."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        before = main_thread_wakeups(pid)
        time.sleep(1)
        quiet = quiet + 1 if main_thread_wakeups(pid) - before < 3 else 0
        if quiet == seconds:
            return
    pytest.fail(f"the app's GUI thread never went quiet in {timeout:.0f} s")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_the_app_quits_cleanly_on_a_signal_and_sleeps_until_then(qapp, tmp_path, number):
    with running_app(tmp_path) as (proc, log):
        wait_until_quiet(proc.pid)
        before = main_thread_wakeups(proc.pid)
        time.sleep(4)
        # a 250 ms heartbeat would wake the GUI thread 16 times here
        assert main_thread_wakeups(proc.pid) - before < 8
        proc.send_signal(number)
        assert proc.wait(20) == 0
    assert log.read_text().rstrip().endswith("HelpClient stopped")
    assert QCoreApplication.instance() is not None  # (this test's own app is untouched)


def articles_indexed(index: Path) -> int:
    with sqlite3.connect(index) as conn:
        return int(conn.execute("SELECT count(*) FROM kb_article").fetchone()[0])


def test_quitting_during_a_big_folder_import_does_not_wait_for_it(tmp_path):
    # IT's folder of 5,000 articles: reading them takes seconds (more from a share)
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(5000):
        (folder / f"a{n:04}.md").write_text(f"# Printer {n}\n\nRestart the spooler.\n")
    index = tmp_path / "data" / "helpclient" / "kb.sqlite"
    with running_app(tmp_path, f'[kb]\nfolders = ["{folder}"]\n') as (proc, log):
        deadline = time.monotonic() + 30
        while not index.exists():  # the first look at the folders has begun
            assert time.monotonic() < deadline, "the folders were never looked at"
            time.sleep(0.02)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(20) == 0
    assert log.read_text().rstrip().endswith("HelpClient stopped")
    # the import stopped between two files and wrote none of them (the starter articles,
    # imported first, may be there); before, the quit waited up to 5 s for it to finish
    assert articles_indexed(index) < 5000
