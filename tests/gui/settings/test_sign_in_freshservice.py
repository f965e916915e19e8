"""Freshservice in Settings: no queue, and its sign-in dialog — the e-mail address and the API
key, where the support portal shows the key — keeping both in one keyring entry."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel
from settings_fakes import DictPolicy

from helpclient.backends import SIGN_IN_METHODS
from helpclient.core.backend import ServerIdentity
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.sign_in.freshservice import FreshserviceSignIn

URL = "https://acme.freshservice.com"
TYPES = {"rt": "Request Tracker", "freshservice": "Freshservice"}
EMAIL, KEY = "andrea.lopez@acme.example", "Xq7Lm2Np9Rt4Vw6Yz1Bc"


class Helpdesk:
    """A Freshservice that accepts Andrea's key."""

    def __init__(self, config: ServerConfig, credentials: Credentials) -> None:
        self.credentials = credentials

    def whoami(self) -> UserInfo:
        if self.credentials != Credentials.api_key(EMAIL, KEY):
            raise AuthError("refused")
        return UserInfo(EMAIL, "", EMAIL)


def make(qtbot, tmp_path):
    settings = Settings(tmp_path / "config.toml", DictPolicy({}))
    connection = Connection(settings, SessionSecretStore(), Helpdesk, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=SIGN_IN_METHODS,
                            probe=lambda config: ServerIdentity(
                                "Freshservice", "API v2", f"{config.url}/api/v2",
                                (SignInMethod.API_KEY,)))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("freshservice"))
    box.url.setText(URL)
    box.url.editingFinished.emit()
    return dialog, box


def test_the_dialog_asks_for_the_address_and_key_and_says_where_the_key_is(qtbot, tmp_path):
    _dialog, box = make(qtbot, tmp_path)
    assert not box.queue.isVisible()  # Freshservice's own rules route tickets
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, FreshserviceSignIn)
    assert list(sign_in.method_buttons) == [SignInMethod.API_KEY]
    labels = [label.text() for label in sign_in.page().findChildren(QLabel)]
    assert "&E-mail address:" in labels and "API &key:" in labels
    assert "profile picture (top right) → Profile settings" in " ".join(labels)
    assert sign_in.focusWidget() is sign_in.email  # typing starts with the address
    assert "yourcompany.freshservice.com" in sign_in.address_note.text()
    assert sign_in.admin_note.isVisible() and "API access" in sign_in.admin_note.text()
    assert sign_in.server_status.text() == "Freshservice answers at this address."


def test_the_address_and_key_sign_in_and_are_kept_together(qtbot, tmp_path):
    dialog, box = make(qtbot, tmp_path)
    dialog.save()  # nothing kept for this server yet: its sign-in opens
    sign_in = box.sign_in_dialog
    assert isinstance(sign_in, FreshserviceSignIn)
    sign_in.api_key.setText(KEY)
    sign_in.sign_in_button.click()  # no address yet
    assert sign_in.message.text() == "Fill in the fields above first."
    sign_in.email.setText(EMAIL)
    sign_in.api_key.setText("Xq7Lm2Np9Rt4Vw6Yz000")
    sign_in.sign_in_button.click()
    assert "Freshservice did not accept this API key" in sign_in.message.text()
    sign_in.api_key.setText(f" {KEY}\n")  # pasted from the portal
    sign_in.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = Credentials.load(dialog.connection.secrets.get(account_for("freshservice", URL)))
    assert kept == Credentials.api_key(EMAIL, KEY)
    assert Settings(tmp_path / "config.toml").get("server.backend") == "freshservice"
