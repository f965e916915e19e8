"""The keyring is read on a worker, never on the GUI thread: opening it imports its libraries
and may wait on D-Bus (a locked keyring waits for the user), which would freeze Settings."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QDialog
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog

URL = "https://support.example.com"


class WatchedStore(SessionSecretStore):
    """A session store that notes the threads it is asked on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []

    @property
    def is_secure(self) -> bool:  # type: ignore[override]
        self.threads.append(threading.current_thread())
        return True

    def get(self, account: str) -> str | None:
        self.threads.append(threading.current_thread())
        return super().get(account)


class Helpdesk:
    def __init__(self, config: ServerConfig, credentials: Credentials) -> None:
        self.credentials = credentials

    def whoami(self) -> UserInfo:
        return UserInfo("nicole", "Nicole Braun")

    def close(self) -> None:
        pass


def test_settings_reads_the_keyring_off_the_gui_thread(qtbot, tmp_path):
    store = WatchedStore()
    store.set(account_for("rt", URL), "rt-token")
    settings = Settings(tmp_path / "config.toml", DictPolicy({}))
    connection = Connection(settings, store, Helpdesk, environ={})
    runner = TaskRunner()
    dialog = SettingsDialog(connection, runner, {"rt": "Request Tracker"})
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    qtbot.waitUntil(lambda: "system keyring" in box.store_note.text())
    box.url.setText(URL)
    box.url.editingFinished.emit()
    qtbot.waitUntil(lambda: box.account.text() == "With an access token.")
    box.test_connection()
    qtbot.waitUntil(lambda: box.status.text() == "Connected as Nicole Braun.")
    with qtbot.waitSignal(dialog.signed_in):
        dialog.save()  # a new server, with a token kept for it: signs in with that
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert store.threads, "the keyring was never asked"
    assert threading.main_thread() not in store.threads
    runner.wait_for_done()
