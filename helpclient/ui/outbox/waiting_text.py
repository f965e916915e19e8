"""How the tray and the outbox window count what waits to be sent: reports and replies."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from helpclient.core.delivery.outbox import Entry
from helpclient.ui.kit.text import arg


class _Waiting(QObject):
    # a QObject for self.tr: Qt's tools find plural forms ("%n") only in tr() calls

    def text(self, reports: int, replies: int) -> str:
        parts = []
        if reports:
            parts.append(self.tr("%n report(s)", "", reports))
        if replies:
            parts.append(self.tr("%n reply(ies)", "", replies))
        if len(parts) == 2:
            return arg(self.tr("%1 and %2"), *parts)
        return parts[0] if parts else ""


def waiting_text(entries: Sequence[Entry]) -> str:
    """"2 reports and 1 reply" in the user's language ("" for none)."""
    replies = sum(1 for entry in entries if entry.is_reply)
    return _Waiting().text(len(entries) - replies, replies)
