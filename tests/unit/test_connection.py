from typing import ClassVar

import pytest

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SessionSecretStore, account_for, token_from_environment
from helpclient.core.settings import Settings

GOOD = Credentials.token("good")


class RecordingBackend:
    """The injected collaborator: records which credentials it was built with."""

    def __init__(self, config, credentials):
        self.config, self.credentials = config, credentials

    def whoami(self):
        if self.credentials.secret != "good":
            raise AuthError("bad token")
        return UserInfo(login="alice", name="Alice", email="alice@example.com")


def make(tmp_path, environ=None):
    seen = set()
    conn = Connection(Settings(tmp_path / "c.toml"), SessionSecretStore(), RecordingBackend,
                      environ or {}, on_secret=seen.add)
    return conn, seen


def test_unconfigured_backend_raises_configuration_error(tmp_path):
    conn, _ = make(tmp_path)
    assert not conn.is_configured()
    with pytest.raises(ConfigurationError):
        conn.backend()


def test_sign_in_saves_settings_and_token_then_builds_backend(tmp_path):
    conn, seen = make(tmp_path)
    config = ServerConfig("rt", "https://rt.example/", "IT")
    user = conn.sign_in(ServerConfig("rt", "https://rt.example", "IT"), GOOD)
    assert user.login == "alice"
    assert Settings(tmp_path / "c.toml").get("server.url") == "https://rt.example"
    # a token is kept as itself, as earlier versions kept it
    assert conn.secrets.get(account_for("rt", config.url)) == "good"
    assert conn.backend().credentials == GOOD
    assert conn.backend().config.queue == "IT"
    assert "good" in seen  # the log redactor learns the token


def test_a_password_is_kept_in_one_keyring_entry_and_read_back(tmp_path):
    conn, seen = make(tmp_path)
    signed = Credentials.password("nicole@example.com", "good")
    conn.sign_in(ServerConfig("zammad", "https://support.example", "Users"), signed)
    stored = conn.secrets.get(account_for("zammad", "https://support.example"))
    assert stored is not None and "nicole@example.com" in stored
    assert conn.credentials() == signed
    assert conn.backend().credentials.method is SignInMethod.PASSWORD
    assert "good" in seen  # the password is hidden from logs like a token


def test_a_token_stored_by_an_earlier_version_still_signs_in(tmp_path):
    conn, seen = make(tmp_path)
    conn.settings.set("server.url", "https://rt.example")
    conn.secrets.set(account_for("rt", "https://rt.example"), "1-27-0123abcd")
    assert conn.credentials() == Credentials.token("1-27-0123abcd")
    assert conn.is_configured() and "1-27-0123abcd" in seen


def test_failed_sign_in_changes_nothing(tmp_path):
    conn, _ = make(tmp_path)
    with pytest.raises(AuthError):
        conn.sign_in(ServerConfig("rt", "https://rt.example"), Credentials.token("wrong"))
    assert not (tmp_path / "c.toml").exists()
    assert not conn.is_configured()


def test_environment_token_wins_and_is_never_stored(tmp_path):
    conn, _ = make(tmp_path, {"HELPCLIENT_TOKEN": "good"})
    conn.sign_in(ServerConfig("rt", "https://rt.example"), GOOD)
    assert conn.secrets.get(account_for("rt", "https://rt.example")) is None
    assert conn.credentials() == GOOD
    assert conn.token_from_environment


def test_missing_token_is_an_auth_error(tmp_path):
    conn, _ = make(tmp_path)
    conn.settings.set("server.url", "https://rt.example")
    with pytest.raises(AuthError):
        conn.backend()


def test_sign_out_forgets_token(tmp_path):
    conn, _ = make(tmp_path)
    conn.sign_in(ServerConfig("rt", "https://rt.example"), GOOD)
    conn.sign_out()
    assert conn.credentials() is None


def test_token_from_environment_ignores_empty():
    assert token_from_environment({"HELPCLIENT_TOKEN": ""}) is None


def test_configured_backend_is_none_before_sign_in_and_the_backend_after(tmp_path):
    conn, _ = make(tmp_path)
    assert conn.configured_backend() is None  # no error: live search simply does not happen
    conn.sign_in(ServerConfig("rt", "https://rt.example", "IT"), GOOD)
    backend = conn.configured_backend()
    assert backend is conn.backend() and backend.credentials == GOOD


class ClosingBackend(RecordingBackend):
    """A backend holding a server-side session (GLPI's): closed once, when it is let go."""

    built: ClassVar[list["ClosingBackend"]] = []

    def __init__(self, config, credentials):
        super().__init__(config, credentials)
        self.closed = 0
        ClosingBackend.built.append(self)

    def close(self):
        self.closed += 1


def test_the_check_and_the_quit_close_their_backends(tmp_path):
    ClosingBackend.built = []
    conn = Connection(Settings(tmp_path / "c.toml"), SessionSecretStore(), ClosingBackend, {})
    config = ServerConfig("glpi", "https://glpi.example", "IT")
    conn.sign_in(config, GOOD)  # the check's own backend: closed after it
    used = conn.backend()
    assert [b.closed for b in ClosingBackend.built] == [1, 0]
    conn.close()  # the app quits: nothing uses it any more
    assert used.closed == 1
    assert conn.backend() is not used  # built again if asked
    conn.close()
    conn.close()  # nothing left to close
    assert [b.closed for b in ClosingBackend.built] == [1, 1, 1]
