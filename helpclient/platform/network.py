"""Network collectors: interfaces, DNS, gateway, proxies, VPNs, and connectivity checks."""

from __future__ import annotations

import os
import re
import socket
import ssl
import struct
import subprocess
import time
import urllib.request
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil

from helpclient.core.checks.probes import ServerProbe
from helpclient.core.i18n import QT_TRANSLATE_NOOP, Text
from helpclient.core.sysinfo.collect import ItemData, summary_line

_VPN_NAMES = re.compile(r"^(tun|tap|wg|ppp|ipsec|utun|vpn|nordlynx|gpd|cscotun)", re.I)


def resolv_conf(text: str) -> list[str]:
    """The ``nameserver`` lines of ``/etc/resolv.conf``."""
    servers = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "nameserver":
            servers.append(parts[1])
    return servers


def proc_route_gateway(text: str) -> str | None:
    """The default gateway from ``/proc/net/route`` (hex little-endian), or None."""
    for line in text.splitlines()[1:]:
        fields = line.split()
        if len(fields) >= 3 and fields[1] == "00000000":
            try:
                return socket.inet_ntoa(struct.pack("<L", int(fields[2], 16)))
            except (ValueError, struct.error):
                return None
    return None


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def collect_network() -> ItemData:
    """Interfaces with addresses and state, DNS servers, default gateway, proxies, VPNs."""
    stats = psutil.net_if_stats()
    interfaces = []
    for name, addrs in psutil.net_if_addrs().items():
        stat = stats.get(name)
        interfaces.append({
            "name": name, "up": bool(stat and stat.isup),
            "speed_mbps": stat.speed if stat else None,
            "addresses": [a.address for a in addrs
                          if a.family in (socket.AF_INET, socket.AF_INET6)],
            "vpn": bool(_VPN_NAMES.match(name)),
        })
    proxies = {k: v for k, v in urllib.request.getproxies().items()}
    return {"interfaces": interfaces, "dns_servers": resolv_conf(_read("/etc/resolv.conf")),
            "default_gateway": proc_route_gateway(_read("/proc/net/route")),
            "proxies": proxies, "no_proxy": os.environ.get("no_proxy", ""),
            "vpn_interfaces": [i["name"] for i in interfaces if i["vpn"] and i["up"]]}


def summarize_network(data: ItemData) -> list[Text]:
    """Interfaces up, gateway, DNS, VPN ("—" for none)."""
    assert isinstance(data, dict)
    up = [i["name"] for i in data["interfaces"] if i["up"] and i["name"] != "lo"]
    template = QT_TRANSLATE_NOOP("SystemInfo",
                                 "Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; "
                                 "VPN: {vpn}")
    return [summary_line(template, up=", ".join(up) or "—",
                         gateway=data["default_gateway"] or "—",
                         dns=", ".join(data["dns_servers"]) or "—",
                         vpn=", ".join(data["vpn_interfaces"]) or "—")]


def check_url(url: str, timeout: float = 1.5) -> dict[str, Any]:
    """DNS resolution, TCP connect and (for https) TLS handshake to ``url``'s host, timed."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    result: dict[str, Any] = {"url": f"{parts.scheme}://{host}:{port}", "ok": False}
    start = time.perf_counter()
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        result["dns_ms"] = round((time.perf_counter() - start) * 1000, 1)
        result["addresses"] = sorted({str(i[4][0]) for i in infos})
        start = time.perf_counter()
        with socket.create_connection((host, port), timeout=timeout) as sock:
            result["tcp_ms"] = round((time.perf_counter() - start) * 1000, 1)
            if parts.scheme == "https":
                start = time.perf_counter()
                context = ssl.create_default_context()
                with context.wrap_socket(sock, server_hostname=host) as tls:
                    result["tls_ms"] = round((time.perf_counter() - start) * 1000, 1)
                    result["tls_version"] = tls.version()
        result["ok"] = True
    except (OSError, ssl.SSLError) as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    return result


def reach_url(url: str, server: ServerProbe, timeout: float = 1.5) -> dict[str, Any]:
    """:func:`check_url`'s answer for ``url`` as the app itself connects (``server``: the
    proxy the app would take, its trust with the extra CA): whether it answered, through
    what, in how long, and the step that failed."""
    url = url if "://" in url else f"https://{url}"  # as check_url takes a bare name
    try:
        hop = server.first_hop(url)
    except ValueError as exc:
        return {"url": url, "ok": False, "failed_step": "address", "error": str(exc)}
    parts = urlsplit(url)  # a valid address by now
    port = parts.port or (443 if parts.scheme == "https" else 80)
    result: dict[str, Any] = {"url": f"{parts.scheme}://{parts.hostname}:{port}",
                              "via": hop.proxy or "direct"}
    reach = server.reach(url, timeout)
    result.update(ok=reach.ok, ms=round(reach.seconds * 1000, 1))
    if not reach.ok:
        result.update(failed_step=reach.failed_step, error=reach.reason)
    return result


def collect_connectivity(urls: Sequence[str], timeout: float = 1.5,
                         server: ServerProbe | None = None) -> ItemData:
    """Every URL checked in parallel: through the app's own path (``server``) when given,
    else with :func:`check_url`'s plain, direct connection."""
    targets = [u for u in dict.fromkeys(urls) if u.strip()]
    if not targets:
        return {"checks": [], "note": "no helpdesk server or policy URLs configured"}

    def check(url: str) -> dict[str, Any]:
        return check_url(url, timeout) if server is None else reach_url(url, server, timeout)

    with ThreadPoolExecutor(max_workers=min(8, len(targets))) as pool:
        checks = list(pool.map(check, targets))
    return {"checks": checks}


REACHED = QT_TRANSLATE_NOOP("SystemInfo", "Reach {url}: OK")
NOT_REACHED = QT_TRANSLATE_NOOP("SystemInfo", "Reach {url}: FAILED ({error})")


def summarize_connectivity(data: ItemData) -> list[Text]:
    """One line per checked URL."""
    assert isinstance(data, dict)
    return [summary_line(REACHED, url=c["url"]) if c["ok"]
            else summary_line(NOT_REACHED, url=c["url"], error=c.get("error"))
            for c in data["checks"]]


NTP_EPOCH_OFFSET = 2_208_988_800  # seconds from 1900 (NTP) to 1970 (Unix)


def sntp_offset(server: str, timeout: float = 1.0, port: int = 123) -> dict[str, Any]:
    """The clock's offset from an NTP server (one SNTP v4 request, RFC 4330): positive when
    this computer is behind. Wrong clocks break Kerberos and TLS sign-ins."""
    request = b"\x23" + 47 * b"\0"  # LI 0, version 4, mode 3 (client)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        sent = time.time()
        sock.sendto(request, (server, port))
        data, _ = sock.recvfrom(512)
        received = time.time()
    if len(data) < 48:
        raise ValueError("short NTP answer")
    seconds, fraction = struct.unpack("!II", data[40:48])  # the server's transmit time
    server_time = seconds - NTP_EPOCH_OFFSET + fraction / 2**32
    offset = server_time - (sent + received) / 2
    return {"server": server, "offset_seconds": round(offset, 3),
            "round_trip_ms": round((received - sent) * 1000, 1)}


# -- Windows and macOS: the same facts from their own tools --------------------------------------

# the default route's destination and mask in Windows' route table (text, not an address we bind)
DEFAULT_ROUTE = "0.0.0.0"  # noqa: S104
INTERNET_SETTINGS = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings"


def parse_reg_values(text: str) -> dict[str, str]:
    """``reg query <key>`` value lines → {name: value} (REG_DWORD stays as 0x…)."""
    values = {}
    for line in text.splitlines():
        match = re.match(r"^\s{4}(\S.*?)\s{4}REG_\w+\s{4}(.*)$", line)
        if match:
            values[match[1]] = match[2].strip()
    return values


def parse_route_print(text: str) -> str | None:
    """``route print -4 0.0.0.0``: the gateway of the first ``0.0.0.0 0.0.0.0`` route."""
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3 and fields[0] == fields[1] == DEFAULT_ROUTE:
            return fields[2]
    return None


def parse_ipconfig_dns(text: str) -> list[str]:
    """``ipconfig /all``: the DNS server lines (the first one labelled, the rest indented)."""
    servers: list[str] = []
    in_dns = False
    for line in text.splitlines():
        if "DNS Servers" in line:
            in_dns = True
            servers.append(line.partition(":")[2].strip())
        elif in_dns and line.startswith(" " * 20) and ":" not in line.replace("::", ""):
            servers.append(line.strip())
        else:
            in_dns = False
    return [s for s in dict.fromkeys(servers) if s]


def parse_scutil_proxy(text: str) -> dict[str, str]:
    """``scutil --proxy``: ``Key : value`` lines of the ``<dictionary>``."""
    values = {}
    for line in text.splitlines():
        key, sep, value = line.strip().partition(" : ")
        if sep and key.isidentifier():
            values[key] = value.strip()
    return values


def parse_scutil_dns(text: str) -> list[str]:
    """``scutil --dns``: every ``nameserver[n] : address``, once."""
    found = re.findall(r"nameserver\[\d+\]\s*:\s*(\S+)", text)
    return list(dict.fromkeys(found))


def parse_route_get(text: str) -> str | None:
    """macOS ``route -n get default``: the ``gateway:`` line."""
    match = re.search(r"^\s*gateway:\s*(\S+)", text, re.M)
    return match[1] if match else None


def os_network_settings(run: Callable[[Sequence[str], float], str],
                        platform: str) -> dict[str, Any]:
    """DNS servers, default gateway and system proxy of Windows or macOS (each tool may fail on
    its own: what it would have told is then missing, with the reason)."""
    facts: dict[str, Any] = {}
    if platform == "win32":
        steps: list[tuple[str, tuple[str, ...], Callable[[str], Any]]] = [
            ("dns_servers", ("ipconfig", "/all"), parse_ipconfig_dns),
            ("default_gateway", ("route", "print", "-4", DEFAULT_ROUTE), parse_route_print),
            ("system_proxy", ("reg", "query", INTERNET_SETTINGS), lambda out: {
                k: v for k, v in parse_reg_values(out).items()
                if k in {"ProxyEnable", "ProxyServer", "ProxyOverride", "AutoConfigURL"}}),
        ]
    elif platform == "darwin":
        steps = [("dns_servers", ("scutil", "--dns"), parse_scutil_dns),
                 ("default_gateway", ("route", "-n", "get", "default"), parse_route_get),
                 ("system_proxy", ("scutil", "--proxy"), parse_scutil_proxy)]
    else:
        return facts
    for key, argv, parse in steps:
        try:
            facts[key] = parse(run(argv, 2.0))
        except (OSError, ValueError, subprocess.SubprocessError) as exc:
            facts[f"{key}_error"] = f"{type(exc).__name__}: {exc}"
    return facts
