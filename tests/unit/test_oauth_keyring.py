"""An OAuth sign-in lives in the keyring and nowhere else: its tokens round-trip through the
keyring helper process in one entry, renewals replace that entry only while it is still the
sign-in they renew, and signing out revokes the sign-in on the server before forgetting it."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from oauth_server import CLIENT_ID, AuthServer, RunningAuthServer

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, OAuthTokens, SignInMethod
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.secrets_process import ProcessSecretStore
from helpclient.core.settings import Settings
from helpclient.services_helpdesk import revoke_sign_in

TESTS = Path(__file__).resolve().parents[1]
TOKENS = OAuthTokens("acc-3f9a", "ref-77b1", expires_at=1_800_000_300.5, scope="full")


def test_oauth_credentials_round_trip_and_never_show_a_token():
    credentials = Credentials.oauth(TOKENS)
    stored = credentials.dump()
    assert Credentials.load(stored) == credentials
    assert stored.count("acc-3f9a") == 1  # kept once, among the tokens
    assert "acc-3f9a" not in repr(credentials) and "ref-77b1" not in repr(credentials)
    assert "ref-77b1" not in repr(TOKENS)
    assert set(credentials.secrets()) == {"acc-3f9a", "ref-77b1"}
    assert credentials.complete and not Credentials.oauth(OAuthTokens("")).complete


@pytest.mark.parametrize("tokens", [None, [], {"access_token": 5}, {"expires_at": "soon"},
                                    {"access_token": "a", "expires_at": True}])
def test_unreadable_stored_tokens_mean_signing_in_again(tokens):
    stored = json.dumps({"helpclient-credentials": 1, "method": "oauth", "secret": "",
                         "tokens": tokens})
    loaded = Credentials.load(stored)
    assert loaded.method is SignInMethod.OAUTH and not loaded.complete


def test_tokens_round_trip_through_the_keyring_helper_process(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(TESTS))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_fake.FileKeyring")
    monkeypatch.setenv("FAKE_KEYRING_FILE", str(tmp_path / "keyring.json"))
    helper = [sys.executable, "-m", "helpclient.cli", "_keyring"]
    account = account_for("zammad", "https://support.example.com")
    ProcessSecretStore(helper).set(account, Credentials.oauth(TOKENS).dump())
    assert Credentials.load(ProcessSecretStore(helper).get(account) or "").tokens == TOKENS


class Backend:
    def __init__(self, config, credentials):
        self.config, self.credentials = config, credentials

    def whoami(self):
        return UserInfo("nicole", "Nicole Braun")


CONFIG = ServerConfig("zammad", "https://support.example.com", "Users",
                      oauth_client_id=CLIENT_ID)


def signed_in(tmp_path, **kwargs) -> Connection:
    connection = Connection(Settings(tmp_path / "c.toml"), SessionSecretStore(), Backend, {},
                            **kwargs)
    connection.sign_in(CONFIG, Credentials.oauth(TOKENS))
    return connection


def test_renewals_replace_the_sign_in_they_renew_and_nothing_else(tmp_path):
    seen: set[str] = set()
    connection = signed_in(tmp_path, on_secret=seen.add)
    keep = connection.keeper(CONFIG, Credentials.oauth(TOKENS))
    first = Credentials.oauth(OAuthTokens("acc-2", "ref-2", 1.0))
    keep(first)
    assert connection.credentials() == first and "ref-2" in seen  # the log hides it too
    second = Credentials.oauth(OAuthTokens("acc-3", "ref-3", 2.0))
    keep(second)  # the next renewal replaces the first's
    assert connection.credentials() == second
    # a backend still at work after a sign-out brings nothing back
    connection.sign_out()
    keep(Credentials.oauth(OAuthTokens("acc-4", "ref-4", 3.0)))
    assert connection.credentials() is None
    # nor over a newer sign-in
    connection.sign_in(CONFIG, Credentials.password("nicole", "pw"))
    keep(Credentials.oauth(OAuthTokens("acc-5", "ref-5", 3.0)))
    assert connection.credentials() == Credentials.password("nicole", "pw")


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer())
    yield running.state
    running.stop()


def test_signing_out_revokes_the_sign_in_on_the_server_then_forgets_it(tmp_path, auth):
    tokens = auth.grant()
    config = ServerConfig("zammad", auth.url, "Users", oauth_client_id=CLIENT_ID)
    connection = Connection(Settings(tmp_path / "c.toml"), SessionSecretStore(), Backend, {},
                            revoke=revoke_sign_in)
    granted = OAuthTokens(str(tokens["access_token"]), str(tokens["refresh_token"]), None)
    connection.sign_in(config, Credentials.oauth(granted))
    connection.settings.set("server.oauth_client_id", CLIENT_ID)
    connection.sign_out()
    assert auth.revoked == [granted.refresh_token]
    assert not auth.valid(granted.access_token)
    assert connection.secrets.get(config.account) is None


def test_a_server_that_cannot_revoke_does_not_keep_the_sign_in(tmp_path, caplog):
    def unreachable(config, credentials):
        raise OSError("no route to host")

    connection = signed_in(tmp_path, revoke=unreachable)
    connection.sign_out()
    assert connection.credentials() is None
    assert "could not revoke" in caplog.text
