"""``helpclient check-config`` asks "is this Jira Service Management?" at the configured
address: a local server answering the public ``/rest/servicedeskapi/info`` as Jira does, and
the signed-in ``myself``, is recognised with its version; a web page there is not."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from helpclient.cli import main

INFO = {"version": "10.3.1", "platformVersion": "10.3.1", "isLicensedForUse": True,
        "buildDate": {"epochMillis": 1777885200000}, "buildChangeSet": "abc",
        "_links": {"self": "http://127.0.0.1/rest/servicedeskapi/info"}}
MYSELF = {"name": "nbraun", "emailAddress": "nicole.braun@example.com",
          "displayName": "Nicole Braun", "active": True}


def _server(answers: dict[str, tuple[int, str, bytes]]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, kind, body = answers.get(self.path.split("?")[0],
                                             (404, "application/json", b"{}"))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            """Quiet."""

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


@pytest.fixture
def site(request) -> Iterator[str]:
    server = _server(request.param)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _check(isolated_home, monkeypatch, capsys, url: str) -> dict[str, dict]:
    monkeypatch.setenv("HELPCLIENT_TOKEN", "NjA0MzE2ODk3MjQ5OkR")  # a Data Center PAT
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    path = isolated_home / "xdg" / "xdg_config_home" / "helpclient" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[server]\nbackend = "jsm"\nurl = "{url}"\nqueue = "ITHELP"\n')
    main(["check-config", "--json"])
    return {c["name"]: c for c in json.loads(capsys.readouterr().out)["checks"]}


JIRA = {"/rest/servicedeskapi/info": (200, "application/json", json.dumps(INFO).encode()),
        "/rest/api/2/myself": (200, "application/json", json.dumps(MYSELF).encode())}
PAGE = {"/rest/servicedeskapi/info": (200, "text/html", b"<html>Log in</html>")}


@pytest.mark.parametrize("site", [JIRA], indirect=True)
def test_check_config_recognises_jira_service_management(isolated_home, monkeypatch,
                                                         capsys, site):
    checks = _check(isolated_home, monkeypatch, capsys, site)
    assert checks["backend"]["status"] == "ok"
    assert checks["helpdesk"]["status"] == "ok"
    assert "Jira Service Management" in checks["helpdesk"]["message"]
    assert "10.3.1" in checks["helpdesk"]["message"]
    assert checks["sign_in"]["status"] == "ok" and "nbraun" in checks["sign_in"]["message"]


@pytest.mark.parametrize("site", [PAGE], indirect=True)
def test_check_config_says_when_something_else_answers(isolated_home, monkeypatch, capsys,
                                                       site):
    checks = _check(isolated_home, monkeypatch, capsys, site)
    assert checks["helpdesk"]["status"] == "problem"
    assert "Jira Service Management does not answer there" in checks["helpdesk"]["message"]
