"""The user's replies still in the outbox, shown at the end of the conversation and clearly
marked as not sent yet, so a reply written offline is not lost from sight.

Rendered as safe rich text like the conversation (every piece of text escaped); the outbox holds
them as entries of kind ``reply`` until the helpdesk has them, and then the conversation itself
shows them.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from helpclient.core.delivery.entry import Entry, State
from helpclient.ui.kit.errors import describe_failure
from helpclient.ui.kit.style import muted_color
from helpclient.ui.kit.text import arg
from helpclient.ui.requests.timefmt import format_absolute

_AMBER = QColor("#f0a020")


def _why(entry: Entry) -> str:
    if entry.state is State.NEEDS_AUTH:
        return QCoreApplication.translate(
            "QueuedReply", "HelpClient sends it after you sign in again in Settings.")
    if entry.state is State.FAILED:
        return arg(QCoreApplication.translate(
            "QueuedReply", "Not sent: %1 Open “Waiting to be sent” in "
            "HelpClient's menu to send it again or delete it."),
            describe_failure(entry.last_failure(), entry.last_error))
    return QCoreApplication.translate(
        "QueuedReply", "HelpClient sends it by itself as soon as the helpdesk can be reached.")


def render_queued(entries: Sequence[Entry], palette: QPalette,
                  locale: QLocale | None = None) -> str:
    """Rich text for the replies in ``entries`` (oldest first), each marked "Waiting to be
    sent" with what will happen to it, in ``palette``'s colours (light and dark themes)."""
    locale = locale or QLocale()
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    label_color = "#ffcc80" if dark else "#7a4b00"
    tint = QColor(*(round(b + (a - b) * 0.18) for b, a in zip(
        (base.red(), base.green(), base.blue()),
        (_AMBER.red(), _AMBER.green(), _AMBER.blue()), strict=True))).name()
    muted = muted_color(palette).name()
    return "\n".join(_render_one(e, locale, label_color, tint, muted) for e in entries)


def _render_one(entry: Entry, locale: QLocale, label_color: str, tint: str, muted: str) -> str:
    when = html.escape(format_absolute(datetime.fromtimestamp(entry.created, UTC), locale))
    label = html.escape(QCoreApplication.translate("QueuedReply", "Waiting to be sent"))
    you = html.escape(QCoreApplication.translate("Conversation", "You"))
    why = html.escape(_why(entry))
    body = html.escape(entry.reply_body.strip())
    attachment = html.escape(QCoreApplication.translate("Conversation", "Attachment:"))
    files = "".join(
        f"<div style='margin-top:6px'><span style='color:{muted}'>{attachment}</span>"
        f" {html.escape(path.name)}</div>" for path in entry.report.attachments)
    # the conversation's block shape (a one-cell table: Qt's rich text has no padded <div>),
    # with a dashed amber frame and tint: not sent yet, unlike everything above it
    return (
        f"<table width='100%' cellspacing='0' cellpadding='8' border='2'"
        f" style='margin:6px 0; border-collapse:collapse; border-style:dashed;"
        f" border-color:{_AMBER.name()}'><tr><td bgcolor='{tint}'>"
        f"<div><b style='color:{label_color}'>{label}</b>"
        f" <span style='color:{muted}'>· {you} · {when}</span></div>"
        f"<div style='color:{label_color}; margin-top:2px'>{why}</div>"
        f"<div style='white-space:pre-wrap; margin-top:6px'>{body}</div>"
        f"{files}</td></tr></table>"
    )
