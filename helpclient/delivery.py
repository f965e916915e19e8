"""The outbox and its sender, built the same way for the app and the CLI (no Qt here)."""

from __future__ import annotations

from collections.abc import Callable

from helpclient.core.connection import Connection
from helpclient.core.delivery.outbox import Outbox
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import Event, OutboxLock, Sender
from helpclient.core.i18n import Translate, identity
from helpclient.core.paths import AppPaths


def open_outbox(paths: AppPaths) -> Outbox:
    """The user's outbox in the data dir (raises OutboxError when it cannot be opened)."""
    return Outbox(paths.data_dir)


def build_sender(outbox: Outbox, connection: Connection, paths: AppPaths, *,
                 tr: Translate = identity, policy: RetryPolicy | None = None,
                 on_event: Callable[[Event], None] | None = None,
                 on_progress: Callable[[str, int, int], None] | None = None) -> Sender:
    """A sender delivering ``outbox`` through the configured helpdesk."""
    def max_file_bytes() -> int:
        return int(connection.settings.get("outbox.max_attachment_mb")) * 1_000_000

    return Sender(outbox, connection.backend, connection.user,
                  OutboxLock(paths.data_dir / "outbox.lock"), policy=policy, tr=tr,
                  on_event=on_event, max_file_bytes=max_file_bytes, on_progress=on_progress)
