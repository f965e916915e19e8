"""Every test runs with its own XDG folders, so nothing touches the real user's files."""

import os

import pytest

from helpclient.ui.kit.gui_gc import collect_if_due, take_over

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# the session's Request Tracker and Redmine, shared by tests/integration and tests/contract
pytest_plugins = ["rt_server", "redmine_server"]


@pytest.fixture(autouse=True)
def cycles_collected_on_the_main_thread():
    """As in the app: a Qt object in a reference cycle must not be deleted on a server's or a
    worker's thread when CPython's collector happens to run there."""
    take_over()
    yield
    collect_if_due()


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg" / "etc"))
    monkeypatch.delenv("HELPCLIENT_TOKEN", raising=False)
    return tmp_path
