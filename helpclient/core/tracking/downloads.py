"""Saving an attachment into the user's downloads folder under a name the helpdesk chose.

That name is hostile until proven otherwise: it may climb out of the folder (``../../x``), be
absolute, name a Windows device (``CON``, ``LPT1.txt``), carry control or bidirectional
characters that disguise its extension (``invoice\u202efdp.exe``), be empty, or be longer than a
file system allows. ``safe_filename`` turns any of these into a plain, harmless name;
``save_download`` writes the content beside existing files, never over them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
    *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
    "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³",
}
# Characters forbidden on Windows, plus both separators everywhere.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
# Most file systems allow 255 bytes per name; leave room for " (99)".
_MAX_BYTES = 200
FALLBACK_NAME = "attachment"


def _is_unsafe_char(char: str) -> bool:
    # Cc: control characters; Cf: format characters, among them the bidirectional overrides
    # (U+202E) and zero-width joiners that make "exe" look like "pdf"; Zl/Zp: line breaks.
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")


def _truncate(stem: str, suffix: str) -> tuple[str, str]:
    if len(suffix.encode()) > 20:  # a "suffix" that long is just part of the name
        stem, suffix = stem + suffix, ""
    while len((stem + suffix).encode()) > _MAX_BYTES and stem:
        stem = stem[:-1]
    return stem.rstrip(" ."), suffix


def safe_filename(name: str) -> str:
    """A harmless file name for ``name``: no folders, no control or direction characters, no
    reserved device name, not hidden, not empty, at most 200 bytes of UTF-8."""
    name = unicodedata.normalize("NFC", name or "")
    # Only the last component counts: "../../etc/passwd" → "passwd", "C:\\x\\y.txt" → "y.txt".
    name = re.split(r"[/\\]", name)[-1]
    name = "".join("_" if _is_unsafe_char(c) else c for c in name)
    name = _FORBIDDEN.sub("_", name)
    # Windows drops trailing dots and spaces, so "a.exe." would become "a.exe"; leading dots
    # hide files on Unix, and "." / ".." are the directories themselves.
    name = name.strip(" .")
    if not name.strip("_"):
        name = FALLBACK_NAME
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    base = stem.split(".")[0].rstrip(" ")
    if base.upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    stem, suffix = _truncate(stem, suffix)
    if not stem:
        stem = FALLBACK_NAME
    return stem + suffix


def unique_path(folder: Path, filename: str) -> Path:
    """``folder/filename``, or ``folder/stem (2).ext`` … when that exists."""
    candidate = folder / filename
    stem, suffix = Path(filename).stem, Path(filename).suffix
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem} ({number}){suffix}"
        number += 1
    return candidate


def save_download(folder: Path, name: str, chunks: Iterable[bytes]) -> Path:
    """Write ``chunks`` to a new file in ``folder`` named after ``name`` (sanitized, made
    unique). Never overwrites: the file is created exclusively, and a half-written file is
    removed when the download fails."""
    folder.mkdir(parents=True, exist_ok=True)
    filename = safe_filename(name)
    resolved_folder = folder.resolve()
    while True:
        target = unique_path(folder, filename)
        # belt and braces: the sanitizer already removed separators
        if target.resolve().parent != resolved_folder:
            raise ValueError(f"refusing to write outside {folder}: {name!r}")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o600)
        except FileExistsError:  # created meanwhile by someone else: take the next number
            continue
        break
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target
