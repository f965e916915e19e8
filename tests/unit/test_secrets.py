import keyring
import keyring.backends.fail
import keyring.backends.null
import keyring.errors

from helpclient.core.connection import Connection
from helpclient.core.secrets import (
    DeferredSecretStore,
    KeyringSecretStore,
    SessionSecretStore,
    _is_secure_backend,
    open_secret_store,
)
from helpclient.core.settings import Settings


class FakeSecureBackend:
    """A keyring backend as the OS would give (priority > 0), storing in a dict."""

    priority = 5
    name = "fake secure"

    def __init__(self):
        self.data = {}

    def get_password(self, service, account):
        return self.data.get((service, account))

    def set_password(self, service, account, secret):
        self.data[(service, account)] = secret

    def delete_password(self, service, account):
        if (service, account) not in self.data:
            raise keyring.errors.PasswordDeleteError("absent")
        del self.data[(service, account)]


def test_fail_and_null_backends_are_not_secure():
    assert not _is_secure_backend(keyring.backends.fail.Keyring())
    assert not _is_secure_backend(keyring.backends.null.Keyring())
    assert _is_secure_backend(FakeSecureBackend())


def test_without_a_secure_keyring_the_store_is_memory_only(monkeypatch):
    monkeypatch.setattr(keyring, "get_keyring", keyring.backends.fail.Keyring)
    store = open_secret_store()
    assert isinstance(store, SessionSecretStore)
    assert not store.is_secure
    store.set("rt:https://x", "t")
    assert store.get("rt:https://x") == "t"


def test_keyring_store_roundtrip_and_delete_absent():
    backend = FakeSecureBackend()
    store = KeyringSecretStore(backend)
    store.set("rt:https://x", "token")
    assert backend.data[("HelpClient", "rt:https://x")] == "token"
    assert store.get("rt:https://x") == "token"
    store.delete("rt:https://x")
    store.delete("rt:https://x")  # absent is fine
    assert store.get("rt:https://x") is None
    assert "fake secure" in store.description



def test_a_deferred_store_opens_the_keyring_on_first_use_only_and_once():
    opened = []

    def open_store():
        opened.append(1)
        return SessionSecretStore()

    store = DeferredSecretStore(open_store)
    assert opened == []  # building it (at start) opens nothing
    store.set("rt:https://rt.example", "t0ken")
    assert store.get("rt:https://rt.example") == "t0ken"
    assert not store.is_secure and store.description.startswith("memory")
    store.delete("rt:https://rt.example")
    assert store.get("rt:https://rt.example") is None
    assert opened == [1]


def test_a_token_from_the_environment_never_opens_the_keyring(tmp_path):
    opened = []
    store = DeferredSecretStore(lambda: opened.append(1) or SessionSecretStore())
    settings = Settings(tmp_path / "config.toml")
    settings.set("server.url", "https://rt.example")
    connection = Connection(settings, store, lambda *_: None,
                            environ={"HELPCLIENT_TOKEN": "from-env"})
    assert connection.is_configured() and connection.credentials() is not None
    assert opened == []
