"""Content-addressed copies of attachments (``<store>/<sha256>/<original name>``), shared by the
outbox and drafts: a file is copied once however many reports keep it, and a copy is complete
(written, fsynced, renamed into place) before anyone records it."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
from pathlib import Path

CHUNK = 1024 * 1024

log = logging.getLogger(__name__)


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def store_copy(source: Path, store: Path, incoming: Path) -> Path:
    """Copy ``source`` into ``store`` under its content hash and return the copy; ``incoming``
    (on the same file system) holds the partial file, so a crash leaves no half copy in
    ``store``."""
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=incoming, prefix=".incoming-")
    tmp = Path(tmp_name)
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        folder = store / digest.hexdigest()
        folder.mkdir(exist_ok=True)
        target = folder / source.name
        if target.exists():
            tmp.unlink()
        else:
            os.replace(tmp, target)
            fsync_dir(folder)
        return target
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def remove_older_than(folder: Path, max_age_s: float, now: float) -> int:
    """Remove the files and folders directly in ``folder`` last changed more than
    ``max_age_s`` seconds before ``now`` (younger ones may still be in use); a missing folder
    holds nothing. Returns how many entries went; one that cannot go is logged and skipped."""
    removed = 0
    try:
        entries = list(folder.iterdir())
    except OSError:
        return 0
    for entry in entries:
        try:
            if now - entry.lstat().st_mtime <= max_age_s:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed += 1
        except OSError as exc:
            log.warning("could not remove old file %s: %s", entry, exc)
    return removed
