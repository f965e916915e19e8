"""The collector set for this computer: each collector with its name, privacy class, timeout,
OSes and the one line that tells the user why support needs it.

``app.py`` and ``cli.py`` call :func:`build_collectors` and pass the list to core's runner; there
is no registry. OS-specific collectors are chosen by ``platform`` (``sys.platform`` style).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helpclient.core.checks.probes import ServerProbe
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.redact import Identity
from helpclient.core.sysinfo.collect import Collector, ItemData, Privacy
from helpclient.platform import events, machine, network, software

LOG_TAIL_LINES = 200


@dataclass(frozen=True)
class CollectContext:
    """What collectors need from the app: where to check connectivity, HelpClient's own facts,
    and the displays (known only to the Qt side, so passed in)."""

    app_version: str = ""
    server_url: str = ""
    check_urls: tuple[str, ...] = ()
    ntp_server: str = ""
    settings: Mapping[str, Any] = field(default_factory=dict)
    log_file: Path | None = None
    displays: tuple[Mapping[str, Any], ...] | None = None
    run: software.RunTool = software.run_tool
    mac_app_roots: tuple[Path, ...] = (Path("/Applications"), Path.home() / "Applications")
    #: the app's own way to servers (its proxy, its trust): the connection checks take it
    server: ServerProbe | None = None


def log_tail(path: Path | None, lines: int = LOG_TAIL_LINES) -> str:
    """The last ``lines`` lines of HelpClient's log (read from the end, so a big log is cheap)."""
    if path is None or not path.exists():
        return "(no log file yet)\n"
    with path.open("rb") as f:
        f.seek(0, 2)
        size = f.tell()
        f.seek(max(0, size - 256_000))
        text = f.read().decode("utf-8", "replace")
    return "\n".join(text.splitlines()[-lines:]) + "\n"


def _software(ctx: CollectContext, platform: str) -> Callable[[], ItemData]:
    def collect() -> ItemData:
        if platform == "win32":
            return software.software_item(software.windows_software(ctx.run))
        if platform == "darwin":
            return software.software_item(software.mac_applications(ctx.mac_app_roots))
        return software.software_item(software.linux_software(ctx.run))
    return collect


def _errors(ctx: CollectContext, platform: str) -> Callable[[], ItemData]:
    def collect() -> ItemData:
        if platform == "win32":
            return events.windows_errors(ctx.run)
        if platform == "darwin":
            return events.mac_errors(ctx.run)
        return events.linux_errors(ctx.run)
    return collect


def _network(ctx: CollectContext, platform: str) -> ItemData:
    data = network.collect_network()
    assert isinstance(data, dict)
    # psutil gives interfaces everywhere; DNS, gateway and proxy come from each OS's tools
    return {**data, **network.os_network_settings(ctx.run, platform)}


def _printers(ctx: CollectContext, platform: str) -> ItemData:
    if platform == "win32":
        return events.windows_printers(ctx.run)
    return events.cups_printers(ctx.run)


def _clock(ctx: CollectContext) -> ItemData:
    clock: dict[str, Any] = {}
    try:
        clock["timedatectl"] = events.parse_timedatectl(ctx.run(("timedatectl", "show"), 1.0))
    except (OSError, ValueError, subprocess.SubprocessError) as exc:
        # containers and machines without systemd have no timedatectl answer
        clock["note"] = f"clock synchronisation unknown: {type(exc).__name__}"
    if ctx.ntp_server:
        try:
            clock["ntp"] = network.sntp_offset(ctx.ntp_server)
        except (OSError, ValueError) as exc:
            clock["ntp"] = {"server": ctx.ntp_server, "error": f"{type(exc).__name__}: {exc}"}
    return clock


def _locale(ctx: CollectContext) -> ItemData:
    data = machine.collect_locale()
    assert isinstance(data, dict)
    return {**data, "clock": _clock(ctx)}


def _helpclient(ctx: CollectContext) -> ItemData:
    return {"version": ctx.app_version, "python": sys.version.split()[0],
            "settings": dict(ctx.settings)}


def _displays(ctx: CollectContext) -> ItemData:
    if ctx.displays is None:
        return {"note": "screens are only known to the desktop app"}
    return {"count": len(ctx.displays), "screens": [dict(d) for d in ctx.displays]}


def build_collectors(ctx: CollectContext, platform: str = sys.platform) -> list[Collector]:
    """Every collector for ``platform``, wired to ``ctx``."""
    key = "linux" if platform.startswith("linux") else platform
    tech, personal = Privacy.TECHNICAL, Privacy.PERSONAL
    urls = tuple(u for u in (ctx.server_url, *ctx.check_urls) if u)
    collectors = [
        Collector("os", QT_TRANSLATE_NOOP("SystemInfo", "Operating system"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Many problems depend on the exact system version."),
            tech, machine.collect_os, 1.0, optional=False, summarize=machine.summarize_os),
        Collector("machine", QT_TRANSLATE_NOOP("SystemInfo", "Computer model and name"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Identifies your computer in the IT inventory."),
                  personal, machine.collect_machine, 1.0),
        Collector("user", QT_TRANSLATE_NOOP("SystemInfo", "User account"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Account problems depend on who is signed in."),
            personal, machine.collect_user, 1.0),
        Collector("uptime", QT_TRANSLATE_NOOP("SystemInfo", "Uptime and last start"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Some problems go away with a restart; this tells support "
                      "when the last one was."),
                  tech, machine.collect_uptime, 1.0, summarize=machine.summarize_uptime),
        Collector("cpu", QT_TRANSLATE_NOOP("SystemInfo", "Processor and load"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Shows whether the computer is overloaded."),
            tech, machine.collect_cpu, 1.0, summarize=machine.summarize_cpu),
        Collector("memory", QT_TRANSLATE_NOOP("SystemInfo", "Memory"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Too little free memory slows everything."),
            tech, machine.collect_memory, 1.0, summarize=machine.summarize_memory),
        Collector("disks", QT_TRANSLATE_NOOP("SystemInfo", "Disks and free space"),
                  QT_TRANSLATE_NOOP("SystemInfo", "A full disk causes many strange errors."),
                  tech, machine.collect_disks, 1.5, summarize=machine.summarize_disks),
        Collector("battery", QT_TRANSLATE_NOOP("SystemInfo", "Battery"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Power saving can slow down or disconnect a laptop."),
            tech, machine.collect_battery, 1.0),
        Collector("displays", QT_TRANSLATE_NOOP("SystemInfo", "Screens"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Display problems depend on resolution and scaling."),
            tech, lambda: _displays(ctx), 0.5),
        Collector("network", QT_TRANSLATE_NOOP("SystemInfo", "Network settings"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Addresses, DNS, gateway, proxy and VPN explain most "
                      "connection problems."),
                  tech, lambda: _network(ctx, key), 2.5, summarize=network.summarize_network),
        Collector("connectivity", QT_TRANSLATE_NOOP("SystemInfo", "Connection checks"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Shows whether the helpdesk and company services can be "
                      "reached."),
                  tech, lambda: network.collect_connectivity(urls, server=ctx.server), 2.0,
                  summarize=network.summarize_connectivity),
        Collector("software", QT_TRANSLATE_NOOP("SystemInfo", "Installed software"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Support checks which programs and versions are installed."),
                  tech, _software(ctx, key), 3.5, summarize=software.summarize_software),
        Collector("processes", QT_TRANSLATE_NOOP("SystemInfo", "Busiest programs"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Shows which programs use the most processor time and "
                      "memory."),
                  personal, machine.collect_processes, 2.0),
        Collector("system_errors", QT_TRANSLATE_NOOP("SystemInfo", "Recent system errors"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Errors the system logged in the last 24 hours often name "
                      "the cause."),
                  tech, _errors(ctx, key), 3.5),
        Collector("printers", QT_TRANSLATE_NOOP("SystemInfo", "Printers"), QT_TRANSLATE_NOOP(
            "SystemInfo", "Printer names and stuck print jobs."),
            tech, lambda: _printers(ctx, key), 3.5),
        Collector("locale", QT_TRANSLATE_NOOP("SystemInfo", "Language, time zone and clock"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Wrong time or language settings break sign-ins and "
                      "documents."),
                  tech, lambda: _locale(ctx), 1.5),
        Collector("helpclient", QT_TRANSLATE_NOOP("SystemInfo", "HelpClient version and settings"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Lets support check how HelpClient itself is set up."),
                  tech, lambda: _helpclient(ctx), 0.5, optional=False),
        Collector("helpclient_log", QT_TRANSLATE_NOOP("SystemInfo", "HelpClient log (last lines)"),
                  QT_TRANSLATE_NOOP(
                      "SystemInfo", "Shows what HelpClient did just before the problem."),
                  tech, lambda: log_tail(ctx.log_file), 1.0),
    ]
    return collectors


def collector_names(collectors: Sequence[Collector]) -> list[str]:
    """The names, in order (for help texts and policy documentation)."""
    return [c.name for c in collectors]


def local_identity() -> Identity:
    """This user's and computer's identifying names, for anonymisation."""
    import getpass  # noqa: PLC0415
    import socket  # noqa: PLC0415

    host = socket.gethostname()
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = ""
    return Identity(user_names=(login,), host_names=(host, host.split(".")[0], socket.getfqdn()),
                    home_dirs=(str(Path.home()),))
