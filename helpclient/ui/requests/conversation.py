"""The public conversation of a ticket rendered as safe rich text for a QTextBrowser.

Every piece of text that came from the helpdesk is escaped here; HTML bodies are first reduced
to plain text. The only markup in the result is ours, so the browser has nothing remote to load
(no <img>, no stylesheets) and nothing a hostile ticket could inject.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette, QTextDocumentFragment

from helpclient.core.models import AttachmentInfo, Message
from helpclient.ui.kit.style import muted_color
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.status import status_label
from helpclient.ui.requests.timefmt import format_absolute

# Only web links become clickable; the view opens them with the system browser after checking
# the scheme again (see ArticleBrowser).
_URL = re.compile(r"\bhttps?://[^\s<>\"']+", re.IGNORECASE)
# Trailing punctuation usually ends the sentence, not the URL.
_URL_TRAILER = ".,;:!?)]}"


def plain_body(message: Message) -> str:
    """The message body as plain text; HTML is flattened, never rendered."""
    if not message.is_html:
        return message.body
    return QTextDocumentFragment.fromHtml(message.body).toPlainText()


def _linkify(text: str) -> str:
    """Escape ``text`` and turn bare http(s) URLs into links."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_URL_TRAILER)
        end = match.start() + len(url)
        out.append(html.escape(text[last:match.start()]))
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url)}</a>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def _attachment_line(attachment: AttachmentInfo, locale: QLocale, muted: str) -> str:
    # "KB" as most users know it (1 KB = 1024 bytes), not "KiB".
    size = locale.formattedDataSize(max(attachment.size, 0), 1,
                                    QLocale.DataSizeFormat.DataSizeTraditionalFormat)
    # A word, not a paperclip emoji: many Linux desktops have no emoji font.
    label = QCoreApplication.translate("Conversation", "Attachment:")
    return (f"<div style='margin-top:6px'><span style='color:{muted}'>{html.escape(label)}</span>"
            f" {html.escape(attachment.filename)}"
            f" <span style='color:{muted}'>({html.escape(size)})</span></div>")


def _blend(base: QColor, tint: QColor, amount: float) -> str:
    """``base`` tinted towards ``tint``: a faint highlight that works in light and dark themes."""
    channels = zip((base.red(), base.green(), base.blue()),
                   (tint.red(), tint.green(), tint.blue()), strict=True)
    mixed = [round(b + (t - b) * amount) for b, t in channels]
    return QColor(*mixed).name()


def render_conversation(messages: Sequence[Message], palette: QPalette,
                        locale: QLocale | None = None) -> str:
    """Rich text for ``messages`` (oldest first) using ``palette``'s colours, so it reads in
    light and dark themes alike."""
    locale = locale or QLocale()
    muted = muted_color(palette).name()
    support_bg = _blend(palette.color(QPalette.ColorRole.Base),
                        palette.color(QPalette.ColorRole.Highlight), 0.08)
    border = palette.color(QPalette.ColorRole.Mid).name()
    if not messages:
        empty = QCoreApplication.translate("Conversation", "No messages yet.")
        return f"<p style='color:{muted}'>{html.escape(empty)}</p>"
    parts = [_render_one(m, locale, muted, support_bg, border) for m in messages]
    return "\n".join(parts)


def status_event_text(message: Message) -> str:
    """A status change in the employee's words and language: who (you, a support person, or
    nobody for the helpdesk's automation) and the new status from the common vocabulary.
    Nothing of the helpdesk's own wording (its status names, its system account) is used."""
    if message.status is None:
        return QCoreApplication.translate("Conversation", "The status changed")
    label = status_label(message.status)
    if not message.from_support:
        return arg(QCoreApplication.translate("Conversation", "You changed the status to “%1”"),
                   label)
    if message.author:
        return arg(QCoreApplication.translate("Conversation", "%1 changed the status to “%2”"),
                   message.author, label)
    return arg(QCoreApplication.translate("Conversation", "Status changed to “%1”"), label)


def _render_one(message: Message, locale: QLocale, muted: str, support_bg: str,
                border: str) -> str:
    when = html.escape(format_absolute(message.created, locale))
    if message.kind == "status":
        # Status changes are events, not messages: one small grey line.
        return (f"<p style='color:{muted}; font-size:small; margin:6px 0 6px 11px'>"
                f"{when} · {html.escape(status_event_text(message))}</p>")
    body = _linkify(plain_body(message).strip())
    author = html.escape(
        message.author or QCoreApplication.translate("Conversation", "Unknown sender"))
    role = html.escape(QCoreApplication.translate("Conversation", "Support")
                       if message.from_support
                       else QCoreApplication.translate("Conversation", "You"))
    attachments = "".join(_attachment_line(a, locale, muted) for a in message.attachments)
    background = f" bgcolor='{support_bg}'" if message.from_support else ""
    # A one-cell table is the only way Qt's rich text gives a block a background, a frame and
    # padding (it ignores borders and padding on <div>).
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' border='1'"
        f" style='margin:6px 0; border-collapse:collapse; border-style:solid;"
        f" border-color:{border}'><tr><td{background}>"
        f"<div><b>{author}</b> <span style='color:{muted}'>· {role} · {when}</span></div>"
        f"<div style='white-space:pre-wrap; margin-top:4px'>{body}</div>"
        f"{attachments}</td></tr></table>"
    )
