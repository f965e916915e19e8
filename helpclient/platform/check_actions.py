"""The safe actions the quick checks offer, for this OS: open the network settings, open a disk
clean-up (or disk usage) tool, restart a stuck print queue (CUPS: stop and start it, which
sends the waiting job to the printer again). Each is offered only where its tool exists.

The Windows and macOS commands are the documented settings URIs and tools, untested there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence

from helpclient.core.checks.model import SafeAction
from helpclient.platform.software import RunTool, run_tool

# first found wins: GNOME, KDE, Cinnamon, then NetworkManager's own editor
LINUX_NETWORK_TOOLS = (("gnome-control-center", "network"),
                       ("systemsettings", "kcm_networkmanagement"),
                       ("cinnamon-settings", "network"), ("nm-connection-editor",))
LINUX_DISK_TOOLS = (("baobab",), ("filelight",), ("qdirstat",))
_COMMANDS: dict[str, dict[SafeAction, tuple[tuple[str, ...], ...]]] = {
    "win32": {SafeAction.OPEN_NETWORK_SETTINGS: (("explorer.exe", "ms-settings:network"),),
              SafeAction.OPEN_DISK_CLEANUP: (("cleanmgr.exe",),)},
    "darwin": {SafeAction.OPEN_NETWORK_SETTINGS: (
        ("open", "x-apple.systempreferences:com.apple.preference.network"),),
        SafeAction.OPEN_DISK_CLEANUP: (
            ("open", "x-apple.systempreferences:com.apple.settings.Storage"),)},
    "linux": {SafeAction.OPEN_NETWORK_SETTINGS: LINUX_NETWORK_TOOLS,
              SafeAction.OPEN_DISK_CLEANUP: LINUX_DISK_TOOLS},
}

# starts a program and returns at once (the settings window lives on without us)
Launch = Callable[[Sequence[str]], None]


def launch_detached(argv: Sequence[str]) -> None:
    """Start ``argv`` in its own session, its output discarded."""
    subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                     stderr=subprocess.DEVNULL, start_new_session=True)


class OsActions:
    """The safe actions available here, and doing them."""

    def __init__(self, platform: str = sys.platform,
                 which: Callable[[str], str | None] = shutil.which,
                 launch: Launch = launch_detached, run: RunTool = run_tool) -> None:
        self.platform = "linux" if platform.startswith("linux") else platform
        self._which = which
        self._launch = launch
        self._run = run

    def _command(self, action: SafeAction) -> tuple[str, ...] | None:
        for argv in _COMMANDS.get(self.platform, {}).get(action, ()):
            if self.platform != "linux" or self._which(argv[0]) is not None:
                return argv
        return None

    def available(self, action: SafeAction) -> bool:
        """True when this computer has what ``action`` needs."""
        if action is SafeAction.RESTART_PRINT_QUEUE:
            return self.platform != "win32" and self._which("cupsenable") is not None
        return self._command(action) is not None

    def perform(self, action: SafeAction, target: str = "") -> None:
        """Do ``action`` (on ``target``, a print queue's name). Blocking for the print queue;
        OSError (or a subprocess error) when it fails."""
        if action is SafeAction.RESTART_PRINT_QUEUE:
            if not target or target.startswith("-"):
                raise ValueError(f"not a print queue: {target!r}")
            self._run(("cupsdisable", target), 5.0)
            self._run(("cupsenable", target), 5.0)
            return
        argv = self._command(action)
        if argv is None:
            raise FileNotFoundError(f"nothing to {action.value} on this computer")
        self._launch(argv)
