"""Collectors for the machine itself, through psutil and the standard library (every OS)."""

from __future__ import annotations

import contextlib
import getpass
import locale
import os
import platform
import socket
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number, Text
from helpclient.core.sysinfo.collect import ItemData, summary_line

LOW_DISK_FRACTION = 0.10


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def os_release(text: str) -> dict[str, str]:
    """``/etc/os-release`` as a dict (quotes removed; garbage lines ignored)."""
    values: dict[str, str] = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip().isidentifier():
            values[key.strip()] = value.strip().strip("\"'")
    return values


def _install_date() -> str | None:
    # the root file system's birth is the best portable guess; / on Windows is the system drive
    for candidate in ("/var/log/installer", "/etc/machine-id", "/lost+found", "C:\\Windows"):
        try:
            stat = os.stat(candidate)
        except OSError:
            continue
        born = getattr(stat, "st_birthtime", None) or stat.st_mtime
        return datetime.fromtimestamp(born, UTC).date().isoformat()
    return None


def collect_os() -> ItemData:
    """OS name, version, build, kernel, architecture and install date."""
    info: dict[str, Any] = {"system": platform.system(), "release": platform.release(),
                            "version": platform.version(), "machine": platform.machine(),
                            "install_date": _install_date()}
    release = os_release(_read("/etc/os-release"))
    if release:
        info["name"] = release.get("PRETTY_NAME", release.get("NAME", ""))
        info["build"] = release.get("VERSION_ID", "")
    elif platform.system() == "Darwin":
        info["name"] = f"macOS {platform.mac_ver()[0]}"
    elif platform.system() == "Windows":
        info["name"] = f"Windows {platform.win32_ver()[0]} {platform.win32_edition() or ''}"
        info["build"] = platform.win32_ver()[1]
    return info


def summarize_os(data: ItemData) -> list[Text]:
    """One line: name, kernel, architecture."""
    assert isinstance(data, dict)
    template = QT_TRANSLATE_NOOP("SystemInfo", "OS: {name} (kernel {kernel}, {arch})")
    return [summary_line(template, name=data.get("name") or data.get("system"),
                         kernel=data.get("release"), arch=data.get("machine"))]


def collect_machine() -> ItemData:
    """Host name, vendor, model and serial number where the OS lets us read them."""
    dmi = "/sys/class/dmi/id/"
    return {"hostname": socket.gethostname(), "fqdn": socket.getfqdn(),
            "vendor": _read(dmi + "sys_vendor") or None,
            "model": _read(dmi + "product_name") or None,
            # root-only on most Linux systems: then it stays None
            "serial": _read(dmi + "product_serial") or None}


def collect_user() -> ItemData:
    """Login name, domain (Windows) and the users logged in."""
    return {"login": getpass.getuser(), "domain": os.environ.get("USERDOMAIN"),
            "sessions": sorted({u.name for u in psutil.users()})}


def collect_uptime() -> ItemData:
    """Last boot time and uptime."""
    boot = psutil.boot_time()
    return {"last_boot": datetime.fromtimestamp(boot, UTC).isoformat(timespec="seconds"),
            "uptime_hours": round((time.time() - boot) / 3600, 1)}


def summarize_uptime(data: ItemData) -> list[Text]:
    """Uptime in hours."""
    assert isinstance(data, dict)
    template = QT_TRANSLATE_NOOP("SystemInfo", "Uptime: {hours} h (since {boot})")
    return [summary_line(template, hours=Number(data["uptime_hours"], 1), boot=data["last_boot"])]


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.processor()


def collect_cpu() -> ItemData:
    """CPU model, cores and load."""
    load = [round(x, 2) for x in psutil.getloadavg()]
    return {"model": _cpu_model(), "physical_cores": psutil.cpu_count(logical=False),
            "logical_cores": psutil.cpu_count(), "load_average": load,
            "percent": psutil.cpu_percent(interval=0.1)}


def summarize_cpu(data: ItemData) -> list[Text]:
    """Model, cores, load."""
    assert isinstance(data, dict)
    template = QT_TRANSLATE_NOOP("SystemInfo", "CPU: {model}; logical cores: {cores}; load: {load}")
    return [summary_line(template, model=data["model"], cores=data["logical_cores"],
                         load=data["load_average"][0])]


def collect_memory() -> ItemData:
    """Total and available memory, and swap."""
    vm, swap = psutil.virtual_memory(), psutil.swap_memory()
    return {"total_mb": vm.total // 2**20, "available_mb": vm.available // 2**20,
            "percent_used": vm.percent, "swap_total_mb": swap.total // 2**20,
            "swap_used_mb": swap.used // 2**20}


def summarize_memory(data: ItemData) -> list[Text]:
    """Available of total."""
    assert isinstance(data, dict)
    template = QT_TRANSLATE_NOOP("SystemInfo", "Memory: {free} MB free of {total} MB")
    return [summary_line(template, free=data["available_mb"], total=data["total_mb"])]


def collect_disks() -> ItemData:
    """Each mounted volume: size, free space, and a flag when less than 10 % is free."""
    volumes = []
    for part in psutil.disk_partitions(all=False):
        if part.fstype in {"squashfs", "overlay", "tmpfs"} or "/snap/" in part.mountpoint:
            continue
        try:
            usage = psutil.disk_usage(part.mountpoint)
        except OSError:
            continue
        volumes.append({"mount": part.mountpoint, "device": part.device, "fs": part.fstype,
                        "size_gb": round(usage.total / 2**30, 1),
                        "free_gb": round(usage.free / 2**30, 1),
                        "low_space": usage.total > 0
                        and usage.free / usage.total < LOW_DISK_FRACTION})
    return volumes


DISK = QT_TRANSLATE_NOOP("SystemInfo", "Disk {mount}: {free} GB free of {size} GB")
DISK_LOW = QT_TRANSLATE_NOOP("SystemInfo",
                             "Disk {mount}: {free} GB free of {size} GB — LOW SPACE")


def summarize_disks(data: ItemData) -> list[Text]:
    """One line per volume, flagged when nearly full."""
    assert isinstance(data, list)
    return [summary_line(DISK_LOW if v["low_space"] else DISK, mount=v["mount"],
                         free=Number(v["free_gb"], 1), size=Number(v["size_gb"], 1))
            for v in data]


def collect_battery() -> ItemData:
    """Charge and power source, or that there is no battery."""
    battery = psutil.sensors_battery() if hasattr(psutil, "sensors_battery") else None
    if battery is None:
        return {"present": False}
    return {"present": True, "percent": round(battery.percent), "plugged_in":
            battery.power_plugged}


def collect_processes(top: int = 10) -> ItemData:
    """The top processes by CPU and by memory (name, pid, CPU %, memory MB; no command lines)."""
    procs = list(psutil.process_iter(["pid", "name", "memory_info"]))
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            proc.cpu_percent(None)
    time.sleep(0.2)  # CPU % needs two samples
    rows: list[dict[str, Any]] = []
    for proc in procs:
        try:
            memory = proc.info["memory_info"]
            rows.append({"pid": proc.pid, "name": proc.info["name"],
                         "cpu_percent": proc.cpu_percent(None),
                         "memory_mb": round(memory.rss / 2**20, 1) if memory else 0.0})
        except psutil.Error:
            continue
    by_cpu = sorted(rows, key=lambda r: r["cpu_percent"], reverse=True)[:top]
    by_memory = sorted(rows, key=lambda r: r["memory_mb"], reverse=True)[:top]
    return {"process_count": len(rows), "by_cpu": by_cpu, "by_memory": by_memory}


def collect_locale() -> ItemData:
    """Language, encoding and time zone settings."""
    offset = time.localtime().tm_gmtoff
    return {"locale": locale.getlocale(), "preferred_encoding": locale.getpreferredencoding(False),
            "lang": os.environ.get("LANG"), "timezone": time.tzname,
            "utc_offset_hours": offset / 3600 if offset is not None else None,
            "local_time": datetime.now().astimezone().isoformat(timespec="seconds")}
