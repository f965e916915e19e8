import json
import os
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import jsonschema

from helpclient import __version__, cli
from helpclient.cli import _parser, main
from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.sysinfo.bundle import manifest_schema
from helpclient.core.tracking.cache import CachedTicket, TicketCache
from helpclient.services import build_settings


def run_cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "helpclient.cli", *args], capture_output=True,
                          text=True, env=env, check=False)


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"HelpClient {__version__}"


def test_check_config_json_shows_values_and_their_origin(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")  # nothing else to report: exit 0
    config = isolated_home / "xdg" / "xdg_config_home" / "helpclient"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[server]\nurl = "https://user.example"\n'
                                        'queue = "Mine"\n')
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text('[server]\nqueue = "IT"\n')
    assert main(["check-config", "--json", "--offline"]) == 0
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
    assert main(["check-config", "--offline"]) == 1
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


def test_submit_without_a_server_keeps_the_report_and_outbox_lists_it(tmp_path):
    """Headless: no display, no server set up → queued (exit 4), listed, no Qt imported."""
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env["QT_QPA_PLATFORM"] = "none-such"  # importing Qt widgets would fail loudly
    details = tmp_path / "details.txt"
    details.write_text("Error 0x80070005")
    shot = tmp_path / "shot.png"
    shot.write_bytes(b"png")
    code = ("import sys, helpclient.cli as c; rc = c.main(sys.argv[1:]); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]; sys.exit(rc)")
    submit = subprocess.run(
        [sys.executable, "-c", code, "submit", "--summary", "Cannot print", "--details",
         str(details), "--attach", str(shot), "--id", "abc123", "--json", "--wait", "0"],
        capture_output=True, text=True, env=env, check=False)
    assert submit.returncode == 4, submit.stderr
    entry = json.loads(submit.stdout)
    assert entry["id"] == "abc123" and entry["state"] == "needs_auth"
    assert "No helpdesk server is set up" in entry["last_error"]
    listing = subprocess.run([sys.executable, "-c", code, "outbox", "--json"],
                             capture_output=True, text=True, env=env, check=False)
    assert listing.returncode == 3
    assert [(e["id"], e["summary"]) for e in json.loads(listing.stdout)] == [
        ("abc123", "Cannot print")]
    zip_path = tmp_path / "r.zip"
    exported = subprocess.run([sys.executable, "-c", code, "outbox", "--export", "abc123",
                               str(zip_path)], capture_output=True, text=True, env=env,
                              check=False)
    assert exported.returncode == 0 and zip_path.exists()
    cancel = subprocess.run([sys.executable, "-c", code, "outbox", "--cancel", "abc123"],
                            capture_output=True, text=True, env=env, check=False)
    assert cancel.returncode == 0
    empty = subprocess.run([sys.executable, "-c", code, "outbox"], capture_output=True,
                           text=True, env=env, check=False)
    assert empty.returncode == 0 and "empty" in empty.stdout


def test_collect_writes_the_bundle_and_prints_the_manifest(isolated_home, capsys, tmp_path):
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text('[sysinfo]\nexclude_items = "processes"\n')
    out = tmp_path / "bundle.zip"
    assert main(["collect", "-o", str(out), "--json", "--anonymize"]) == 0
    info = json.loads(capsys.readouterr().out)
    jsonschema.validate(info | {"files": []}, manifest_schema())
    assert info["anonymized"] is True
    assert {"name": "processes", "reason": "excluded by policy (item)"} in info["excluded"]
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert {"manifest.json", "summary.txt", "items/os.json"} <= set(names)
    assert "items/processes.json" not in names


def test_collect_does_not_import_qt(tmp_path):
    code = ("import sys; from helpclient.cli import main; "
            f"main(['collect', '-o', {str(tmp_path / 'b.zip')!r}]); "
            "print('PySide6' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_requests_offline_uses_the_cache_and_says_so(isolated_home, capsys, monkeypatch):
    settings, paths = build_settings()
    settings.set("server.url", "https://rt.example")
    settings.save()
    when = datetime(2026, 11, 24, 9, tzinfo=UTC)
    cache = TicketCache(paths.ticket_cache_file, "https://rt.example")
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


def test_submit_writes_the_ticket_in_the_language_policy_sets(isolated_home, capsys, tmp_path):
    # IT fixes the language support reads; the terminal's own is English
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text('[ticket]\nlanguage = "ru"\n')
    assert main(["submit", "--summary", "Cannot print", "--id", "ru1", "--json",
                 "--wait", "0"]) == 4
    capsys.readouterr()
    from helpclient.core.delivery.outbox import Outbox  # noqa: PLC0415
    from helpclient.core.paths import AppPaths  # noqa: PLC0415

    outbox = Outbox(AppPaths.for_user().data_dir)
    try:
        body = outbox.get("ru1").ticket_body
    finally:
        outbox.close()
    assert "== Что случилось ==\nCannot print" in body
