"""Plain words for the ways the disk refuses a write, shared by every store (outbox, drafts)."""

from __future__ import annotations

import errno


def describe_os_error(exc: OSError) -> str:
    """Plain words for a storage failure (disk full, read-only, no permission)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "HelpClient may not write to its data folder"
    return exc.strerror or str(exc)
