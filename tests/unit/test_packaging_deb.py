"""What the .deb ships that is generated from the code: the commented policy example
(/etc/helpclient/policy.toml) from the settings declaration, and helpclient(1) from the parser."""

import importlib.util
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from helpclient.cli import _parser
from helpclient.core.settings import Settings, flatten
from helpclient.core.settings_catalog import SETTINGS, SETTINGS_BY_KEY

LINUX = Path(__file__).resolve().parents[2] / "installer" / "linux"


def _load(name):
    spec = importlib.util.spec_from_file_location(f"hc_{name}", LINUX / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def policy_text():
    return _load("policy_example").render()


def _uncomment_all(text):
    """What IT gets by removing the "#" of every table and setting line."""
    return re.sub(r"^#(?=\S)", "", text, flags=re.MULTILINE)


class StaticPolicy:
    def __init__(self, values):
        self.values = values

    def load(self):
        return self.values

    def describe(self):
        return "test"

    def problems(self):
        return []


def test_the_shipped_policy_sets_nothing(policy_text):
    assert tomllib.loads(policy_text) == {}


def test_every_lockable_setting_is_in_the_example_with_its_default(policy_text, tmp_path):
    values = flatten(tomllib.loads(_uncomment_all(policy_text)))
    assert set(values) == {s.key for s in SETTINGS if s.lockable}
    settings = Settings(tmp_path / "user.toml", StaticPolicy(values))
    assert settings.problems == []
    for key, value in values.items():
        assert value == SETTINGS_BY_KEY[key].default
        assert settings.is_locked(key)


def test_each_setting_is_documented_and_only_lockable_ones_are_there(policy_text):
    comments = " ".join(line[2:] for line in policy_text.splitlines() if line.startswith("# "))
    for setting in SETTINGS:
        documented = " ".join(setting.doc.split()) in comments
        assert documented == setting.lockable, setting.key


def test_uncommenting_one_setting_sets_only_it(policy_text):
    # the first "#url" is server.url's ([server] is the first table; remote.url has one too)
    text = policy_text.replace("#[server]", "[server]").replace(
        '#url = ""', 'url = "https://help.example.com"', 1)
    assert flatten(tomllib.loads(text)) == {"server.url": "https://help.example.com"}


@pytest.fixture(scope="module")
def manpage():
    return _load("manpage").render()


def _commands(parser, prefix=""):
    for action in parser._actions:
        if action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield prefix + name
                yield from _commands(sub, f"{prefix}{name} ")


def test_the_man_page_lists_every_command(manpage):
    commands = list(_commands(_parser()))
    assert "check-config" in commands and "kb search" in commands
    for command in commands:
        assert f"\\fBhelpclient {command.replace('-', chr(92) + '-')}" in manpage, command


@pytest.mark.skipif(shutil.which("groff") is None, reason="groff renders man pages")
def test_the_man_page_renders_without_warnings(manpage):
    done = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z"], input=manpage,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stderr == ""


def test_generators_run_as_scripts():
    for name in ("policy_example", "manpage"):
        done = subprocess.run([sys.executable, str(LINUX / f"{name}.py")],
                              capture_output=True, text=True, check=True)
        assert done.stdout.strip()
