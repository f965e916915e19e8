"""The steps every ``helpclient demo`` shares: settings the policy does not lock, the server
stopped however the demo ends."""

import pytest
from settings_fakes import DictPolicy

from helpclient.core.settings import Settings
from helpclient.demo.session import apply_settings, stopped_at_end


class _Server:
    def __init__(self):
        self.stopped = 0

    def stop(self):
        self.stopped += 1


def test_settings_are_set_and_saved_except_those_the_policy_locks(tmp_path, capsys):
    user_file = tmp_path / "settings.toml"
    locked = Settings(user_file, DictPolicy({"server.url": "https://it.example.com"}))
    apply_settings(locked, [("server.backend", "redmine"),
                            ("server.url", "http://127.0.0.1:8080")])
    reread = Settings(user_file)
    assert reread.get("server.backend") == "redmine"
    assert reread.get("server.url") != "http://127.0.0.1:8080"
    assert "server.url is locked by machine policy" in capsys.readouterr().out


def test_the_server_is_stopped_when_pointing_the_app_at_it_fails(capsys):
    server = _Server()
    with pytest.raises(OSError), stopped_at_end(server):
        raise OSError("keyring locked")
    assert server.stopped == 1
    assert "demo server stopped" in capsys.readouterr().out
