"""The programs a person launches, with the names and versions they know them by: what the report
wizard suggests for "Which program?".

Not the package list (``software``, for support): that one holds libraries too, and typing "Open"
offered ``libgnutls-openssl27``. Linux reads the desktop entries menus show (``*.desktop`` in the
XDG data folders' ``applications``) and asks the package that owns each file for its version —
one ``dpkg-query -S`` or ``rpm -qf`` for all of them, flatpak and snap by their ids; Windows uses
the Uninstall registry's DisplayName and DisplayVersion; macOS the ``*.app`` bundles'
``Info.plist``.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from helpclient.platform.software import (
    Package,
    RunTool,
    mac_applications,
    parse_snap_list,
    parse_tab_list,
    windows_software,
)

MAC_APP_ROOTS = (Path("/Applications"), Path("/Applications/Utilities"),
                 Path("/System/Applications"), Path.home() / "Applications")
# Where flatpak and snap put their entries; sessions add them to XDG_DATA_DIRS, not all do.
_EXTRA_DATA_DIRS = (Path("/var/lib/flatpak/exports/share"), Path("/var/lib/snapd/desktop"))
_GROUP = "Desktop Entry"
_X_VERSION = re.compile(r"X-[\w-]+-Version")  # X-AppImage-Version, X-KDE-PluginInfo-Version…
_TOOL_TIMEOUT = 3.0


@dataclass(frozen=True)
class DesktopEntry:
    """A launchable application's desktop entry: its display name and where to find its
    version (the file's owning package, or a flatpak or snap id)."""

    name: str
    path: Path
    flatpak: str = ""
    snap: str = ""
    version: str = ""  # an X-…-Version key's, used when no package knows better
    command: str = ""  # the program Exec starts (its first word), to recognise its process


def application_dirs(environ: Mapping[str, str], home: Path) -> list[Path]:
    """The ``applications`` folders, most important first (the XDG base directory spec: the
    user's data home, then XDG_DATA_DIRS), existing ones only."""
    data_home = environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    data_dirs = environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    roots = [Path(data_home), *(Path(d) for d in data_dirs.split(":") if d)]
    roots += [extra for extra in (home / ".local/share/flatpak/exports/share", *_EXTRA_DATA_DIRS)
              if extra not in roots]
    found: list[Path] = []
    for root in roots:
        folder = root / "applications"
        if folder not in found and folder.is_dir():
            found.append(folder)
    return found


def _locale_keys(language: str) -> list[str]:
    """``Name[…]`` keys to try for ``language`` ("ru_RU.UTF-8@x"), most specific first."""
    lang, _, modifier = language.partition("@")
    lang, _, country = lang.split(".", maxsplit=1)[0].partition("_")
    keys = []
    if country and modifier:
        keys.append(f"{lang}_{country}@{modifier}")
    if country:
        keys.append(f"{lang}_{country}")
    if modifier:
        keys.append(f"{lang}@{modifier}")
    if lang and lang not in ("C", "POSIX"):
        keys.append(lang)
    return [f"Name[{key}]" for key in keys]


def _split_list(value: str) -> set[str]:
    return {item for item in value.split(";") if item}


def _main_group(text: str) -> dict[str, str]:
    """The ``[Desktop Entry]`` group's keys (the first of a repeated key wins)."""
    values: dict[str, str] = {}
    inside = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            if inside:
                break  # the group is over: actions and other groups do not describe the app
            inside = line == f"[{_GROUP}]"
            continue
        key, sep, value = line.partition("=")
        if inside and sep:
            values.setdefault(key.strip(), value.strip())
    return values


def read_desktop_entry(path: Path, language: str = "", desktops: Iterable[str] = (),
                       which: Callable[[str], str | None] = shutil.which) -> DesktopEntry | None:
    """The entry in ``path`` when it is an application a menu shows: Type=Application, neither
    NoDisplay nor Hidden, meant for the current ``desktops`` (XDG_CURRENT_DESKTOP), and its
    TryExec program present. The name is in ``language`` when the file has it."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")[:65536]
    except OSError:
        return None
    entry = _main_group(text)
    if entry.get("Type") != "Application":
        return None
    if entry.get("NoDisplay", "").lower() == "true" or entry.get("Hidden", "").lower() == "true":
        return None
    current = set(desktops)
    only, never = _split_list(entry.get("OnlyShowIn", "")), _split_list(entry.get("NotShowIn", ""))
    if current and ((only and not only & current) or never & current):
        return None
    try_exec = entry.get("TryExec", "").strip()
    if try_exec and which(try_exec) is None:
        return None
    name = next((entry[key] for key in _locale_keys(language) if entry.get(key, "").strip()),
                entry.get("Name", ""))
    name = " ".join(name.split())
    if not name:
        return None
    version = next((value.strip() for key, value in entry.items()
                    if _X_VERSION.fullmatch(key) and value.strip()), "")
    return DesktopEntry(name, path, entry.get("X-Flatpak", "").strip(),
                        entry.get("X-SnapInstanceName", "").strip(), version[:40],
                        _program(entry.get("Exec", "")))


def _program(exec_line: str) -> str:
    """The program of an Exec line: its first word, unquoted ("" when unreadable)."""
    try:
        words = shlex.split(exec_line)
    except ValueError:
        return ""
    if words and Path(words[0]).name == "env":  # Exec=env LANG=C program …
        words = [w for w in words[1:] if not re.match(r"^-|^\w+=", w)]
    return words[0] if words else ""


def desktop_entries(dirs: Sequence[Path], language: str = "", desktops: Iterable[str] = (),
                    which: Callable[[str], str | None] = shutil.which) -> list[DesktopEntry]:
    """Every launchable entry in ``dirs`` (most important first): an entry hides those with
    the same desktop-file id in later folders, a Hidden one included (that is how a user
    removes an application from the menu)."""
    seen: set[str] = set()
    entries: list[DesktopEntry] = []
    desktops = list(desktops)
    for folder in dirs:
        for path in sorted(folder.rglob("*.desktop")):
            desktop_id = "-".join(path.relative_to(folder).parts)
            if desktop_id in seen:
                continue
            seen.add(desktop_id)
            entry = read_desktop_entry(path, language, desktops, which)
            if entry is not None:
                entries.append(entry)
    return entries


_EPOCH = re.compile(r"^\d+:")
_DEBIAN_REVISION = re.compile(r"-[^-]*$")
_REPACK = re.compile(r"[+~](dfsg|ds|repack)\d*$")


def upstream_version(version: str) -> str:
    """A Debian version as the program itself says it: "2:9.0.1378-2+deb12u2" → "9.0.1378"."""
    version = _EPOCH.sub("", version.strip())
    if "-" in version:
        version = _DEBIAN_REVISION.sub("", version)
    return _REPACK.sub("", version)


def parse_dpkg_search(text: str) -> dict[str, str]:
    """``dpkg-query -S path…``: path → owning package (the first one named)."""
    owners: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("diversion ") or ": " not in line:
            continue
        packages, _, path = line.partition(": ")
        package = packages.split(",")[0].strip().split(":")[0]  # drop ":amd64"
        if package:
            owners[path.strip()] = package
    return owners


def run_lenient(argv: Sequence[str], timeout: float) -> str:
    """Run a tool and return its output whatever its exit status; FileNotFoundError when the
    tool is missing. For tools that answer and still exit 1: dpkg-query -S and rpm -qf when
    some file has no package, coredumpctl with "No coredumps found"."""
    if shutil.which(argv[0]) is None:
        raise FileNotFoundError(argv[0])
    done = subprocess.run(list(argv), capture_output=True, timeout=timeout, check=False,
                          text=True, encoding="utf-8", errors="replace")
    return done.stdout


def package_versions(entries: Sequence[DesktopEntry], run: RunTool = run_lenient,
                     timeout: float = _TOOL_TIMEOUT) -> dict[Path, str]:
    """Each entry's version from whichever package manager has it; a missing tool is skipped."""
    versions: dict[Path, str] = {}

    def ask(argv: Sequence[str]) -> str:
        try:
            return run(argv, timeout)
        except (OSError, subprocess.SubprocessError):
            return ""

    files = [e for e in entries if not e.flatpak and not e.snap]
    if files:
        paths = [str(e.path) for e in files]
        owners = parse_dpkg_search(ask(("dpkg-query", "-S", *paths)))
        if owners:
            listed = parse_tab_list(ask(("dpkg-query", "-W", "-f", "${Package}\t${Version}\n",
                                         *sorted(set(owners.values())))), "dpkg")
            by_package = {p.name.split(":")[0]: upstream_version(p.version) for p in listed}
            for entry in files:
                version = by_package.get(owners.get(str(entry.path), ""), "")
                if version:
                    versions[entry.path] = version
        else:  # not Debian: one rpm line per file, in order ("…not owned…" has no tab)
            answer = ask(("rpm", "-qf", "--qf", "%{NAME}\t%{VERSION}\n", *paths)).splitlines()
            if len(answer) == len(files):
                for entry, line in zip(files, answer, strict=True):
                    _name, tab, version = line.partition("\t")
                    if tab and version.strip():
                        versions[entry.path] = version.strip()
    if any(e.flatpak for e in entries):
        listed = parse_tab_list(ask(("flatpak", "list", "--app",
                                     "--columns=application,version")), "flatpak")
        by_id = {p.name: p.version for p in listed}
        versions.update({e.path: by_id[e.flatpak] for e in entries if by_id.get(e.flatpak)})
    if any(e.snap for e in entries):
        by_snap = {p.name: p.version for p in parse_snap_list(ask(("snap", "list")))}
        versions.update({e.path: by_snap[e.snap] for e in entries if by_snap.get(e.snap)})
    return versions


def linux_applications(dirs: Sequence[Path], language: str = "", desktops: Iterable[str] = (),
                       run: RunTool = run_lenient,
                       which: Callable[[str], str | None] = shutil.which) -> list[Package]:
    """The launchable applications in ``dirs`` with their versions; one per display name."""
    entries = desktop_entries(dirs, language, desktops, which)
    versions = package_versions(entries, run)
    programs: dict[str, Package] = {}
    for entry in entries:
        source = "flatpak" if entry.flatpak else "snap" if entry.snap else "desktop"
        programs.setdefault(entry.name.casefold(),
                            Package(entry.name, versions.get(entry.path, entry.version), source))
    return list(programs.values())


def installed_applications(language: str = "", platform: str = sys.platform) -> list[Package]:
    """This computer's launchable applications (blocking: reads files, runs package tools):
    ``language`` ("ru_RU") chooses the names where entries are translated (Linux)."""
    if platform == "win32":
        return windows_software()
    if platform == "darwin":
        return mac_applications(MAC_APP_ROOTS)
    desktops = os.environ.get("XDG_CURRENT_DESKTOP", "").split(":")
    return linux_applications(application_dirs(os.environ, Path.home()), language,
                              [d for d in desktops if d])
