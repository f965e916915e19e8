"""Giving freed memory back to the system once a burst of work is over.

Python frees what a poll, a sync or a closed window used, but glibc keeps the freed pages of its
heap for the next allocation: an app that idles all day in the tray would hold the high-water
mark of its busiest moment. ``malloc_trim(0)`` hands the free pages back (under a millisecond here).
Elsewhere (macOS, Windows, musl) there is no such call and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")  # glibc's soname; find_library would run ldconfig
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_heap() -> bool:
    """Return the C heap's free pages to the system; False where this platform cannot."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
