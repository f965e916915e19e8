"""The footprint benchmark's warm-up waits for HelpClient's first article sync, so the measured
runs' idle is idle (not that sync, started again in every run) — and says when it never came."""

import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from footprint import articles_synced
from footprint_run import Plan, TimingFile, measure

from helpclient import APP_ID
from helpclient.core.kb.upkeep_state import UpkeepState
from helpclient.core.paths import AppPaths

# an "app" that says its icon is shown (as HELPCLIENT_TIMING asks), then waits to be stopped
APP = textwrap.dedent("""
    import os, signal, sys, time
    with open(os.environ["HELPCLIENT_TIMING"], "a") as out:
        out.write(f"icon-shown {time.monotonic():.6f} 0 0 22 22 50000 embedded\\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        time.sleep(0.05)
""")


@pytest.fixture
def app(tmp_path):
    script = tmp_path / "app.py"
    script.write_text(APP)
    return [sys.executable, str(script)]


def test_the_warm_up_waits_until_the_app_is_ready(tmp_path, app):
    asked = []

    def ready():
        asked.append(1)
        return len(asked) >= 3

    figures = measure(app, {}, TimingFile(tmp_path / "t.txt"),
                      Plan(settle_s=0, idle_s=0, click=False, ready=ready, ready_within_s=30),
                      None)
    assert len(asked) >= 3 and figures.notes == [] and figures.exit_code == 0


def test_a_warm_up_never_ready_says_so(tmp_path, app):
    figures = measure(app, {}, TimingFile(tmp_path / "t.txt"),
                      Plan(settle_s=0, idle_s=0, click=False, ready=lambda: False,
                           ready_within_s=1.5), None)
    assert figures.notes == ["not ready in time"]


def test_articles_count_as_synced_once_the_upkeep_state_says_so(tmp_path):
    assert not articles_synced(tmp_path)
    paths = AppPaths(*(tmp_path / "hc" / name / APP_ID for name in (
        "config", "data", "cache", "state")))
    paths.kb_upkeep_file.parent.mkdir(parents=True)
    state = UpkeepState(paths.kb_upkeep_file, folders="abc")
    state.save()
    assert not articles_synced(tmp_path)  # folders imported, articles not yet
    state.synced["http://127.0.0.1:8080"] = 1.0
    state.save()
    assert articles_synced(tmp_path)
