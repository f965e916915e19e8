"""HelpClient's footprint in the tray against the floor: a bare PySide6 tray app.

    python -m benchmarks footprint [--rounds 5] [--settle 15] [--idle 60] [--helpdesk rt]

The bare app (QApplication + QSystemTrayIcon with HelpClient's icon and a QMenu; a click opens a
one-page QWizard), the network floor (the bare app that asks the helpdesk once with requests
once its icon shows: what talking HTTP with requests costs any tray app) and HelpClient (the
``helpclient`` command, as a user starts it) run one after the other, each first in turn, for
several rounds, after one warm-up run each (not
counted: it builds HelpClient's index and welcome marker, waits for its first sync of the
helpdesk's articles, and fills the OS file cache). Each run:

* start → tray icon shown: from spawning the process to the first paint of the icon's window
  in the tray (the app's own timing line, see ``helpclient/ui/shell/timing_probe.py``);
* peak RSS at that moment (the process's own ``ru_maxrss``);
* after ``--settle`` seconds (start-up work that was deferred: the first sync, the index),
  ``--idle`` seconds of idle: CPU time and wake-ups (context switches, every thread) over it,
  and the RSS at its end;
* a real click on the tray icon (XTEST) → the wizard's first page painted;
* SIGTERM: HelpClient must exit cleanly (code 0).

The display is the current one (``DISPLAY``); with none, an Xvfb with the trayer tray host is
started when both are installed, else Qt's offscreen platform is used (no tray: the "icon" is
the request to show it, and there is nothing to click). The report says which.

HelpClient runs over its own temporary folders, signed in to a real local Request Tracker 5
(``--helpdesk rt``, the demo's instance) or to an address where nothing answers
(``--helpdesk unreachable``), its token in the keyring as for a user (``--token keyring``, the
default where a secure keyring exists) or in ``HELPCLIENT_TOKEN``. Prints medians, min–max and
the ratios; not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from figures import record
from footprint_run import (
    BARE_APP,
    NETWORK_FLOOR_APP,
    Clicker,
    Plan,
    RunFigures,
    TimingFile,
    helpclient_command,
    measure,
)

from helpclient import APP_ID
from helpclient.core.paths import AppPaths

ROOT = Path(__file__).resolve().parents[1]
ICON = ROOT / "resources" / "icons" / "helpclient.svg"
TARGET_START_RATIO = 1.25
TARGET_RSS_RATIO = 1.25
TARGET_CPU_PER_MIN = 0.05
TARGET_CLICK_MS = 100.0
# the most the warm-up waits for HelpClient's first sync of the helpdesk's articles
WARM_UP_SYNC_S = 300.0


def display_env(own: bool) -> tuple[dict[str, str], str, list[subprocess.Popen[bytes]]]:
    """The environment the apps run in, what it is, and the processes started for it;
    ``own``: an Xvfb of its own even when a display is set."""
    env = dict(os.environ)
    # as installed: modules load from cached bytecode (the warm-up run writes it)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if env.get("QT_QPA_PLATFORM") == "offscreen":
        return env, "offscreen (QT_QPA_PLATFORM=offscreen): no tray", []
    if env.get("DISPLAY") and not own:
        env["QT_QPA_PLATFORM"] = "xcb"
        return env, f"the current display {env['DISPLAY']}", []
    if shutil.which("Xvfb") and shutil.which("trayer"):
        number = next(n for n in range(90, 200) if not Path(f"/tmp/.X{n}-lock").exists())
        display = f":{number}"
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype",
                                 "request", "--height", "28", "--transparent", "false"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
        return env, f"an Xvfb started for this run ({display}) with trayer", [xvfb, tray]
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env, "offscreen (no DISPLAY, no Xvfb/trayer installed): no tray", []


def closed_port() -> int:
    """A loopback port where nothing listens (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def helpclient_env(base: dict[str, str], work: Path, helpdesk: str, rt_dir: Path,
                   token_in: str) -> tuple[dict[str, str], str, Callable[[], None], str]:
    """HelpClient's environment over folders of its own, signed in to ``helpdesk`` with the
    token in the keyring or in ``HELPCLIENT_TOKEN`` (``token_in``); what it is; how to stop
    what was started for it (the keyring's entry is removed); and the helpdesk's address."""
    env = dict(base)
    for name in ("CONFIG", "DATA", "CACHE", "STATE"):
        env[f"XDG_{name}_HOME"] = str(work / "hc" / name.lower())
    settings_file = AppPaths(*(work / "hc" / name / APP_ID for name in (
        "config", "data", "cache", "state"))).user_settings_file
    settings_file.parent.mkdir(parents=True)
    stop: Callable[[], None] = lambda: None  # noqa: E731
    if helpdesk == "rt":
        from helpclient.demo.rt_instance import create_instance  # noqa: PLC0415

        rt = create_instance(rt_dir)
        rt.start()
        url, queue, token = rt.url, rt.queue, rt.user_token
        stop = rt.stop
        what = f"signed in to a local Request Tracker 5 at {url}"
    else:
        url, queue, token = f"http://127.0.0.1:{closed_port()}", "General", "no-token-needed"
        what = f"set up for {url}, where nothing answers"
    settings_file.write_text(
        f'[server]\nbackend = "rt"\nurl = "{url}"\nqueue = "{queue}"\n', encoding="utf-8")
    if token_in == "env":
        env["HELPCLIENT_TOKEN"] = token
        return env, what + ", the token in HELPCLIENT_TOKEN", stop, url
    from helpclient.core.secrets import account_for, open_secret_store  # noqa: PLC0415

    keyring, account = open_secret_store(), account_for("rt", url)
    keyring.set(account, token)
    env.pop("HELPCLIENT_TOKEN", None)

    def forget() -> None:
        keyring.delete(account)
        stop()

    return env, f"{what}, the token in the keyring ({keyring.description})", forget, url


def articles_synced(work: Path) -> bool:
    """True once HelpClient has synced the helpdesk's articles into its knowledge base (then
    its later runs, within ``kb.sync_minutes``, do not sync them again)."""
    from helpclient.core.kb.upkeep_state import UpkeepState  # noqa: PLC0415

    paths = AppPaths(*(work / "hc" / name / APP_ID for name in (
        "config", "data", "cache", "state")))
    return bool(UpkeepState.load(paths.kb_upkeep_file).synced)


def last_sync(work: Path) -> str:
    """When HelpClient's ticket cache was last synced with the helpdesk (a check that it really
    was signed in)."""
    from helpclient.core.tracking.cache import TicketCache  # noqa: PLC0415

    cache_file = AppPaths(*(work / "hc" / name / APP_ID for name in (
        "config", "data", "cache", "state"))).ticket_cache_file
    if not cache_file.exists():
        return "none (no ticket cache)"
    cache = TicketCache(cache_file)
    try:
        return f"{cache.last_sync:%H:%M:%S}" if cache.last_sync else "none"
    finally:
        cache.close()


def spread(values: list[float], fmt: str) -> str:
    """min–max of ``values`` in ``fmt``."""
    return f"{format(min(values), fmt)}–{format(max(values), fmt)}"


def row(name: str, unit: str, fmt: str, bare: list[float], ours: list[float],
        floor: list[float], target: str = "",
        ok: Callable[[float, float | None], bool] | None = None) -> None:
    """Print one line of the table and record it for ``python -m benchmarks``: the bare app,
    the network floor, HelpClient, its ratios to the two, the target (on the ratio to the
    bare app, as the issue set it)."""
    if not ours:
        print(f"  {name:<34} not measured")
        return

    def cell(values: list[float]) -> str:
        if not values:
            return f"{'—':>7}"
        return f"{format(statistics.median(values), fmt):>7} ({spread(values, fmt)})"

    def ratio_to(values: list[float]) -> float | None:
        median = statistics.median(values) if values else None
        return ours_m / median if median else None

    ours_m = statistics.median(ours)
    ratio, floor_ratio = ratio_to(bare), ratio_to(floor)
    verdict = None if ok is None else ok(ours_m, ratio)
    ratios = "  ".join(f"{r:5.2f}×" if r is not None else "      " for r in (ratio, floor_ratio))
    mark = "" if verdict is None else (" OK" if verdict else " OVER")
    print(f"  {name:<34} {cell(bare):<22} {cell(floor):<22} {cell(ours):<22} {ratios}  "
          f"{target}{mark}")
    record(f"footprint: {name} (HelpClient)", round(ours_m, 4), unit, spread=spread(ours, fmt),
           target=target, ok=verdict)
    if ratio is not None:
        record(f"footprint: {name} (ratio to bare)", round(ratio, 3), "×", ok=verdict)
    if floor_ratio is not None:
        record(f"footprint: {name} (ratio to bare + requests)", round(floor_ratio, 3), "×")


def main(argv: list[str] | None = None) -> int:
    """Run the rounds and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--settle", type=float, default=15.0,
                        help="seconds after the icon shows before idle is measured")
    parser.add_argument("--idle", type=float, default=60.0, help="seconds of idle measured")
    parser.add_argument("--helpdesk", choices=("rt", "unreachable"), default=None,
                        help="rt (default where Request Tracker 5 is installed) or unreachable")
    parser.add_argument("--token", choices=("keyring", "env"), default=None,
                        help="where HelpClient finds its token: the keyring (default where a "
                        "secure one exists, as for a user) or HELPCLIENT_TOKEN")
    parser.add_argument("--own-display", action="store_true",
                        help="start an Xvfb with trayer even when DISPLAY is set")
    parser.add_argument("--rt-dir", type=Path,
                        default=Path(tempfile.gettempdir()) / "helpclient-footprint-rt")
    args = parser.parse_args(argv)
    if args.helpdesk is None:
        from helpclient.demo.rt_instance import rt_installed  # noqa: PLC0415

        args.helpdesk = "rt" if rt_installed() else "unreachable"
    if args.token is None:
        from helpclient.core.secrets import open_secret_store  # noqa: PLC0415

        args.token = "keyring" if open_secret_store().is_secure else "env"
    # SIGTERM ends the rounds as Ctrl+C does: the apps, Xvfb and the helpdesk are stopped
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    work = Path(tempfile.mkdtemp(prefix="helpclient-footprint-"))
    base, where, started = display_env(args.own_display)
    bare_script = work / "bare_tray.py"
    bare_script.write_text(BARE_APP, encoding="utf-8")
    bare_argv = [sys.executable, str(bare_script), str(ICON)]
    floor_script = work / "network_floor.py"
    floor_script.write_text(NETWORK_FLOOR_APP, encoding="utf-8")
    ours_env, helpdesk, stop_helpdesk, url = helpclient_env(base, work, args.helpdesk,
                                                            args.rt_dir, args.token)
    clicker = None
    if base.get("QT_QPA_PLATFORM") == "xcb":
        try:
            clicker = Clicker(base["DISPLAY"])
        except OSError as exc:
            print(f"no clicks: {exc}")
    plan = Plan(settle_s=args.settle, idle_s=args.idle)
    apps: dict[str, tuple[list[str], dict[str, str]]] = {
        "bare": (bare_argv, base), "helpclient": (helpclient_command(), ours_env),
        "floor": ([sys.executable, str(floor_script), str(ICON), url], base)}
    runs: dict[str, list[RunFigures]] = {name: [] for name in apps}
    print(f"display: {where}; HelpClient {helpdesk}")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at the start; "
          f"{args.rounds} rounds, settle {args.settle:.0f} s, idle {args.idle:.0f} s")
    try:
        for name, (command, env) in apps.items():  # warm-up, not counted
            # HelpClient's first start also copies the helpdesk's articles (an hourly sync,
            # minutes on a loaded machine): the warm-up waits for it, or every measured run
            # would start it again and its idle would be that sync's work
            ready = (lambda: articles_synced(work)) if (
                name == "helpclient" and args.helpdesk == "rt") else None
            warm = measure(command, env, TimingFile(work / f"warmup-{name}.txt"),
                           Plan(settle_s=args.settle, idle_s=0, click=False, ready=ready,
                                ready_within_s=WARM_UP_SYNC_S), None)
            if warm.notes:
                print(f"warm-up of {name}: {' '.join(warm.notes)}")
        print(f"HelpClient's first sync during the warm-up: {last_sync(work)}; articles "
              f"{'synced' if articles_synced(work) else 'NOT synced'}")
        for number in range(args.rounds):
            names = list(apps)
            shift = number % len(names)  # each app goes first in turn
            for name in names[shift:] + names[:shift]:
                command, env = apps[name]
                figures = measure(command, env, TimingFile(work / f"{name}-{number}.txt"),
                                  plan, clicker)
                runs[name].append(figures)
                print(f"  round {number + 1} {name:<10} start {figures.start_s or 0:.3f} s, "
                      f"peak {figures.peak_rss_mib or 0:.1f} MiB, idle RSS "
                      f"{figures.idle_rss_mib or 0:.1f} MiB, idle CPU "
                      f"{figures.idle_cpu_s or 0:.3f} s, {figures.idle_wakeups} wake-ups, "
                      f"click → wizard {figures.click_ms or 0:.0f} ms, exit "
                      f"{figures.exit_code} {' '.join(figures.notes)}", flush=True)
    finally:
        if clicker is not None:
            clicker.close()
        stop_helpdesk()
        for proc in reversed(started):
            proc.terminate()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    report(runs, args.idle)
    return 0


def report(runs: dict[str, list[RunFigures]], idle_s: float) -> None:
    """The table: medians, min–max, ratios, targets."""
    def values(name: str, get: Callable[[RunFigures], float | None]) -> list[float]:
        return [v for v in (get(r) for r in runs[name] if not r.disturbed) if v is not None]

    per_min = 60 / idle_s
    every_run = [figures for app_runs in runs.values() for figures in app_runs]
    embedded = all(r.embedded for r in every_run)
    left_out = sum(r.disturbed for r in every_run)
    if left_out:
        print(f"\n{left_out} run(s) left out: a machine policy appeared meanwhile")
    print(f"\nmedians (min–max) over {len(runs['bare'])} rounds; tray icon "
          f"{'painted in the tray' if embedded else 'requested (no tray host painted it)'}")
    print(f"  {'':<34} {'bare tray app':<22} {'bare + requests':<22} {'HelpClient':<22} "
          f"to bare  to +req  target")
    def apps(get: Callable[[RunFigures], float | None],
             ) -> tuple[list[float], list[float], list[float]]:
        return values("bare", get), values("helpclient", get), values("floor", get)

    row("start → tray icon shown (s)", "s", ".3f", *apps(lambda r: r.start_s),
        f"<= {TARGET_START_RATIO}×",
        lambda _v, ratio: ratio is not None and ratio <= TARGET_START_RATIO)
    row("peak RSS at that moment (MiB)", "MiB", ".1f", *apps(lambda r: r.peak_rss_mib))
    row(f"RSS after {idle_s:.0f} s idle (MiB)", "MiB", ".1f", *apps(lambda r: r.idle_rss_mib),
        f"<= {TARGET_RSS_RATIO}×",
        lambda _v, ratio: ratio is not None and ratio <= TARGET_RSS_RATIO)
    row("CPU while idle (s per minute)", "s/min", ".3f",
        *apps(lambda r: r.idle_cpu_s and r.idle_cpu_s * per_min),
        f"<= {TARGET_CPU_PER_MIN} s/min", lambda v, _ratio: v <= TARGET_CPU_PER_MIN)
    row("wake-ups while idle (per minute)", "/min", ".0f",
        *apps(lambda r: r.idle_wakeups and r.idle_wakeups * per_min))
    row("tray click → wizard painted (ms)", "ms", ".0f", *apps(lambda r: r.click_ms),
        f"<= {TARGET_CLICK_MS:.0f} ms", lambda v, _ratio: v <= TARGET_CLICK_MS)
    exits = [r.exit_code for r in runs["helpclient"]]
    print(f"  HelpClient's exit codes on SIGTERM: {exits} "
          f"({'clean' if all(code == 0 for code in exits) else 'NOT clean'})")
    print(f"  load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
