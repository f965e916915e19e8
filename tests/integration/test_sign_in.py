"""Settings / sign-in against the real RT and local servers: each failure has its own message."""

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
    dialog.url.clear()
    dialog.token.clear()
    dialog.url.setText(url)
    dialog.token.setText(token)
    dialog.test_button.click()
    return dialog.status.text()


def test_good_token_connects_and_save_signs_in(dialog, rt, tmp_path):
    assert attempt(dialog, rt.url, rt.user_token) == f"Connected as {rt.user_name}."
    with_signal = []
    dialog.signed_in.connect(with_signal.append)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert with_signal[0].login == rt.user_login
    assert Settings(tmp_path / "config.toml").get("server.url") == rt.url
    assert dialog.connection.secrets.get(account_for("rt", rt.url)) == rt.user_token


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
    assert not (tmp_path / "config.toml").exists()  # nothing saved by a test


def test_failed_save_keeps_dialog_open_and_settings_unchanged(dialog, rt, tmp_path):
    dialog.url.setText(rt.url)
    dialog.token.setText(FAKE_TOKEN)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "did not accept your access token" in dialog.status.text()
    assert not (tmp_path / "config.toml").exists()


def test_missing_scheme_or_token_is_explained_before_any_request(dialog):
    assert attempt(dialog, "rt.example.com", "x") == \
        "Enter the server address, starting with https://"
    assert attempt(dialog, "https://rt.example.com", "").startswith("Paste your access token.")


def test_policy_locked_fields_are_disabled(qtbot, tmp_path):
    policy = DictPolicy({"server.url": "https://rt.example.com"})
    connection = Connection(Settings(tmp_path / "c.toml", policy), SessionSecretStore(),
                            backend_factory, environ={})
    dlg = SettingsDialog(connection, TaskRunner(synchronous=True), {"rt": "Request Tracker"})
    qtbot.addWidget(dlg)
    assert not dlg.url.isEnabled()
    assert dlg.url.text() == "https://rt.example.com"
    assert "policy" in dlg.url.toolTip()
    assert dlg.token.isEnabled()


def rt_user_record(path):
    body = b'{"id": 2, "Name": "tls-user", "RealName": "TLS User", "EmailAddress": "t@x.example"}'
    if path.startswith("/REST/2.0/user/"):
        return 200, "application/json", body, {}
    return 404, "application/json", b'{"message": "Not Found"}', {}


def test_company_ca_file_makes_an_internal_server_trusted(dialog, tmp_path):
    ca, cert, key = make_certificates(tmp_path)
    with local_server(rt_user_record, tls_context(cert, key)) as url:
        assert "certificate is not trusted" in attempt(dialog, url, FAKE_TOKEN)
        dialog.ca_file.setText(str(ca))
        assert attempt(dialog, url, FAKE_TOKEN) == "Connected as TLS User."
        dialog.ca_file.setText(str(tmp_path / "missing.pem"))
        assert attempt(dialog, url, FAKE_TOKEN).startswith("The CA file does not exist")
