"""What the PyInstaller bundle leaves out (installer/pyinstaller/trim.py): Qt plugins and
translations by name, then only the libraries nothing else in the bundle needs."""

import importlib.util
import plistlib
import re
import sys
from pathlib import Path

import pytest

TRIM_PY = Path(__file__).resolve().parents[2] / "installer" / "pyinstaller" / "trim.py"


@pytest.fixture(scope="module")
def trim():
    spec = importlib.util.spec_from_file_location("hc_trim", TRIM_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["hc_trim"] = module
    spec.loader.exec_module(module)
    yield module
    del sys.modules["hc_trim"]


PLUGINS = "PySide6/Qt/plugins/"


@pytest.mark.parametrize("dest", [
    PLUGINS + "platforms/libqwayland.so",
    PLUGINS + "platforms/libqeglfs.so",
    PLUGINS + "wayland-shell-integration/libxdg-shell.so",
    PLUGINS + "tls/libqopensslbackend.so",
    PLUGINS + "platformthemes/libqgtk3.so",
    PLUGINS + "imageformats/libqwebp.so",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/qt_zh_TW.qm",
    "helpclient/resources/screenshots/kb-window.png",
])
def test_left_out(trim, dest):
    assert trim.is_dropped(dest)


@pytest.mark.parametrize("dest", [
    PLUGINS + "platforms/libqxcb.so",          # X11 and XWayland
    PLUGINS + "platforms/libqoffscreen.so",    # CI and headless checks
    PLUGINS + "platformthemes/libqxdgdesktopportal.so",
    PLUGINS + "imageformats/libqsvg.so",       # the icons
    PLUGINS + "iconengines/libqsvgicon.so",
    PLUGINS + "networkinformation/libqnetworkmanager.so",  # QNetworkInformation
    PLUGINS + "xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/Qt/translations/qtbase_ru.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qtbase_es.qm",
    "PySide6/Qt/translations/qt_en.qm",
    "helpclient/resources/icons/helpclient.svg",
    "helpclient/resources/kb/en-vpn-not-connecting.md",
    "helpclient/i18n/helpclient_ru.qm",
    "helpclient/i18n/helpclient_de.qm",
    "helpclient/core/sysinfo/bundle_schema.json",
])
def test_kept(trim, dest):
    assert not trim.is_dropped(dest)


# a bundle in miniature: the gtk3 theme pulls in gtk, which pulls in cairo and libX11;
# libqxcb needs libX11 too, so only gtk and cairo go
NEEDED = {
    "libqgtk3.so": ["libgtk-3.so.0", "libQt6Gui.so.6"],
    "libgtk-3.so.0": ["libcairo.so.2", "libX11.so.6"],
    "libcairo.so.2": ["libX11.so.6", "libc.so.6"],
    "libqxcb.so": ["libX11.so.6", "libQt6Gui.so.6"],
    "libQt6Gui.so.6": ["libc.so.6"],
    "libX11.so.6": ["libxcb.so.1"],
}


def test_orphans_are_what_only_the_dropped_files_need(trim):
    names = [*NEEDED, "libdlopened.so.1"]
    orphans = trim.orphaned(names, {"libqgtk3.so"}, lambda n: NEEDED.get(n, []))
    assert orphans == {"libgtk-3.so.0", "libcairo.so.2"}


def test_trim_removes_dropped_files_and_their_orphans_only(trim):
    binaries = [
        (PLUGINS + "platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        (PLUGINS + "platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libgtk-3.so.0", "/src/libgtk-3.so.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
        ("libdlopened.so.1", "/src/libdlopened.so.1", "BINARY"),
    ]
    datas = [("PySide6/Qt/translations/qtbase_ja.qm", "/src/ja.qm", "DATA"),
             ("PySide6/Qt/translations/qtbase_ru.qm", "/src/ru.qm", "DATA")]
    kept_bins, kept_datas, removed = trim.trim(
        binaries, datas, needed=lambda src: NEEDED.get(Path(src).name, []))
    assert [d for d, _, _ in kept_bins] == [
        PLUGINS + "platforms/libqxcb.so", "PySide6/Qt/lib/libQt6Gui.so.6", "libX11.so.6",
        "libdlopened.so.1"]
    assert [d for d, _, _ in kept_datas] == ["PySide6/Qt/translations/qtbase_ru.qm"]
    assert removed == sorted([PLUGINS + "platformthemes/libqgtk3.so", "libgtk-3.so.0",
                              "libcairo.so.2", "PySide6/Qt/translations/qtbase_ja.qm"])


def test_the_macos_launch_agent_starts_the_app_the_spec_builds():
    root = TRIM_PY.parents[2]
    spec = (root / "installer" / "pyinstaller" / "helpclient.spec").read_text(encoding="utf-8")
    bundle_id = re.search(r'^BUNDLE_ID = "(.+)"$', spec, re.MULTILINE)[1]
    agent_file = root / "installer" / "macos" / f"{bundle_id}.plist"
    agent = plistlib.loads(agent_file.read_bytes())
    assert agent["Label"] == bundle_id
    assert agent["ProgramArguments"] == ["/Applications/HelpClient.app/Contents/MacOS/helpclient"]
    assert agent["RunAtLoad"] is True and agent["KeepAlive"] is False
    assert 'name="HelpClient.app"' in spec and "LSUIElement" in spec
