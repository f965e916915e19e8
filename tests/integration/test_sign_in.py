"""Settings / sign-in against the real RT and local servers: each failure has its own message.
Signing in goes through the helpdesk type's sign-in dialog ("Sign in…"); "Test connection"
checks the credentials kept for the entered server."""

import pytest
from local_servers import html, local_server, make_certificates, tls_context
from PySide6.QtWidgets import QDialog
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.demo.rt_instance import free_port
from helpclient.services import backend_factory
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog

FAKE_TOKEN = "1-2-" + "0123456789abcdef" * 2  # well-formed, but not a real token


@pytest.fixture
def dialog(qtbot, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    dlg = SettingsDialog(connection, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def attempt(dialog, url, token):
    """Sign in to ``url`` with ``token`` through the sign-in dialog: what it said (its own line
    for a refusal, the helpdesk box's status for a success or a problem before asking)."""
    box = dialog.helpdesk
    box.url.setText(url)
    box.status.clear()
    sign_in = box.open_sign_in()
    if sign_in is None:
        return box.status.text()
    sign_in.token.setText(token)
    sign_in.sign_in_button.click()
    said = sign_in.message.text() if sign_in.isVisible() else box.status.text()
    sign_in.close()
    return said


def test_good_token_signs_in_and_is_kept(dialog, rt, tmp_path):
    with_signal = []
    dialog.signed_in.connect(with_signal.append)
    assert attempt(dialog, rt.url, rt.user_token) == f"Signed in as {rt.user_name}."
    assert with_signal[0].login == rt.user_login
    assert Settings(tmp_path / "config.toml").get("server.url") == rt.url
    assert dialog.connection.secrets.get(account_for("rt", rt.url)) == rt.user_token
    dialog.helpdesk.test_button.click()
    assert dialog.helpdesk.status.text() == f"Connected as {rt.user_name}."
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_each_failure_has_its_own_plain_message(dialog, rt, tmp_path):
    messages = {}
    messages["wrong token"] = attempt(dialog, rt.url, FAKE_TOKEN)
    messages["server down"] = attempt(dialog, f"http://127.0.0.1:{free_port()}", rt.user_token)
    messages["unknown host"] = attempt(dialog, "http://helpdesk.nonexistent.invalid", FAKE_TOKEN)
    with local_server(html(404)) as url:
        messages["not a helpdesk"] = attempt(dialog, url, FAKE_TOKEN)
    _ca, cert, key = make_certificates(tmp_path)
    with local_server(html(200), tls_context(cert, key)) as url:
        messages["untrusted certificate"] = attempt(dialog, url, FAKE_TOKEN)
    assert "did not accept your access token" in messages["wrong token"]
    assert "not answering" in messages["server down"]
    assert "could not be found" in messages["unknown host"]
    assert "not the expected helpdesk" in messages["not a helpdesk"]
    assert "certificate is not trusted" in messages["untrusted certificate"]
    assert len(set(messages.values())) == len(messages)
    assert not (tmp_path / "config.toml").exists()  # nothing saved by a failed sign-in


def test_save_without_credentials_asks_to_sign_in_and_a_refusal_keeps_everything(
        dialog, rt, tmp_path):
    dialog.helpdesk.url.setText(rt.url)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    sign_in = dialog.helpdesk.sign_in_dialog
    assert sign_in is not None and sign_in.isVisible() and dialog.isVisible()
    sign_in.token.setText(FAKE_TOKEN)
    sign_in.sign_in_button.click()
    assert "did not accept your access token" in sign_in.message.text()
    assert sign_in.isVisible() and dialog.isVisible()
    assert not (tmp_path / "config.toml").exists()
    sign_in.token.setText(rt.user_token)
    sign_in.sign_in_button.click()
    assert not sign_in.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_missing_scheme_or_token_is_explained_before_any_request(dialog):
    assert attempt(dialog, "rt.example.com", "x") == \
        "Enter the server address, starting with https://"
    assert attempt(dialog, "https://rt.example.com", "") == "Paste your access token first."


def test_policy_locked_fields_are_disabled(qtbot, tmp_path):
    policy = DictPolicy({"server.url": "https://rt.example.com"})
    connection = Connection(Settings(tmp_path / "c.toml", policy), SessionSecretStore(),
                            backend_factory, environ={})
    dlg = SettingsDialog(connection, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dlg)
    assert not dlg.helpdesk.url.isEnabled()
    assert dlg.helpdesk.url.text() == "https://rt.example.com"
    assert "policy" in dlg.helpdesk.url.toolTip()
    assert dlg.helpdesk.sign_in_button.isEnabled()


def rt_user_record(path):
    body = b'{"id": 2, "Name": "tls-user", "RealName": "TLS User", "EmailAddress": "t@x.example"}'
    if path.startswith("/REST/2.0/user/"):
        return 200, "application/json", body, {}
    return 404, "application/json", b'{"message": "Not Found"}', {}


def test_company_ca_file_makes_an_internal_server_trusted(dialog, tmp_path):
    ca, cert, key = make_certificates(tmp_path)
    with local_server(rt_user_record, tls_context(cert, key)) as url:
        assert "certificate is not trusted" in attempt(dialog, url, FAKE_TOKEN)
        dialog.helpdesk.ca_file.setText(str(ca))
        assert attempt(dialog, url, FAKE_TOKEN) == "Signed in as TLS User."
        dialog.helpdesk.ca_file.setText(str(tmp_path / "missing.pem"))
        assert attempt(dialog, url, FAKE_TOKEN).startswith("The CA file does not exist")
