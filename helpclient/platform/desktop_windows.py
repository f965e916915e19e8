"""Other applications' windows, for "screenshot of one window" (X11 through xwininfo and xdotool;
other desktops have no list, so only whole screens are offered there)."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass

from helpclient.platform.software import RunTool, run_tool

MIN_SIZE = 50  # smaller windows are tooltips, selection owners and other helpers


@dataclass(frozen=True)
class DesktopWindow:
    """A top-level window: its X11 id and title."""

    window_id: int
    title: str


_LINE = re.compile(r'^\s*(?P<id>0x[0-9a-f]+) "(?P<title>(?:[^"\\]|\\.)*)": \((?P<cls>[^)]*)\)'
                   r"\s+(?P<w>\d+)x(?P<h>\d+)")


def parse_xwininfo_tree(text: str) -> dict[int, str]:
    """``xwininfo -root -tree`` → {window id: title} of named, classed, not tiny windows."""
    windows: dict[int, str] = {}
    for line in text.splitlines():
        match = _LINE.match(line)
        if not match or not match["cls"].strip():
            continue
        if int(match["w"]) < MIN_SIZE or int(match["h"]) < MIN_SIZE:
            continue
        windows[int(match["id"], 16)] = match["title"].replace('\\"', '"')
    return windows


def parse_xdotool_ids(text: str) -> list[int]:
    """``xdotool search --onlyvisible …``: one decimal window id per line."""
    return [int(line) for line in text.split() if line.isdigit()]


def list_windows(run: RunTool = run_tool, platform: str = sys.platform,
                 exclude_titles: frozenset[str] = frozenset()) -> list[DesktopWindow]:
    """Visible top-level windows other than ``exclude_titles``; empty where unsupported."""
    if not platform.startswith("linux"):
        return []
    try:
        named = parse_xwininfo_tree(run(("xwininfo", "-root", "-tree"), 1.0))
        visible = parse_xdotool_ids(run(("xdotool", "search", "--onlyvisible", "--name", "."),
                                        1.0))
    except (OSError, subprocess.SubprocessError):
        return []
    return [DesktopWindow(wid, named[wid]) for wid in visible
            if wid in named and named[wid] not in exclude_titles]
