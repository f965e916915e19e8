"""Battery detection from a fake sysfs tree."""

from __future__ import annotations

from helpclient.platform.power import on_battery


def supply(root, name, kind, online=None):
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "type").write_text(kind + "\n")
    if online is not None:
        (folder / "online").write_text(f"{online}\n")


def test_laptop_unplugged_is_on_battery(tmp_path):
    supply(tmp_path, "BAT0", "Battery")
    supply(tmp_path, "AC", "Mains", 0)
    assert on_battery(tmp_path)


def test_laptop_plugged_in_and_desktop_are_not(tmp_path):
    supply(tmp_path, "BAT0", "Battery")
    supply(tmp_path, "AC", "Mains", 1)
    assert not on_battery(tmp_path)
    assert not on_battery(tmp_path / "missing")
    desktop = tmp_path / "desktop"
    supply(desktop, "AC", "Mains", 1)
    assert not on_battery(desktop)

