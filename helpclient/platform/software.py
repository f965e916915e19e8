"""Installed software with versions, from each OS's own records.

Linux asks its package managers (dpkg, rpm, flatpak, snap); Windows reads the Uninstall registry
keys (HKLM, HKCU, WOW6432Node) through ``reg query``; macOS reads application bundles'
``Info.plist``. Parsers take the tools' output as text so tests feed them recorded output.
"""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.parsers.expat import ExpatError

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Text
from helpclient.core.sysinfo.collect import ItemData, summary_line

# runs a command and returns its standard output (raises on failure); injectable for tests
RunTool = Callable[[Sequence[str], float], str]


@dataclass(frozen=True)
class Package:
    """One installed program."""

    name: str
    version: str
    source: str
    publisher: str = ""


def run_tool(argv: Sequence[str], timeout: float) -> str:
    """Run ``argv`` with a time limit and return its output; FileNotFoundError when the tool is
    missing, CalledProcessError/TimeoutExpired when it fails."""
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(argv[0])
    done = subprocess.run(list(argv), capture_output=True, timeout=timeout, check=True,
                          text=True, encoding="utf-8", errors="replace")
    return done.stdout


def parse_tab_list(text: str, source: str) -> list[Package]:
    """``name<TAB>version`` lines (the format we ask dpkg-query, rpm, flatpak for)."""
    packages = []
    for line in text.splitlines():
        name, sep, version = line.partition("\t")
        if sep and name.strip():
            packages.append(Package(name.strip(), version.strip().split("\t")[0], source))
    return packages


def parse_snap_list(text: str) -> list[Package]:
    """``snap list``: a header line, then ``Name Version Rev Tracking Publisher Notes``."""
    lines = text.splitlines()
    if not lines or not lines[0].startswith("Name"):
        return []
    packages = []
    for line in lines[1:]:
        fields = line.split()
        if len(fields) >= 2:
            publisher = fields[4].rstrip("*✓") if len(fields) >= 5 else ""
            packages.append(Package(fields[0], fields[1], "snap", publisher))
    return packages


_REG_VALUE = re.compile(r"^\s{4}(?P<name>\S.*?)\s{4}(?P<type>REG_\w+)\s{4}(?P<value>.*)$")


def parse_reg_uninstall(text: str, source: str = "registry") -> list[Package]:
    """``reg query <Uninstall key> /s``: one block per subkey; entries without a DisplayName,
    and system components and updates, are not programs a user would name."""
    packages = []
    values: dict[str, str] = {}

    def flush() -> None:
        name = values.get("DisplayName", "").strip()
        hidden = values.get("SystemComponent") == "0x1" or values.get("ParentKeyName")
        if name and not hidden:
            packages.append(Package(name, values.get("DisplayVersion", "").strip(), source,
                                    values.get("Publisher", "").strip()))
        values.clear()

    for line in text.splitlines():
        if line.startswith("HKEY_"):
            flush()
            continue
        match = _REG_VALUE.match(line)
        if match:
            values[match["name"]] = match["value"]
    flush()
    return packages


UNINSTALL_KEYS = (
    r"HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKLM\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall",
    r"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall",
)


def parse_info_plist(data: bytes) -> Package | None:
    """An application bundle's ``Info.plist`` (XML or binary); None when unreadable."""
    try:
        info = plistlib.loads(data)
    except (plistlib.InvalidFileException, ExpatError, ValueError, TypeError, OverflowError):
        return None
    if not isinstance(info, dict):
        return None
    name = info.get("CFBundleDisplayName") or info.get("CFBundleName")
    if not isinstance(name, str) or not name.strip():
        return None
    version = info.get("CFBundleShortVersionString") or info.get("CFBundleVersion") or ""
    return Package(name.strip(), str(version), "app", str(info.get("CFBundleIdentifier", "")))


def mac_applications(roots: Iterable[Path]) -> list[Package]:
    """Every ``*.app`` directly in ``roots`` (``/Applications``, ``~/Applications``)."""
    packages = []
    for root in roots:
        for plist in sorted(root.glob("*.app/Contents/Info.plist")):
            try:
                package = parse_info_plist(plist.read_bytes())
            except OSError:
                continue
            if package is not None:
                packages.append(package)
    return packages


_LINUX_TOOLS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dpkg", ("dpkg-query", "-W", "-f", "${db:Status-Abbrev}\t${Package}\t${Version}\n")),
    ("rpm", ("rpm", "-qa", "--qf", "%{NAME}\t%{VERSION}-%{RELEASE}\n")),
    ("flatpak", ("flatpak", "list", "--app", "--columns=name,version")),
    ("snap", ("snap", "list")),
)


def _dpkg_installed(text: str) -> str:
    # keep only "ii" (installed) rows and drop the status column
    return "\n".join(line.split("\t", 1)[1] for line in text.splitlines()
                     if line.startswith("ii") and "\t" in line)


def linux_software(run: RunTool = run_tool, timeout: float = 3.0) -> list[Package]:
    """Packages from every package manager present; a missing tool is simply skipped."""
    packages: list[Package] = []
    for source, argv in _LINUX_TOOLS:
        try:
            out = run(argv, timeout)
        except (OSError, subprocess.SubprocessError):
            continue
        if source == "snap":
            packages += parse_snap_list(out)
        else:
            packages += parse_tab_list(_dpkg_installed(out) if source == "dpkg" else out, source)
    return packages


def windows_software(run: RunTool = run_tool, timeout: float = 3.0) -> list[Package]:
    """Programs from the three Uninstall keys; duplicates (same name and version) once."""
    seen: dict[tuple[str, str], Package] = {}
    for key in UNINSTALL_KEYS:
        try:
            out = run(("reg", "query", key, "/s"), timeout)
        except (OSError, subprocess.SubprocessError):
            continue
        for package in parse_reg_uninstall(out, key.split("\\")[0].lower()):
            seen.setdefault((package.name, package.version), package)
    return list(seen.values())


def software_item(packages: list[Package]) -> ItemData:
    """The collected data: packages sorted by name."""
    return {"count": len(packages),
            "packages": [asdict(p) for p in sorted(packages, key=lambda p: p.name.lower())]}


def summarize_software(data: ItemData) -> list[Text]:
    """How many programs, from which sources."""
    assert isinstance(data, dict)
    sources = sorted({p["source"] for p in data["packages"]})
    template = QT_TRANSLATE_NOOP("SystemInfo", "Installed packages: {count}; sources: {sources}")
    return [summary_line(template, count=data["count"], sources=", ".join(sources) or "—")]
