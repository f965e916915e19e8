"""What keeping the knowledge base current remembers between runs, so that a start (and every
minute's look at the folders) with nothing new opens no index: a fingerprint of the article
folders as last imported, and when each helpdesk's articles were last synced.

Kept in a small JSON file beside the index; a lost or damaged file only means one more import
or sync. Only the standard library is imported here: the app checks this while idle.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from helpclient.core.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")


def folder_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """A cheap fingerprint of a folder's article files (name, size, mtime): when it changes,
    the folder is re-imported (polling works on network drives, where change
    notifications often do not)."""
    try:
        files = [(str(p), st) for p in folder.expanduser().rglob("*")
                 if p.suffix.lower() in ARTICLE_SUFFIXES and (st := _stat(p)) is not None]
    except OSError:
        return ()
    return tuple(sorted((name, st.st_size, st.st_mtime_ns) for name, st in files))


def _stat(path: Path) -> os.stat_result | None:
    """A regular file's stat, in one call (on a network drive each is a round trip, every
    minute); None for a folder, a broken link or a file gone meanwhile."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found if stat.S_ISREG(found.st_mode) else None


def folders_fingerprint(folders: Sequence[Path]) -> str:
    """One digest of which folders are wanted and of their files."""
    described = [(str(folder), folder_signature(folder)) for folder in folders]
    return hashlib.sha256(repr(described).encode()).hexdigest()


@dataclass
class UpkeepState:
    """The state in ``path``: ``folders`` is the fingerprint last imported ("" unknown),
    ``synced`` the time (epoch seconds) each helpdesk URL's articles were last synced."""

    path: Path
    folders: str = ""
    synced: dict[str, float] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> UpkeepState:
        """The saved state; an empty one when the file is missing or not understood."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            folders = data.get("folders", "")
            synced = {str(url): float(at) for url, at in data.get("synced", {}).items()}
        except (OSError, ValueError, AttributeError, TypeError) as exc:
            if path.exists():
                log.info("knowledge-base upkeep state not read (%s): starting afresh", exc)
            return cls(path)
        return cls(path, folders if isinstance(folders, str) else "", synced)

    def save(self) -> None:
        """Write it (atomically); a failure is logged: the next run does the work again."""
        data = json.dumps({"folders": self.folders, "synced": self.synced}).encode()
        try:
            atomic_write_bytes(self.path, data)
        except OSError as exc:
            log.warning("knowledge-base upkeep state not saved: %s", exc)
