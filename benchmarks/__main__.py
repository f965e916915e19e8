"""One runner for HelpClient's benchmarks.

    python -m benchmarks list                 what there is, and what each needs
    python -m benchmarks NAME [ARGS...]       run one (its own options after the name)
    python -m benchmarks all [--skip A,B]     run every one that needs nothing more, then print
                                              the whole performance table

Each benchmark stays a script of its own (``python benchmarks/NAME.py`` works as before); the
runner starts it in a fresh interpreter (Qt, memory and timing figures must not share a process)
and collects the headline figures it records (:mod:`figures`) into one table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIGURES_ENV = "HELPCLIENT_BENCH_FIGURES"  # as figures.py reads it


@dataclass(frozen=True)
class Benchmark:
    """A script in this folder; ``needs`` says what it needs beyond the project's own
    packages (empty: ``all`` runs it), ``takes`` roughly how long it runs here."""

    script: str
    about: str
    takes: str
    needs: str = ""
    qt: bool = False  # opens Qt windows: offscreen where no display is set


BENCHMARKS = {
    "footprint": Benchmark(
        "footprint.py", "start → tray icon, memory, idle CPU and click → wizard, against a bare "
        "PySide6 tray app", "12 min", qt=True),
    "kb_bench": Benchmark(
        "kb_bench.py", "knowledge-base index at 50,000 articles: build, size, search and "
        "suggestion latency", "2 min"),
    "kb_relevance": Benchmark(
        "kb_relevance.py", "relevance of the wizard's suggestions on the evaluation set",
        "10 s"),
    "requests_paint_bench": Benchmark(
        "requests_paint_bench.py", "My requests with 10,000 cached tickets: open → painted",
        "30 s", qt=True),
    "sysinfo_bench": Benchmark(
        "sysinfo_bench.py", "system-information collection: time, memory, GUI-thread stalls",
        "1 min", qt=True),
    "self_checks": Benchmark(
        "self_checks.py", "the quick checks: each check's time, the whole run, GUI-thread "
        "stalls", "30 s", qt=True),
    "upload_bench": Benchmark(
        "upload_bench.py", "1 GiB streaming upload against curl: throughput, memory", "1 min",
        needs="curl"),
    "fleet_model": Benchmark(
        "fleet_model.py", "helpdesk load of a 100,000-client fleet, notification latency "
        "(a real Request Tracker 5)", "10 min", needs="Request Tracker 5 (make rt-deps)"),
    "kb_lemmas": Benchmark(
        "kb_lemmas.py", "Russian lemmas (pymorphy3) against Snowball stems on the relevance "
        "set", "1 min", needs="pymorphy3 and a wordfreq data folder (see its docstring)"),
}


def missing(bench: Benchmark) -> str:
    """What this machine lacks to run ``bench`` ("": nothing)."""
    if bench.needs.startswith("curl"):
        return "" if _which("curl") else "curl"
    if bench.needs.startswith("Request Tracker"):
        from helpclient.demo.rt_instance import rt_installed  # noqa: PLC0415

        return "" if rt_installed() else bench.needs
    return bench.needs


def _which(program: str) -> bool:
    import shutil  # noqa: PLC0415

    return shutil.which(program) is not None


def run(name: str, args: list[str], figures: Path) -> int:
    """Run one benchmark in a fresh interpreter, its output shown as it comes; its figures
    appended to ``figures`` (one JSON object a line, with ``benchmark``)."""
    bench = BENCHMARKS[name]
    env = dict(os.environ)
    own = figures.with_suffix(f".{name}.jsonl")
    env[FIGURES_ENV] = str(own)
    if bench.qt and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") \
            and name != "footprint":  # footprint chooses its display itself
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"\n=== {name}: {bench.about}", flush=True)
    began = time.monotonic()
    code = subprocess.call([sys.executable, str(HERE / bench.script), *args], env=env)
    with figures.open("a", encoding="utf-8") as out:
        rows = own.read_text(encoding="utf-8").splitlines() if own.exists() else []
        for line in rows:
            out.write(json.dumps({"benchmark": name, **json.loads(line)}) + "\n")
        if code != 0 or not rows:
            out.write(json.dumps({"benchmark": name, "figure": "(run)", "value":
                                  f"exit {code}" if code else "no figures", "unit": "",
                                  "target": "", "ok": None if code == 0 else False,
                                  "spread": ""}) + "\n")
    print(f"=== {name} took {time.monotonic() - began:.0f} s", flush=True)
    return code


def table(figures: Path) -> str:
    """The performance table of the figures recorded."""
    rows = [json.loads(line) for line in figures.read_text(encoding="utf-8").splitlines()]
    lines = ["| benchmark | figure | value | min–max | target | met |", "|---|---|---|---|---|---|"]
    for row in rows:
        met = {True: "yes", False: "**no**", None: ""}[row["ok"]]
        value = f"{row['value']} {row['unit']}".strip()
        lines.append(f"| {row['benchmark']} | {row['figure']} | {value} | {row['spread']} | "
                     f"{row['target']} | {met} |")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """The command line (see the module's docstring)."""
    if not argv or argv[0] in ("-h", "--help", "list"):
        print(__doc__)
        for name, bench in BENCHMARKS.items():
            lack = missing(bench)
            print(f"  {name:<22} {bench.about} (~{bench.takes})"
                  + (f"\n  {'':<22} needs {lack}" if lack else ""))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        figures = Path(tmp) / "figures.jsonl"
        figures.touch()
        if argv[0] == "all":
            skip = set(argv[2].split(",")) if argv[1:2] == ["--skip"] and len(argv) > 2 else set()
            codes = []
            for name, bench in BENCHMARKS.items():
                lack = missing(bench)
                if name in skip or lack:
                    why = "--skip" if name in skip else f"needs {lack}"
                    print(f"\n=== {name}: skipped ({why})")
                    continue
                codes.append(run(name, [], figures))
            print("\n" + table(figures))
            return max(codes, default=0)
        if argv[0] not in BENCHMARKS:
            print(f"no benchmark {argv[0]!r}; `python -m benchmarks list` lists them",
                  file=sys.stderr)
            return 2
        code = run(argv[0], argv[1:], figures)
        print("\n" + table(figures))
        return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
