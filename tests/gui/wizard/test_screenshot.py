"""Screenshots: HelpClient's windows are hidden during the grab; crop, black out, discard."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.wizard.screenshot import ImageCanvas, ScreenCapture, ScreenshotEditor, black_out
from helpclient.ui.wizard.screenshot_bar import ScreenshotBar


def picture(width=200, height=100, color="#2a7ae2"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


def test_own_windows_are_hidden_while_the_screen_is_grabbed(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    capture = ScreenCapture(hide_delay_ms=10)
    qtbot.addWidget(capture)
    seen_visible = []
    original = capture._grab

    def grab():
        seen_visible.append(window.isVisible())
        original()
    capture._grab = grab
    with qtbot.wait_signal(capture.captured, timeout=2000) as blocker:
        capture.capture()
        assert not window.isVisible()  # hidden at once, before the timer fires
    assert seen_visible == [False]
    assert window.isVisible()  # and back afterwards
    assert isinstance(blocker.args[0], QImage)
    window.hide()


def test_black_out_replaces_the_pixels():
    result = black_out(picture(), QRect(10, 10, 20, 20))
    assert result.pixelColor(15, 15) == QColor("black")
    assert result.pixelColor(50, 50) == QColor("#2a7ae2")


def test_editor_crops_blacks_out_and_undoes(qtbot):
    editor = ScreenshotEditor(picture())
    qtbot.addWidget(editor)
    editor.apply(QRect(0, 0, 10, 10))  # black out is the default tool
    assert editor.image.pixelColor(5, 5) == QColor("black")
    editor.crop.setChecked(True)
    editor.apply(QRect(50, 20, 100, 50))
    assert editor.image.size().toTuple() == (100, 50)
    editor.undo.click()
    assert editor.image.size().toTuple() == (200, 100)
    editor.undo.click()
    assert editor.image.pixelColor(5, 5) == QColor("#2a7ae2")
    assert not editor.undo.isEnabled()


def test_a_drag_on_the_canvas_maps_to_image_pixels(qtbot):
    canvas = ImageCanvas()
    qtbot.addWidget(canvas)
    canvas.setMinimumSize(0, 0)
    canvas.resize(400, 200)  # the 200×100 picture is shown at twice its size
    canvas.set_image(picture())
    canvas.show()
    with qtbot.wait_signal(canvas.rect_drawn) as blocker:
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
        qtbot.mouseMove(canvas, QPoint(100, 60))
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(100, 60))
    assert blocker.args[0] == QRect(10, 10, 40, 20)


def test_attach_saves_the_edited_png_and_discard_saves_nothing(qtbot, tmp_path):
    bar = ScreenshotBar(TaskRunner(synchronous=True), lambda: tmp_path / "shots",
                        hide_delay_ms=1)
    qtbot.addWidget(bar)
    attached: list[Path] = []
    bar.attached.connect(attached.append)
    bar._edit(picture())
    bar.editor.apply(QRect(0, 0, 50, 50))
    bar.editor.attach.click()
    assert [p.name for p in attached] == ["screenshot-1.png"]
    saved = QImage(str(attached[0]))
    assert saved.pixelColor(10, 10) == QColor("black")
    assert saved.pixelColor(100, 80) == QColor("#2a7ae2")
    bar._edit(picture())
    bar.editor.discard.click()
    assert len(attached) == 1
    assert sorted(p.name for p in (tmp_path / "shots").iterdir()) == ["screenshot-1.png"]
    removed: list[Path] = []
    bar.removed.connect(removed.append)
    bar.remove.click()
    assert removed == attached and bar.paths == []


def test_other_windows_are_offered_but_not_our_own(qtbot, tmp_path):
    own = QWidget()
    qtbot.addWidget(own)
    own.show()
    listed = [(4242, "Budget.xlsx — LibreOffice Calc"), (int(own.winId()), "HelpClient")]
    bar = ScreenshotBar(TaskRunner(synchronous=True), lambda: tmp_path,
                        list_windows=lambda: listed)
    qtbot.addWidget(bar)
    assert bar.windows == [(4242, "Budget.xlsx — LibreOffice Calc")]
    bar._fill_menu()
    texts = [a.text() for a in bar.menu.actions()]
    assert texts[0] == "&Whole desktop"
    assert "Budget.xlsx — LibreOffice Calc" in texts
    own.hide()
