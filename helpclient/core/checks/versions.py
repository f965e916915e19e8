"""The program versions IT lists as current (policy ``checks.current_versions``: items like
``Firefox=128.0``) and comparing a program's version with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

_NUMBERS = re.compile(r"\d+(?:\.\d+)*")
_EPOCH = re.compile(r"^\d+:")  # Debian's "1:115.3" epoch is no part of what users see


def parse_current_versions(items: Sequence[str]) -> list[tuple[str, str]]:
    """``["Firefox=128.0", …]`` → ``[("Firefox", "128.0"), …]``; items without a name or a
    version are skipped (the name may hold "="; the version is after the last one)."""
    pairs = []
    for item in items:
        name, sep, version = str(item).rpartition("=")
        if sep and name.strip() and version.strip():
            pairs.append((name.strip(), version.strip()))
    return pairs


def version_numbers(version: str) -> tuple[int, ...] | None:
    """The leading dotted numbers of a version ("115.3.1esr-1" → (115, 3, 1)); None when it
    has none."""
    match = _NUMBERS.search(_EPOCH.sub("", version.strip()))
    if match is None:
        return None
    return tuple(int(part) for part in match[0].split("."))


def is_older(version: str, current: str) -> bool | None:
    """Whether ``version`` is older than ``current`` (missing parts count as 0); None when
    either has no numbers to compare."""
    mine, theirs = version_numbers(version), version_numbers(current)
    if mine is None or theirs is None:
        return None
    width = max(len(mine), len(theirs))
    return mine + (0,) * (width - len(mine)) < theirs + (0,) * (width - len(theirs))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def current_version_for(program: str, listed: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The listed (name, version) that names ``program``: the same name, or its words in the
    program's name ("Firefox" names "Mozilla Firefox"); the longest such name wins."""
    words = _words(program)
    found = []
    for name, version in listed:
        wanted = _words(name)
        if wanted and any(words[i:i + len(wanted)] == wanted
                          for i in range(len(words) - len(wanted) + 1)):
            found.append((name, version))
    return max(found, key=lambda pair: len(_words(pair[0])), default=None)
