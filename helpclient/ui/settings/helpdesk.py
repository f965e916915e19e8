"""The Settings dialog's helpdesk: its type (``server.backend``), address, queue or group (or
Redmine's project and tracker) and extra CA; "Sign in…" opens the type's sign-in dialog
(:mod:`.sign_in`), "Test connection" checks the kept credentials against what is entered. Fields
IT fixed by policy are disabled."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from helpclient.core.backend import ServerIdentity
from helpclient.core.browser_sign_in import StartSignIn
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SecretStoreError
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.wrapped import WrappedLabel
from helpclient.ui.settings.sign_in import dialog_class
from helpclient.ui.settings.sign_in.base import SignInDialog

#: (the entered server) → what answers there (the connector's probe; blocking)
ProbeFactory = Callable[[ServerConfig], ServerIdentity]

KEYS = ("server.backend", "server.url", "server.queue", "server.extra_ca_file",
        "server.redmine_project", "server.redmine_tracker")


def kept_credentials(connection: Connection, config: ServerConfig) -> Credentials | None:
    """What the user signed in to ``config``'s server with before (from the environment or the
    keyring), if anything. Blocking: it reads the keyring."""
    if connection.token_from_environment:
        return connection.credentials()
    try:
        stored = connection.secrets.get(config.account) if config.url else None
    except SecretStoreError:
        return None
    return Credentials.load(stored) if stored else None


class HelpdeskBox(QGroupBox):
    """The helpdesk fields and the sign-in; ``signed_in(UserInfo)`` after a sign-in."""

    signed_in = Signal(object)

    def __init__(self, connection: Connection, runner: TaskRunner,
                 backend_types: Mapping[str, str], *,
                 methods: Mapping[str, Sequence[SignInMethod]] | None = None,
                 probe: ProbeFactory | None = None, start_browser: StartSignIn | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Helpdesk server"), parent)
        self._start_browser = start_browser
        self.connection, self.runner = connection, runner
        self.backend_types = backend_types
        self.methods = methods or {}
        self._probe = probe
        self.sign_in_dialog: SignInDialog | None = None
        self._account_asked = 0  # the latest keyring look-up for the "Signed in:" line
        config = connection.config()
        self.kind = QComboBox()
        for kind, label in backend_types.items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
        self.url = QLineEdit(config.url)
        self.url.setPlaceholderText("https://helpdesk.example.com")
        self.queue = QLineEdit(config.queue)
        self.project = QLineEdit(config.project)
        self.project.setPlaceholderText(self.tr("the project's identifier, e.g. it-help"))
        self.tracker = QLineEdit(config.tracker)
        self.tracker.setPlaceholderText(self.tr("empty: the project's first tracker"))
        self.ca_file = QLineEdit(str(config.extra_ca_file or ""))
        self.ca_file.setPlaceholderText(self.tr("optional: PEM file of your company's CA"))
        form = QFormLayout(self)
        self._row(form, self.tr("Helpdesk &type:"), self.kind, KEYS[0])
        self._row(form, self.tr("Server &address:"), self.url, KEYS[1])
        self.queue_caption = self._row(form, "", self.queue, KEYS[2])
        self.project_rows = (self._row(form, self.tr("&Project:"), self.project, KEYS[4]),
                             self.project,
                             self._row(form, self.tr("T&racker:"), self.tracker, KEYS[5]),
                             self.tracker)
        self._row(form, self.tr("Extra &CA file:"), self.ca_file, KEYS[3])
        form.addRow(self.tr("Signed in:"), self._account_row())
        self.store_note = self._store_note()
        form.addRow(self.store_note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status = WrappedLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        form.addRow(test_row)
        self._kind_shown = str(self.kind.currentData())
        self.kind.currentIndexChanged.connect(self._kind_changed)
        # the keyring is asked when the address is done, not at every key press
        self.url.editingFinished.connect(self._show_account)
        self._kind_changed()

    def _account_row(self) -> QHBoxLayout:
        """Who is signed in, and the buttons to sign in and out."""
        self.account = WrappedLabel()
        self.sign_in_button = QPushButton(self.tr("S&ign in…"))
        self.sign_in_button.clicked.connect(self.open_sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign o&ut"))
        self.sign_out_button.clicked.connect(self.sign_out)
        self.sign_out_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(self.sign_in_button)
        row.addWidget(self.sign_out_button)
        return row

    def _row(self, form: QFormLayout, caption_text: str, field: QWidget, key: str) -> QLabel:
        caption = QLabel(caption_text)
        caption.setBuddy(field)
        if self.connection.settings.is_locked(key):
            field.setEnabled(False)
            field.setToolTip(self.tr("Set by your organisation's policy."))
        form.addRow(caption, field)
        return caption

    def _store_note(self) -> QLabel:
        """Where what the user signs in with is kept. Which store that is is known once the
        keyring is open, and opening it imports its libraries and may wait on D-Bus: a
        worker's job."""
        note = WrappedLabel()
        if self.connection.token_from_environment:
            note.setText(self.tr("The token comes from the HELPCLIENT_TOKEN environment "
                                 "variable and is not stored."))
            return note
        secrets = self.connection.secrets
        self.runner.run_task(lambda: secrets.is_secure,
                             lambda secure: self._store_known(note, secure),
                             lambda exc: self._store_known(note, False), context=note)
        return note

    def _store_known(self, note: QLabel, secure: bool) -> None:
        if not secure:
            note.setText(self.tr(
                "No secure keyring was found on this system, so what you sign in with is kept "
                "only until HelpClient quits; you will be asked again at the next start."))
        else:
            note.setText(self.tr("What you sign in with is kept in your system keyring."))

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        before, now = dialog_class(self._kind_shown), dialog_class(kind)
        self.queue_caption.setText(now.queue_label())
        self.queue_caption.setVisible(bool(now.queue_label()))
        self.queue.setVisible(bool(now.queue_label()))
        for widget in self.project_rows:
            widget.setVisible(now.asks_project())
        # the other type's default means nothing here: offer this type's
        if self.queue.isEnabled() and self.queue.text().strip() in ("", before.default_queue()):
            self.queue.setText(now.default_queue())
        self._kind_shown = kind
        self._show_account()

    def entered_config(self) -> ServerConfig:
        """The server as entered."""
        ca = self.ca_file.text().strip()
        kind = str(self.kind.currentData())
        saved = self.connection.config()
        return ServerConfig(kind=kind, url=self.url.text().strip().rstrip("/"),
                            queue=self.queue.text().strip() or dialog_class(kind).default_queue(),
                            extra_ca_file=Path(ca) if ca else None,
                            # GLPI's App-Token, the OAuth client: IT's policy, never typed in
                            app_token=saved.app_token, oauth_client_id=saved.oauth_client_id,
                            oauth_client_secret=saved.oauth_client_secret,
                            oauth_redirect_port=saved.oauth_redirect_port,
                            project=self.project.text().strip(),
                            tracker=self.tracker.text().strip())

    def _show_account(self) -> None:
        """Say what the entered server is signed in with; the keyring is read on a worker (it
        may block: a locked keyring, a slow D-Bus)."""
        self.sign_in_button.setEnabled(not self.connection.token_from_environment)
        self._account_asked += 1
        asked, connection, config = self._account_asked, self.connection, self.entered_config()
        self.runner.run_task(lambda: kept_credentials(connection, config),
                             lambda kept: self._account_found(asked, kept),
                             lambda exc: self._account_found(asked, None), context=self)

    def _account_found(self, asked: int, kept: Credentials | None) -> None:
        if asked != self._account_asked:  # the address or type changed meanwhile
            return
        # signing out is about the server in use (whose sign-in an OAuth server revokes)
        self.sign_out_button.setVisible(
            kept is not None and not self.connection.token_from_environment
            and self.entered_config().account == self.connection.config().account)
        if kept is None:
            self.account.setText(self.tr("Not signed in to this server."))
        elif kept.method is SignInMethod.PASSWORD:
            self.account.setText(arg(self.tr("As %1, with a password."), kept.login))
        elif kept.method is SignInMethod.OAUTH:
            self.account.setText(self.tr("Through your web browser."))
        elif kept.method is SignInMethod.API_KEY:
            self.account.setText(arg(self.tr("As %1, with an API key."), kept.login))
        else:
            self.account.setText(self.tr("With an access token."))

    def problem(self, config: ServerConfig) -> str | None:
        """Why the entered server cannot be used, or None."""
        if not config.url.startswith(("https://", "http://")):
            return self.tr("Enter the server address, starting with https://")
        settings = self.connection.settings
        # IT's policy may leave the project empty on purpose: the queue names it then
        if (dialog_class(config.kind).asks_project() and not config.project
                and not settings.is_locked(KEYS[4]) and not settings.is_locked(KEYS[2])):
            return self.tr("Enter the identifier of the project your requests go to (IT "
                           "support knows it).")
        if config.extra_ca_file and not config.extra_ca_file.is_file():
            return arg(self.tr("The CA file does not exist: %1"), config.extra_ca_file)
        return None

    def open_sign_in(self) -> SignInDialog | None:
        """The sign-in dialog of the chosen helpdesk type, for the entered server."""
        config = self.entered_config()
        if problem := self.problem(config):
            self.status.setText(problem)
            return None
        product = self.backend_types.get(config.kind, config.kind)
        probe = self._probe
        dialog = dialog_class(config.kind)(
            self.connection, self.runner, config, product,
            methods=self.methods.get(config.kind, (SignInMethod.TOKEN,)),
            probe=(lambda: probe(config)) if probe is not None else None,
            start_browser=self._start_browser, parent=self)
        dialog.signed_in.connect(self._signed_in)
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Forget the sign-in to the server in use — a browser sign-in is revoked on the
        server first (blocking: on a worker)."""
        self.set_busy(True, self.tr("Signing out…"))
        self.sign_out_button.setEnabled(False)
        self.runner.run_task(self.connection.sign_out, self._signed_out, self._sign_out_failed,
                             context=self)

    def _signed_out(self, _result: object) -> None:
        self.set_busy(False, self.tr("Signed out. Sign in again to use the helpdesk."))
        self.sign_out_button.setEnabled(True)
        self._show_account()

    def _sign_out_failed(self, exc: BaseException) -> None:
        self.sign_out_button.setEnabled(True)
        self.failed(exc)
        self._show_account()

    def _signed_in(self, user: UserInfo) -> None:
        self._show_account()
        self.status.setText(arg(self.tr("Signed in as %1."), user.name or user.login))
        self.signed_in.emit(user)

    def set_busy(self, busy: bool, message: str = "") -> None:
        """While a check runs, its buttons wait."""
        self.test_button.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy and not self.connection.token_from_environment)
        if message:
            self.status.setText(message)

    def test_connection(self) -> None:
        """Check the entered server with the credentials kept for it, without saving."""
        config = self.entered_config()
        if problem := self.problem(config):
            self.status.setText(problem)
            return
        self.set_busy(True, self.tr("Connecting…"))
        connection = self.connection

        def test() -> UserInfo | None:
            credentials = kept_credentials(connection, config)
            return None if credentials is None else connection.test(config, credentials)

        self.runner.run_task(test, self._test_ok, self.failed, context=self)

    def _test_ok(self, user: UserInfo | None) -> None:
        self.set_busy(False)
        if user is None:
            self.status.setText(self.tr("Sign in first: HelpClient has nothing to sign in to "
                                        "this server with yet."))
            return
        self.status.setText(arg(self.tr("Connected as %1."), user.name or user.login))

    def failed(self, exc: BaseException) -> None:
        """A check or a sign-in failed: say why."""
        self.set_busy(False)
        self.status.setText(describe_error(exc))

