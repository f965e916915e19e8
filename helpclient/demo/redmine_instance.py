"""A disposable, seeded Redmine 5 on loopback, for the tests and the demo.

Debian's ``redmine`` package (5.0.4) looks for an instance under
``/usr/share/redmine/instances/$REDMINE_INSTANCE``; a relative name with enough ``../`` points
it at any folder, so everything — ``database.yml``, the SQLite database, the secret, attachments
and the log — lives in ``base_dir`` and the package's own "default" instance is left alone.
Creating one takes ~15 s (migrate, default data, the ``seed_redmine.rb`` runner); WEBrick then
answers after ~3 s. The packages ``redmine``, ``redmine-sqlite`` and ``ruby-webrick`` must be
installed (``make redmine-deps``).

Run by hand: ``python -m helpclient.demo.redmine_instance BASE_DIR [--port P]``.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, Any, Self

from helpclient.core.storage.atomic import atomic_write_bytes
from helpclient.demo.rt_instance import free_port
from helpclient.demo.rt_packages import tail

REDMINE_ROOT = Path("/usr/share/redmine")
REDMINE_PACKAGES = ("redmine", "redmine-sqlite", "ruby-webrick")
SEED_SCRIPT = Path(__file__).with_name("seed_redmine.rb")
STATE_FILE = "helpclient-instance.json"
LOG_FILE = "log/server.log"
_SETUP_SECONDS = 300


class RedmineSetupError(Exception):
    """Redmine could not be set up, seeded or started; the message says why."""


def redmine_installed() -> bool:
    """True when Debian's Redmine, its SQLite adapter and WEBrick are installed."""
    return (REDMINE_ROOT / "bin" / "rails").is_file() and shutil.which("rackup") is not None \
        and Path("/usr/share/doc/ruby-webrick").is_dir() \
        and Path("/usr/share/doc/redmine-sqlite").is_dir()


@dataclass
class RedmineInstance:
    """A seeded Redmine in ``base_dir``, served on ``url`` while started."""

    base_dir: Path
    port: int
    url: str
    project: str
    user_login: str
    user_name: str
    user_email: str
    user_key: str
    plain_login: str
    plain_key: str
    admin_key: str
    statuses: list[dict[str, Any]]
    _process: subprocess.Popen[bytes] | None = field(
        default=None, init=False, repr=False, compare=False)
    _log: IO[bytes] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def log_path(self) -> Path:
        """The server's log (WEBrick's and Rails's)."""
        return self.base_dir / LOG_FILE

    def status_id(self, name: str) -> int:
        """The id of the issue status called ``name`` ("Closed", "In Progress"…)."""
        return next(int(s["id"]) for s in self.statuses if s["name"] == name)

    def start(self, timeout: float = 60) -> None:
        """Serve on 127.0.0.1 only, and wait until the API knows the seeded user's key."""
        if self.is_running():
            return
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self._log = self.log_path.open("ab")
        # rackup, not `rails server`: bundler hides WEBrick unless it is required up front
        self._process = subprocess.Popen(
            ["rackup", "-E", "production", "-o", "127.0.0.1", "-p", str(self.port),
             "-P", str(self.base_dir / "tmp" / "server.pid")],
            cwd=REDMINE_ROOT, env={**_env(self.base_dir), "RUBYOPT": "-rwebrick"},
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True)
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        status: int | str = "no answer"
        while True:
            process = self._process
            if process is None or process.poll() is not None:
                raise RedmineSetupError(
                    "Redmine exited before answering; its log says:\n"
                    + tail(self.log_path.read_text(errors="replace")))
            status = _http_status(f"{self.url}/users/current.json", self.user_key)
            if status == 200:
                return
            if time.monotonic() > deadline:
                raise RedmineSetupError(
                    f"Redmine did not answer on {self.url} within {timeout:.0f} s "
                    f"(last: {status}); log: {self.log_path}")
            time.sleep(0.2)

    def stop(self) -> None:
        """Stop the server (SIGTERM to its process group) and wait for it."""
        process, self._process = self._process, None
        if process is not None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=15)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def is_running(self) -> bool:
        """True while the server started by :meth:`start` is alive."""
        return self._process is not None and self._process.poll() is None

    def runner(self, ruby: str) -> str:
        """Run Ruby code in this instance's Rails environment (what an admin does on the
        server); its standard output. Settings changed so apply to the running server."""
        return _run(["bin/rails", "runner", ruby], self.base_dir).stdout

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _env(base_dir: Path) -> dict[str, str]:
    # four "../" lead from /usr/share/redmine/instances/ to /
    return {**os.environ, "REDMINE_INSTANCE": f"../../../..{base_dir}",
            "RAILS_ENV": "production", "REDMINE_LANG": "en"}


def _run(command: list[str], base_dir: Path,
         extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=REDMINE_ROOT, env={**_env(base_dir), **(extra or {})},
                          capture_output=True, text=True, timeout=_SETUP_SECONDS, check=False)
    if done.returncode != 0:
        raise RedmineSetupError(
            f"`{' '.join(command)}` failed (exit {done.returncode}):\n"
            + tail(done.stderr or done.stdout))
    return done


def _http_status(url: str, key: str) -> int | str:
    # our own server on http://127.0.0.1 (built from a port number, never user input)
    request = urllib.request.Request(url, headers={"X-Redmine-API-Key": key})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=3) as response:  # noqa: S310
            status: int = response.status
            return status
    except urllib.error.HTTPError as err:
        return err.code
    except (urllib.error.URLError, OSError) as err:
        return str(err)


def create_instance(base_dir: Path, port: int | None = None,
                    articles: list[dict[str, str]] | None = None) -> RedmineInstance:
    """A seeded instance in ``base_dir`` (not started); reuses an earlier seed there.
    ``articles`` (``{"title", "text"}`` with Textile text) become wiki pages on creation."""
    if not redmine_installed():
        raise RedmineSetupError(
            "Redmine 5 is not installed; run `make redmine-deps` (as root or with sudo).")
    base_dir = base_dir.resolve()
    base_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with (base_dir / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state_file = base_dir / STATE_FILE
        if state_file.is_file():
            data = json.loads(state_file.read_text())
        else:
            data = _create_fresh(base_dir, articles or [])
        data["port"] = port or int(data.get("port") or 0) or free_port()
        data["url"] = f"http://127.0.0.1:{data['port']}"
        atomic_write_bytes(state_file, json.dumps(data, indent=1).encode())
        known = {f.name for f in fields(RedmineInstance) if not f.name.startswith("_")}
        return RedmineInstance(base_dir=base_dir,
                               **{k: v for k, v in data.items() if k in known and k != "base_dir"})


def clone_instance(template: RedmineInstance, base_dir: Path) -> RedmineInstance:
    """A copy of the (stopped, freshly seeded) ``template`` in ``base_dir`` on a port of its own:
    the same users and keys, in a second of copying instead of ~15 s of setting up. Tests that
    need a server of their own start from one seeded template this way."""
    if template.is_running():
        raise RedmineSetupError("Stop the template instance before copying it.")
    base_dir = base_dir.resolve()
    shutil.copytree(template.base_dir, base_dir, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".lock", "*.pid", "server.log"))
    _write_database_config(base_dir)
    return create_instance(base_dir, free_port())


def _write_database_config(base_dir: Path) -> None:
    (base_dir / "config" / "database.yml").write_text(json.dumps({"production": {
        "adapter": "sqlite3", "database": str(base_dir / "db" / "redmine.sqlite3"),
        "timeout": 5000}}))  # JSON is YAML


def _create_fresh(base_dir: Path, articles: list[dict[str, str]]) -> dict[str, Any]:
    for folder in ("config", "db", "files", "log", "tmp", "tmp/pdf"):
        (base_dir / folder).mkdir(parents=True, exist_ok=True)
    _write_database_config(base_dir)
    (base_dir / "config" / "secret_key.txt").write_text(secrets.token_hex(32))
    _run(["bin/rake", "db:migrate", f"SCHEMA={base_dir / 'db' / 'schema.rb'}"], base_dir)
    _run(["bin/rake", "redmine:load_default_data"], base_dir)
    keys = {name: secrets.token_hex(20) for name in ("user", "plain", "admin")}
    seed_state = base_dir / "seed.json"
    articles_file = base_dir / "articles.json"
    articles_file.write_text(json.dumps(articles))
    _run(["bin/rails", "runner", str(SEED_SCRIPT)], base_dir, {
        "HC_USER_KEY": keys["user"], "HC_PLAIN_KEY": keys["plain"], "HC_ADMIN_KEY": keys["admin"],
        "HC_STATE": str(seed_state), "HC_ARTICLES": str(articles_file)})
    seeded = json.loads(seed_state.read_text())
    return {"project": seeded["project"], "user_login": "alice", "user_name": "Alice Example",
            "user_email": "alice@example.com", "user_key": keys["user"], "plain_login": "bob",
            "plain_key": keys["plain"], "admin_key": keys["admin"],
            "statuses": seeded["statuses"]}


def main(argv: list[str] | None = None) -> int:
    """Create (or reuse) and serve an instance until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("base_dir", type=Path)
    parser.add_argument("--port", type=int)
    args = parser.parse_args(argv)
    with create_instance(args.base_dir, args.port) as instance:
        instance.start()
        print(f"Redmine on {instance.url}; alice's API key {instance.user_key}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            signal.sigwait({signal.SIGINT, signal.SIGTERM})
    return 0


if __name__ == "__main__":
    sys.exit(main())
