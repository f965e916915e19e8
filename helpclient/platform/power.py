"""Is the machine on battery? The poller slows down when it is.

Linux answers from sysfs (``/sys/class/power_supply``); elsewhere, and whenever the answer is
unknown, False: an unknown state must not slow polling. (Whether anybody is at the computer is
``presence``'s question.)
"""

from __future__ import annotations

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


def power_state() -> PowerState:
    """The answer (reads sysfs: call it off the GUI thread)."""
    return PowerState(on_battery=on_battery())
