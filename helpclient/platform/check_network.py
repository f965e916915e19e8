"""The network facts the quick checks ask for (core's ``NetworkProbe``): interfaces from
psutil, the default gateway from the routing table, proxy settings from the environment and
the system (Windows' Internet Settings, macOS' ``scutil --proxy``).

Everything the OS is asked goes through the constructor's arguments, so tests fake the OS
itself: psutil's answers, the route files, the tools' output. The Windows and macOS branches
are written against their tools' documented output and tested only with recorded text.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import psutil

from helpclient.core.checks.probes import Interface, Proxies, ProxySetting
from helpclient.platform.network import (
    DEFAULT_ROUTE,
    INTERNET_SETTINGS,
    parse_reg_values,
    parse_route_get,
    parse_route_print,
    parse_scutil_proxy,
    proc_route_gateway,
)
from helpclient.platform.software import RunTool, run_tool

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")


def _usable_address(address: str) -> bool:
    """An address that means "connected": not link-local (IPv6 fe80::, or IPv4 169.254.x.x
    that Windows and macOS give when no DHCP server answered), not loopback."""
    try:
        ip = ipaddress.ip_address(address.split("%", maxsplit=1)[0])
    except ValueError:
        return False
    return not (ip.is_link_local or ip.is_loopback)


def ipv6_default_route(text: str) -> str | None:
    """``/proc/net/ipv6_route``: the next hop of a ``::/0`` route (``::`` for a point-to-point
    link), or None."""
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 10 and fields[0] == "0" * 32 and fields[1] == "00" \
                and fields[9] != "lo":
            return str(ipaddress.IPv6Address(int(fields[4], 16)))
    return None


def windows_proxy(values: Mapping[str, str]) -> list[ProxySetting]:
    """The system proxy of ``reg query …\\Internet Settings``: ``ProxyServer`` is either one
    ``host:port`` or ``http=host:port;https=host:port``."""
    if values.get("ProxyEnable", "0x0").lower() not in ("0x1", "1"):
        return []
    server = values.get("ProxyServer", "").strip()
    if "=" not in server:
        return [ProxySetting("system", server)] if server else []
    found = []
    for part in server.split(";"):
        scheme, sep, address = part.partition("=")
        if sep and address.strip():
            found.append(ProxySetting(f"system ({scheme.strip()})", address.strip()))
    return found


def mac_proxy(values: Mapping[str, str]) -> list[ProxySetting]:
    """The system proxy of ``scutil --proxy`` (HTTP and HTTPS, where enabled)."""
    found = []
    for kind in ("HTTP", "HTTPS"):
        if values.get(f"{kind}Enable") == "1" and values.get(f"{kind}Proxy"):
            port = values.get(f"{kind}Port", "")
            found.append(ProxySetting(f"system ({kind.lower()})",
                                      values[f"{kind}Proxy"] + (f":{port}" if port else "")))
    return found


class OsNetwork:
    """``NetworkProbe`` for this computer."""

    def __init__(self, *, platform: str = sys.platform, environ: Mapping[str, str] | None = None,
                 run: RunTool = run_tool, proc: Path = Path("/proc/net"),
                 if_stats: Callable[[], dict[str, Any]] = psutil.net_if_stats,
                 if_addrs: Callable[[], dict[str, Any]] = psutil.net_if_addrs) -> None:
        self.platform = platform
        self.environ = os.environ if environ is None else environ
        self.run = run
        self.proc = proc
        self._stats = if_stats
        self._addrs = if_addrs

    def interfaces(self) -> list[Interface]:
        """Every interface psutil knows, with its usable addresses."""
        stats = self._stats()
        found = []
        for name, addrs in self._addrs().items():
            stat = stats.get(name)
            flags = str(getattr(stat, "flags", ""))
            addresses = tuple(str(a.address) for a in addrs
                              if a.family in (socket.AF_INET, socket.AF_INET6)
                              and _usable_address(str(a.address)))
            found.append(Interface(name, bool(stat and stat.isup), addresses,
                                   loopback="loopback" in flags or name in ("lo", "lo0")))
        return found

    def default_gateway(self) -> str | None:
        """The default route's gateway (IPv4, else IPv6); OSError when it cannot be read."""
        if self.platform == "win32":
            return parse_route_print(self._tool(("route", "print", "-4", DEFAULT_ROUTE)))
        if self.platform == "darwin":
            return parse_route_get(self._tool(("route", "-n", "get", "default")))
        gateway = proc_route_gateway((self.proc / "route").read_text(encoding="utf-8"))
        if gateway is None:
            try:
                text = (self.proc / "ipv6_route").read_text(encoding="utf-8")
            except FileNotFoundError:  # IPv6 switched off
                return None
            gateway = ipv6_default_route(text)
        return gateway

    def _tool(self, argv: Sequence[str]) -> str:
        try:
            return self.run(argv, 1.0)
        except OSError:
            raise
        except Exception as exc:  # a failing tool (exit status, time-out): cannot tell
            raise OSError(f"{argv[0]}: {exc}") from exc

    def proxies(self) -> Proxies:
        """The proxy variables of the environment (each spelling), then the system's; and,
        on Windows, the proxy switched on with neither a server nor a configuration script."""
        found = [ProxySetting(name, self.environ[name])
                 for base in PROXY_VARIABLES for name in (base, base.upper())
                 if self.environ.get(name, "").strip()]
        system, problem = self._system_proxies()
        return Proxies((*found, *system), problem)

    def _system_proxies(self) -> tuple[list[ProxySetting], str]:
        try:
            if self.platform == "win32":
                values = parse_reg_values(self._tool(("reg", "query", INTERNET_SETTINGS)))
                enabled = values.get("ProxyEnable", "0x0").lower() in ("0x1", "1")
                if enabled and not values.get("ProxyServer", "").strip() \
                        and not values.get("AutoConfigURL", "").strip():
                    return [], "ProxyEnable is 1 but ProxyServer is empty"
                return windows_proxy(values), ""
            if self.platform == "darwin":
                return mac_proxy(parse_scutil_proxy(self._tool(("scutil", "--proxy")))), ""
        except OSError:
            pass  # the system's settings cannot be read: the environment's still count
        return [], ""
