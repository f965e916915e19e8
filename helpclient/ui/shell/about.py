"""About: the version, the licence, where the logs are, and the helpdesk HelpClient talks to —
what support asks first, with a button that copies it all."""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.text import arg

LICENCE = "GNU General Public License v3.0 or later"


@dataclass(frozen=True)
class AboutFacts:
    """What the About box shows: ``helpdesk_type`` and ``helpdesk_url`` are empty while no
    helpdesk is set up; ``company`` (branding) is empty unless IT named it."""

    product: str
    version: str
    helpdesk_type: str
    helpdesk_url: str
    log_dir: Path
    company: str = ""


class AboutDialog(QDialog):
    """The About box; ``details()`` is its text as "Copy details" puts it on the clipboard.
    ``logo`` (the company's, when IT set one) is shown above the product's name."""

    def __init__(self, facts: AboutFacts, icon: QIcon, parent: QWidget | None = None, *,
                 logo: QPixmap | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        self.setWindowIcon(icon)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._facts = facts
        picture = QLabel()
        picture.setPixmap(icon.pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(f"<h3>{escape(facts.product)} {escape(facts.version)}</h3>")
        purpose = QLabel(self.tr("Help from your IT support: report a problem, follow your "
                                 "requests, and find answers in the knowledge base."))
        purpose.setWordWrap(True)
        form = QFormLayout()
        self.rows: dict[str, str] = {}
        if facts.company:
            self._add(form, self.tr("Provided by:"), facts.company)
        # unwrapped: a line break inside the address ("https://" | "help.example.com") would
        # make it hard to read and to copy; the box grows to fit it instead
        self.helpdesk = self._add(form, self.tr("Helpdesk:"), self._helpdesk_text(), wrap=False)
        self._add(form, self.tr("Logs:"), str(facts.log_dir))
        self._add(form, self.tr("Licence:"), LICENCE)
        self._add(form, self.tr("Built with:"), f"Python {platform.python_version()}, "
                  f"Qt {qVersion()}, PySide {PySide6.__version__} ({sys.platform})")
        words = QVBoxLayout()
        self.logo = QLabel()
        self.logo.setObjectName("aboutLogo")
        self.logo.setVisible(logo is not None and not logo.isNull())
        if logo is not None and not logo.isNull():
            self.logo.setPixmap(logo)
            self.logo.setAccessibleName(facts.company)
            words.addWidget(self.logo)
        words.addWidget(heading)
        words.addWidget(purpose)
        words.addLayout(form)
        words.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(picture)
        top.addLayout(words, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_logs = QPushButton(self.tr("Open the &logs folder"))
        self.open_logs.clicked.connect(self._open_logs)
        self.copy = QPushButton(self.tr("&Copy details"))
        self.copy.setToolTip(self.tr("Copy these details, to paste them for support"))
        self.copy.clicked.connect(self._copy)
        buttons.addButton(self.open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        # an explicit minimum overrides the layout's: wide enough for the unwrapped address
        self.setMinimumWidth(max(480, layout.minimumSize().width()))

    def _helpdesk_text(self) -> str:
        facts = self._facts
        if not facts.helpdesk_url:
            return self.tr("not set up yet (open Settings)")
        return arg(self.tr("%1 at %2"), facts.helpdesk_type, facts.helpdesk_url)

    def _add(self, form: QFormLayout, label: str, value: str, *, wrap: bool = True) -> QLabel:
        shown = QLabel(value)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setWordWrap(wrap)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, shown)
        self.rows[label] = value
        return shown

    def details(self) -> str:
        """The facts as plain text, one per line."""
        lines = [f"{self._facts.product} {self._facts.version}"]
        lines += [f"{label} {value}" for label, value in self.rows.items()]
        return "\n".join(lines)

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details())
        self.copy.setText(self.tr("Copied"))

    def _open_logs(self) -> None:
        self._facts.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._facts.log_dir)))

