"""Keeping the local knowledge base current while the app runs, opening it only when there is
work: article folders are looked at every minute (a cheap size/time fingerprint; it works on
network drives, where change notifications often do not arrive), and the helpdesk's articles are
synced every ``kb.sync_minutes`` when signed in. The fingerprint last imported and the time of
the last sync are kept between runs (:mod:`helpclient.core.kb.upkeep_state`), so a start with
nothing new reads no index, and a restart does not sync again before it is due. All on worker
threads."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from helpclient.core.kb.upkeep_state import UpkeepState, folders_fingerprint
from helpclient.ui.kit.tasks import TaskRunner

if TYPE_CHECKING:
    from helpclient.core.backend import HelpdeskBackend
    from helpclient.core.kb.service import KnowledgeBase

log = logging.getLogger(__name__)

FOLDER_CHECK_MS = 60_000


class KnowledgeUpkeep(QObject):
    """Timers that refresh folders and sync the helpdesk's articles.

    ``kb`` gives the knowledge base (built on first use, on a worker); ``backend`` the signed-in
    helpdesk and its URL, or None (called on a worker: it may read the keyring); ``folders``
    the folders the knowledge base imports (the starter one too, when on); ``server_url`` the
    configured helpdesk's address (whose last sync counts); ``state_file`` where the upkeep
    remembers; ``index_file`` the index (missing: the folders are imported whatever the
    fingerprint says)."""

    def __init__(self, runner: TaskRunner, kb: Callable[[], KnowledgeBase],
                 backend: Callable[[], tuple[HelpdeskBackend, str] | None],
                 sync_minutes: Callable[[], int], *, folders: Callable[[], Sequence[Path]],
                 server_url: Callable[[], str], state_file: Path, index_file: Path,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kb = kb
        self._backend = backend
        self._sync_minutes = sync_minutes
        self._folder_list = folders
        self._server_url = server_url
        self._index_file = index_file
        self._clock = clock
        self._state = UpkeepState.load(state_file)
        self._state_lock = threading.Lock()  # checks and syncs may finish on two workers
        self._folders = QTimer(self, interval=FOLDER_CHECK_MS)
        self._folders.timeout.connect(self.refresh_folders)
        self._sync = QTimer(self, singleShot=True)
        self._sync.timeout.connect(self.sync)
        self._sync_every = 0  # the interval in force, in minutes
        self._stopping = threading.Event()  # read by a sync on its worker

    def start(self) -> None:
        """Look at the folders now and every minute; sync the helpdesk's articles when due
        (now, if never or longer ago than the interval), then every interval."""
        self.refresh_folders()
        self._folders.start()
        self._schedule_sync()

    def _schedule_sync(self) -> None:
        minutes = self._sync_minutes()
        if minutes <= 0:
            self._sync.stop()
            return
        last = self._state.synced.get(self._server_url())
        due_in = 0.0 if last is None else last + minutes * 60 - self._clock()
        if due_in <= 0:
            self.sync()
        else:
            self._sync_every = minutes
            self._sync.start(min(int(due_in * 1000), minutes * 60_000))

    def settings_changed(self) -> None:
        """Apply changed folders, starter articles and sync interval now."""
        self.refresh_folders()
        minutes = self._sync_minutes()
        if minutes <= 0:
            self._sync.stop()
        elif minutes != self._sync_every or not self._sync.isActive():
            self.sync()

    def stop(self) -> None:
        """No more refreshes (shutdown); a sync under way stops before its next article, a
        folder's import before its next file."""
        self._stopping.set()
        self._folders.stop()
        self._sync.stop()

    def refresh_folders(self) -> None:
        """Re-import the folders, when their fingerprint differs from the one last imported."""
        folders, kb, state = list(self._folder_list()), self._kb, self._state
        index_file, lock, stopping = self._index_file, self._state_lock, self._stopping

        def run() -> int:
            fingerprint = folders_fingerprint(folders)
            if fingerprint == state.folders and index_file.exists():
                return 0
            changes = kb().refresh_folders(stop=stopping.is_set)
            with lock:
                state.folders = fingerprint
                state.save()
            return changes

        def failed(exc: BaseException) -> None:
            # stopped for the quit (imported again at the next start) is no warning
            (log.info if stopping.is_set() else log.warning)("knowledge base folders: %s", exc)

        self._runner.run_task(run, None, failed)

    def sync(self) -> None:
        """Copy what changed in the helpdesk's articles (when signed in); the next sync is one
        interval later."""
        minutes = self._sync_minutes()
        if minutes <= 0:
            return
        self._sync_every = minutes
        self._sync.start(minutes * 60_000)
        kb, backend, state, clock = self._kb, self._backend, self._state, self._clock
        lock, stopping = self._state_lock, self._stopping

        def run() -> object:
            found = backend()  # on the worker: may read the keyring
            if found is None:
                return None
            result = kb().sync(*found, stop=stopping.is_set)
            with lock:
                state.synced[found[1]] = clock()
                state.save()
            return result

        self._runner.run_task(run, lambda result: log.info("knowledge base sync: %s", result),
                              lambda exc: log.info("knowledge base not synced: %s", exc))
