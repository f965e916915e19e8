"""The Windows program icon (.ico) rendered from HelpClient's SVG with Qt (QtSvg and Qt's ICO
image plugin come with PySide6), for the spec's ``icon=`` on Windows.

    python installer/pyinstaller/make_icon.py resources/icons/helpclient.svg build/helpclient.ico
"""

from __future__ import annotations

import sys

SIZE = 256  # Windows scales it down for the Start menu and the taskbar


def render_icon(svg: str, ico: str) -> None:
    """Write ``svg`` as a 256×256 icon to ``ico``; raises OSError when Qt cannot."""
    from PySide6.QtCore import Qt  # noqa: PLC0415 (Qt only when an icon is made)
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise OSError(f"cannot read {svg}")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if not image.save(ico, "ICO"):
        raise OSError(f"cannot write {ico}")


if __name__ == "__main__":
    render_icon(sys.argv[1], sys.argv[2])
