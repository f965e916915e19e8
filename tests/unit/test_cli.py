import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from helpclient import __version__, cli
from helpclient.app_services import build_settings
from helpclient.cli import _parser, main
from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.ticket_cache import CachedTicket, TicketCache


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "helpclient.cli", *args], capture_output=True,
                          text=True, env=env, check=False)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"HelpClient {__version__}"


def test_check_config_json_shows_values_and_their_origin(isolated_home, capsys):
    config = isolated_home / "xdg" / "xdg_config_home" / "helpclient"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[server]\nurl = "https://user.example"\n'
                                        'queue = "Mine"\n')
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text('[server]\nqueue = "IT"\n')
    assert main(["check-config", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    rows = {row["key"]: row for row in data["settings"]}
    assert rows["server.url"] == {**rows["server.url"], "value": "https://user.example",
                                  "source": "user", "locked": False}
    assert rows["server.queue"]["value"] == "IT"
    assert rows["server.queue"]["source"] == "policy" and rows["server.queue"]["locked"]
    assert rows["server.backend"]["source"] == "default"
    assert data["user_file"] == str(config / "config.toml")
    assert str(policy / "policy.toml") in data["policy"]
    assert data["problems"] == []


def test_check_config_reports_problems_with_exit_code(isolated_home, capsys):
    config = isolated_home / "xdg" / "xdg_config_home" / "helpclient"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[server]\nurl = 42\n')
    assert main(["check-config"]) == 1
    out = capsys.readouterr().out
    assert "server.url must be str" in out


def test_requests_without_configuration_says_what_to_do(isolated_home, capsys):
    assert main(["requests"]) == 2
    assert "No helpdesk server is set up yet: open Settings" in capsys.readouterr().err


def test_desktop_entries_run_existing_commands():
    root = Path(__file__).resolve().parents[2] / "installer" / "linux"
    commands = _parser()._subparsers._group_actions[0].choices
    for desktop in root.glob("*.desktop"):
        for line in desktop.read_text().splitlines():
            if line.startswith("Exec="):
                words = line.removeprefix("Exec=").split()
                assert words[0] == "helpclient"
                assert len(words) == 1 or words[1] in commands, line


def test_requests_offline_uses_the_cache_and_says_so(isolated_home, capsys, monkeypatch):
    settings, paths = build_settings()
    settings.set("server.url", "https://rt.example")
    settings.save()
    when = datetime(2026, 11, 24, 9, tzinfo=UTC)
    cache = TicketCache(paths.cache_dir / "tickets.sqlite", "https://rt.example")
    cache.store([CachedTicket(Ticket("7", "VPN drops", TicketStatus.OPEN, "open", when, when))],
                synced_at=when, full=True)
    cache.close()

    class Offline:
        def backend(self):
            return self

        def list_my_tickets(self):
            raise ServerUnreachable("The helpdesk cannot be reached.")

    monkeypatch.setattr(cli, "_connection", Offline)
    assert main(["requests", "--json"]) == 0
    out = capsys.readouterr()
    assert [t["id"] for t in json.loads(out.out)] == ["7"]
    assert "Showing the list as of" in out.err
