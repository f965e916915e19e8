"""Remote assistance's configuration (core, no Qt): placeholders filled per argument and
percent-encoded in addresses, and every mistake a problem that keeps the action away."""

import json
import shutil
import sys
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from settings_fakes import DictPolicy

from helpclient.cli import main
from helpclient.core.remote import (
    CommandLaunch,
    Facts,
    ProgramNotFound,
    RemoteConfigError,
    RemoteSetup,
    UrlLaunch,
    parse_command,
    parse_template,
    parse_url,
    read_remote_assist,
    split_command,
    ticket_note,
)
from helpclient.core.settings import Settings

FACTS = Facts(ticket="42", user="alice", computer="PC-7", email="alice@example.com",
              name="Alice Example")


def found(program):
    return f"/opt/tools/{program.rsplit('/', 1)[-1]}"


def settings(tmp_path, **values):
    return Settings(tmp_path / "user.toml",
                    DictPolicy({f"remote.{key}": value for key, value in values.items()}))


def test_each_placeholder_is_filled_inside_its_own_argument():
    launch = parse_command("rustdesk --ticket={ticket} --note 'for {name} ({email})' {user}@"
                           "{computer}", windows=False, which=found)
    assert launch.program == "/opt/tools/rustdesk"
    assert launch.argv(FACTS) == ["--ticket=42", "--note", "for Alice Example "
                                  "(alice@example.com)", "alice@PC-7"]


def test_a_value_never_becomes_a_second_argument_or_a_shell_command():
    launch = parse_command("tool --user {name}", windows=False, which=found)
    hostile = Facts(name="x; rm -rf ~ $(reboot) 'a b' --admin")
    assert launch.argv(hostile) == ["--user", "x; rm -rf ~ $(reboot) 'a b' --admin"]


def test_an_argument_that_is_only_an_empty_placeholder_is_left_out():
    launch = parse_command("tool --id {ticket} --id={ticket} {ticket}{user}", windows=False,
                           which=found)
    assert launch.argv(Facts()) == ["--id", "--id="]
    assert launch.argv(Facts(user="bob")) == ["--id", "--id=", "bob"]


def test_doubled_braces_are_literal():
    launch = parse_command("tool '{{\"id\": \"{ticket}\"}}'", windows=False, which=found)
    assert launch.argv(FACTS) == ['{"id": "42"}']


@pytest.mark.parametrize("placeholder", ["{ticket_id}", "{}", "{0}", "{user.__class__}",
                                         "{user!r}", "{email:>40}", "{TICKET}"])
def test_an_unknown_placeholder_is_an_error_naming_it(placeholder):
    with pytest.raises(RemoteConfigError, match="unknown placeholder") as caught:
        parse_command(f"tool --x {placeholder}", windows=False, which=found)
    assert placeholder in str(caught.value)


@pytest.mark.parametrize("text", ["tool --x {ticket", "tool --x ticket}", "tool }{"])
def test_unbalanced_braces_are_an_error(text):
    with pytest.raises(RemoteConfigError, match="unbalanced braces"):
        parse_command(text, windows=False, which=found)


@pytest.mark.parametrize("text", ["tool 'unclosed", 'tool "unclosed', "tool trailing\\"])
def test_a_command_that_cannot_be_split_is_an_error(text):
    with pytest.raises(RemoteConfigError, match="cannot be split"):
        split_command(text, windows=False)


def test_windows_paths_keep_their_backslashes():
    words = split_command(r'"C:\Program Files\RustDesk\rustdesk.exe" --id {ticket} C:\x\y',
                          windows=True)
    assert words == [r"C:\Program Files\RustDesk\rustdesk.exe", "--id", "{ticket}", r"C:\x\y"]
    # POSIX rules: a backslash escapes, as in a shell
    assert split_command(r"tool a\ b", windows=False) == ["tool", "a b"]


def test_the_program_must_be_written_out():
    with pytest.raises(RemoteConfigError, match="program must be written out"):
        parse_command("{user} --x", windows=False, which=found)
    with pytest.raises(RemoteConfigError, match="holds no program"):
        parse_command("   ", windows=False, which=found)


def test_a_program_not_installed_is_its_own_error():
    with pytest.raises(ProgramNotFound, match="not installed"):
        parse_command("no-such-tool --x", windows=False, which=lambda _program: None)


def test_the_real_which_finds_an_absolute_program_and_misses_a_made_up_one(tmp_path):
    launch = parse_command(f"'{sys.executable}' -c pass", windows=False,
                           which=shutil.which)
    assert launch.program == sys.executable
    with pytest.raises(ProgramNotFound):
        parse_command(f"'{tmp_path}/nothing-here' --x", windows=False,
                      which=shutil.which)


def test_url_values_are_percent_encoded_so_none_adds_a_parameter():
    launch = parse_url("https://help.example.com/session?ticket={ticket}&who={name}&mail={email}")
    hostile = Facts(ticket="42", name="Eve&admin=1#x", email="é@example.com/../")
    url = launch.url(hostile)
    parts = urlsplit(url)
    assert parts.scheme == "https" and parts.netloc == "help.example.com" and not parts.fragment
    assert parse_qs(parts.query) == {"ticket": ["42"], "who": ["Eve&admin=1#x"],
                                     "mail": ["é@example.com/../"]}
    assert launch.host == "help.example.com"


@pytest.mark.parametrize(("url", "why"), [
    ("file:///etc/passwd", "only http and https"),
    ("javascript:alert(1)", "only http and https"),
    ("ms-quick-assist:", "only http and https"),
    ("help.example.com/session", "only http and https"),
    ("https:///path", "names no server"),
    ("https://{computer}.example.com/", "server must be written out"),
    ("https://help.example.com/a b", "spaces"),
    ("https://help.example.com/{ticket_no}", "unknown placeholder"),
    ("https://[help.example.com/", "not a web address"),  # urlsplit raises on it
])
def test_bad_addresses_are_errors(url, why):
    with pytest.raises(RemoteConfigError, match=why):
        parse_url(url)


def test_not_configured_offers_nothing_and_is_no_problem(tmp_path):
    assert read_remote_assist(settings(tmp_path), which=found) == RemoteSetup(None, ())


def test_a_command_is_offered_under_its_name(tmp_path):
    setup = read_remote_assist(settings(tmp_path, tool_name="RustDesk", command="rustdesk",
                                        how_to_stop="Click Disconnect."), which=found,
                               windows=False)
    assert setup.problems == ()
    assert setup.assist is not None
    assert setup.assist.tool == "RustDesk" and setup.assist.how_to_stop == "Click Disconnect."
    assert isinstance(setup.assist.launch, CommandLaunch) and not setup.assist.opens_browser


def test_without_a_name_the_program_or_the_server_names_the_tool(tmp_path):
    windows = read_remote_assist(settings(
        tmp_path, command=r'"C:\Program Files\Quick Assist\quickassist.exe"'),
        which=lambda p: p, windows=True)
    assert windows.assist is not None and windows.assist.tool == "quickassist"
    web = read_remote_assist(settings(tmp_path, url="https://remote.example.com/join"),
                             which=found)
    assert web.assist is not None and web.assist.tool == "remote.example.com"
    assert web.assist.opens_browser


def test_the_address_stands_in_when_the_program_is_not_installed(tmp_path):
    setup = read_remote_assist(settings(tmp_path, command="rustdesk",
                                        url="https://remote.example.com/join?t={ticket}"),
                               which=lambda _p: None)
    assert setup.problems == ()
    assert setup.assist is not None and isinstance(setup.assist.launch, UrlLaunch)


@pytest.mark.parametrize(("values", "problem"), [
    ({"command": "rustdesk --id {tikcet}"}, "remote.command: unknown placeholder {tikcet}"),
    ({"command": "rustdesk 'oops"}, "remote.command: cannot be split"),
    ({"command": "missing-tool"}, "remote.command: the program 'missing-tool' is not installed"),
    ({"url": "ftp://files.example.com/"}, "remote.url: only http and https"),
    ({"command": "rustdesk", "url": "file:///tmp/x"}, "remote.url: only http and https"),
    ({"command": "rustdesk {", "url": "https://ok.example.com/"}, "remote.command: unbalanced"),
    ({"tool_name": "RustDesk"}, "remote.tool_name set, but neither remote.command nor"),
])
def test_every_mistake_is_a_problem_and_nothing_is_offered(tmp_path, values, problem):
    def which(program):
        return None if program == "missing-tool" else found(program)

    setup = read_remote_assist(settings(tmp_path, **values), which=which, windows=False)
    assert setup.assist is None
    assert len(setup.problems) == 1
    assert setup.problems[0].startswith(problem)
    assert "remote assistance is not offered" in setup.problems[0]


def test_facts_drop_a_ticket_id_that_is_not_a_plain_id(tmp_path):
    user_settings = settings(tmp_path)
    user_settings.set("contact.email", "alice@example.com\n")
    user_settings.set("contact.name", " Alice\x00 ")
    facts = Facts.gather(user_settings, ticket="12 --evil", user="alice", computer="PC\t7")
    assert facts == Facts(ticket="", user="alice", computer="PC7", email="alice@example.com",
                          name="Alice")
    assert Facts.gather(user_settings, ticket="RT-12.3", user="", computer="").ticket == "RT-12.3"


def test_the_ticket_note_names_the_tool_and_the_time():
    when = datetime(2026, 12, 2, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    text = ticket_note("RustDesk", opens_browser=False, when=when).render()
    assert text == ("Remote assistance: I agreed to let support connect to my computer with "
                    "RustDesk. HelpClient started it at 2026-12-02 14:05 (UTC+0100).")
    browser = ticket_note("Remote {x}", opens_browser=True, when=when).render()
    assert "with Remote {x}. HelpClient opened it in my browser at" in browser


def test_template_pieces_round_trip():
    pieces = parse_template("a{ticket}b{{c}}")
    assert [field for _literal, field in pieces] == ["ticket", None, None]
    assert "".join(literal for literal, _field in pieces) == "ab{c}"


def test_check_config_names_the_problem_and_fails(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text('[server]\nurl = "https://help.example.com"\n'
                                        '[remote]\ncommand = "rustdesk --id {tikcet}"\n')
    assert main(["check-config", "--offline"]) == 1
    out = capsys.readouterr().out
    assert "problem  settings    remote.command: unknown placeholder {tikcet}" in out
    assert main(["check-config", "--offline", "--json"]) == 1
    checks = json.loads(capsys.readouterr().out)["checks"]
    (remote,) = [c for c in checks if "remote.command" in c["message"]]
    assert remote["name"] == "settings" and remote["status"] == "problem"
    assert remote["exit_code"] == 1 and "Let support connect" in remote["action"]


def test_check_config_is_content_with_a_working_tool(isolated_home, capsys, monkeypatch):
    monkeypatch.setenv("HELPCLIENT_TOKEN", "1-2-abc")
    policy = isolated_home / "xdg" / "etc" / "helpclient"
    policy.mkdir(parents=True)
    (policy / "policy.toml").write_text(
        '[server]\nurl = "https://help.example.com"\n'
        f"[remote]\ncommand = \"'{sys.executable}' -c pass {{ticket}}\"\n")
    assert main(["check-config", "--offline"]) == 0, capsys.readouterr().out
