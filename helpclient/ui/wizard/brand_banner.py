"""The company's greeting at the top of the report wizard's first page: its logo and the welcome
line IT configured, over a thin bar in the accent colour. Nothing when neither is set."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from helpclient.core.branding import Branding
from helpclient.ui.kit.branding import logo_pixmap
from helpclient.ui.wizard.base import StepPage

LOGO_HEIGHT = 40


class BrandBanner(QFrame):
    """Logo and welcome line; ``logo`` and ``welcome`` are the labels (hidden when empty)."""

    def __init__(self, branding: Branding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brandBanner")
        self.logo = QLabel(self)
        self.logo.setObjectName("brandLogo")
        pixmap = logo_pixmap(branding.logo, LOGO_HEIGHT)
        self.logo.setPixmap(pixmap)
        self.logo.setVisible(not pixmap.isNull())
        if branding.company:
            self.logo.setAccessibleName(branding.company)
        self.welcome = QLabel(branding.welcome, self)
        self.welcome.setObjectName("brandWelcome")
        self.welcome.setTextFormat(Qt.TextFormat.PlainText)  # IT's text, never markup
        self.welcome.setWordWrap(True)
        self.welcome.setVisible(bool(branding.welcome))
        font = self.welcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.welcome.setFont(font)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.welcome, 1, Qt.AlignmentFlag.AlignVCenter)
        # the accent (or the theme's highlight) as a rule under the greeting
        self.rule = QFrame(self)
        self.rule.setFixedHeight(3)
        self.rule.setAutoFillBackground(True)
        self.rule.setBackgroundRole(QPalette.ColorRole.Highlight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.rule)

    def is_empty(self) -> bool:
        """Neither a logo nor a welcome line to show."""
        return self.logo.isHidden() and self.welcome.isHidden()


def greet(first_page: StepPage, branding: Branding) -> BrandBanner | None:
    """Put the company's banner at the top of the wizard's first page; None when there is
    nothing to show."""
    if branding.logo is None and not branding.welcome:
        return None
    banner = BrandBanner(branding, first_page)
    if banner.is_empty():  # the logo could not be read, and there is no welcome line
        banner.setParent(None)
        banner.deleteLater()
        return None
    first_page.body_layout().insertWidget(0, banner)
    return banner
