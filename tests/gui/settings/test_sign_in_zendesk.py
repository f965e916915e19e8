"""Zendesk in Settings: no queue, and its sign-in dialog — the end user's e-mail address and
password, what Zendesk's admin must enable, and an API token or an administrator's account
refused with the reason — run through the real connector over Zendesk's documented answers at
the network edge."""

from __future__ import annotations

import requests
from PySide6.QtWidgets import QDialog, QLabel
from settings_fakes import DictPolicy
from zendesk_fakes import BASE, EMAIL, PASSWORD, VALID, FakeZendesk

from helpclient.backends import SIGN_IN_METHODS
from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.core.backend import ServerIdentity
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.services_helpdesk import start_browser_sign_in
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.sign_in.zendesk import ZendeskSignIn

TYPES = {"rt": "Request Tracker", "zendesk": "Zendesk"}


def make(qtbot, tmp_path, fake: FakeZendesk, policy=None, start_browser=None):
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy or {}))

    def factory(config: ServerConfig, credentials: Credentials) -> ZendeskBackend:
        session = requests.Session()
        session.mount("https://", fake)
        return ZendeskBackend(config.url, credentials, session=session)

    connection = Connection(settings, SessionSecretStore(), factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=SIGN_IN_METHODS,
                            probe=lambda config: ServerIdentity("Zendesk", "", config.url),
                            start_browser=start_browser)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("zendesk"))
    box.url.setText(BASE)
    box.url.editingFinished.emit()
    return dialog, box


def test_zendesk_asks_for_the_e_mail_address_and_password_only(qtbot, tmp_path):
    _dialog, box = make(qtbot, tmp_path, FakeZendesk())
    assert not box.queue.isVisible()  # Zendesk's triggers route new requests
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, ZendeskSignIn)
    assert list(sign_in.method_buttons) == [SignInMethod.PASSWORD]
    assert not sign_in.method_buttons[SignInMethod.PASSWORD].isVisible()  # nothing to choose
    labels = [label.text() for label in sign_in.page().findChildren(QLabel)]
    assert "&E-mail address:" in labels and "&Password:" in labels
    assert "Allow API password access" in sign_in.admin_note.text()
    assert "never signs in with an API token" in sign_in.admin_note.text()
    assert "zendesk.com" in sign_in.address_note.text()


def test_an_api_token_is_refused_with_the_reason_and_nothing_sent(qtbot, tmp_path):
    fake = FakeZendesk()
    _dialog, box = make(qtbot, tmp_path, fake)
    sign_in = box.open_sign_in()
    sign_in.login.setText(f"{EMAIL}/token")
    sign_in.password.setText("6wiIBWbGkBMo1mRDMuVwkw1EPsNkeUj95PIz2akv")
    sign_in.sign_in_button.click()
    assert sign_in.isVisible() and "does not sign in with a Zendesk API token" in \
        sign_in.message.text()
    assert fake.requests == [] and not (tmp_path / "config.toml").exists()


def test_an_administrators_account_is_refused_after_zendesk_names_the_role(qtbot, tmp_path):
    admin = {"user": {**VALID["me"]["user"], "role": "admin"}}
    fake = FakeZendesk({**VALID, "me": admin})
    dialog, box = make(qtbot, tmp_path, fake)
    sign_in = box.open_sign_in()
    sign_in.login.setText(EMAIL)
    sign_in.password.setText(PASSWORD)
    sign_in.sign_in_button.click()
    assert "or an administrator's account" in sign_in.message.text()
    assert [path for _, path, *_ in fake.requests] == ["/api/v2/users/me"]
    assert dialog.connection.secrets.get(account_for("zendesk", BASE)) is None


def test_the_end_users_password_signs_in_and_is_kept(qtbot, tmp_path):
    dialog, box = make(qtbot, tmp_path, FakeZendesk())
    dialog.save()  # nothing kept for this server yet: its sign-in opens
    sign_in = box.sign_in_dialog
    assert isinstance(sign_in, ZendeskSignIn)
    sign_in.login.setText(EMAIL)
    sign_in.password.setText(PASSWORD)
    sign_in.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = dialog.connection.secrets.get(account_for("zendesk", BASE))
    assert Credentials.load(stored) == Credentials.password(EMAIL, PASSWORD)
    assert Settings(tmp_path / "config.toml").get("server.backend") == "zendesk"


def test_the_browser_is_offered_once_it_set_up_an_oauth_client(qtbot, tmp_path):
    _dialog, box = make(qtbot, tmp_path, FakeZendesk(),
                        policy={"server.oauth_client_id": "helpclient"},
                        start_browser=start_browser_sign_in)
    sign_in = box.open_sign_in()
    assert list(sign_in.method_buttons) == [SignInMethod.PASSWORD, SignInMethod.OAUTH]
    assert sign_in.method_buttons[SignInMethod.PASSWORD].text() == \
        "My e-mail address and password"
    browser = sign_in.method_buttons[SignInMethod.OAUTH]
    assert browser.text() == "My web browser"
    browser.setChecked(True)
    assert not sign_in.admin_note.isVisible()  # nothing about passwords or API tokens there
