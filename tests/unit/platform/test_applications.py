"""Launchable applications for "Which program?": desktop entries as menus show them, with the
owning package's version; never the libraries a package list also holds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from helpclient.platform.applications import (
    application_dirs,
    desktop_entries,
    linux_applications,
    parse_dpkg_search,
    upstream_version,
)

ENTRY = "[Desktop Entry]\nType=Application\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path):
    """A user's data home and two system data folders, as XDG lays them out."""
    home = tmp_path / "home" / ".local" / "share" / "applications"
    usr = tmp_path / "usr" / "share" / "applications"
    local = tmp_path / "usr" / "local" / "share" / "applications"
    write(usr, "libreoffice-writer.desktop",
          ENTRY + "Name=LibreOffice Writer\nName[ru]=LibreOffice Writer (текст)\nExec=lowriter\n")
    write(usr, "org.openshot.OpenShot.desktop",
          ENTRY + "Name=OpenShot Video Editor\nName[ru]=Видеоредактор OpenShot\n"
          "Name[ru_UA]=Відеоредактор OpenShot\nExec=openshot-qt\n")
    write(usr, "gcr-prompter.desktop", ENTRY + "Name=Open Prompt\nNoDisplay=true\n")
    write(usr, "openarena.desktop", ENTRY + "Name=OpenArena\nExec=openarena\n")
    write(usr, "open-website.desktop", "[Desktop Entry]\nType=Link\nName=Open the website\n")
    write(usr, "openclip.desktop", ENTRY + "Name=OpenClip\nTryExec=openclip-missing\n")
    write(usr, "kde-only.desktop", ENTRY + "Name=Open KDE Panel\nOnlyShowIn=KDE;\n")
    write(usr, "not-xfce.desktop", ENTRY + "Name=Open Not In XFCE\nNotShowIn=XFCE;\n")
    write(usr, "kde4/okular.desktop", ENTRY + "Name=Okular\n")
    write(usr, "broken.desktop", "this is not a desktop entry\n")
    write(usr, "no-name.desktop", ENTRY)
    write(local, "vendor-tool.desktop", ENTRY + "Name=Vendor Tool\nX-Vendor-Version=4.2\n")
    # the user's own copy wins over the system one; Hidden=true removes OpenArena from the menu
    write(home, "libreoffice-writer.desktop", ENTRY + "Name=My Writer\n")
    write(home, "openarena.desktop", ENTRY + "Name=OpenArena\nHidden=true\n")
    return [home, local, usr]


def no_tool(argv, timeout):
    raise FileNotFoundError(argv[0])


def fake_dpkg(tree_dirs):
    usr = tree_dirs[2]

    def run(argv, timeout):
        if argv[:2] == ("dpkg-query", "-S"):
            owners = {"org.openshot.OpenShot.desktop": "openshot-qt",
                      "kde4/okular.desktop": "okular:amd64"}
            return "".join(f"{owners[p]}: {p_full}\n" for p in owners
                           if (p_full := str(usr / p)) in argv)
        if argv[:2] == ("dpkg-query", "-W"):
            assert sorted(argv[4:]) == ["okular", "openshot-qt"]  # only the owners asked
            return "openshot-qt\t3.1.1+dfsg1-1\nokular\t4:22.12.3-1\n"
        raise FileNotFoundError(argv[0])

    return run


def names(apps):
    return sorted(app.name for app in apps)


def test_only_entries_a_menu_shows_each_once(tree):
    found = desktop_entries(tree, desktops=["XFCE"], which=lambda _: None)
    assert names(found) == ["My Writer", "Okular", "OpenShot Video Editor", "Vendor Tool"]


@pytest.mark.parametrize(("language", "name"), [
    ("ru_RU.UTF-8", "Видеоредактор OpenShot"), ("ru_UA", "Відеоредактор OpenShot"),
    ("ru", "Видеоредактор OpenShot"), ("de_DE", "OpenShot Video Editor"),
    ("C", "OpenShot Video Editor")])
def test_names_follow_the_interface_language(tree, language, name):
    found = {e.path.name: e.name for e in desktop_entries(tree, language, which=lambda _: None)}
    assert found["org.openshot.OpenShot.desktop"] == name


def test_versions_come_from_the_owning_package(tree):
    apps = {app.name: app.version for app in linux_applications(tree, run=fake_dpkg(tree),
                                                                which=lambda _: None)}
    assert apps == {"My Writer": "", "Okular": "22.12.3", "OpenShot Video Editor": "3.1.1",
                    "Vendor Tool": "4.2", "Open KDE Panel": "", "Open Not In XFCE": ""}


def test_rpm_answers_one_line_per_file_in_order(tmp_path):
    folder = tmp_path / "applications"
    write(folder, "a.desktop", ENTRY + "Name=Alpha\n")
    write(folder, "b.desktop", ENTRY + "Name=Beta\n")

    def run(argv, timeout):
        if argv[0] == "rpm":
            return f"file {argv[-2]} is not owned by any package\nbeta-app\t2.0.1\n"
        raise FileNotFoundError(argv[0])

    assert {a.name: a.version for a in linux_applications([folder], run=run)} == {
        "Alpha": "", "Beta": "2.0.1"}


def test_flatpak_and_snap_entries_take_their_versions_from_their_tools(tmp_path):
    folder = tmp_path / "applications"
    write(folder, "org.gimp.GIMP.desktop", ENTRY + "Name=GNU Image Manipulation Program\n"
          "X-Flatpak=org.gimp.GIMP\n")
    write(folder, "firefox_firefox.desktop", ENTRY + "Name=Firefox\nX-SnapInstanceName=firefox\n")

    def run(argv, timeout):
        if argv[0] == "flatpak":
            return "org.gimp.GIMP\t2.10.38\n"
        if argv[0] == "snap":
            return ("Name     Version  Rev   Tracking       Publisher  Notes\n"
                    "firefox  131.0.3  4793  latest/stable  mozilla✓   -\n")
        raise FileNotFoundError(argv[0])

    assert {a.name: (a.version, a.source) for a in linux_applications([folder], run=run)} == {
        "GNU Image Manipulation Program": ("2.10.38", "flatpak"),
        "Firefox": ("131.0.3", "snap")}


def test_no_package_tool_still_lists_the_applications(tree):
    assert "OpenShot Video Editor" in names(linux_applications(tree, run=no_tool,
                                                               which=lambda _: None))


def test_xdg_folders_in_order_of_importance(tmp_path):
    for sub in ("data", "sys1", "sys2"):
        (tmp_path / sub / "applications").mkdir(parents=True)
    environ = {"XDG_DATA_HOME": str(tmp_path / "data"),
               "XDG_DATA_DIRS": f"{tmp_path / 'sys1'}:{tmp_path / 'missing'}:{tmp_path / 'sys2'}"}
    assert application_dirs(environ, tmp_path / "home") == [
        tmp_path / "data" / "applications", tmp_path / "sys1" / "applications",
        tmp_path / "sys2" / "applications"]


def test_debian_versions_read_as_the_program_says_them():
    assert upstream_version("2:9.0.1378-2+deb12u2") == "9.0.1378"
    assert upstream_version("8:6.9.11.60+dfsg-1.6+deb12u15") == "6.9.11.60"
    assert upstream_version("1.2.3") == "1.2.3"
    assert upstream_version("3.1.1+dfsg1-1") == "3.1.1"
    assert parse_dpkg_search(
        "diversion by dash from: /bin/sh\nvim-common, vim: /usr/share/applications/vim.desktop\n"
        "libfoo:amd64: /usr/share/applications/foo.desktop\n") == {
        "/usr/share/applications/vim.desktop": "vim-common",
        "/usr/share/applications/foo.desktop": "libfoo"}


def test_a_big_menu_is_read_quickly(tmp_path):
    # a desktop with many applications: reading the entries must stay far below a second
    folder = tmp_path / "applications"
    for i in range(400):
        write(folder, f"app{i}.desktop", ENTRY + f"Name=App {i}\nName[ru]=Программа {i}\n"
              "Exec=app\nComment=A program\nIcon=app\nCategories=Utility;\n")
    began = time.perf_counter()
    apps = linux_applications([folder], "ru_RU", run=no_tool)
    assert len(apps) == 400 and time.perf_counter() - began < 0.5
