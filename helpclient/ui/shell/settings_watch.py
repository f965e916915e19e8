"""Following the user's settings file on disk: when another HelpClient process, a script or an
editor changes it, the settings are read again and ``changed`` tells the windows that show them.
(Saving in the Settings dialog says so itself: its ``settings_saved``.)"""

from __future__ import annotations

import logging

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from helpclient.core.settings import Settings
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

# editors write in several steps, and a save is a new file renamed over the old one: read once
# things have settled
SETTLE_MS = 300


class SettingsWatch(QObject):
    """Reloads ``settings`` (on a worker) when their user file changes; ``changed()`` when an
    effective value did."""

    changed = Signal()

    def __init__(self, settings: Settings, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._reload)
        self._watch()

    def _watch(self) -> None:
        # a save replaces the file (atomic rename), which ends a watch on the file itself: the
        # folder is watched too, and the file again whenever it is there
        file = self._settings.user_file
        wanted = [p for p in (file.parent, file) if p.exists()]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        missing = [str(p) for p in wanted if str(p) not in watched]
        if missing:
            self._watcher.addPaths(missing)

    def _touched(self, _path: str) -> None:
        self._watch()
        self._settle.start()

    def _reload(self) -> None:
        self._runner.run_task(self._settings.reload, self._reloaded,
                              lambda exc: log.warning("settings not reloaded: %s", exc),
                              context=self)

    def _reloaded(self, changed: bool) -> None:
        if changed:
            log.info("settings changed on disk: applied")
            self.changed.emit()

    def stop(self) -> None:
        """Watch no more (quitting)."""
        self._settle.stop()
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
