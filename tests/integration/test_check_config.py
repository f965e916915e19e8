"""``helpclient check-config``'s deployment checks against real servers on loopback: the real
Request Tracker (behind a TLS front with a CA made here, and through a tunnelling proxy), a
closed port, a silent one, servers that are not RT, and the user's token in a real Secret
Service keyring (gnome-keyring in a private D-Bus session)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from local_servers import html, local_server, make_certificates, tls_context
from tunnels import connect_proxy, tls_front

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.demo.rt_instance import RTInstance
from helpclient.deployment_check import CHECKS, Check, Exit, Status, exit_code, run_checks
from helpclient.services import backend_factory

STATUS_OF_ALL_FINE = {"settings": "ok", "server_url": "ok", "backend": "ok", "extra_ca": "ok",
                      "dns": "ok", "connect": "ok", "tls": "ok", "helpdesk": "ok", "token": "ok",
                      "sign_in": "ok"}


def _checks(tmp_path: Path, url: str, *, token: str | None = None, extra_ca: Path | None = None,
            timeout: float = 5.0) -> dict[str, Check]:
    settings = Settings(tmp_path / "config.toml")
    settings.set("server.url", url)
    settings.set("server.extra_ca_file", str(extra_ca or ""))
    environ = {"HELPCLIENT_TOKEN": token} if token else {}
    found = run_checks(Connection(settings, SessionSecretStore(), backend_factory, environ),
                       timeout=timeout)
    assert [c.name for c in found] == list(CHECKS)  # every check, once, in order
    checks = {c.name: c for c in found}
    checks["exit"] = Check("exit", Status.OK, "", code=exit_code(found))
    return checks


def _statuses(checks: dict[str, Check]) -> dict[str, str]:
    return {name: c.status.value for name, c in checks.items() if name != "exit"}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_rt_behind_a_private_ca_is_refused_then_trusted_with_the_extra_ca(rt: RTInstance,
                                                                         tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path, days=90)
    with tls_front(rt.port, tls_context(cert, key)) as url:
        refused = _checks(tmp_path, url, token=rt.user_token)
        trusted = _checks(tmp_path, url, token=rt.user_token, extra_ca=ca)
    assert refused["tls"].status is Status.PROBLEM
    assert "unable to get local issuer certificate" in refused["tls"].message
    assert "server.extra_ca_file" in refused["tls"].action
    assert refused["helpdesk"].status is refused["sign_in"].status is Status.SKIPPED
    assert refused["exit"].code is Exit.UNREACHABLE
    assert _statuses(trusted) == STATUS_OF_ALL_FINE, trusted
    assert "issued by HelpClient Test CA" in trusted["tls"].message
    assert f"{ca} is trusted" in trusted["extra_ca"].message
    assert trusted["helpdesk"].message.startswith("Request Tracker 5.0.3")
    assert trusted["sign_in"].message.endswith(f"signed in as {rt.user_login} ({rt.user_name})")
    assert trusted["exit"].code is Exit.OK


def test_a_certificate_about_to_expire_is_a_warning_not_a_failure(rt: RTInstance,
                                                                 tmp_path: Path) -> None:
    ca, cert, key = make_certificates(tmp_path, days=3)
    with tls_front(rt.port, tls_context(cert, key)) as url:
        checks = _checks(tmp_path, url, token=rt.user_token, extra_ca=ca)
    assert checks["tls"].status is Status.WARNING
    assert "expires in 2 day(s)" in checks["tls"].message
    assert checks["sign_in"].status is Status.OK and checks["exit"].code is Exit.OK


def test_the_app_s_proxy_is_taken_for_every_step(rt: RTInstance, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    ca, cert, key = make_certificates(tmp_path, days=90)
    with tls_front(rt.port, tls_context(cert, key)) as url, connect_proxy() as (proxy, seen):
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        checks = _checks(tmp_path, url, token=rt.user_token, extra_ca=ca)
    assert _statuses(checks) == STATUS_OF_ALL_FINE, checks
    assert f"the proxy {proxy}" in checks["connect"].message
    server = url.removeprefix("https://")
    # the handshake, the helpdesk probe and the sign-in: each through the tunnel
    assert seen.count(server) >= 3 and set(seen) == {server}


def test_a_proxy_that_is_down_is_named_as_the_problem(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:secret@127.0.0.1:{_closed_port()}")
    checks = _checks(tmp_path, "https://help.example.com")
    assert checks["dns"].status is Status.OK  # the proxy's address, not the helpdesk's name
    assert checks["connect"].status is Status.PROBLEM
    assert "the proxy http://127.0.0.1:" in checks["connect"].message
    assert "Connection refused" in checks["connect"].message
    assert "proxy" in checks["connect"].action
    assert "secret" not in repr(checks)
    assert checks["exit"].code is Exit.UNREACHABLE


def test_a_closed_port_and_an_unknown_name_are_unreachable(tmp_path: Path) -> None:
    closed = _checks(tmp_path, f"https://127.0.0.1:{_closed_port()}", token="1-2-abc")
    assert closed["connect"].status is Status.PROBLEM
    assert "Connection refused" in closed["connect"].message
    assert {closed[n].status for n in ("tls", "helpdesk", "sign_in")} == {Status.SKIPPED}
    assert closed["exit"].code is Exit.UNREACHABLE
    unknown = _checks(tmp_path, "https://helpdesk.invalid", token="1-2-abc")
    assert unknown["dns"].status is Status.PROBLEM
    assert "helpdesk.invalid" in unknown["dns"].message and "DNS" in unknown["dns"].action
    assert unknown["exit"].code is Exit.UNREACHABLE


def test_a_server_that_never_answers_costs_the_timeout_only(tmp_path: Path) -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # takes connections, says nothing
        began = time.monotonic()
        checks = _checks(tmp_path, f"https://127.0.0.1:{silent.getsockname()[1]}",
                         timeout=0.5)
        elapsed = time.monotonic() - began
    assert checks["connect"].status is Status.OK
    assert checks["tls"].status is Status.PROBLEM
    assert "no TLS answer within 0.5 s" in checks["tls"].message
    assert elapsed < 3
    assert checks["exit"].code is Exit.UNREACHABLE


def _api_gateway(path: str) -> tuple[int, str, bytes, dict[str, str]]:
    """An API that asks every caller to sign in, in JSON — like RT's REST2, but not RT."""
    return 401, "application/json", b'{"message":"Unauthorized"}', {}


@pytest.mark.parametrize(("answer", "said"), [
    (html(200), "answered HTTP 200"),
    (html(404), "answered HTTP 404"),
    (_api_gateway, "no RT session cookie"),
])
def test_a_server_that_is_not_rt_is_told_apart(tmp_path: Path, answer, said) -> None:
    with local_server(answer) as url:
        checks = _checks(tmp_path, url, token="1-2-abc")
    assert checks["helpdesk"].status is Status.PROBLEM
    assert "Request Tracker does not answer there" in checks["helpdesk"].message
    assert said in checks["helpdesk"].message
    assert "server.url" in checks["helpdesk"].action
    assert checks["sign_in"].status is Status.SKIPPED
    assert checks["exit"].code is Exit.NOT_THE_HELPDESK


def test_rt_is_recognised_without_a_token_and_a_wrong_token_is_refused(rt: RTInstance,
                                                                      tmp_path: Path) -> None:
    wrong = rt.user_token[:-6] + ("000000" if not rt.user_token.endswith("000000") else "111111")
    checks = _checks(tmp_path, rt.url, token=wrong)
    assert checks["helpdesk"].status is Status.OK
    assert checks["helpdesk"].message == f"Request Tracker answers at {rt.url}/REST/2.0"
    assert checks["tls"].status is Status.WARNING  # http://: unencrypted
    assert checks["sign_in"].status is Status.PROBLEM
    assert checks["sign_in"].message.startswith("the server refused the token")
    assert checks["exit"].code is Exit.TOKEN


# -- the real keyring, through the installed command ------------------------------------------

_KEYRING_SESSION = r"""
set -eu
eval "$(printf 'test' | gnome-keyring-daemon --unlock --components=secrets)"
run() {
  rc=0
  "$PY" -m helpclient.cli check-config --json >"$OUT/$1.json" 2>"$OUT/$1.err" || rc=$?
  echo "$rc" >"$OUT/$1.rc"
}
run none
"$PY" "$OUT/store.py" "$OUT/good-token"
run good
"$PY" "$OUT/store.py" "$OUT/wrong-token"
run wrong
"""

_STORE = """
import sys
from pathlib import Path
from helpclient.services import build_connection

connection = build_connection()
assert connection.secrets.is_secure, connection.secrets.description
connection.secrets.set(connection.config().account, Path(sys.argv[1]).read_text())
"""


def test_the_token_in_a_real_keyring_absent_accepted_refused(rt: RTInstance, tmp_path: Path,
                                                            isolated_home: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        if os.environ.get("HELPCLIENT_REQUIRE_RT") == "1":
            pytest.fail("gnome-keyring and dbus-run-session are needed (make test installs them)")
        pytest.skip("gnome-keyring or dbus-run-session is not installed")
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "helpclient"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(f'[server]\nurl = "{rt.url}"\n')
    out = tmp_path / "out"
    out.mkdir()
    (out / "store.py").write_text(_STORE)
    (out / "good-token").write_text(rt.user_token)
    wrong = rt.user_token[:-6] + ("000000" if not rt.user_token.endswith("000000") else "111111")
    (out / "wrong-token").write_text(wrong)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "PY": sys.executable, "OUT": str(out), "HOME": str(tmp_path / "home"),
           "XDG_RUNTIME_DIR": str(runtime)}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    subprocess.run(["dbus-run-session", "--", "bash", "-c", _KEYRING_SESSION], env=env,
                   check=True, timeout=120, capture_output=True)

    def result(name: str) -> tuple[int, dict[str, dict[str, str]]]:
        text = (out / f"{name}.json").read_text() + (out / f"{name}.err").read_text()
        assert rt.user_token not in text and wrong not in text  # never printed
        data = json.loads((out / f"{name}.json").read_text())
        assert data["exit_code"] == int((out / f"{name}.rc").read_text())
        return data["exit_code"], {c["name"]: c for c in data["checks"]}

    code, checks = result("none")
    assert code == Exit.TOKEN
    assert checks["token"]["status"] == "problem"
    assert checks["token"]["message"].startswith(f"no token for rt:{rt.url} in the keyring")
    assert "enters their access token once" in checks["token"]["action"]
    assert checks["helpdesk"]["status"] == "ok" and checks["sign_in"]["status"] == "skipped"
    code, checks = result("good")
    assert code == Exit.OK
    assert checks["token"]["status"] == "ok" and "SecretService" in checks["token"]["message"]
    assert checks["helpdesk"]["message"].startswith("Request Tracker 5.0.3")
    assert checks["sign_in"]["message"].endswith(f"signed in as {rt.user_login} "
                                                 f"({rt.user_name})")
    code, checks = result("wrong")
    assert code == Exit.TOKEN
    assert checks["token"]["status"] == "ok" and checks["sign_in"]["status"] == "problem"
