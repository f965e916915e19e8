"""Re-record Request Tracker's exchanges for the contract suite from a live RT 5.

    .venv/bin/python tests/contract/record_rt.py [extra pytest options]

Runs the contract suite's live RT target against a fresh instance (the suite starts its own;
RT must be installed: ``make rt-deps``) with recording on. Each scenario that passes rewrites
``exchanges/rt/<scenario>.json`` (its requests as the connector made them, RT's answers, and
where support acted) and ``account.json`` (the seeded user, and the made-up token the replay
signs in with). Scenario files no scenario wrote any more are removed after a complete run.
``faults.json`` is read, not written: it is the table of documented fault answers.

Read the diff before committing it: a changed request is a change of the connector. Ticket and
attachment numbers stay the same from one recording to the next (a fresh RT, the same steps);
times, RT's Message-IDs and the order of the MIME headers RT stores change every time.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main(argv: list[str]) -> int:
    """Record; the exit status is pytest's."""
    return record("rt", argv)


def record(connector: str, argv: list[str]) -> int:
    """Record ``connector``'s live target (also used by record_redmine.py)."""
    folder = HERE / "exchanges" / connector
    began = time.time()
    env = {**os.environ, "HELPCLIENT_RECORD_EXCHANGES": "1", "HELPCLIENT_REQUIRE_RT": "1",
           "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
               str(HERE), "-k", f"{connector}-live", *argv]
    status = subprocess.call(command, cwd=ROOT, env=env)
    if status == 0 and not argv:  # a complete run: what it did not write is stale
        for stale in folder.glob("test_*.json"):
            if stale.stat().st_mtime < began:
                print(f"removing {stale.relative_to(ROOT)}: no scenario records it any more")
                stale.unlink()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
