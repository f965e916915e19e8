"""``helpclient check-config`` without a network: the configuration and token checks, the
exit codes, the output for people and for management tools, the route the network checks take.
(The network checks themselves run against real servers in tests/integration.)"""

import json

import keyring
import keyring.backends.fail
import pytest

from helpclient.backends.reachability import route_to
from helpclient.cli import main
from helpclient.cli_check import EXIT_MEANINGS
from helpclient.deployment_check import CHECKS, Check, Exit, Status, exit_code

URL = "https://help.example.com"


class DictKeyring:
    """The OS keyring at its edge: a secure backend (priority > 0) keeping secrets in a dict."""

    priority = 5
    name = "test keyring"

    def __init__(self, secrets=None):
        self.secrets = dict(secrets or {})

    def get_password(self, service, account):
        return self.secrets.get((service, account))


def _write(isolated_home, text, name="config.toml", folder="xdg_config_home"):
    path = isolated_home / "xdg" / folder / "helpclient" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def _run(capsys, *args):
    code = main(["check-config", "--json", *args])
    data = json.loads(capsys.readouterr().out)
    assert data["exit_code"] == code
    return code, data, {c["name"]: c for c in data["checks"]}


def test_without_a_server_address_it_is_a_configuration_problem(isolated_home, capsys,
                                                                monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    code, data, checks = _run(capsys)
    assert code == Exit.CONFIG == 1
    assert [c["name"] for c in data["checks"]] == list(CHECKS)
    assert checks["server_url"] == {"name": "server_url", "status": "problem",
                                    "message": "server.url is not set", "exit_code": 1,
                                    "action": checks["server_url"]["action"]}
    assert "Set server.url by policy" in checks["server_url"]["action"]
    assert checks["backend"]["status"] == checks["extra_ca"]["status"] == "ok"
    assert {checks[n]["status"] for n in CHECKS[4:]} == {"skipped"}
    assert data["settings"] and data["problems"] == []


def test_text_output_gives_one_line_per_check_and_the_result(isolated_home, capsys,
                                                             monkeypatch):
    # the token's value, not a word a setting's name may hold (server.oauth_client_secret)
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-hush7f3a")
    _write(isolated_home, f'[server]\nurl = "{URL}"\n')
    assert main(["check-config", "--offline"]) == 0
    out = capsys.readouterr().out
    assert f"ok       server_url  {URL} (from user)\n" in out
    assert "skipped  dns         --offline: the network is not checked\n" in out
    assert "ok       token       HELPCLIENT_TOKEN is set" in out
    assert "skipped  sign_in     --offline\n" in out
    assert out.endswith("\nresult: exit 0, everything checked is fine\n")
    assert "hush7f3a" not in out


def test_configuration_problems_are_each_named_and_exit_1(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")
    _write(isolated_home, f'[server]\nurl = "{URL}"\nbackend = "jira"\n'
           f'extra_ca_file = "{isolated_home}/missing.pem"\n[sync]\npoll_minutes = "often"\n')
    code, data, checks = _run(capsys, "--offline")
    assert code == Exit.CONFIG
    settings = [c for c in data["checks"] if c["name"] == "settings"]
    assert [c["message"] for c in settings] == data["problems"]
    assert "sync.poll_minutes" in settings[0]["message"] and settings[0]["exit_code"] == 1
    assert checks["backend"]["status"] == "problem"
    assert "“jira”" in checks["backend"]["message"]
    assert "rt, zammad" in checks["backend"]["action"]
    assert checks["extra_ca"]["status"] == "problem"
    assert f"{isolated_home}/missing.pem cannot be used" in checks["extra_ca"]["message"]
    assert "PEM" in checks["extra_ca"]["action"]


def test_a_server_address_that_is_no_web_address(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")
    _write(isolated_home, '[server]\nurl = "help.example.com"\n')
    code, _data, checks = _run(capsys)
    assert code == Exit.CONFIG
    assert "not an http:// or https:// address" in checks["server_url"]["message"]
    assert checks["dns"]["status"] == "skipped"


def test_the_token_in_the_keyring_is_checked_and_never_shown(isolated_home, capsys,
                                                             monkeypatch):
    _write(isolated_home, f'[server]\nurl = "{URL}/"\n')
    store = DictKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: store)
    code, _data, checks = _run(capsys, "--offline")
    assert code == Exit.TOKEN == 4
    assert checks["token"]["message"] == (f"no token for rt:{URL} in the keyring: test keyring")
    assert checks["sign_in"] == {**checks["sign_in"], "status": "skipped",
                                 "message": "no token"}
    store.secrets[("HelpClient", f"rt:{URL}")] = "1-2-very-secret"
    code, data, checks = _run(capsys, "--offline")
    assert code == Exit.OK
    assert checks["token"]["status"] == "ok" and "(not shown)" in checks["token"]["message"]
    assert "very-secret" not in json.dumps(data)


def test_without_a_secure_keyring_the_token_is_a_problem(isolated_home, capsys, monkeypatch):
    _write(isolated_home, f'[server]\nurl = "{URL}"\n')
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    code, _data, checks = _run(capsys, "--offline")
    assert code == Exit.TOKEN
    assert checks["token"]["message"].startswith("no secure keyring for this user")
    assert "HELPCLIENT_TOKEN" in checks["token"]["action"]


def test_a_policy_value_shows_as_locked_in_the_check(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")
    _write(isolated_home, f'[server]\nurl = "{URL}"\n', "policy.toml", "etc")
    _code, _data, checks = _run(capsys, "--offline")
    assert checks["server_url"]["message"] == f"{URL} (from policy, locked)"


def test_the_exit_code_is_the_lowest_problem_s():
    def problem(code):
        return Check("x", Status.PROBLEM, "", code=code)

    assert exit_code([]) is Exit.OK
    assert exit_code([Check("x", Status.WARNING, "", code=Exit.TOKEN)]) is Exit.OK
    assert exit_code([problem(Exit.TOKEN), problem(Exit.UNREACHABLE)]) is Exit.UNREACHABLE
    assert exit_code([problem(Exit.NOT_THE_HELPDESK), problem(Exit.CONFIG)]) is Exit.CONFIG
    assert set(EXIT_MEANINGS) == {int(e) for e in Exit}


def test_the_route_is_the_proxy_requests_would_take(monkeypatch):
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        for variant in (name, name.upper()):
            monkeypatch.delenv(variant, raising=False)
    direct = route_to("https://help.example.com")
    assert (direct.host, direct.port, direct.tls, direct.proxy) == (
        "help.example.com", 443, True, "")
    monkeypatch.setenv("HTTPS_PROXY", "user:p%40ss@proxy.corp:3128")
    via = route_to("https://help.example.com:8443/rt")
    assert (via.host, via.port, via.server_host, via.server_port) == (
        "proxy.corp", 3128, "help.example.com", 8443)
    assert via.proxy == "http://proxy.corp:3128"  # no credentials, anywhere shown
    assert "p%40ss" not in repr(via)
    plain = route_to("http://help.example.com")  # HTTPS_PROXY is for https:// only
    assert (plain.proxy, plain.port, plain.tls) == ("", 80, False)
    monkeypatch.setenv("NO_PROXY", ".example.com")
    assert route_to("https://help.example.com").proxy == ""


@pytest.mark.parametrize("url", ["ftp://help.example.com", "https://", "https://h:99999"])
def test_a_route_needs_a_web_address(url):
    from helpclient.core.errors import ConfigurationError  # noqa: PLC0415

    with pytest.raises(ConfigurationError):
        route_to(url)
