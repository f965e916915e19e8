"""Screenshots: only HelpClient's windows step aside during the grab (never Qt's tray icon
window) and come back as they were; crop, black out, discard; the shared capture menu."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from helpclient.ui.kit.screenshot import (
    ImageCanvas,
    ScreenCapture,
    ScreenshotEditor,
    black_out,
    is_own_window,
    screens_named,
)
from helpclient.ui.kit.screenshot_taker import ScreenshotTaker, free_png_path
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.shell.tray import Actions, HomeWindow


def picture(width=200, height=100, color="#2a7ae2"):
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    return image


def tray_icon_window() -> QWidget:
    # What Qt's X11 tray icon is (QSystemTrayIconSys, qsystemtrayicon_x11.cpp): a plain QWidget
    # top-level with these flags, embedded into the panel by XEmbed. Offscreen Qt has no tray to
    # make the real one; this has the same class (to Python) and the same flags.
    return QWidget(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                   | Qt.WindowType.BypassWindowManagerHint)


class HideRecorder(QObject):
    """Counts the Hide events ``widget`` gets."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Hide:
            self.count += 1
        return False


def grab_watching(capture: ScreenCapture, watch) -> list:
    """Patch the grab so ``watch()`` runs at the moment the screen is grabbed."""
    seen = []
    original = capture._grab

    def grab():
        seen.append(watch())
        original()
    capture._grab = grab
    return seen


def test_own_windows_step_aside_but_the_tray_icon_window_never_does(qtbot):
    main, dialog = QMainWindow(), QDialog()
    tray = tray_icon_window()
    for window in (main, dialog, tray):
        qtbot.addWidget(window)
        window.show()
    hides = HideRecorder(tray)  # hidden even for a moment would un-embed the real one
    capture = ScreenCapture(hide_delay_ms=10)
    seen = grab_watching(capture, lambda: (main.isVisible(), dialog.isVisible(),
                                           tray.isVisible()))
    with qtbot.wait_signal(capture.captured, timeout=2000) as blocker:
        capture.capture()
        assert not main.isVisible() and not dialog.isVisible()  # at once, before the timer
    assert seen == [(False, False, True)]
    assert hides.count == 0
    assert main.isVisible() and dialog.isVisible() and tray.isVisible()
    assert isinstance(blocker.args[0], QImage)


def test_which_windows_are_helpclients(qtbot):
    actions = Actions()
    home = HomeWindow(actions, "HelpClient", QIcon())  # a plain QWidget, but HelpClient's
    popup = QWidget(None, Qt.WindowType.Popup)
    others = (QMainWindow(), QDialog(), tray_icon_window())
    for widget in (home, popup, *others):
        qtbot.addWidget(widget)
    assert is_own_window(home)
    assert is_own_window(others[0]) and is_own_window(others[1])
    assert not is_own_window(others[2])
    assert not is_own_window(popup)


def test_hidden_windows_come_back_where_they_were(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setGeometry(120, 80, 400, 300)
    window.show()
    qtbot.waitExposed(window)
    before = (window.pos(), window.size())
    capture = ScreenCapture(hide_delay_ms=10)
    # a window manager may place a re-mapped window anew (openbox does): here, while hidden
    grab_watching(capture, lambda: window.move(window.pos() + QPoint(200, 150)))
    with qtbot.wait_signal(capture.captured, timeout=2000):
        capture.capture()
    assert (window.pos(), window.size()) == before


def test_screens_are_looked_up_by_name_when_the_grab_comes(qapp):
    screen = QGuiApplication.primaryScreen()
    assert screens_named([screen.name()]) == [screen]
    assert screens_named([]) == QGuiApplication.screens()  # the whole desktop


def test_a_screen_gone_while_our_windows_hid_gives_the_whole_desktop_not_an_error(qtbot):
    # the monitor chosen in the menu was unplugged (Qt deleted its QScreen) before the grab
    capture = ScreenCapture(hide_delay_ms=10)
    with qtbot.wait_signal(capture.captured, timeout=2000) as blocker:
        capture.capture(["HDMI-unplugged"])
    size = QGuiApplication.primaryScreen().geometry().size()
    assert blocker.args[0].size() == size


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


def test_taker_menu_offers_the_desktop_and_other_windows_not_ours(qtbot, tmp_path):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    listed = [(4242, "Budget.xlsx — LibreOffice Calc"), (int(owner.winId()), "HelpClient")]
    taker = ScreenshotTaker(TaskRunner(synchronous=True), lambda: tmp_path, owner,
                            list_windows=lambda: listed)
    taker.menu.aboutToShow.emit()  # what opening the menu does
    texts = [a.text() for a in taker.menu.actions()]
    assert texts[0] == "&Whole desktop"
    assert "Budget.xlsx — LibreOffice Calc" in texts and "HelpClient" not in texts
    owner.hide()


def test_taker_whole_desktop_goes_through_the_editor_and_saves_the_edit(qtbot, tmp_path):
    owner = QWidget()
    qtbot.addWidget(owner)
    taker = ScreenshotTaker(TaskRunner(synchronous=True), lambda: tmp_path / "shots", owner,
                            hide_delay_ms=1)
    taker.menu.aboutToShow.emit()
    taken: list[Path] = []
    taker.taken.connect(taken.append)
    taker.menu.actions()[0].trigger()  # Whole desktop
    qtbot.waitUntil(lambda: taker.editor is not None and taker.editor.isVisible(), timeout=2000)
    assert taken == []  # nothing is kept before the user has seen it
    taker.editor.apply(QRect(0, 0, 30, 30))
    taker.editor.attach.click()
    assert [p.name for p in taken] == ["screenshot-1.png"]
    assert QImage(str(taken[0])).pixelColor(10, 10) == QColor("black")


def test_free_png_path_never_overwrites(tmp_path):
    (tmp_path / "screenshot-1.png").write_bytes(b"kept")
    assert free_png_path(tmp_path) == tmp_path / "screenshot-2.png"
