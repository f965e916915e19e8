"""The application's style: dialog buttons look alike, none with a stock icon; the keyboard focus
shows on a scrolled area too."""

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleFactory,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helpclient.ui.kit.style import HelpClientStyle

ICONS = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons


class IconicPlatformStyle(QProxyStyle):
    """Fusion as a desktop without its own theme has it (X11 alone): icons on Save, Cancel…"""

    def styleHint(self, hint, option=None, widget=None, return_data=None):  # noqa: N802
        return 1 if hint is ICONS else super().styleHint(hint, option, widget, return_data)


def test_standard_buttons_carry_no_stock_icon(qapp):
    platform = IconicPlatformStyle(QStyleFactory.create("Fusion"))
    assert platform.styleHint(ICONS) == 1
    ours = HelpClientStyle(platform)
    assert ours.styleHint(ICONS) == 0
    # everything else is the platform's
    other = QStyle.StyleHint.SH_DialogButtonLayout
    assert ours.styleHint(other) == platform.styleHint(other)


def looks_with_and_without_focus(qtbot, style):
    """The pictures of a conversation-like read-only text, focused and not."""
    window = QWidget()
    qtbot.addWidget(window)
    text = QTextBrowser(window)
    text.setPlainText("Support: which printer is it?")
    button = QPushButton("Send", window)
    layout = QVBoxLayout(window)
    layout.addWidget(text)
    layout.addWidget(button)
    text.setStyle(style)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    text.setFocus()
    qtbot.waitUntil(text.hasFocus)
    focused = text.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(lambda: not text.hasFocus())
    return focused, text.grab().toImage()


def test_a_scrolled_area_with_the_keyboard_focus_is_outlined(qtbot):
    plain = QStyleFactory.create("Fusion")
    focused, unfocused = looks_with_and_without_focus(qtbot, plain)
    assert focused == unfocused  # why: Fusion shows no focus on a read-only text
    ours = HelpClientStyle(QStyleFactory.create("Fusion"))
    focused, unfocused = looks_with_and_without_focus(qtbot, ours)
    assert focused != unfocused
    highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
    assert focused.pixelColor(0, focused.height() // 2) == highlight
