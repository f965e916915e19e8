"""The kill loop's driver, shared by its Request Tracker and Redmine tests (files of their own, so
that parallel test workers can run them at once): `helpclient submit` SIGKILLed again and again
at a random moment, mid-upload and right after the helpdesk created the ticket; in the end every
report that reached the outbox is in the helpdesk exactly once, and nothing is left unsent.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import requests
from fault_proxy import Rule, fault_proxy

from helpclient.core.delivery.outbox import Outbox, State
from helpclient.demo.rt_instance import RTInstance

KILLS = 32
MIN_EACH = 6
CREATE = "POST /REST/2.0/ticket"
#: (the server settings for a proxy URL, the request that creates the ticket, its subjects)
Helpdesk = tuple[Callable[[str], str], str, Callable[[str], Counter[str]]]


def _env(tmp_path: Path, server: str, token: str, user: tuple[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    config = tmp_path / "config"
    (config / "helpclient").mkdir(parents=True)
    (config / "helpclient" / "config.toml").write_text(
        f'[server]\n{server}[contact]\nname = "{user[0]}"\nemail = "{user[1]}"\n')
    env.update(XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_STATE_HOME=str(tmp_path / "state"),
               HELPCLIENT_TOKEN=token, PYTHONUNBUFFERED="1")
    return env


def rt_subjects(rt: RTInstance, admin: requests.Session, prefix: str) -> Counter[str]:
    """The subjects of RT's tickets that start with ``prefix``, counted."""
    answer = admin.get(f"{rt.rest_url}/tickets", params={
        "query": f"Subject LIKE '{prefix}'", "fields": "Subject", "per_page": 100}, timeout=30)
    answer.raise_for_status()
    return Counter(item["Subject"] for item in answer.json()["items"])


def kill_loop(tmp_path: Path, upstream: str, token: str, user: tuple[str, str],
              helpdesk: Helpdesk) -> None:
    """Run the loop against the helpdesk at ``upstream`` (through a fault proxy) as ``user``
    with ``token``; ``helpdesk``: the server settings for a proxy address, the request that
    creates a ticket, and the subjects found with a prefix."""
    server, create, subjects = helpdesk
    rng = random.Random(os.environ.get("HELPCLIENT_KILL_SEED", "5"))
    run = f"Kill{time.time_ns()}"
    attachment = tmp_path / "memory.dmp"
    attachment.write_bytes(os.urandom(2 * 1024 * 1024))
    with fault_proxy(upstream) as (proxy, url):
        proxy.throttle = 0.04  # ~0.3 s per 2 MiB upload: long enough to be killed in
        env = _env(tmp_path, server(url), token, user)
        current: dict[str, subprocess.Popen[str] | None] = {"proc": None}
        trigger = threading.Lock()

        def kill_current() -> None:
            with trigger:
                proc = current["proc"]
                if proc is not None and proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)

        kills = Counter[str]()
        queued_said: set[str] = set()
        started: list[str] = []
        key = f"{run}n0"
        rounds = 0
        modes = ("random", "mid_upload", "after_received")
        # at least KILLS in all, and at least MIN_EACH of each kind (a round whose process
        # uploads nothing cannot be killed mid-upload; it then simply finishes)
        while sum(kills.values()) < KILLS or min(kills[m] for m in modes) < MIN_EACH:
            rounds += 1
            assert rounds < 200, "the loop is not making progress"
            mode = modes[rounds % 3]
            if key not in started:
                started.append(key)
            proc = subprocess.Popen(
                [sys.executable, "-m", "helpclient.cli", "submit", "--summary", f"{key} report",
                 "--attach", str(attachment), "--id", key, "--wait", "30"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            current["proc"] = proc
            rule = None
            if mode == "mid_upload":
                proxy.on_body_progress = lambda got, total: (
                    kill_current() if total > 1_000_000 and got >= total // 2 else None)
            elif mode == "after_received":
                rule = Rule(create, "hook", hook=kill_current)
                proxy.add(rule)
            try:
                if mode == "random":
                    time.sleep(rng.uniform(0.05, 2.5))
                    kill_current()
                out, err = proc.communicate(timeout=60)
            finally:
                proxy.on_body_progress = None
                if rule is not None:
                    rule.times = 0
                with trigger:
                    current["proc"] = None
            said = re.search(r"Queued as (\w+)\.", out or "")
            if said:
                queued_said.add(said.group(1))
            if proc.returncode == -signal.SIGKILL:
                kills[mode] += 1
                # half the time the user retries the same report, else writes a new one
                if rng.random() < 0.5:
                    key = f"{run}n{len(started)}"
            else:
                assert proc.returncode in (0, 3), err
                key = f"{run}n{len(started)}"
        # no more kills: whatever waits is sent
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            done = subprocess.run([sys.executable, "-m", "helpclient.cli", "outbox", "--send"],
                                  env=env, capture_output=True, text=True, check=False)
            if done.returncode == 0:
                break
            time.sleep(2)
        assert done.returncode == 0, done.stdout + done.stderr

    outbox = Outbox(tmp_path / "data" / "helpclient")
    try:
        entries = {e.id: e for e in outbox.entries(tuple(State))}
    finally:
        outbox.close()
    in_rt = subjects(run)
    assert queued_said <= set(entries), "a report the CLI said was queued is lost"
    assert all(e.state is State.SENT for e in entries.values())
    assert sorted(in_rt) == sorted(f"{k} report" for k in entries)  # nothing extra, nothing lost
    duplicates = {subject: n for subject, n in in_rt.items() if n > 1}
    assert duplicates == {}
    print(f"kill loop: {sum(kills.values())} kills {dict(kills)}, {len(started)} reports "
          f"started, {len(entries)} queued and delivered once each, {rounds} rounds")
