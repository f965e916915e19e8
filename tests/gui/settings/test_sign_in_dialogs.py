"""Choosing the helpdesk type in Settings and signing in through that type's dialog: Zammad
offers a token or a password (what the server switched on), explains what its admin must enable,
and keeps what signed in in one keyring entry; Request Tracker asks for its token only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from settings_fakes import DictPolicy

from helpclient.core.backend import ServerIdentity
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SessionSecretStore, account_for
from helpclient.core.settings import Settings
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.settings.dialog import SettingsDialog
from helpclient.ui.settings.sign_in.rt import RequestTrackerSignIn
from helpclient.ui.settings.sign_in.zammad import ZammadSignIn

URL = "https://support.example.com"
TYPES = {"rt": "Request Tracker", "zammad": "Zammad"}
METHODS = {"rt": (SignInMethod.TOKEN,), "zammad": (SignInMethod.TOKEN, SignInMethod.PASSWORD)}
GOOD = {Credentials.token("zt-good"), Credentials.password("nicole", "пароль")}


class Helpdesk:
    """A backend that accepts the credentials in GOOD."""

    def __init__(self, config: ServerConfig, credentials: Credentials) -> None:
        self.config, self.credentials = config, credentials

    def whoami(self) -> UserInfo:
        if self.credentials not in GOOD:
            raise AuthError("refused")
        return UserInfo("nicole", "Nicole Braun")


def make(qtbot, tmp_path, *, policy=None, said=(SignInMethod.TOKEN, SignInMethod.PASSWORD),
         environ=None):
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy or {}))
    connection = Connection(settings, SessionSecretStore(), Helpdesk, environ=environ or {})
    asked = []

    def probe(config: ServerConfig) -> ServerIdentity:
        asked.append(config)
        return ServerIdentity("Zammad (Acme Support)", "", f"{config.url}/api/v1", said)

    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), TYPES,
                            sign_in_methods=METHODS, probe=probe)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, asked


def choose_zammad(dialog, url=URL):
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("zammad"))
    box.url.setText(url)
    box.url.editingFinished.emit()  # as when the user leaves the field
    return box


def test_choosing_zammad_asks_for_a_group_and_offers_its_default(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path)
    box = dialog.helpdesk
    assert box.queue_caption.text() == "&Queue:" and box.queue.text() == "General"
    choose_zammad(dialog)
    assert box.queue_caption.text() == "&Group:" and box.queue.text() == "Users"
    box.queue.setText("IT Support")  # the user's own choice stays when switching back
    box.kind.setCurrentIndex(box.kind.findData("rt"))
    assert box.queue.text() == "IT Support"


def test_the_helpdesk_type_is_lockable_by_policy(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path, policy={"server.backend": "zammad"})
    assert not dialog.helpdesk.kind.isEnabled()
    assert dialog.helpdesk.kind.currentData() == "zammad"
    assert "policy" in dialog.helpdesk.kind.toolTip()
    assert not dialog.locked_note.isHidden()


def test_zammads_dialog_offers_what_the_server_switched_on_and_explains_the_rest(
        qtbot, tmp_path):
    dialog, asked = make(qtbot, tmp_path, said=(SignInMethod.PASSWORD,))
    box = choose_zammad(dialog)
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, ZammadSignIn)
    assert [c.url for c in asked] == [URL]
    assert sign_in.server_status.text() == "Zammad (Acme Support) answers at this address."
    token = sign_in.method_buttons[SignInMethod.TOKEN]
    assert token.text() == "An access token (switched off on this server)"
    assert sign_in.method() is SignInMethod.PASSWORD  # the one the server accepts
    assert "API password access" in sign_in.admin_note.text()
    token.setChecked(True)  # the probe may be wrong: the user can still try
    assert "user_preferences.access_token" in sign_in.admin_note.text()
    assert "Token Access" in sign_in.page().findChildren(type(sign_in.server_status))[0].text()
    assert not sign_in._pages[SignInMethod.PASSWORD].isVisible()


def test_a_password_signs_in_and_is_kept_in_one_keyring_entry(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path)
    box = choose_zammad(dialog)
    sign_in = box.open_sign_in()
    sign_in.method_buttons[SignInMethod.PASSWORD].setChecked(True)
    sign_in.login.setText("nicole")
    sign_in.password.setText("wrong")
    sign_in.sign_in_button.click()
    assert sign_in.isVisible() and "did not accept this login and password" in \
        sign_in.message.text()
    assert not (tmp_path / "config.toml").exists()
    sign_in.password.setText("пароль")
    with qtbot.waitSignal(dialog.signed_in):
        sign_in.sign_in_button.click()
    assert not sign_in.isVisible()
    stored = dialog.connection.secrets.get(account_for("zammad", URL))
    assert Credentials.load(stored) == Credentials.password("nicole", "пароль")
    saved = Settings(tmp_path / "config.toml")
    assert (saved.get("server.backend"), saved.get("server.url"), saved.get("server.queue")) \
        == ("zammad", URL, "Users")
    assert box.account.text() == "As nicole, with a password."
    assert box.status.text() == "Signed in as Nicole Braun."


def test_save_with_a_new_server_opens_its_sign_in_and_closes_after(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path)
    choose_zammad(dialog)
    dialog.save()
    sign_in = dialog.helpdesk.sign_in_dialog
    assert isinstance(sign_in, ZammadSignIn) and dialog.isVisible()
    sign_in.token.setText("zt-good")
    sign_in.sign_in_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_save_signs_in_with_what_the_keyring_already_holds_for_that_server(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path)
    dialog.connection.secrets.set(account_for("zammad", URL), "zt-good")  # from before
    choose_zammad(dialog)
    assert dialog.helpdesk.account.text() == "With an access token."
    with qtbot.waitSignal(dialog.signed_in):
        dialog.save()
    assert dialog.helpdesk.sign_in_dialog is None
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_request_tracker_asks_for_its_token_only(qtbot, tmp_path):
    dialog, _ = make(qtbot, tmp_path, said=(SignInMethod.TOKEN,))
    dialog.helpdesk.url.setText("https://rt.example.com")
    sign_in = dialog.helpdesk.open_sign_in()
    assert isinstance(sign_in, RequestTrackerSignIn)
    assert list(sign_in.method_buttons) == [SignInMethod.TOKEN]
    assert not sign_in.method_buttons[SignInMethod.TOKEN].isVisible()  # nothing to choose
    assert "Auth Tokens" in sign_in.token_help()


@pytest.mark.parametrize("parented", [True, False])
def test_a_sign_in_dialog_opens_as_tall_as_its_content(qtbot, tmp_path, parented):
    # Qt gives a new window 480 pixels (a parented one 30, then grown): a blank band showed
    settings_dialog, _ = make(qtbot, tmp_path, said=(SignInMethod.TOKEN,))
    sign_in = RequestTrackerSignIn(
        settings_dialog.helpdesk.connection, TaskRunner(synchronous=True),
        ServerConfig("rt", "https://rt.example.com"), "Request Tracker",
        methods=(SignInMethod.TOKEN,), parent=settings_dialog if parented else None)
    qtbot.addWidget(sign_in)
    sign_in.show()
    qtbot.waitExposed(sign_in)
    needed = sign_in.layout().totalHeightForWidth(sign_in.width())
    assert needed <= sign_in.height() < needed + 20  # every line shows, and no blank band


@pytest.mark.parametrize("environ", [{"HELPCLIENT_TOKEN": "zt-good"}])
def test_a_token_from_the_environment_needs_no_sign_in(qtbot, tmp_path, environ):
    dialog, _ = make(qtbot, tmp_path, environ=environ)
    assert not dialog.helpdesk.sign_in_button.isEnabled()
    assert "HELPCLIENT_TOKEN" in dialog.helpdesk.store_note.text()


GLPI_URL = "https://glpi.example.com/apirest.php"
GLPI_METHODS = {**METHODS, "glpi": (SignInMethod.TOKEN, SignInMethod.PASSWORD)}


def make_glpi(qtbot, tmp_path, policy=None):
    """Settings offering GLPI too, with the app's own methods table and a keyring faked in
    memory; the probe says nothing about sign-in methods, as GLPI's does not."""
    settings = Settings(tmp_path / "config.toml", DictPolicy(policy or {}))
    built: list[ServerConfig] = []

    def factory(config: ServerConfig, credentials: Credentials) -> Helpdesk:
        built.append(config)
        return Helpdesk(config, credentials)

    connection = Connection(settings, SessionSecretStore(), factory, environ={})
    dialog = SettingsDialog(connection, TaskRunner(synchronous=True), {**TYPES, "glpi": "GLPI"},
                            sign_in_methods=GLPI_METHODS,
                            probe=lambda config: ServerIdentity("GLPI", "", config.url))
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.helpdesk
    box.kind.setCurrentIndex(box.kind.findData("glpi"))
    box.url.setText(GLPI_URL)
    box.url.editingFinished.emit()
    return dialog, box, built


def test_glpi_offers_its_token_first_and_explains_where_it_is(qtbot, tmp_path):
    from helpclient.backends import SIGN_IN_METHODS  # noqa: PLC0415 - the app's own table
    from helpclient.ui.settings.sign_in.glpi import GlpiSignIn  # noqa: PLC0415

    assert tuple(SIGN_IN_METHODS["glpi"]) == GLPI_METHODS["glpi"]
    _dialog, box, _ = make_glpi(qtbot, tmp_path)  # kept: the dialog owns the box
    assert not box.queue.isVisible()  # GLPI's own rules route tickets
    sign_in = box.open_sign_in()
    assert isinstance(sign_in, GlpiSignIn)
    assert [b.text() for b in sign_in.method_buttons.values()] == [
        "Personal API token", "Login and password"]
    assert sign_in.method() is SignInMethod.TOKEN
    assert "/apirest.php" in sign_in.address_note.text() and sign_in.address_note.isVisible()
    assert "My settings → Remote access keys → API token" in sign_in.token_help()
    assert "Enable login with external token" in sign_in.admin_note.text()
    assert "only the server itself" in sign_in.admin_note.text()
    sign_in.method_buttons[SignInMethod.PASSWORD].setChecked(True)
    assert "Enable login with credentials" in sign_in.admin_note.text()
    assert sign_in.server_status.text() == "GLPI answers at this address."


def test_a_glpi_token_signs_in_and_goes_to_the_keyring_with_the_policys_app_token(
        qtbot, tmp_path):
    dialog, box, built = make_glpi(qtbot, tmp_path, policy={"server.app_token": "app-from-it"})
    sign_in = box.open_sign_in()
    sign_in.token.setText("wrong")
    sign_in.sign_in_button.click()
    assert "GLPI did not accept this API token" in sign_in.message.text()
    sign_in.token.setText(" zt-good\n")  # pasted from the web page
    with qtbot.waitSignal(dialog.signed_in):
        sign_in.sign_in_button.click()
    stored = dialog.connection.secrets.get(account_for("glpi", GLPI_URL))
    assert stored == "zt-good"  # a token is kept as itself
    assert Credentials.load(stored) == Credentials.token("zt-good")
    assert dialog.connection.config().kind == "glpi"
    # the App-Token came from policy, not from the dialog, and reached the sign-in's check
    assert [c.app_token for c in built] == ["app-from-it", "app-from-it"]
    assert box.account.text() == "With an access token."


def test_glpi_refusing_a_password_suggests_the_token(qtbot, tmp_path):
    _dialog, box, _ = make_glpi(qtbot, tmp_path)  # kept: the dialog owns the box
    sign_in = box.open_sign_in()
    sign_in.method_buttons[SignInMethod.PASSWORD].setChecked(True)
    sign_in.login.setText("nicole")
    sign_in.password.setText("nope")
    sign_in.sign_in_button.click()
    assert "personal API token instead" in sign_in.message.text()
