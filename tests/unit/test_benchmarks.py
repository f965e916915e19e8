"""``python -m benchmarks``: one runner; each benchmark still runs as its own script, and the
runner gathers what they record into one table."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)


def test_the_runner_lists_every_benchmark_and_what_it_needs():
    done = run("-m", "benchmarks", "list")
    assert done.returncode == 0
    for name in ("footprint", "kb_bench", "kb_relevance", "kb_lemmas", "fleet_model",
                 "requests_paint_bench", "sysinfo_bench", "upload_bench", "self_checks"):
        assert f"  {name} " in done.stdout
    assert "needs pymorphy3" in done.stdout


def test_a_benchmark_run_by_name_prints_its_figures_in_the_table():
    done = run("-m", "benchmarks", "kb_relevance")
    assert done.returncode == 0, done.stderr
    table = done.stdout[done.stdout.index("| benchmark |"):].splitlines()
    assert table[0] == "| benchmark | figure | value | min–max | target | met |"
    assert any(row.startswith("| kb_relevance | recall@3 | ") and row.endswith(" | yes |")
               for row in table)


def test_the_script_alone_runs_as_before_and_records_nothing():
    done = run("benchmarks/kb_relevance.py")
    assert done.returncode == 0 and "recall@3" in done.stdout and "| benchmark |" not in done.stdout


def test_an_unknown_name_is_refused():
    done = run("-m", "benchmarks", "nope")
    assert done.returncode == 2 and "benchmarks list" in done.stderr
