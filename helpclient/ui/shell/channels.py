"""Other ways to get help: the phone, e-mail, chat, portal and social channels IT configured,
each only when it is, under the company's logo and name. From a report the e-mail is prefilled
with it, for when the helpdesk cannot be reached."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.channels import SupportChannels, mailto_url, tel_url
from helpclient.ui.kit.links import SAFE_SCHEMES, WEB_SCHEMES, open_outside
from helpclient.ui.kit.text import arg


class ChannelsDialog(QDialog):
    """The configured channels as links. ``subject`` and ``body`` (a report's summary and
    text) prefill the e-mail; ``logo`` (the company's, when set) heads the card. ``links`` maps
    each channel ("phone", "email", "chat", "portal", then "social1", "social2", …) to the
    address its link opens."""

    def __init__(self, channels: SupportChannels, icon: QIcon, subject: str = "",
                 body: str = "", parent: QWidget | None = None, *,
                 logo: QPixmap | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Other ways to get help"))
        self.setWindowIcon(icon)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.logo = QLabel()
        self.logo.setObjectName("channelsLogo")
        if logo is not None and not logo.isNull():
            self.logo.setPixmap(logo)
            self.logo.setAccessibleName(channels.company)
        else:
            self.logo.hide()
        if channels.company:
            intro_text = arg(self.tr("You can also reach %1 support this way:"),
                             channels.company)
        else:
            intro_text = self.tr("You can also reach support this way:")
        if body:
            intro_text += " " + self.tr("the e-mail starts with your report, so it works even "
                                        "when HelpClient cannot reach the helpdesk.")
        intro = self.intro = QLabel(intro_text)
        intro.setObjectName("channelsIntro")
        intro.setWordWrap(True)
        form = self.form = QFormLayout()
        self.links: dict[str, str] = {}
        self.labels: dict[str, QLabel] = {}
        if channels.phone:
            self._add(form, "phone", self.tr("Phone:"), url=tel_url(channels.phone),
                      shown=channels.phone, action=self.tr("Call"))
        if channels.email:
            cut = self.tr("[The report is longer than an e-mail link can carry; the rest was "
                          "left out.]")
            url = mailto_url(channels.email, subject, body, cut_note=cut)
            self._add(form, "email", self.tr("E-mail:"), url=url, shown=channels.email,
                      action=self.tr("Write an e-mail"))
        if channels.chat_url:
            self._add(form, "chat", self.tr("Chat:"), url=channels.chat_url,
                      shown=channels.chat_url, action=self.tr("Open the chat"))
        if channels.portal_url:
            self._add(form, "portal", self.tr("Self-service portal:"),
                      url=channels.portal_url, shown=channels.portal_url,
                      action=self.tr("Open the portal"))
        for number, link in enumerate(channels.social, start=1):
            # the channel's name as IT wrote it ("Telegram"), then its address
            self._add(form, f"social{number}", arg(self.tr("%1:"), link.label), url=link.url,
                      shown=link.url, action=self.tr("Open"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        # the card's head: the company's logo, then who these ways reach
        layout.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _add(self, form: QFormLayout, name: str, title: str, *, url: str, shown: str,
             action: str) -> None:
        # the value as IT wrote it, selectable (a number to read out or copy), then the link
        label = QLabel(f"<b>{escape(shown)}</b> &nbsp; <a href=\"{escape(url)}\">"
                       f"{escape(action)}</a>")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(lambda _href, which=name: self.open_channel(which))
        label.setObjectName(f"channel_{name}")
        self.links[name] = url
        self.labels[name] = label
        caption = QLabel(title)
        caption.setTextFormat(Qt.TextFormat.PlainText)  # a social channel's name is IT's text
        form.addRow(caption, label)

    def open_channel(self, name: str) -> bool:
        """Open channel ``name``'s link with the system (dialer, mail program, browser)."""
        schemes = {"phone": ("tel",), "email": SAFE_SCHEMES}.get(name, WEB_SCHEMES)
        return open_outside(self.links[name], schemes)
