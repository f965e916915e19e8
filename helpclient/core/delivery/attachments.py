"""Attachments against the helpdesk's size limit: which files are too large, and compressing
one into a ZIP when that makes it fit (text and logs shrink a lot; PNG and JPEG hardly at all).

RT refuses or cuts files over ``$MaxAttachmentSize`` (10 MB by default); the limit is the
``outbox.max_attachment_mb`` setting. The wizard checks before sending, the sender again before
uploading.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from helpclient.core.storage.atomic import atomic_open


@dataclass(frozen=True)
class Oversize:
    """One attached file larger than the helpdesk accepts."""

    path: Path
    size: int
    limit: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class Compressed:
    """The result of :func:`compress_to_fit`: the ZIP (``None`` when it was still too large and
    therefore removed again), its size and whether it fits the limit."""

    path: Path | None
    size: int
    fits: bool


def find_oversized(paths: Iterable[Path], limit: int) -> tuple[Oversize, ...]:
    """The files among ``paths`` larger than ``limit`` bytes (none when ``limit`` <= 0, which
    means no limit). A missing or unreadable file is skipped: the upload reports it."""
    if limit <= 0:
        return ()
    found = []
    for path in paths:
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size > limit:
            found.append(Oversize(path, size, limit))
    return tuple(found)


def compress(path: Path, out_dir: Path) -> Path:
    """Write ``<out_dir>/<name>.zip`` holding ``path`` (deflate, level 9), atomically: the ZIP
    is complete or absent. Streams from disk, so a large file needs no memory. An existing ZIP
    of another file with the same name is not overwritten: the new one gets a number."""
    target = out_dir / f"{path.name}.zip"
    number = 1
    while target.exists():
        number += 1
        target = out_dir / f"{path.stem}-{number}{path.suffix}.zip"
    with atomic_open(target, 0o600) as raw, \
            zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.write(path, arcname=path.name)
    return target


def compress_to_fit(path: Path, out_dir: Path, limit: int) -> Compressed:
    """Compress ``path``; keep the ZIP only if it fits ``limit`` bytes (<= 0: no limit), else
    delete it and say how large it still was. Blocking: run it on a worker thread."""
    zipped = compress(path, out_dir)
    size = zipped.stat().st_size
    if limit > 0 and size > limit:
        zipped.unlink(missing_ok=True)
        return Compressed(None, size, fits=False)
    return Compressed(zipped, size, fits=True)


def megabytes(size: int) -> str:
    """``size`` bytes as the "14.2" of "14.2 MB" (decimal megabytes, like the setting)."""
    return f"{size / 1_000_000:.1f}"
