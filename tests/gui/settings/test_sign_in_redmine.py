"""Redmine in Settings: its project and tracker instead of a queue, and its sign-in dialog — the
API key only, where Redmine shows it, what its admin must enable — keeping the key in the
keyring and the project and tracker in the user's settings."""

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
from helpclient.ui.settings.sign_in.redmine import RedmineSignIn

URL = "https://redmine.example.com"
TYPES = {"rt": "Request Tracker", "glpi": "GLPI", "redmine": "Redmine"}
KEY = "a" * 40


class Helpdesk:
    """A Redmine that accepts the key KEY."""

    def __init__(self, config: ServerConfig, credentials: Credentials) -> None:
        self.credentials = credentials

    def whoami(self) -> UserInfo:
        if self.credentials != Credentials.token(KEY):
            raise AuthError("refused")
        return UserInfo("alice", "Alice Example")


def make(qtbot, tmp_path, policy=None):
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy or {}))
    built: list[ServerConfig] = []

    def factory(config: ServerConfig, credentials: Credentials) -> Helpdesk:
        built.append(config)
        return Helpdesk(config, credentials)

    connection = Connection(settings, SessionSecretStore(), factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=SIGN_IN_METHODS,
                            probe=lambda config: ServerIdentity("Redmine", "", config.url,
                                                                (SignInMethod.TOKEN,)))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("redmine"))
    box.url.setText(URL)
    box.url.editingFinished.emit()
    return dialog, box, built


def test_redmine_asks_for_a_project_and_tracker_instead_of_a_queue(qtbot, tmp_path):
    _dialog, box, _ = make(qtbot, tmp_path)  # kept: the dialog owns the box
    assert not box.queue.isVisible()
    assert box.project.isVisible() and box.tracker.isVisible()
    assert [w.text() for w in box.project_rows[::2]] == ["&Project:", "T&racker:"]
    box.kind.setCurrentIndex(box.kind.findData("rt"))
    assert box.queue.isVisible() and not box.project.isVisible()
    assert not box.tracker.isVisible()


def test_the_dialog_asks_for_the_api_key_and_says_where_it_is(qtbot, tmp_path):
    _dialog, box, _ = make(qtbot, tmp_path)
    box.project.setText("it-help")
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, RedmineSignIn)
    assert list(sign_in.method_buttons) == [SignInMethod.TOKEN]  # no login and password
    assert not sign_in.method_buttons[SignInMethod.TOKEN].isVisible()  # nothing to choose
    assert "My account (top right) → API access key → Show" in sign_in.token_help()
    assert "API &key:" in [label.text() for label in sign_in.page().findChildren(QLabel)]
    note = sign_in.admin_note.text()
    assert sign_in.admin_note.isVisible()
    assert "Administration → Settings → API → “Enable REST web service”" in note
    for right in ("“Add issues”", "“View issues”", "“Add notes”", "“Edit own issues”"):
        assert right in note
    assert sign_in.address_note.isVisible() and "home page" in sign_in.address_note.text()
    assert sign_in.server_status.text() == "Redmine answers at this address."


def test_a_key_signs_in_and_the_project_and_tracker_are_kept(qtbot, tmp_path):
    dialog, box, built = make(qtbot, tmp_path)
    box.project.setText(" it-help ")
    box.tracker.setText("Support")
    dialog.save()  # nothing kept for this server yet: its sign-in opens
    sign_in = box.sign_in_dialog
    assert isinstance(sign_in, RedmineSignIn)
    sign_in.token.setText("b" * 40)
    sign_in.sign_in_button.click()
    assert "Redmine did not accept this API key" in sign_in.message.text()
    assert not (tmp_path / "config.toml").exists()
    sign_in.token.setText(f" {KEY}\n")  # pasted from the web page
    sign_in.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.connection.secrets.get(account_for("redmine", URL)) == KEY
    saved = Settings(tmp_path / "config.toml")
    assert (saved.get("server.backend"), saved.get("server.redmine_project"),
            saved.get("server.redmine_tracker")) == ("redmine", "it-help", "Support")
    assert (built[-1].project, built[-1].tracker) == ("it-help", "Support")
    assert dialog.connection.config().project == "it-help"


def test_without_a_project_it_says_so_unless_it_policy_sets_it(qtbot, tmp_path):
    _dialog, box, _ = make(qtbot, tmp_path)
    assert box.open_sign_in() is None
    assert "identifier of the project" in box.status.text()
    _dialog, locked, _ = make(qtbot, tmp_path / "policy", policy={
        "server.redmine_project": "it-help", "server.redmine_tracker": ""})
    assert not locked.project.isEnabled() and locked.project.text() == "it-help"
    assert not locked.tracker.isEnabled()
    assert isinstance(locked.open_sign_in(), RedmineSignIn)
