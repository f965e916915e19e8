"""Jira Service Management's sign-in dialog with the browser: offered once IT set the Atlassian
app's client id, and then a whole sign-in — the stand-in playing auth.atlassian.com, the real
connector over the Jira fakes behind Atlassian's gateway — keeps the tokens in the keyring; a
sign-in that reaches another site only says which site to allow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from jsm_fakes import BASE, CLOUD_ID, FakeJsm, GatewayJsm, atlassian_session
from oauth_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    AuthServer,
    RunningAuthServer,
    browser,
    on_stand_in,
)
from settings_fakes import DictPolicy

from helpclient.backends import SIGN_IN_METHODS, create_backend, oauth_provider
from helpclient.backends.oauth import BrowserAuthorization, TokenClient
from helpclient.core.backend import ServerIdentity
from helpclient.core.browser_sign_in import BrowserPages, PendingSignIn
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.sign_in.jsm import JsmSignIn

TYPES = {"rt": "Request Tracker", "jsm": "Jira Service Management"}
SITE = {"id": CLOUD_ID, "url": BASE, "name": "example", "scopes": []}
OTHER = {"id": "8f2d6a1c-0b7e-4c55-9a3e-2d1f0e9c7b64", "url": "https://acme-dev.atlassian.net",
         "name": "acme-dev", "scopes": []}


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer(atlassian=True, sites=[SITE]))
    yield running.state
    running.stop()


def make(qtbot, tmp_path, auth: AuthServer, client_id: str = CLIENT_ID
         ) -> tuple[SettingsDialog, JsmSignIn]:
    """Settings with Jira Service Management at BASE, and its sign-in dialog; Atlassian's
    hosts are the stand-in and the fakes."""
    session = atlassian_session(auth.url, GatewayJsm(), FakeJsm())

    def factory(config: ServerConfig, credentials: Credentials):
        return create_backend("jsm", config.url, credentials, session=session,
                              oauth_client=(config.oauth_client_id, CLIENT_SECRET))

    def start(config: ServerConfig, pages: BrowserPages) -> PendingSignIn:
        provider = oauth_provider("jsm", config.url, config.oauth_client_id, CLIENT_SECRET,
                                  redirect_port=config.oauth_redirect_port)
        assert provider is not None
        return BrowserAuthorization(TokenClient(provider, session), pages)

    policy = {"server.oauth_client_id": client_id, "server.oauth_redirect_port": 0} \
        if client_id else {}
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy))
    connection = Connection(settings, SessionSecretStore(), factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=SIGN_IN_METHODS, start_browser=start,
                            probe=lambda config: ServerIdentity(
                                "Jira Service Management", "10.3.1", config.url,
                                (SignInMethod.PASSWORD,)))
    qtbot.addWidget(dialog)
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("jsm"))
    box.url.setText(BASE)
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, JsmSignIn)
    if sign_in.browser is not None:
        sign_in.browser._open_url = lambda url: bool(browser(on_stand_in(url, auth.url)))
    return dialog, sign_in


def test_with_a_client_id_the_browser_is_offered_and_signs_in(qtbot, tmp_path, auth):
    _settings, dialog = make(qtbot, tmp_path, auth)
    assert list(dialog.method_buttons) == [SignInMethod.PASSWORD, SignInMethod.TOKEN,
                                           SignInMethod.OAUTH]
    button = dialog.method_buttons[SignInMethod.OAUTH]
    assert button.text() == "My web browser"
    button.setChecked(True)
    assert "allow access to this site" in dialog.admin_note.text()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.sign_in_button.click()
    assert signed.args[0].name == "Nicole Braun"
    kept = Credentials.load(dialog.connection.secrets.get(dialog.config.account) or "")
    assert kept.method is SignInMethod.OAUTH and kept.tokens is not None
    assert auth.valid(kept.tokens.access_token)


def test_without_a_client_id_the_browser_is_not_offered(qtbot, tmp_path, auth):
    _settings, dialog = make(qtbot, tmp_path, auth, client_id="")
    assert SignInMethod.OAUTH not in dialog.method_buttons and dialog.browser is None


def test_a_sign_in_to_another_site_says_which_site_to_allow(qtbot, tmp_path, auth):
    auth.sites = [OTHER]
    _settings, dialog = make(qtbot, tmp_path, auth)
    dialog.method_buttons[SignInMethod.OAUTH].setChecked(True)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert "does not reach https://example.atlassian.net" in dialog.message.text()
    assert dialog.connection.secrets.get(dialog.config.account) is None
