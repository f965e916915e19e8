"""Keeping the local knowledge base current while the app runs: article folders are looked at
every minute (a cheap size/time fingerprint; it works on network drives, where change
notifications often do not arrive) and the helpdesk's articles are synced every
``kb.sync_minutes`` when signed in. All on worker threads."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.kb.service import KnowledgeBase
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

FOLDER_CHECK_MS = 60_000


class KnowledgeUpkeep(QObject):
    """Timers that refresh folders and sync the helpdesk's articles."""

    def __init__(self, runner: TaskRunner, kb: KnowledgeBase,
                 backend: Callable[[], tuple[HelpdeskBackend, str] | None],
                 sync_minutes: Callable[[], int], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kb = kb
        self._backend = backend
        self._sync_minutes = sync_minutes
        self._folders = QTimer(self, interval=FOLDER_CHECK_MS)
        self._folders.timeout.connect(self.refresh_folders)
        self._sync = QTimer(self)
        self._sync.timeout.connect(self.sync)

    def start(self) -> None:
        """Index the folders and sync now, then keep doing it."""
        self.refresh_folders()
        self.sync()
        self._folders.start()
        minutes = self._sync_minutes()
        if minutes > 0:
            self._sync.start(minutes * 60_000)

    def settings_changed(self) -> None:
        """Apply changed folders, starter articles and sync interval now."""
        self.refresh_folders()
        minutes = self._sync_minutes()
        if minutes <= 0:
            self._sync.stop()
        elif self._sync.interval() != minutes * 60_000 or not self._sync.isActive():
            self._sync.start(minutes * 60_000)
            self.sync()

    def stop(self) -> None:
        """No more refreshes (shutdown)."""
        self._folders.stop()
        self._sync.stop()

    def refresh_folders(self) -> None:
        """Re-import the folders whose files changed."""
        kb = self._kb
        self._runner.run_task(kb.refresh_folders, None,
                              lambda exc: log.warning("knowledge base folders: %s", exc))

    def sync(self) -> None:
        """Copy what changed in the helpdesk's articles (when signed in)."""
        if self._sync_minutes() <= 0:
            return
        kb, backend = self._kb, self._backend

        def run() -> object:
            found = backend()  # on the worker: may read the keyring
            return None if found is None else kb.sync(*found)

        self._runner.run_task(run, lambda result: log.info("knowledge base sync: %s", result),
                              lambda exc: log.info("knowledge base not synced: %s", exc))
