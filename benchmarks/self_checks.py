"""Benchmark of the quick checks on this machine: each check's time (median and worst over
the runs), the whole run's wall time against the 2-second limit, and the longest stall of the
GUI thread while a run goes on the TaskRunner.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/self_checks.py [--runs 5] [--server URL]``.
Without ``--server`` a helpdesk stand-in answers on 127.0.0.1, so the name, connection and clock
checks run for real too (nothing leaves this machine). Targets: every check concludes and the
run ends within 2 s; the GUI thread never stalls for more than 50 ms.
"""
# ruff: noqa: PLC0415 (Qt is imported only for the GUI-stall part)

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from figures import record

from helpclient.core.checks.runner import TIME_LIMIT, run_checks
from helpclient.core.settings import Settings
from helpclient.services import build_self_checks


class _Helpdesk(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        self.send_response(401)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def local_helpdesk() -> Iterator[str]:
    """A stand-in helpdesk on loopback: answers every HEAD with its Date."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Helpdesk)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # by name, so the name lookup runs too (it resolves from /etc/hosts)
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def settings_for(server: str) -> Settings:
    """Isolated settings (no user file, no policy) pointing at ``server``."""
    settings = Settings(Path(tempfile.mkdtemp(prefix="hc-bench-")) / "config.toml")
    settings.set("server.url", server)
    settings.set("sysinfo.check_urls", server + "/status")
    return settings


def measure(settings: Settings, runs: int) -> bool:
    """Print each check's times; True when every run ended within the limit."""
    run_checks(build_self_checks(settings))  # warm-up: imports, psutil's first calls
    times: dict[str, list[float]] = {}
    verdicts: dict[str, str] = {}
    walls = []
    for _ in range(runs):
        began = time.perf_counter()
        results = run_checks(build_self_checks(settings))
        walls.append(time.perf_counter() - began)
        for result in results:
            times.setdefault(result.name, []).append(result.seconds)
            verdicts[result.name] = result.verdict.value
    print(f"{'check':<10} {'median ms':>10} {'worst ms':>10}  verdict (last run)")
    for name, seconds in times.items():
        print(f"{name:<10} {statistics.median(seconds) * 1000:>10.1f} "
              f"{max(seconds) * 1000:>10.1f}  {verdicts[name]}")
    print(f"whole run: median {statistics.median(walls):.3f} s, worst {max(walls):.3f} s "
          f"(limit {TIME_LIMIT:g} s, {runs} runs)")
    record("quick checks, whole run", round(statistics.median(walls), 3), "s",
           spread=f"{min(walls):.3f}–{max(walls):.3f}", target=f"<= {TIME_LIMIT:g}",
           ok=max(walls) <= TIME_LIMIT + 0.1)
    return max(walls) <= TIME_LIMIT + 0.1


def gui_stall(settings: Settings) -> float:
    """The longest gap between 10 ms timer ticks on the GUI thread while one run goes on the
    TaskRunner, in seconds."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from helpclient.services import SafeActions
    from helpclient.ui.checks.session import CheckServices, CheckSession
    from helpclient.ui.kit.tasks import TaskRunner

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    runner = TaskRunner()
    session = CheckSession(runner, CheckServices(lambda: build_self_checks(settings),
                                                 lambda program, version: [], SafeActions()))
    clock = QElapsedTimer()
    longest = [0]
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    session.finished.connect(lambda _outcome: qapp.quit())
    clock.start()
    timer.start()
    session.run()
    qapp.exec()
    timer.stop()
    runner.wait_for_done()
    return longest[0] / 1000


def main(argv: list[str] | None = None) -> int:
    """Measure, print, and return 0 when the targets are met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--server", help="the helpdesk to check against (default: a local "
                        "stand-in on 127.0.0.1)")
    args = parser.parse_args(argv)
    with local_helpdesk() as local:
        settings = settings_for(args.server or local)
        in_time = measure(settings, max(1, args.runs))
        stall = gui_stall(settings)
    print(f"longest GUI-thread stall during a run: {stall * 1000:.0f} ms (target ≤ 50 ms)")
    record("quick checks, longest GUI-thread stall", round(stall * 1000), "ms", target="<= 50",
           ok=stall <= 0.05)
    return 0 if in_time and stall <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
