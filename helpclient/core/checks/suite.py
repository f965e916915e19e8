"""Which checks run: built from the settings (the helpdesk, the URLs and the VPN IT lists, the
current program versions) over the probes the composition root chose for this OS."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from helpclient.core.checks.model import Check, Now, utc_now
from helpclient.core.checks.network import (
    connection_check,
    dns_check,
    helpdesk_check,
    proxy_check,
    services_check,
    vpn_check,
)
from helpclient.core.checks.printing import printing_check
from helpclient.core.checks.probes import MachineProbe, NetworkProbe, PrintProbe, ServerProbe
from helpclient.core.checks.system import cpu_check, disk_check, memory_check
from helpclient.core.checks.upkeep import clock_check, restart_check, version_check
from helpclient.core.checks.versions import parse_current_versions
from helpclient.core.settings import Settings


@dataclass(frozen=True)
class CheckConfig:
    """What the settings say the checks should look at."""

    server_url: str = ""
    check_urls: tuple[str, ...] = ()
    vpn_interfaces: tuple[str, ...] = ()
    current_versions: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> CheckConfig:
        """``server.url``, ``sysinfo.check_urls``, ``checks.vpn_interfaces`` and
        ``checks.current_versions`` as they are now."""
        urls = str(settings.get("sysinfo.check_urls"))
        return cls(str(settings.get("server.url")).strip(),
                   tuple(u.strip() for u in urls.split(",") if u.strip()),
                   tuple(p.strip() for p in settings.get("checks.vpn_interfaces") if p.strip()),
                   tuple(parse_current_versions(settings.get("checks.current_versions"))))


@dataclass(frozen=True)
class Probes:
    """The platform's and the network's answers: what the checks ask (``cores``: logical
    processors; ``now``: the local clock)."""

    network: NetworkProbe
    server: ServerProbe
    machine: MachineProbe
    printing: PrintProbe
    cores: int = 1
    now: Now = field(default=utc_now)


def build_checks(config: CheckConfig, probes: Probes, *, program: str = "",
                 program_version: str = "") -> list[Check]:
    """The checks that apply, in the order they are listed: the network from the cable up,
    then the machine, then upkeep. ``program`` and ``program_version``: what the user picked
    in the report wizard (its version is then checked against IT's list)."""
    urls = [u for u in (config.server_url, *config.check_urls) if u]
    checks = [connection_check(probes.network)]
    if urls:
        checks.append(dns_check(probes.server, urls))
    if config.server_url:
        checks.append(helpdesk_check(probes.server, config.server_url))
    if config.check_urls:
        checks.append(services_check(probes.server, config.check_urls))
    checks.append(proxy_check(probes.network))
    if config.vpn_interfaces:
        checks.append(vpn_check(probes.network, config.vpn_interfaces))
    checks += [disk_check(probes.machine), memory_check(probes.machine),
               cpu_check(probes.machine, probes.cores)]
    if config.server_url:
        checks.append(clock_check(probes.server, config.server_url, probes.now))
    checks += [restart_check(probes.machine), printing_check(probes.printing, probes.now)]
    version = program_checks(config, program, program_version)
    return checks + list(version)


def program_checks(config: CheckConfig, program: str, program_version: str) -> Sequence[Check]:
    """The program-version check alone (the wizard runs it when the user picks a program)."""
    if not program.strip():
        return []
    check = version_check(program.strip(), program_version, config.current_versions)
    return [check] if check is not None else []
