"""Is the machine on battery, is the session idle? The poller slows down when either is true.

Linux answers from sysfs (``/sys/class/power_supply``) and logind (``loginctl``); elsewhere,
and whenever the answer is unknown, both are False: an unknown state must not slow polling.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpclient.core.tracking.poll_policy import PowerState

POWER_SUPPLY = Path("/sys/class/power_supply")


def on_battery(root: Path = POWER_SUPPLY) -> bool:
    """True when a battery exists and no mains adapter is online."""
    try:
        supplies = list(root.iterdir())
    except OSError:
        return False
    kinds: dict[str, list[Path]] = {}
    for supply in supplies:
        try:
            kind = (supply / "type").read_text().strip()
        except OSError:
            continue
        kinds.setdefault(kind, []).append(supply)
    if "Battery" not in kinds:
        return False  # a desktop
    for adapter in kinds.get("Mains", []) + kinds.get("USB", []):
        try:
            if (adapter / "online").read_text().strip() == "1":
                return False
        except OSError:
            continue
    return bool(kinds.get("Mains") or kinds.get("USB"))


def session_idle(session_id: str | None = None) -> bool:
    """True when logind says the session is idle or locked (Linux); False when unknown."""
    session_id = session_id or os.environ.get("XDG_SESSION_ID")
    if not sys.platform.startswith("linux") or not session_id:
        return False
    try:
        out = subprocess.run(
            ["loginctl", "show-session", session_id, "-p", "IdleHint", "-p", "LockedHint"],
            capture_output=True, text=True, timeout=3, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "IdleHint=yes" in out or "LockedHint=yes" in out


def power_state() -> PowerState:
    """Both answers at once (blocks briefly: call it off the GUI thread)."""
    return PowerState(on_battery=on_battery(), idle=session_idle())
