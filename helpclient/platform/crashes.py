"""The crash records of this computer's OS, behind core's
:class:`helpclient.core.crashes.model.CrashSource`; the implementation is imported when chosen."""

from __future__ import annotations

import sys

from helpclient.core.crashes.model import CrashSource


def crash_source(system: str = sys.platform, language: str = "") -> CrashSource | None:
    """The crash records of ``system`` (``sys.platform``): the systemd journal on Linux, the
    Application event log on Windows, DiagnosticReports on macOS; None elsewhere. ``language``
    names programs as the menus do in that language (Linux)."""
    if system.startswith("linux"):
        from helpclient.platform.crashes_linux import LinuxCrashSource  # noqa: PLC0415

        return LinuxCrashSource(language=language)
    if system == "win32":
        from helpclient.platform.crashes_windows import WindowsCrashSource  # noqa: PLC0415

        return WindowsCrashSource()
    if system == "darwin":
        from helpclient.platform.crashes_macos import MacCrashSource  # noqa: PLC0415

        return MacCrashSource()
    return None
