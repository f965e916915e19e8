"""Drafts: the report being written, saved as the user types so a crash loses nothing.

One draft per report id, as JSON written atomically (temp file, fsync, rename) under
``<data dir>/drafts/``; attachments are copied next to it (content-addressed, like the outbox), so a
temporary screenshot that disappears before the restart is still there. :class:`Debouncer` decides
*when* to save (the UI calls it on every edit and asks it on a timer), with an injected clock.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from helpclient.core.report.problem import ProblemReport
from helpclient.core.report.serialize import report_from_json, report_to_json
from helpclient.core.storage.atomic import atomic_write_bytes
from helpclient.core.storage.filestore import store_copy
from helpclient.core.storage.os_errors import describe_os_error

log = logging.getLogger(__name__)



class DraftError(Exception):
    """A draft could not be saved; ``message`` says why (the previous draft is intact)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def is_blank(report: ProblemReport) -> bool:
    """True for a report nobody has typed into yet (not worth a draft, nothing to lose): the
    contact details and the system information proposed for it are filled in by HelpClient."""
    return replace(report, sysinfo_items=(), sysinfo_consent=False,
                   sysinfo_anonymize=False) == ProblemReport(report_id=report.report_id,
                                                             contact=report.contact)


class DraftStore:
    """Drafts on disk; every method may be called from a worker thread."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = data_dir / "drafts"
        self._files = self._dir / "files"

    def _path(self, report_id: str) -> Path:
        if not report_id.isalnum():  # report ids are uuid hex; never a path
            raise ValueError(f"not a report id: {report_id!r}")
        return self._dir / f"{report_id}.json"

    def save(self, report: ProblemReport) -> ProblemReport:
        """Save atomically; returns the report as stored (attachments pointing at copies).
        Raises :class:`DraftError` (disk full, read-only); the previous save stays intact."""
        try:
            copies = tuple(self._copy(p) for p in report.attachments)
            stored = replace(report, attachments=copies)
            atomic_write_bytes(self._path(report.report_id),
                               report_to_json(stored).encode("utf-8"))
        except OSError as exc:
            raise DraftError(
                f"Your draft could not be saved ({describe_os_error(exc)}). The last saved "
                "version is kept; free some disk space to keep saving.") from exc
        return stored

    def _copy(self, source: Path) -> Path:
        if source.parent.parent == self._files:
            return source  # already a draft copy
        self._files.mkdir(parents=True, exist_ok=True)
        return store_copy(source, self._files, self._files)

    def load_all(self) -> list[ProblemReport]:
        """Every readable draft, newest first; unreadable ones are logged and skipped."""
        if not self._dir.is_dir():
            return []
        found: list[tuple[float, ProblemReport]] = []
        for path in self._dir.glob("*.json"):
            try:
                report = report_from_json(path.read_text(encoding="utf-8"))
                found.append((path.stat().st_mtime, report))
            except (OSError, ValueError) as exc:
                log.warning("draft %s unreadable: %s", path.name, exc)
        found.sort(key=lambda item: item[0], reverse=True)
        # a file deleted since the draft was saved: keep the draft, drop what is gone
        return [replace(r, attachments=tuple(p for p in r.attachments if p.exists()))
                for _, r in found]

    def latest(self) -> ProblemReport | None:
        """The most recent draft, or None."""
        drafts = self.load_all()
        return drafts[0] if drafts else None

    def discard(self, report_id: str) -> None:
        """Forget a draft (sent, or thrown away) and the copies no other draft uses."""
        with contextlib.suppress(FileNotFoundError):
            self._path(report_id).unlink()
        keep = {p.parent.name for r in self.load_all() for p in r.attachments}
        if self._files.is_dir():
            for folder in self._files.iterdir():
                if folder.is_dir() and folder.name not in keep:
                    shutil.rmtree(folder, ignore_errors=True)


class OrderedSaver:
    """Saves drafts from worker threads without an older save overwriting a newer one (saves
    may finish out of order on a thread pool): each save carries a sequence number."""

    def __init__(self, store: DraftStore) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._next = 0
        self._written = -1
        self._discarded: set[str] = set()

    def ticket(self) -> int:
        """A sequence number for the save about to be scheduled (call on one thread)."""
        self._next += 1
        return self._next

    def save(self, report: ProblemReport, seq: int) -> bool:
        """Save unless a newer save already happened or the draft was discarded since."""
        with self._lock:
            if seq <= self._written or report.report_id in self._discarded:
                return False
            self._store.save(report)
            self._written = seq
            return True

    def discard(self, report_id: str) -> None:
        """Forget the draft; later saves of it (still queued) are dropped."""
        with self._lock:
            self._discarded.add(report_id)
            self._store.discard(report_id)


class Debouncer:
    """Saves at most once per ``delay`` seconds of quiet typing, and never loses the last edit.

    ``changed(report)`` on every edit; ``poll()`` on a timer (or ``flush()`` on close) saves when
    the user paused for ``delay`` seconds, or when ``max_delay`` passed since the first unsaved
    edit (someone typing without pause still gets saved)."""

    def __init__(self, save: Callable[[ProblemReport], object], clock: Callable[[], float], *,
                 delay: float = 1.0, max_delay: float = 5.0) -> None:
        self._save = save
        self._clock = clock
        self.delay = delay
        self.max_delay = max_delay
        self._pending: ProblemReport | None = None
        self._first = 0.0
        self._last = 0.0

    @property
    def pending(self) -> bool:
        """True while an edit is not saved yet."""
        return self._pending is not None

    def changed(self, report: ProblemReport) -> None:
        """Note an edit."""
        now = self._clock()
        if self._pending is None:
            self._first = now
        self._pending = report
        self._last = now

    def seconds_until_due(self) -> float | None:
        """How long until :meth:`poll` would save (None when nothing is pending)."""
        if self._pending is None:
            return None
        now = self._clock()
        due = min(self._last + self.delay, self._first + self.max_delay)
        return max(0.0, due - now)

    def poll(self) -> bool:
        """Save if due; True when it saved."""
        wait = self.seconds_until_due()
        if wait is None or wait > 0:
            return False
        return self.flush()

    def flush(self) -> bool:
        """Save the pending edit now (closing, sending); True when there was one."""
        report, self._pending = self._pending, None
        if report is None:
            return False
        self._save(report)
        return True
