"""Settings and sign-in: the helpdesk server, its type, the token, "Test connection"; language
and notifications; the knowledge base's sources; system information. One tab each."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.models import UserInfo
from helpclient.ui.kit.errors import describe_error
from helpclient.ui.kit.style import error_color
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.settings.group import SettingsGroup
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
                 backend_types: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.runner = runner
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._row_keys: set[str] = set()  # the settings the rows below show
        settings = connection.settings
        self.notifications = NotificationSettings(settings)
        self.knowledge = KnowledgeSettings(settings)
        self.sysinfo = SysinfoSettings(settings)
        self.groups: tuple[SettingsGroup, ...] = (self.notifications, self.knowledge,
                                                  self.sysinfo)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._page(self._server_box(backend_types)), self.tr("&Helpdesk"))
        self.tabs.addTab(self._page(self._general_box(), self.notifications),
                         self.tr("&General"))
        self.tabs.addTab(self._page(self.knowledge), self.tr("&Knowledge base"))
        self.tabs.addTab(self._page(self.sysinfo), self.tr("System &information"))
        # a disabled field alone does not say why: say it once, visibly (each field's tooltip too)
        self.locked_note = QLabel(self._locked_text())
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        self.locked_note.setTextFormat(Qt.TextFormat.PlainText)
        shown = self._row_keys | {key for group in self.groups for key in group.wanted()}
        self.locked_note.setVisible(any(settings.is_locked(key) for key in shown))
        self.message = QLabel()  # why the entered values cannot be saved
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_color(self)}; font-weight: 600;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_note)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

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

    def _server_box(self, backend_types: Mapping[str, str]) -> QGroupBox:
        connection = self.connection
        config = connection.config()
        server_box = QGroupBox(self.tr("Helpdesk server"))
        form = QFormLayout(server_box)
        self.kind = QComboBox()
        for kind, label in backend_types.items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(config.kind)))
        self.url = QLineEdit(config.url)
        self.url.setPlaceholderText("https://helpdesk.example.com")
        self.queue = QLineEdit(config.queue)
        self.ca_file = QLineEdit(str(config.extra_ca_file or ""))
        self.ca_file.setPlaceholderText(self.tr("optional: PEM file of your company's CA"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("paste the access token from your helpdesk"))
        if connection.token():
            self.token.setPlaceholderText(
                self.tr("a token is stored; type a new one to replace it"))
        self._add_row(form, self.tr("Helpdesk &type:"), self.kind, "server.backend")
        self._add_row(form, self.tr("Server &address:"), self.url, "server.url")
        self._add_row(form, self.tr("&Queue:"), self.queue, "server.queue")
        self._add_row(form, self.tr("Extra &CA file:"), self.ca_file, "server.extra_ca_file")
        self._add_row(form, self.tr("Access t&oken:"), self.token, None)
        self.store_note = QLabel()
        self.store_note.setWordWrap(True)
        if connection.token_from_environment:
            self.store_note.setText(self.tr("The token comes from the HELPCLIENT_TOKEN environment "
                                             "variable and is not stored."))
        elif not connection.secrets.is_secure:
            self.store_note.setText(self.tr(
                "No secure keyring was found on this system, so the token is kept only until "
                "HelpClient quits; you will be asked for it at the next start."))
        else:
            self.store_note.setText(self.tr("The token is kept in your system keyring."))
        form.addRow(self.store_note)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.test_button.clicked.connect(self.test_connection)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.status, 1)
        form.addRow(test_row)
        return server_box

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

    def _entered_config(self) -> ServerConfig:
        ca = self.ca_file.text().strip()
        url = self.url.text().strip().rstrip("/")
        return ServerConfig(kind=str(self.kind.currentData()), url=url,
                            queue=self.queue.text().strip() or "General",
                            extra_ca_file=Path(ca) if ca else None)

    def _entered_token(self) -> str:
        return self.token.text().strip() or (self.connection.token() or "")

    def _problem(self, config: ServerConfig, token: str) -> str | None:
        if not config.url.startswith(("https://", "http://")):
            return self.tr("Enter the server address, starting with https://")
        if not token:
            return self.tr("Paste your access token. You get it from your helpdesk's web page or "
                           "from IT support.")
        if config.extra_ca_file and not config.extra_ca_file.is_file():
            return arg(self.tr("The CA file does not exist: %1"), config.extra_ca_file)
        return None

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.test_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if message:
            self.status.setText(message)

    def test_connection(self) -> None:
        """Check the entered server and token without saving."""
        config, token = self._entered_config(), self._entered_token()
        if problem := self._problem(config, token):
            self.status.setText(problem)
            return
        self._set_busy(True, self.tr("Connecting…"))
        self.runner.run_task(lambda: self.connection.test(config, token),
                             self._test_ok, self._failed)

    def _test_ok(self, user: UserInfo) -> None:
        self._set_busy(False)
        self.status.setText(arg(self.tr("Connected as %1."), user.name or user.login))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(describe_error(exc))

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
        config, token = self._entered_config(), self._entered_token()
        unchanged = (config == self.connection.config() and not self.token.text().strip()
                     and self.connection.is_configured())
        if unchanged:
            self.accept()
            return
        if problem := self._problem(config, token):
            self.status.setText(problem)
            return
        self._set_busy(True, self.tr("Signing in…"))
        self.runner.run_task(lambda: self.connection.sign_in(config, token),
                             self._signed_in, self._failed)

    def _signed_in(self, user: UserInfo) -> None:
        self._set_busy(False)
        self.signed_in.emit(user)
        self.accept()
