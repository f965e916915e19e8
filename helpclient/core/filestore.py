"""Content-addressed copies of attachments (``<store>/<sha256>/<original name>``), shared by the
outbox and drafts: a file is copied once however many reports keep it, and a copy is complete
(written, fsynced, renamed into place) before anyone records it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path

CHUNK = 1024 * 1024


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
