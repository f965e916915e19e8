"""Freed memory goes back to the system: glibc keeps freed heap pages below a live allocation
until ``malloc_trim`` hands them back."""

from __future__ import annotations

import os
import sys

import pytest

from helpclient.platform.memory import release_free_heap

PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_free_pages_of_the_heap_are_given_back():
    release_free_heap()
    # 64 MiB in 2 KiB blocks (from malloc's heap: not pymalloc's, not mmap'ed), of which one in
    # sixteen stays, as a day's work leaves some objects behind: free() cannot shrink the heap
    blocks = [bytes(2048) for _ in range(32_768)]
    kept = blocks[::16]
    del blocks
    before = resident_bytes()
    assert release_free_heap()
    after = resident_bytes()
    assert before - after > 32 * 2**20, (before, after)
    assert len(kept) == 2048
