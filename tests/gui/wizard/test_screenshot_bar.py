"""The wizard's screenshot row: the shared flow's pictures listed, attached and removed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.screenshot_bar import ScreenshotBar


def picture(width=200, height=100, color="#2a7ae2"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


def test_attach_saves_the_edited_png_and_discard_saves_nothing(qtbot, tmp_path):
    bar = ScreenshotBar(TaskRunner(synchronous=True), lambda: tmp_path / "shots",
                        hide_delay_ms=1)
    qtbot.addWidget(bar)
    attached: list[Path] = []
    bar.attached.connect(attached.append)
    bar.taker.edit(picture())
    bar.taker.editor.apply(QRect(0, 0, 50, 50))
    bar.taker.editor.attach.click()
    assert [p.name for p in attached] == ["screenshot-1.png"]
    saved = QImage(str(attached[0]))
    assert saved.pixelColor(10, 10) == QColor("black")
    assert saved.pixelColor(100, 80) == QColor("#2a7ae2")
    bar.taker.edit(picture())
    bar.taker.editor.discard.click()
    assert len(attached) == 1
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == ["screenshot-1.png"]
    removed: list[Path] = []
    bar.removed.connect(removed.append)
    bar.remove.click()
    assert removed == attached and bar.paths == []
