"""What the PyInstaller bundle leaves out of PySide6, and the libraries only that pulled in.

Used by ``helpclient.spec`` on the Analysis' file lists (``(dest, source, typecode)`` tuples) and
by the packaging tests. HelpClient uses QtCore, QtGui, QtWidgets and QtNetwork (local sockets,
QNetworkInformation); HTTPS goes through requests + truststore, so Qt's TLS plugins are dead
weight, and so are the embedded-display platforms nobody runs a desktop help app on.

Wayland is left out on purpose: on a Wayland desktop the bundle runs through XWayland, where the
tray icon (XEmbed or StatusNotifier), window screenshots and window placement — which the
report's screenshot flow needs — work as on X11. Qt 6 tries ``wayland;xcb`` in that order, so it
falls back by itself.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

TocEntry = tuple[str, str, str]

# Qt plugins HelpClient never loads (paths relative to PySide6/Qt/plugins/)
DROPPED_PLUGINS: tuple[str, ...] = (
    "egldeviceintegrations/*",
    "generic/*",
    "tls/*",
    "wayland-*/*",
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimal.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqwayland*.so",
    "platformthemes/libqgtk3.so",
    "imageformats/libqicns.so",
    "imageformats/libqtga.so",
    "imageformats/libqtiff.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqwebp.so",
)
# Qt libraries that only the dropped plugins use (the plugins link them; nothing else does)
DROPPED_QT_LIBS: tuple[str, ...] = (
    "libQt6EglFs*",
    "libQt6Wayland*",
)
# the languages HelpClient ships; Qt's own translations for the others are left out
SHIPPED_LANGUAGES: tuple[str, ...] = ("en", "ru", "de", "fr", "es")
# resources that are not the app's: the README's screenshots
DROPPED_DATA: tuple[str, ...] = ("helpclient/resources/screenshots/*",)

_QT = "PySide6/Qt/"
_QT_TRANSLATION = re.compile(r"^[a-z_]+?_(?P<lang>[a-z]{2})(?:_[A-Z]{2})?\.qm$")


def _is_dropped_plugin(dest: str) -> bool:
    path = PurePosixPath(dest)
    parts = path.parts
    if len(parts) < 4 or parts[:3] != ("PySide6", "Qt", "plugins"):
        return False
    relative = "/".join(parts[3:])
    return any(fnmatch.fnmatchcase(relative, pattern) for pattern in DROPPED_PLUGINS)


def _is_dropped_qt_lib(dest: str) -> bool:
    name = PurePosixPath(dest).name
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in DROPPED_QT_LIBS)


def _is_foreign_translation(dest: str) -> bool:
    if not dest.startswith(_QT + "translations/"):
        return False
    match = _QT_TRANSLATION.match(PurePosixPath(dest).name)
    return match is not None and match["lang"] not in SHIPPED_LANGUAGES


def is_dropped(dest: str) -> bool:
    """True when the file at ``dest`` (its path inside the bundle) is left out by name."""
    return (_is_dropped_plugin(dest) or _is_dropped_qt_lib(dest) or _is_foreign_translation(dest)
            or any(fnmatch.fnmatchcase(dest, pattern) for pattern in DROPPED_DATA))


def objdump_needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (``objdump -p``, which PyInstaller needs on Linux).
    Without objdump (Windows) nothing is known to be needed: only files dropped by name go."""
    if shutil.which("objdump") is None:
        return []
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
    return [line.split()[1] for line in out.stdout.splitlines()
            if line.strip().startswith("NEEDED") and len(line.split()) == 2]


def closure(roots: Iterable[str], needed: Callable[[str], list[str]]) -> set[str]:
    """Every library name reachable from ``roots`` through ``needed`` (roots not included)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        for dep in needed(todo.pop()):
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


def orphaned(names: Iterable[str], dropped: Iterable[str],
             needed: Callable[[str], list[str]]) -> set[str]:
    """Of the bundle's file ``names``, the libraries that only the ``dropped`` files need.

    A library the dropped files pull in stays when anything else in the bundle (outside what the
    dropped files pull in) needs it. A library nothing links to (loaded with dlopen, or listed by
    a hook) is no one's dependency, so it stays too.
    """
    dropped = set(dropped)
    pulled = closure(dropped, needed) - dropped
    roots = set(names) - dropped - pulled
    return pulled - closure(roots, needed)


def trim(binaries: list[TocEntry], datas: list[TocEntry],
         needed: Callable[[str], list[str]] = objdump_needed,
         ) -> tuple[list[TocEntry], list[TocEntry], list[str]]:
    """The Analysis' binaries and datas without the dropped files and the libraries only they
    needed; also the bundle paths removed, sorted (for the build log)."""
    by_name = {PurePosixPath(dest).name: src for dest, src, _ in binaries}
    cache: dict[str, list[str]] = {}

    def deps(name: str) -> list[str]:
        # the bundle's copy of a library decides; a system library outside it ends the walk
        src = by_name.get(name)
        if src is None:
            return []
        if name not in cache:
            cache[name] = needed(src)
        return cache[name]

    dropped = {PurePosixPath(dest).name for dest, _, _ in binaries if is_dropped(dest)}
    orphans = orphaned(by_name, dropped, deps)
    removed = {dest for dest, _, _ in binaries
               if is_dropped(dest) or PurePosixPath(dest).name in orphans}
    removed |= {dest for dest, _, _ in datas if is_dropped(dest)}
    return ([e for e in binaries if e[0] not in removed], [e for e in datas if e[0] not in removed],
            sorted(removed))
