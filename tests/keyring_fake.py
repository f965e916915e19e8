"""A keyring backend for tests of the keyring helper process: secure as far as HelpClient can
tell (a priority above zero), kept in the JSON file named by ``FAKE_KEYRING_FILE``, so that
separate processes share it. Select it with ``PYTHON_KEYRING_BACKEND=keyring_fake.FileKeyring``
and ``tests/`` on ``PYTHONPATH``."""

import json
import os
from pathlib import Path

import keyring.backend
import keyring.errors


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 5  # type: ignore[assignment]

    @property
    def _file(self):
        return Path(os.environ["FAKE_KEYRING_FILE"])

    def _load(self):
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service, username):
        return self._load().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        data = self._load()
        data[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(data))

    def delete_password(self, service, username):
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("absent")
        self._file.write_text(json.dumps(data))
