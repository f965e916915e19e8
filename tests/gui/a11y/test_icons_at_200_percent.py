"""Icons stay crisp at 200 % (``QT_SCALE_FACTOR=2``): the app's icons are SVG, no raster icon is
loaded, and what HelpClient draws itself — the icon in the About box and welcome, the tray
icon's news badge, a company logo — comes at the screen's device pixel ratio, not blown up
from 1x. The scale factor is read when Qt starts, so that part runs in a child process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from helpclient.resources_path import resource_file

PACKAGE = Path(__file__).resolve().parents[3] / "helpclient"
RASTER = re.compile(r"""["'][^"']*\.(png|jpe?g|ico|bmp|gif|xpm)["']""", re.IGNORECASE)

AT_200 = r"""
import sys
from PySide6.QtWidgets import QApplication
from helpclient.resources_path import resource_file
from helpclient.ui.kit.branding import logo_pixmap
from helpclient.ui.shell.tray import badged_icon
from PySide6.QtGui import QIcon
app = QApplication([])
svg = resource_file("icons", "helpclient.svg")
icon = QIcon(str(svg))
shown = {"icon 48": icon.pixmap(48, 48),
         "badged 32": badged_icon(icon, 3).pixmap(32, 32),
         "logo 48": logo_pixmap(svg, 48)}
for name, pixmap in shown.items():
    print(name, pixmap.devicePixelRatio(), pixmap.width(), pixmap.height())
"""


def test_the_icons_are_svg_and_no_raster_icon_is_loaded():
    icons = list(resource_file("icons").iterdir())
    assert icons and all(p.suffix == ".svg" for p in icons), icons
    for module in PACKAGE.rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        loads = [m.group(0) for m in RASTER.finditer(text)
                 if "icon" in text[max(0, m.start() - 80):m.start()].lower()]
        assert not loads, f"{module}: {loads}"


def test_drawn_icons_follow_the_device_pixel_ratio_at_200_percent(tmp_path):
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", AT_200], env=env, capture_output=True,
                          text=True, timeout=60, check=True, cwd=tmp_path)
    sizes = {line.rsplit(" ", 3)[0]: tuple(float(v) for v in line.rsplit(" ", 3)[1:])
             for line in done.stdout.splitlines()}
    assert sizes["icon 48"] == (2.0, 96.0, 96.0)
    assert sizes["badged 32"] == (2.0, 64.0, 64.0)
    ratio, _width, height = sizes["logo 48"]
    assert ratio == 2.0 and height == 96.0
