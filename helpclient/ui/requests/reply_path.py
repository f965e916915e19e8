"""The paths a ticket view's files take: replies out (through one replaceable function) and
attachments in (into the downloads folder)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.delivery.entry import Entry
from helpclient.core.models import NewAttachment

BackendFactory = Callable[[], HelpdeskBackend]
# (ticket_id, body, attachments) → True when the helpdesk has the reply now, False when it
# waits in the outbox (sent later); raises when it was neither sent nor kept. Blocking, called on
# a worker thread.
ReplySender = Callable[[str, str, Sequence[NewAttachment]], bool]
# ticket_id → the user's replies to it still waiting in the outbox, oldest first. Blocking, called
# on a worker thread.
QueuedReplies = Callable[[str], Sequence[Entry]]


def direct_reply(backend: BackendFactory) -> ReplySender:
    """The reply path without an outbox: straight to the helpdesk."""
    def send(ticket_id: str, body: str, attachments: Sequence[NewAttachment]) -> bool:
        backend().reply(ticket_id, body, attachments)
        return True
    return send


def default_download_dir() -> Path:
    """The user's downloads folder as the desktop says."""
    from PySide6.QtCore import QStandardPaths  # noqa: PLC0415 (only when downloading)

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return Path(folder) if folder else Path.home() / "Downloads"
