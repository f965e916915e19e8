"""From a poll's news to notifications on screen, as the settings say (on/off, quiet hours)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from helpclient.core.settings import Settings
from helpclient.core.tracking.activity import Notice, QuietHours, notices
from helpclient.core.tracking.sync import SyncResult

# (title, message, ticket id) → shows it; ``Tray.notify`` has this shape.
Notify = Callable[[str, str, str], None]


def notify_changes(result: SyncResult, settings: Settings, notify: Notify,
                   now_local: datetime | None = None, *,
                   looking_at: str | None = None) -> list[Notice]:
    """Show the notifications ``result`` deserves; returns them. ``looking_at``: the ticket the
    user is reading in the active window, which needs none."""
    shown = notices(result.changes, enabled=bool(settings.get("sync.notifications")),
                    quiet=QuietHours.parse(str(settings.get("sync.quiet_hours"))),
                    now_local=now_local or datetime.now().astimezone(), looking_at=looking_at)
    translate = QCoreApplication.translate
    for notice in shown:
        notify(notice.title.render(translate), notice.body.render(translate), notice.ticket_id)
    return shown
