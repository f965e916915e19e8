"""Signing in to Zammad with the browser, through Settings, against the stand-in authorization
server on 127.0.0.1: offered once IT set the OAuth client id by policy; the "browser" follows the
authorize URL back to the dialog's loopback listener; the tokens end up in the keyring. Denied
consent, a forged state and a browser that never comes back each say what happened; while the
dialog waits it says so, and Stop waiting stops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from oauth_server import CLIENT_ID, AuthServer, RunningAuthServer, browser
from settings_fakes import DictPolicy

from helpclient.backends.http import make_session
from helpclient.backends.oauth import BrowserAuthorization, TokenClient, zammad_provider
from helpclient.core.browser_sign_in import BrowserPages, PendingSignIn
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.services_helpdesk import backend_factory, revoke_sign_in, start_browser_sign_in
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.sign_in.zammad import ZammadSignIn

TYPES = {"rt": "Request Tracker", "zammad": "Zammad"}
METHODS = {"rt": (SignInMethod.TOKEN,),
           "zammad": (SignInMethod.TOKEN, SignInMethod.PASSWORD, SignInMethod.OAUTH)}


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    running = RunningAuthServer(AuthServer())
    yield running.state
    running.stop()


def open_browser(url: str) -> bool:
    browser(url)
    return True


def sign_in_dialog(qtbot, tmp_path, auth, *, client_id=CLIENT_ID, start=start_browser_sign_in,
                   open_url=open_browser, runner=None) -> tuple[SettingsDialog, ZammadSignIn]:
    """Settings with Zammad at the stand-in chosen, and its sign-in dialog (Settings owns it:
    keep both)."""
    policy = {"server.oauth_client_id": client_id} if client_id else {}
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy))
    connection = Connection(settings, SessionSecretStore(), backend_factory, {},
                            revoke=revoke_sign_in)
    dialog = SettingsDialog(connection, runner or TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=METHODS, start_browser=start)
    qtbot.addWidget(dialog)
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("zammad"))
    box.url.setText(auth.url)
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, ZammadSignIn)
    if sign_in.browser is not None:
        sign_in.browser._open_url = open_url  # the "browser" of the test
    return dialog, sign_in


def test_signing_in_with_the_browser_keeps_the_tokens_in_the_keyring(qtbot, tmp_path, auth):
    settings, dialog = sign_in_dialog(qtbot, tmp_path, auth)
    button = dialog.method_buttons[SignInMethod.OAUTH]
    assert button.text() == "My web browser"
    button.setChecked(True)
    assert "sign-in page in your web browser" in dialog.browser.help.text()
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as signed:
        dialog.sign_in_button.click()
    assert signed.args[0].name == "Nicole Braun"
    stored = dialog.connection.secrets.get(dialog.config.account)
    kept = Credentials.load(stored or "")
    assert kept.method is SignInMethod.OAUTH and kept.tokens is not None
    assert auth.valid(kept.tokens.access_token) and kept.tokens.refresh_token in auth.refresh
    # Settings says so, and signing out revokes the sign-in on the server, then forgets it
    box = settings.helpdesk
    assert box.account.text() == "Through your web browser."
    assert box.sign_out_button.isVisibleTo(box)
    box.sign_out_button.click()
    assert auth.revoked == [kept.tokens.refresh_token] and not auth.valid(kept.tokens.access_token)
    assert dialog.connection.secrets.get(dialog.config.account) is None
    assert box.account.text() == "Not signed in to this server."
    assert not box.sign_out_button.isVisibleTo(box)


def test_without_a_client_id_the_browser_is_not_offered(qtbot, tmp_path, auth):
    _settings, dialog = sign_in_dialog(qtbot, tmp_path, auth, client_id="")
    assert SignInMethod.OAUTH not in dialog.method_buttons and dialog.browser is None


@pytest.mark.parametrize(("switch", "said"), [
    ("deny", "HelpClient was not allowed access in the browser"),
    ("forge_state", "does not belong to this sign-in"),
])
def test_a_sign_in_that_ends_without_tokens_says_why(qtbot, tmp_path, auth, switch, said):
    setattr(auth, switch, True)
    _settings, dialog = sign_in_dialog(qtbot, tmp_path, auth)
    dialog.method_buttons[SignInMethod.OAUTH].setChecked(True)
    dialog.sign_in_button.click()
    assert said in dialog.message.text()
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert dialog.connection.secrets.get(dialog.config.account) is None
    assert "POST /oauth/token" not in auth.log


def test_a_browser_that_never_comes_back_times_out(qtbot, tmp_path, auth):
    def impatient(config: ServerConfig, pages: BrowserPages) -> PendingSignIn:
        client = TokenClient(zammad_provider(config.url, config.oauth_client_id),
                             make_session("test"))
        return BrowserAuthorization(client, pages, wait_seconds=0.3)

    _settings, dialog = sign_in_dialog(qtbot, tmp_path, auth, start=impatient,
                                       open_url=lambda _url: True)
    dialog.method_buttons[SignInMethod.OAUTH].setChecked(True)
    dialog.sign_in_button.click()
    assert dialog.message.text() == ("The browser did not come back in time. Choose Sign in to "
                                     "try again.")


def test_while_waiting_it_says_so_and_stop_waiting_stops(qtbot, tmp_path, auth):
    opened: list[str] = []
    _settings, dialog = sign_in_dialog(qtbot, tmp_path, auth, runner=TaskRunner(),
                            open_url=lambda url: opened.append(url) or True)
    dialog.show()
    dialog.method_buttons[SignInMethod.OAUTH].setChecked(True)
    dialog.sign_in_button.click()
    panel = dialog.browser
    assert opened and opened[0].startswith(f"{auth.url}/oauth/authorize?")
    assert panel.status.text().startswith("Waiting for your browser…")
    assert panel.stop_button.isVisible() and not dialog.sign_in_button.isEnabled()
    assert not dialog.method_buttons[SignInMethod.TOKEN].isEnabled()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Sign-in cancelled.", timeout=5_000)
    assert dialog.sign_in_button.isEnabled() and not panel.stop_button.isVisible()


def test_a_browser_that_cannot_be_opened_leaves_the_address_to_open(qtbot, tmp_path, auth):
    _settings, dialog = sign_in_dialog(qtbot, tmp_path, auth, runner=TaskRunner(),
                            open_url=lambda _url: False)
    dialog.show()
    dialog.method_buttons[SignInMethod.OAUTH].setChecked(True)
    dialog.sign_in_button.click()
    status = dialog.browser.status.text()
    assert "could not open your web browser" in status and f"{auth.url}/oauth/authorize" in status
    browser(status.splitlines()[-1])  # the user opens it themselves
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.result() == dialog.DialogCode.Accepted
