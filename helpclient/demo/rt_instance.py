"""A disposable, seeded Request Tracker 5 on loopback, for the demo and the integration tests.

Everything lives in one folder (``base_dir``): the site configuration, the SQLite database, Mason's
caches, the server log and a state file with the seeded user's tokens. Nothing in ``/etc`` or
``/var`` is read or written, so instances can run side by side on different ports. The Debian
packages ``request-tracker5``, ``rt5-db-sqlite`` and ``rt5-standalone`` must be installed
(:func:`install_rt_packages` does that as root or through ``sudo -n``).

Run by hand: ``python -m helpclient.demo.rt_instance BASE_DIR [--port P]``.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import IO, Any, Self

from helpclient.core.storage.atomic import atomic_write_bytes
from helpclient.demo.rt_packages import (
    RT_PACKAGES,
    RT_SERVER,
    RT_SETUP_DATABASE,
    RTSetupError,
    install_command,
    install_rt_packages,
    rt_installed,
)
from helpclient.demo.rt_packages import tail as _tail
from helpclient.demo.rt_site import MAIL_FILE, load_articles, rt_env, write_config

__all__ = [
    "RT_PACKAGES",
    "RT_SERVER",
    "RTInstance",
    "RTSetupError",
    "create_instance",
    "free_port",
    "install_command",
    "install_rt_packages",
    "load_articles",
    "main",
    "rt_installed",
]

SEED_SCRIPT = Path(__file__).with_name("seed_rt.pl")
DEFAULT_ARTICLES_DIR = Path(__file__).resolve().parents[2] / "resources" / "kb"

STATE_FILE = "instance.json"
STATE_VERSION = 2  # 2: the announcement class
LOCK_FILE = ".lock"
LOG_FILE = "rt-server.log"
_GENERATED = ("rt.db", "rt.db-journal", "etc", "mason_data", "session_data", "tmp", STATE_FILE)

# The seeded end user, under the names of RTInstance's fields.
DEMO_USER = {
    "user_login": "alice",
    "user_name": "Alice Example",
    "user_email": "alice@example.com",
    "user_phone": "+1 555 0100",
}
# Fields of RTInstance kept in the state file besides the port.
_STATE_KEYS = (*DEMO_USER, "user_token", "admin_token", "queue", "article_class",
               "announcement_class")
DEMO_QUEUE = "General"
ARTICLE_CLASS = "Knowledge base"
ANNOUNCEMENT_CLASS = "Announcements"


# --- the instance ---------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RTInstance:
    """A seeded RT instance in ``base_dir``, served on ``url`` while started."""

    base_dir: Path
    port: int
    url: str
    user_login: str
    user_email: str
    user_name: str
    user_phone: str
    user_token: str
    admin_token: str
    queue: str
    article_class: str = ARTICLE_CLASS
    announcement_class: str = ANNOUNCEMENT_CLASS
    _process: subprocess.Popen[bytes] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _log: IO[bytes] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def rest_url(self) -> str:
        """The REST2 root, e.g. ``http://127.0.0.1:PORT/REST/2.0``."""
        return f"{self.url}/REST/2.0"

    @property
    def log_path(self) -> Path:
        """The server's log (RT's warnings and errors land here)."""
        return self.base_dir / LOG_FILE

    @property
    def mail_path(self) -> Path:
        """Where RT "sends" its notification e-mails (appended; the file may not exist)."""
        return self.base_dir / MAIL_FILE

    def state(self) -> dict[str, Any]:
        """The public state as JSON-ready data (it includes the tokens)."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}
        data["base_dir"] = str(self.base_dir)
        return data

    def start(self, timeout: float = 30) -> None:
        """Start rt-server on 127.0.0.1 only and wait until REST2 answers with our user's token."""
        if self.is_running():
            return
        self._log = (self.base_dir / LOG_FILE).open("ab")
        command = [
            str(RT_SERVER),
            "--host", "127.0.0.1",
            "--port", str(self.port),
            "--max-workers", "2",
        ]  # fmt: skip
        # A new session: a Ctrl-C in the terminal must not reach rt-server, whose SIGINT
        # handler (as root) chowns /var/lib/request-tracker5.
        self._process = subprocess.Popen(
            command,
            cwd=self.base_dir,
            env=rt_env(self.base_dir),
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_ready(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = f"{self.rest_url}/user/{self.user_login}"
        status: int | str = "no answer"
        while True:
            process = self._process
            if process is None or process.poll() is not None:
                code = None if process is None else process.returncode
                raise RTSetupError(
                    f"rt-server exited (status {code}) before answering; its log says:\n"
                    + _tail(self.log_path.read_text(errors="replace"))
                )
            status = _http_status(probe, self.user_token)
            if status == 200:
                return
            if time.monotonic() > deadline:
                raise RTSetupError(
                    f"rt-server did not answer on {self.url} within {timeout:.0f} s "
                    f"(last: {status}); is another server on port {self.port}? Log: {self.log_path}"
                )
            time.sleep(0.1)

    def stop(self) -> None:
        """Stop the server (SIGTERM to its process group, never SIGINT) and wait for it."""
        process, self._process = self._process, None
        if process is not None:
            pgid = process.pid  # start_new_session: the group id is the leader's pid
            _signal_group(pgid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                _signal_group(pgid, signal.SIGKILL)
                process.wait(timeout=5)
            # Starlet's workers leave with their master; make sure none lingers.
            deadline = time.monotonic() + 5
            while _signal_group(pgid, 0) and time.monotonic() < deadline:
                time.sleep(0.05)
            if _signal_group(pgid, 0):
                _signal_group(pgid, signal.SIGKILL)
        if self._log is not None:
            self._log.close()
            self._log = None

    def is_running(self) -> bool:
        """True while the server process started by :meth:`start` is alive."""
        return self._process is not None and self._process.poll() is None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _signal_group(pgid: int, sig: int) -> bool:
    """Send ``sig`` to a process group; False when the group no longer exists."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    return True


def _http_status(url: str, token: str) -> int | str:
    # Our own server on http://127.0.0.1 (built from a port number, never user input).
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=3) as response:  # noqa: S310
            status: int = response.status
            return status
    except urllib.error.HTTPError as err:
        return err.code
    except (urllib.error.URLError, OSError) as err:
        return str(err)


# --- creating and reusing ---------------------------------------------------------------------


def create_instance(
    base_dir: Path, port: int | None = None, articles_dir: Path | None = None,
    announcements: list[dict[str, Any]] | None = None,
) -> RTInstance:
    """A seeded instance in ``base_dir`` (not started). Reuses a previous seed there if any.

    ``port`` None keeps the port of a reused instance, or picks a free one. ``articles_dir``
    (default: the bundled ``resources/kb``) holds ``*.md`` articles, loaded on first creation,
    and ``announcements`` (name, summary, content, keywords, services) the known problems the
    announcement class starts with (none by default).
    """
    base_dir = base_dir.resolve()
    base_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    with (base_dir / LOCK_FILE).open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = _load_state(base_dir)
        if state is not None:
            instance = _make_instance(base_dir, port or int(state["port"]), state)
            write_config(base_dir, instance.port)
            _save_state(instance)
            return instance
        return _create_fresh(base_dir, port or free_port(), articles_dir, announcements or [])


def _create_fresh(base_dir: Path, port: int, articles_dir: Path | None,
                  announcements: list[dict[str, Any]]) -> RTInstance:
    if not rt_installed():
        raise RTSetupError("Request Tracker 5 is not installed; see install_command()")
    for name in _GENERATED:  # leftovers of an interrupted seed
        path = base_dir / name
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    write_config(base_dir, port)
    env = rt_env(base_dir)
    setup = [
        str(RT_SETUP_DATABASE),
        "--action", "init",
        "--skip-create",
        "--dba-password", "",
    ]  # fmt: skip
    _run(setup, env, "creating the RT database", base_dir)
    articles = load_articles(articles_dir or DEFAULT_ARTICLES_DIR)
    seed_input = {
        "queue": DEMO_QUEUE,
        "user": {key.removeprefix("user_"): value for key, value in DEMO_USER.items()},
        "article_class": ARTICLE_CLASS,
        "articles": articles,
        "announcement_class": ANNOUNCEMENT_CLASS,
        "announcements": announcements,
    }
    out = _run(["perl", str(SEED_SCRIPT)], env, "seeding RT", base_dir, json.dumps(seed_input))
    try:
        seeded = json.loads(out.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError) as err:
        raise RTSetupError(f"The RT seed script printed no result:\n{_tail(out)}") from err
    instance = _make_instance(base_dir, port, {**DEMO_USER, **seeded})
    _save_state(instance)
    return instance


def _run(
    command: list[str], env: dict[str, str], what: str, cwd: Path, stdin: str | None = None
) -> str:
    done = subprocess.run(
        command,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RTSetupError(
            f"{what} failed (exit {done.returncode}):\n{_tail(done.stdout + done.stderr)}"
        )
    return done.stdout


def _load_state(base_dir: Path) -> dict[str, Any] | None:
    path = base_dir / STATE_FILE
    if not (path.is_file() and (base_dir / "rt.db").is_file()):
        return None
    try:
        state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    return state if state.get("version") == STATE_VERSION else None


def _make_instance(base_dir: Path, port: int, data: dict[str, Any]) -> RTInstance:
    values = {key: str(data[key]) for key in _STATE_KEYS}
    return RTInstance(base_dir=base_dir, port=port, url=f"http://127.0.0.1:{port}", **values)


def _save_state(instance: RTInstance) -> None:
    """Write the state atomically, readable by the owner only (it holds tokens)."""
    data = instance.state()
    del data["base_dir"]  # the folder may be moved or copied; it is derived on load
    data["version"] = STATE_VERSION
    atomic_write_bytes(instance.base_dir / STATE_FILE,
                       json.dumps(data, indent=2).encode("utf-8"), mode=0o600)


# --- by hand ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Create (or reuse) and start an instance, print its state, serve until SIGTERM/Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m helpclient.demo.rt_instance")
    parser.add_argument("base_dir", type=Path, help="folder of the instance (created if needed)")
    parser.add_argument("--port", type=int, default=None, help="port on 127.0.0.1 (default: free)")
    parser.add_argument("--articles", type=Path, default=None, help="folder of *.md articles")
    args = parser.parse_args(argv)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda _sig, _frame: stop.set())
    try:
        instance = create_instance(args.base_dir, args.port, args.articles)
        instance.start()
    except RTSetupError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    with instance:
        print(json.dumps(instance.state(), indent=2), flush=True)
        while not stop.wait(0.5):
            if not instance.is_running():
                print(f"error: rt-server stopped; see {instance.log_path}", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
