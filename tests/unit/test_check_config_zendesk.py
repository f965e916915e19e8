"""``helpclient check-config`` for a Zendesk: "is this Zendesk?" is asked of a server on
loopback that answers an anonymous ``/api/v2/users/me`` as Zendesk documents it — and of one
that answers something else."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
import keyring.backends.fail
import pytest

from helpclient.cli import main
from helpclient.deployment_check import Exit

ANONYMOUS = {"user": {"id": None, "url": None, "name": "Anonymous user",
                      "email": "invalid@example.com", "role": "end-user", "verified": False}}


@contextmanager
def serving(status: int, body: bytes, content_type: str) -> Iterator[tuple[str, list[str]]]:
    """A loopback server giving every GET this answer; its address and what was asked."""
    asked: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(f"{self.path} {self.headers.get('Authorization')}")
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _check(isolated_home, capsys, monkeypatch, url):
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    folder = isolated_home / "xdg" / "xdg_config_home" / "helpclient"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(f'[server]\nurl = "{url}"\nbackend = "zendesk"\n')
    code = main(["check-config", "--json", "--timeout", "5"])
    data = json.loads(capsys.readouterr().out)
    return code, {c["name"]: c for c in data["checks"]}


def test_check_config_knows_zendesk_by_its_anonymous_user(isolated_home, capsys, monkeypatch):
    with serving(200, json.dumps(ANONYMOUS).encode(), "application/json; charset=utf-8") \
            as (url, asked):
        _code, checks = _check(isolated_home, capsys, monkeypatch, url)
    assert checks["backend"]["message"] == "zendesk: Zendesk"
    assert checks["helpdesk"]["status"] == "ok"
    assert checks["helpdesk"]["message"] == f"Zendesk answers at {url}/api/v2"
    assert asked == ["/api/v2/users/me None"]  # asked without any credentials


@pytest.mark.parametrize("answer", [
    (200, b"<!doctype html><title>Sign in</title>", "text/html"),
    (200, b'{"id": 2, "login": "nicole"}', "application/json"),  # another helpdesk's me
    (404, b'{"message": "Not Found"}', "application/json"),
])
def test_check_config_says_when_it_is_not_zendesk(isolated_home, capsys, monkeypatch, answer):
    with serving(*answer) as (url, _asked):
        code, checks = _check(isolated_home, capsys, monkeypatch, url)
    assert checks["helpdesk"]["status"] == "problem"
    assert checks["helpdesk"]["message"].startswith("Zendesk does not answer there")
    assert code == Exit.NOT_THE_HELPDESK
