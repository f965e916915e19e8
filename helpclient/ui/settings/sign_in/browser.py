"""Signing in with the browser (OAuth): the sign-in dialog's page for it.

The panel starts a sign-in with the app's :data:`~helpclient.core.browser_sign_in.StartSignIn`
(quick: it opens the loopback listener), hands the authorization page to the system browser on
the GUI thread, and waits for the browser — then checks the tokens with the helpdesk and keeps
them — on a worker. Meanwhile it says what is happening, and the user can stop waiting. The
ways a sign-in ends without tokens each get their own words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from helpclient.core.browser_sign_in import (
    AuthorizationRefused,
    BrowserPages,
    BrowserSignInError,
    ConsentDenied,
    PendingSignIn,
    SignInCancelled,
    SignInTimedOut,
    StartSignIn,
    StateMismatch,
)
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.errors import AuthError, HelpdeskError
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.models import UserInfo
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.links import open_outside
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg

log = logging.getLogger(__name__)

# opens an address in the system browser; False when it could not
OpenUrl = Callable[[str], bool]

_CONTEXT = "BrowserSignIn"
# what each way of ending without tokens means to the user, most specific first
_ENDINGS: tuple[tuple[type[BaseException], str], ...] = (
    (SignInCancelled, QT_TRANSLATE_NOOP("BrowserSignIn", "Sign-in cancelled.")),
    (ConsentDenied, QT_TRANSLATE_NOOP(
        "BrowserSignIn", "HelpClient was not allowed access in the browser, so you are not signed "
        "in. To sign in, choose Sign in again and allow access on the page that opens.")),
    (StateMismatch, QT_TRANSLATE_NOOP(
        "BrowserSignIn", "The browser came back with an answer that does not belong to this "
        "sign-in, so HelpClient ignored it. Choose Sign in to try again; if this happens "
        "again, tell IT support.")),
    (SignInTimedOut, QT_TRANSLATE_NOOP(
        "BrowserSignIn", "The browser did not come back in time. Choose Sign in to try again.")),
)
_REFUSED = QT_TRANSLATE_NOOP("BrowserSignIn", "The helpdesk refused the sign-in. It said: %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _open_in_browser(url: str) -> bool:
    # fromEncoded: the query is encoded already and must reach the browser exactly as built
    return open_outside(QUrl.fromEncoded(url.encode("ascii")))


def ending_text(exc: BaseException, refused: str = "") -> str:
    """What to tell the user when a browser sign-in ended with ``exc``; ``refused`` is the
    helpdesk's own words for tokens it did not accept ("": the general ones)."""
    if refused and isinstance(exc, AuthError) and not isinstance(exc, BrowserSignInError):
        return refused
    for cls, text in _ENDINGS:
        if isinstance(exc, cls):
            return _tr(text)
    if isinstance(exc, AuthorizationRefused):
        return arg(_tr(_REFUSED), exc.message)
    return describe_error(exc)


class BrowserSignInPanel(QWidget):
    """The help, the waiting and the "Stop waiting" of a browser sign-in to ``config``.
    ``signed_in(UserInfo)`` once the helpdesk accepted the tokens (they are kept then);
    ``ended(str)`` with what to tell the user when it ended otherwise; ``waiting(bool)``."""

    signed_in = Signal(object)  # UserInfo
    ended = Signal(str)
    waiting = Signal(bool)

    def __init__(self, connection: Connection, runner: TaskRunner, config: ServerConfig,
                 product: str, start: StartSignIn, *, open_url: OpenUrl | None = None,
                 refused: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        """``refused`` gives what to say when the helpdesk does not accept the tokens the
        browser brought (another account, another site)."""
        super().__init__(parent)
        self._refused = refused or str
        self.connection, self.runner, self.config = connection, runner, config
        self.product = product
        self._start = start
        self._open_url = open_url or _open_in_browser
        self._pending: PendingSignIn | None = None
        self.help = self._label(arg(QCoreApplication.translate(
            "BrowserSignIn",
            "HelpClient opens %1's sign-in page in your web browser. Sign in there and allow "
            "HelpClient access; then come back here. HelpClient keeps the sign-in in your "
            "system keyring, not your password."), product))
        self.status = self._label("")
        self.status.hide()
        self.stop_button = QPushButton(QCoreApplication.translate("BrowserSignIn", "Stop &waiting"))
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @property
    def is_waiting(self) -> bool:
        """Whether a sign-in is under way."""
        return self._pending is not None

    def pages(self) -> BrowserPages:
        """What the browser shows once it comes back, in the user's language."""
        return BrowserPages(self.product, arg(QCoreApplication.translate(
            "BrowserSignIn",
            "You are signed in to %1. You can close this tab and return to HelpClient."),
            self.product))

    def start(self) -> None:
        """Start a sign-in: open the browser, wait for it off the GUI thread."""
        if self._pending is not None:
            return
        try:
            pending = self._start(self.config, self.pages())
        except HelpdeskError as exc:
            self.ended.emit(describe_error(exc))
            return
        self._pending = pending
        self._show_waiting(True)
        if self._open_url(pending.authorize_url):
            self.status.setText(arg(QCoreApplication.translate(
            "BrowserSignIn",
                "Waiting for your browser… Sign in to %1 on the page that opened, then come "
                "back here."), self.product))
        else:  # no browser could be started: the user may open the page themselves
            self.status.setText(arg(QCoreApplication.translate(
            "BrowserSignIn",
                "HelpClient could not open your web browser. Open this address in it to sign "
                "in; HelpClient waits meanwhile:\n%1"), pending.authorize_url))
        connection, config = self.connection, self.config
        self.runner.run_task(lambda: connection.sign_in(config, pending.finish()),
                             self._done, self._failed, context=self)

    def cancel(self) -> None:
        """Stop waiting for the browser (the worker then ends with SignInCancelled)."""
        if self._pending is not None:
            self._pending.cancel()

    def _show_waiting(self, waiting: bool) -> None:
        self.status.setVisible(waiting)
        self.stop_button.setVisible(waiting)
        self.waiting.emit(waiting)

    def _done(self, user: UserInfo) -> None:
        self._pending = None
        self._show_waiting(False)
        self.signed_in.emit(user)

    def _failed(self, exc: BaseException) -> None:
        self._pending = None
        self._show_waiting(False)
        log.info("browser sign-in ended: %s", type(exc).__name__)
        self.ended.emit(ending_text(exc, self._refused()))
