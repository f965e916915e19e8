"""Settings and sign-in: the helpdesk (its type, server, and signing in: :mod:`.helpdesk`);
language and notifications; the knowledge base's sources; system information. One tab each."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.browser_sign_in import StartSignIn
from helpclient.core.connection import Connection
from helpclient.core.credentials import SignInMethod
from helpclient.core.models import UserInfo
from helpclient.ui.kit.geometry import open_at_least
from helpclient.ui.kit.style import error_color
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.kit.wrapped import WrappedLabel
from helpclient.ui.settings.group import SettingsGroup
from helpclient.ui.settings.helpdesk import (
    KEYS,
    HelpdeskBox,
    ProbeFactory,
    kept_credentials,
)
from helpclient.ui.settings.kb import KnowledgeSettings
from helpclient.ui.settings.notifications import NotificationSettings
from helpclient.ui.settings.sysinfo import SysinfoSettings
from helpclient.ui.shell.i18n import LANGUAGES

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    """Edits the user's settings; fields locked by policy are shown disabled with the reason."""

    signed_in = Signal(object)  # UserInfo
    language_changed = Signal(str)
    # Settings of the other groups (notifications, knowledge base, …) were saved.
    settings_saved = Signal()

    def __init__(self, connection: Connection, runner: TaskRunner,
                 backend_types: Mapping[str, str], parent: QWidget | None = None, *,
                 sign_in_methods: Mapping[str, Sequence[SignInMethod]] | None = None,
                 probe: ProbeFactory | None = None,
                 start_browser: StartSignIn | None = None) -> None:
        """``backend_types`` and ``sign_in_methods`` are the helpdesk types offered and how one
        signs in to each; ``probe`` asks a server which of those it accepts; ``start_browser``
        starts a sign-in with the browser (OAuth)."""
        super().__init__(parent)
        self.connection = connection
        self.runner = runner
        self.setWindowTitle(self.tr("Settings"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._row_keys: set[str] = set(KEYS)  # the settings the rows below show
        settings = connection.settings
        self.notifications = NotificationSettings(settings)
        self.knowledge = KnowledgeSettings(settings)
        self.sysinfo = SysinfoSettings(settings)
        self.groups: tuple[SettingsGroup, ...] = (self.notifications, self.knowledge,
                                                  self.sysinfo)
        self.tabs = QTabWidget()
        self.helpdesk = HelpdeskBox(connection, runner, backend_types,
                                    methods=sign_in_methods, probe=probe,
                                    start_browser=start_browser)
        self.helpdesk.signed_in.connect(self.signed_in)
        self.tabs.addTab(self._page(self.helpdesk), self.tr("&Helpdesk"))
        self.tabs.addTab(self._page(self._general_box(), self.notifications),
                         self.tr("&General"))
        self.tabs.addTab(self._page(self.knowledge), self.tr("&Knowledge base"))
        self.tabs.addTab(self._page(self.sysinfo), self.tr("System &information"))
        # a disabled field alone does not say why: say it once, visibly (each field's tooltip too)
        self.locked_note = WrappedLabel(self._locked_text(), plain=True)
        self.locked_note.setObjectName("lockedNote")
        shown = self._row_keys | {key for group in self.groups for key in group.wanted()}
        self.locked_note.setVisible(any(settings.is_locked(key) for key in shown))
        self.message = WrappedLabel()  # why the entered values cannot be saved
        self.message.setStyleSheet(f"color: {error_color(self)}; font-weight: 600;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        open_at_least(self, 560)

    def _locked_text(self) -> str:
        company = str(self.connection.settings.get("branding.company_name")).strip()
        if company:
            return arg(self.tr("Settings shown greyed out are set by %1 for this computer and "
                               "cannot be changed here."), company)
        return self.tr("Settings shown greyed out are set by your organisation for this "
                       "computer and cannot be changed here.")

    @staticmethod
    def _page(*boxes: QGroupBox) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if len(boxes) == 1:
            # alone on its tab, a box would only repeat the tab's name
            boxes[0].setTitle("")
            boxes[0].setFlat(True)
        for box in boxes:
            layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _general_box(self) -> QGroupBox:
        general_box = QGroupBox(self.tr("Language"))
        general = QFormLayout(general_box)
        self.language = self._language_combo(self.tr("System default"), "ui.language")
        self._add_row(general, self.tr("&Show HelpClient in:"), self.language, "ui.language")
        # support reads the tickets: IT may fix their language by policy
        self.ticket_language = self._language_combo(self.tr("Same as the interface"),
                                                    "ticket.language")
        self._add_row(general, self.tr("&Write requests in:"), self.ticket_language,
                      "ticket.language")
        return general_box

    def _language_combo(self, default_label: str, key: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(default_label, "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(self.connection.settings.get(key))))
        return combo

    def _add_row(self, form: QFormLayout, label: str, field: QWidget, key: str | None) -> None:
        caption = QLabel(label)
        caption.setBuddy(field)
        if key:
            self._row_keys.add(key)
        if key and self.connection.settings.is_locked(key):
            field.setEnabled(False)
            field.setToolTip(self.tr("Set by your organisation's policy."))
        form.addRow(caption, field)

    def save(self) -> None:
        """Sign in with the entered server and token (checked first), then close."""
        settings = self.connection.settings
        for group in self.groups:
            if problem := group.problem():
                tab = group.parentWidget()
                if tab is not None:
                    self.tabs.setCurrentWidget(tab)
                self.message.setText(problem)
                self.message.show()
                return
        if any([group.apply() for group in self.groups]):  # a list: every group applies
            settings.save()
            self.settings_saved.emit()
        ticket_language = str(self.ticket_language.currentData())
        if (ticket_language != settings.get("ticket.language")
                and not settings.is_locked("ticket.language")):
            settings.set("ticket.language", ticket_language)
            settings.save()
        language = str(self.language.currentData())
        if language != settings.get("ui.language") and not settings.is_locked("ui.language"):
            settings.set("ui.language", language)
            settings.save()
            self.language_changed.emit(language)
        self._sign_in_and_close()

    def _sign_in_and_close(self) -> None:
        """Close when the entered server is the one signed in to; else sign in to it — with
        what the keyring holds for it, or through its sign-in dialog — and close after. The
        keyring is read on a worker (it may block)."""
        box = self.helpdesk
        config = box.entered_config()
        connection = self.connection
        unchanged = bool(config.url) and config == connection.config()
        if not unchanged and (problem := box.problem(config)):
            box.status.setText(problem)
            return

        def sign_in() -> UserInfo | bool:
            credentials = kept_credentials(connection, config)
            if credentials is None:
                return False  # nothing kept: the sign-in dialog asks
            if unchanged:
                return True  # signed in to this very server already
            return connection.sign_in(config, credentials)

        box.set_busy(True, self.tr("Signing in…") if not unchanged else "")
        self.buttons.setEnabled(False)
        self.runner.run_task(sign_in, self._keyring_said, self._failed, context=self)

    def _keyring_said(self, result: UserInfo | bool) -> None:
        if isinstance(result, UserInfo):
            self._signed_in(result)
            return
        self.buttons.setEnabled(True)
        self.helpdesk.set_busy(False)
        if result:
            self.accept()
            return
        self.helpdesk.status.clear()  # not "Signing in…": the sign-in dialog asks first
        dialog = self.helpdesk.open_sign_in()
        if dialog is not None:
            dialog.signed_in.connect(lambda _user: self.accept())

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.helpdesk.failed(exc)

    def _signed_in(self, user: UserInfo) -> None:
        self.buttons.setEnabled(True)
        self.helpdesk.set_busy(False)
        self.signed_in.emit(user)
        self.accept()
