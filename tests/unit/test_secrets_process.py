"""The app asks the keyring through helper processes: the token round-trips, the app never
imports the keyring's libraries, and without a secure keyring nothing is handed to a helper."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpclient.core.secrets import SecretStoreError
from helpclient.core.secrets_process import ProcessSecretStore, serve

TESTS = Path(__file__).resolve().parents[1]
HELPER = [sys.executable, "-m", "helpclient.cli", "_keyring"]
ACCOUNT = "rt:https://rt.example"


@pytest.fixture
def fake_keyring(tmp_path, monkeypatch):
    """The helpers find a secure keyring kept in a file (see tests/keyring_fake.py)."""
    monkeypatch.setenv("PYTHONPATH", str(TESTS))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring_fake.FileKeyring")
    monkeypatch.setenv("FAKE_KEYRING_FILE", str(tmp_path / "keyring.json"))
    return tmp_path / "keyring.json"


def test_the_token_round_trips_through_helpers_and_is_asked_once(fake_keyring):
    store = ProcessSecretStore(HELPER)
    assert store.get(ACCOUNT) is None
    store.set(ACCOUNT, "t0ken")
    assert json.loads(fake_keyring.read_text()) == {f"HelpClient/{ACCOUNT}": "t0ken"}
    assert store.is_secure and "FileKeyring" in store.description
    again = ProcessSecretStore(HELPER)  # the next start
    assert again.get(ACCOUNT) == "t0ken"
    fake_keyring.write_text("{}")  # changed behind its back: the answer is remembered
    assert again.get(ACCOUNT) == "t0ken"
    again.delete(ACCOUNT)
    assert again.get(ACCOUNT) is None and ProcessSecretStore(HELPER).get(ACCOUNT) is None


def test_the_app_process_never_imports_the_keyring(fake_keyring):
    code = (f"import sys\nfrom helpclient.core.secrets_process import ProcessSecretStore\n"
            f"store = ProcessSecretStore({HELPER!r})\nstore.set({ACCOUNT!r}, 'secret')\n"
            f"print(store.get({ACCOUNT!r}), sorted(m for m in sys.modules if m.split('.')[0] "
            f"in ('keyring', 'secretstorage', 'cryptography', 'jeepney')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    assert out.split() == ["secret", "[]"]


def test_without_a_secure_keyring_the_token_stays_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = ProcessSecretStore(HELPER)
    assert not store.is_secure
    store.set(ACCOUNT, "typed-this-session")
    assert store.get(ACCOUNT) == "typed-this-session"
    assert ProcessSecretStore(HELPER).get(ACCOUNT) is None  # gone with the process


def test_a_helper_that_fails_is_an_error_the_caller_can_handle():
    with pytest.raises(SecretStoreError):
        ProcessSecretStore([sys.executable, "-c", "print('not json')"]).get(ACCOUNT)
    refused = [sys.executable, "-c", "print('{\"ok\": false, \"error\": \"locked\"}')"]
    with pytest.raises(SecretStoreError, match="locked"):
        ProcessSecretStore(refused).get(ACCOUNT)


def test_the_helper_answers_one_request_and_says_what_went_wrong():
    out = io.StringIO()
    assert serve(io.StringIO(json.dumps({"op": "tell-me-everything"})), out) == 1
    answer = json.loads(out.getvalue())
    assert answer == {"ok": False, "error": "unknown request 'tell-me-everything'"}
