"""Jira Service Management in Settings: a service desk in the queue's place, and its sign-in
dialog — the e-mail address and API token on Atlassian's cloud (where tokens are made), a
personal access token on Data Center — keeping both in one keyring entry."""

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
from helpclient.ui.settings.sign_in.jsm import TOKENS_PAGE, JsmSignIn

URL = "https://example.atlassian.net"
TYPES = {"rt": "Request Tracker", "jsm": "Jira Service Management"}
EMAIL, TOKEN = "nicole.braun@example.com", "ATATT3xFfGF0c0ffee=C0FFEE01"


class Helpdesk:
    """A Jira site that accepts EMAIL with TOKEN."""

    def __init__(self, config: ServerConfig, credentials: Credentials) -> None:
        self.credentials = credentials

    def whoami(self) -> UserInfo:
        if self.credentials != Credentials.password(EMAIL, TOKEN):
            raise AuthError("refused")
        return UserInfo(EMAIL, "Nicole Braun", EMAIL)


def make(qtbot, tmp_path, sign_in=(SignInMethod.PASSWORD,)):
    settings = Settings(tmp_path / "config.toml", DictPolicy({}))
    connection = Connection(settings, SessionSecretStore(), Helpdesk, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=SIGN_IN_METHODS,
                            probe=lambda config: ServerIdentity(
                                "Jira Service Management", "10.3.1", config.url, sign_in))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("jsm"))
    box.url.setText(URL)
    box.url.editingFinished.emit()
    return dialog, box


def test_the_cloud_asks_for_the_e_mail_and_api_token_and_says_where_tokens_are(
        qtbot, tmp_path):
    _dialog, box = make(qtbot, tmp_path)
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, JsmSignIn)
    assert list(sign_in.method_buttons) == [SignInMethod.PASSWORD, SignInMethod.TOKEN]
    assert sign_in.method() is SignInMethod.PASSWORD
    labels = [label.text() for label in sign_in.page().findChildren(QLabel)]
    assert "&E-mail address:" in labels and "API &token:" in labels
    assert TOKENS_PAGE in sign_in.password_help()
    # Atlassian's cloud has no personal access tokens: the probe says so
    assert "switched off" in sign_in.method_buttons[SignInMethod.TOKEN].text()
    assert sign_in.server_status.text() == "Jira Service Management answers at this address."
    assert "example.atlassian.net" in sign_in.address_note.text()


def test_data_center_offers_a_personal_access_token_too(qtbot, tmp_path):
    _dialog, box = make(qtbot, tmp_path, (SignInMethod.PASSWORD, SignInMethod.TOKEN))
    sign_in = box.open_sign_in()
    sign_in.method_buttons[SignInMethod.TOKEN].setChecked(True)
    assert "Personal Access Tokens" in sign_in.token_help()
    assert "8.14" in sign_in.admin_note.text() and sign_in.admin_note.isVisible()


def test_an_api_token_signs_in_and_is_kept_with_the_service_desk(qtbot, tmp_path):
    dialog, box = make(qtbot, tmp_path)
    assert box.queue.isVisible() and box.queue.text() == ""
    box.queue.setText("ITHELP")
    dialog.save()
    sign_in = box.sign_in_dialog
    assert isinstance(sign_in, JsmSignIn)
    sign_in.login.setText(EMAIL)
    sign_in.password.setText("wrong")
    sign_in.sign_in_button.click()
    assert "Jira did not accept this e-mail address and API token" in sign_in.message.text()
    sign_in.password.setText(TOKEN)
    sign_in.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    kept = Credentials.load(dialog.connection.secrets.get(account_for("jsm", URL)) or "")
    assert kept == Credentials.password(EMAIL, TOKEN)
    saved = Settings(tmp_path / "config.toml")
    assert (saved.get("server.backend"), saved.get("server.queue")) == ("jsm", "ITHELP")
