"""The sign-in dialog every helpdesk type shares (see the package docstring); a type's module
overrides the ``*_help`` and ``*_text`` methods to word its own help.

Texts use ``QCoreApplication.translate`` with the defining class as context, not ``self.tr``:
PySide's ``tr`` looks a text up under the class of the object (the subclass), and lupdate files
it under the class that contains it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.backend import ServerIdentity
from helpclient.core.browser_sign_in import StartSignIn
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError
from helpclient.core.models import UserInfo
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.style import show_as_error
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.wrapped import WrappedLabel
from helpclient.ui.settings.sign_in.browser import BrowserSignInPanel, OpenUrl

log = logging.getLogger(__name__)

Probe = Callable[[], ServerIdentity]


def _wrapped(text: str = "") -> QLabel:
    label = WrappedLabel(text, plain=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _note(text: str) -> QLabel:
    """A wrapped label shown only when it says something."""
    label = _wrapped(text)
    if not text:  # never setVisible(True) here: a label without a parent would be a window
        label.hide()
    return label


def _offered(methods: Sequence[SignInMethod], *, browser: bool) -> tuple[SignInMethod, ...]:
    """The methods to offer: the browser only when it can be used (an OAuth client is set)."""
    offered = tuple(m for m in methods if m is not SignInMethod.OAUTH or browser)
    return offered or (SignInMethod.TOKEN,)


class SignInDialog(QDialog):
    """Asks for the credentials of one of ``methods`` (the helpdesk type's, the usual first),
    checks them with the server and keeps them; ``signed_in(UserInfo)`` then, and it closes.
    Signing in with the browser (OAuth) is offered when the type accepts it, the app gives
    ``start_browser`` and IT configured a client id; ``open_url`` opens the browser (the
    system's by default)."""

    signed_in = Signal(object)  # UserInfo

    def __init__(self, connection: Connection, runner: TaskRunner, config: ServerConfig,
                 product: str, *, methods: Sequence[SignInMethod], probe: Probe | None = None,
                 start_browser: StartSignIn | None = None, open_url: OpenUrl | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection, self.runner, self.config = connection, runner, config
        self.product, self.methods = product, _offered(
            methods, browser=start_browser is not None and bool(config.oauth_client_id))
        self.setWindowTitle(arg(QCoreApplication.translate("SignInDialog", "Sign in to %1"),
                                product))
        self.setMinimumWidth(520)
        heading = _wrapped(arg(QCoreApplication.translate(
            "SignInDialog", "Sign in to %1 at %2."), product, config.url))
        self.address_note = _note(self.address_help())
        self.server_status = _wrapped()
        self.method_buttons: dict[SignInMethod, QRadioButton] = {}
        self._choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for method in self.methods:
            button = QRadioButton(self.method_label(method))
            self.method_buttons[method] = button
            self._choice.addButton(button)
            choices.addWidget(button)
            button.toggled.connect(self._method_changed)
        self._pages = self._build_pages()
        self.browser = self._browser_page(start_browser, open_url)
        self.admin_note = _wrapped()  # not muted: it is what to ask the admin for
        self.message = _wrapped()
        show_as_error(self.message)
        # the standard OK button, renamed: the button box makes it the default (Enter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(QCoreApplication.translate("SignInDialog", "&Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.address_note)
        layout.addWidget(self.server_status)
        if len(self.methods) > 1:
            layout.addWidget(_wrapped(QCoreApplication.translate(
                "SignInDialog", "Sign in with:")))
            layout.addLayout(choices)
        # pages shown and hidden, not stacked: a stack would keep the tallest page's height
        # and cut wrapped help texts
        for method in self.methods:
            layout.addWidget(self._pages[method])
        layout.addWidget(self.admin_note)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.method_buttons[self.methods[0]].setChecked(True)
        self._method_changed()
        self._fit(exact=True)  # Qt's default height (480) left a gap above the buttons
        if probe is not None:
            self.server_status.setText(arg(QCoreApplication.translate(
                "SignInDialog", "Asking %1 how you may sign in…"), config.url))
            runner.run_task(probe, self._server_said, self._server_silent, context=self)

    def _browser_page(self, start: StartSignIn | None,
                      open_url: OpenUrl | None) -> BrowserSignInPanel | None:
        """The page of the browser sign-in, when it is offered."""
        if start is None or SignInMethod.OAUTH not in self.methods:
            return None
        panel = BrowserSignInPanel(self.connection, self.runner, self.config, self.product,
                                   start, open_url=open_url,
                                   refused=lambda: self.refused_text(SignInMethod.OAUTH))
        panel.signed_in.connect(self._done)
        panel.ended.connect(self._browser_ended)
        panel.waiting.connect(self._waiting)
        self._pages[SignInMethod.OAUTH] = panel
        return panel
    def _build_pages(self) -> dict[SignInMethod, QWidget]:
        """Each method's fields: a token; a login and a password; an e-mail address and an
        API key."""
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.email = QLineEdit()
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        return {SignInMethod.TOKEN: self._page(self.token_help(), (
            self.token_label(), self.token)),
            SignInMethod.PASSWORD: self._page(self.password_help(), (
                self.login_label(), self.login), (self.password_label(), self.password)),
            SignInMethod.API_KEY: self._page(self.api_key_help(), (
                QCoreApplication.translate("SignInDialog", "&E-mail address:"), self.email), (
                QCoreApplication.translate("SignInDialog", "API &key:"), self.api_key))}

    @staticmethod
    def _page(help_text: str, *rows: tuple[str, QLineEdit]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(_wrapped(help_text))
        for caption, field in rows:
            label = QLabel(caption)
            label.setBuddy(field)
            form.addRow(label, field)
        return page

    # -- what a helpdesk type words its own way --------------------------------------------------

    @staticmethod
    def queue_label() -> str:
        """The Settings label of ``server.queue``: where new tickets go ("" for a helpdesk
        without queues: Settings hides the field)."""
        return QCoreApplication.translate("SignInDialog", "&Queue:")

    @staticmethod
    def asks_project() -> bool:
        """Whether Settings shows a project and tracker for new tickets (Redmine's
        ``server.redmine_project`` and ``server.redmine_tracker``)."""
        return False

    @staticmethod
    def default_queue() -> str:
        """Where new tickets go unless the user or IT says otherwise."""
        return "General"

    def address_help(self) -> str:
        """Which address of the helpdesk to enter ("" when its web address is all there is)."""
        return ""

    def method_label(self, method: SignInMethod) -> str:
        """The choice's label."""
        if method is SignInMethod.OAUTH:
            return QCoreApplication.translate("SignInDialog", "My web browser")
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate("SignInDialog", "My login and password")
        if method is SignInMethod.API_KEY:
            return QCoreApplication.translate("SignInDialog", "My e-mail address and API key")
        return QCoreApplication.translate("SignInDialog", "An access token")

    def token_label(self) -> str:
        """The caption of the token's field."""
        return QCoreApplication.translate("SignInDialog", "Access &token:")

    def login_label(self) -> str:
        """The caption of the login's field (of the login-and-password way)."""
        return QCoreApplication.translate("SignInDialog", "&Login:")

    def password_label(self) -> str:
        """The caption of the password's field (an API token, where the helpdesk takes one
        in its place)."""
        return QCoreApplication.translate("SignInDialog", "&Password:")

    def token_help(self) -> str:
        """Where the user gets a token."""
        return arg(QCoreApplication.translate(
            "SignInDialog", "Paste the access token you created in %1 (or that IT support gave "
            "you). HelpClient keeps it in your system keyring."), self.product)

    def password_help(self) -> str:
        """Which login and password."""
        return arg(QCoreApplication.translate(
            "SignInDialog", "Use the login and password of %1's web page. HelpClient keeps them "
            "in your system keyring."), self.product)

    def api_key_help(self) -> str:
        """Where the user finds their API key, and which e-mail address goes with it."""
        return arg(QCoreApplication.translate(
            "SignInDialog", "Enter the e-mail address of your %1 account and your personal API "
            "key. HelpClient keeps the key in your system keyring."), self.product)

    def admin_help(self, method: SignInMethod) -> str:
        """What the helpdesk's admin must enable for ``method`` ("" when nothing)."""
        return ""

    def switched_off_text(self, method: SignInMethod) -> str:
        """Said when the server reports ``method`` switched off."""
        return QCoreApplication.translate(
            "SignInDialog", "The server does not accept this way of signing in now. Ask the "
            "helpdesk's administrator, or choose another way.")

    def refused_text(self, method: SignInMethod) -> str:
        """Said when the server refuses what was entered."""
        if method is SignInMethod.PASSWORD:
            return QCoreApplication.translate(
                "SignInDialog", "The helpdesk did not accept this login and password. Check "
                "them and try again.")
        return describe_error(AuthError(""))

    # -- behaviour -------------------------------------------------------------------------------

    def method(self) -> SignInMethod:
        """The chosen sign-in method."""
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return self.methods[0]

    def page(self) -> QWidget:
        """The fields of the chosen method."""
        return self._pages[self.method()]

    def _fit(self, *, exact: bool = False) -> None:
        """Grow to show every wrapped line: Qt sizes dialogs of wrapped labels for a narrow
        width, and does not grow them when a text gets longer. ``exact``: the minimum width
        and just the height the content needs there."""
        layout = self.layout()
        if layout is None:
            return
        width = self.minimumWidth() if exact else max(self.width(), self.minimumWidth())
        wanted = layout.totalHeightForWidth(width)
        if exact or wanted > self.height():
            self.resize(width, wanted)

    def _method_changed(self) -> None:
        method = self.method()
        for each, page in self._pages.items():
            page.setVisible(each is method)
        # the field to type in has the focus, so Enter means "Sign in" (not Cancel)
        if method is SignInMethod.OAUTH:
            self.sign_in_button.setFocus()
        else:
            {SignInMethod.PASSWORD: self.login, SignInMethod.API_KEY: self.email}.get(
                method, self.token).setFocus()
        self.admin_note.setText(self.admin_help(method))
        self.admin_note.setVisible(bool(self.admin_note.text()))
        self.message.clear()
        self._fit()

    def _server_said(self, identity: ServerIdentity) -> None:
        # a probe cannot see OAuth (its application is IT's); it is offered as configured
        off = [m for m in self.methods if identity.sign_in and m not in identity.sign_in
               and m is not SignInMethod.OAUTH]
        for method in off:
            button = self.method_buttons[method]
            button.setText(arg(QCoreApplication.translate(
                "SignInDialog", "%1 (switched off on this server)"), self.method_label(method)))
        usable = [m for m in self.methods if m not in off]
        if off and usable and self.method() in off:
            self.method_buttons[usable[0]].setChecked(True)
        if not usable:
            self.server_status.setText(self.switched_off_text(self.method()))
        else:
            self.server_status.setText(arg(QCoreApplication.translate(
                "SignInDialog", "%1 answers at this address."), identity.product))
        self._fit()

    def _server_silent(self, exc: BaseException) -> None:
        self.server_status.setText(arg(QCoreApplication.translate(
            "SignInDialog", "The server could not be asked: %1"), describe_error(exc)))
        self._fit()

    def entered(self) -> Credentials:
        """What the user typed, for the chosen method."""
        if self.method() is SignInMethod.PASSWORD:
            return Credentials.password(self.login.text(), self.password.text())
        if self.method() is SignInMethod.API_KEY:
            return Credentials.api_key(self.email.text(), self.api_key.text())
        return Credentials.token(self.token.text())

    def sign_in(self) -> None:
        """Check what was entered with the server, then keep it (blocking work off-thread);
        with the browser, start that sign-in."""
        if self.method() is SignInMethod.OAUTH and self.browser is not None:
            self.message.clear()
            self.browser.start()
            self._fit()
            return
        credentials = self.entered()
        if not credentials.complete:
            self.message.setText(QCoreApplication.translate(
                "SignInDialog", "Fill in the fields above first.") if credentials.method is not
                SignInMethod.TOKEN else QCoreApplication.translate(
                    "SignInDialog", "Paste your access token first."))
            self._fit()
            return
        self._busy(True)
        self.message.setText(QCoreApplication.translate("SignInDialog", "Signing in…"))
        self.runner.run_task(lambda: self.connection.sign_in(self.config, credentials),
                             self._done, self._failed, context=self)

    def _busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        for button in self.method_buttons.values():
            button.setEnabled(not busy)

    def _waiting(self, waiting: bool) -> None:
        """While the browser is out, only Cancel works (it stops the wait, and closes)."""
        self.sign_in_button.setEnabled(not waiting)
        for button in self.method_buttons.values():
            button.setEnabled(not waiting)
        self._fit()

    def _browser_ended(self, text: str) -> None:
        self.message.setText(text)
        self._fit()

    def reject(self) -> None:
        """Close; a browser sign-in under way stops waiting."""
        if self.browser is not None:
            self.browser.cancel()
        super().reject()

    def _done(self, user: UserInfo) -> None:
        self._busy(False)
        self.message.clear()
        self.signed_in.emit(user)
        self.accept()

    def failure_text(self, exc: BaseException) -> str:
        """Said when signing in failed with ``exc``: the helpdesk's own words for a refusal,
        the common explanation of anything else."""
        return self.refused_text(self.method()) if isinstance(exc, AuthError) \
            else describe_error(exc)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.message.setText(self.failure_text(exc))
        self._fit()
