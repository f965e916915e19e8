"""The application's style: dialog buttons look alike, none with a stock icon; the keyboard focus
shows on a scrolled area too."""

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.branding import contrast
from helpclient.demo.screens.palettes import contrast_palette, dark_palette
from helpclient.ui.kit.style import HelpClientStyle, mute, muted_color

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


def _contrast_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#000000"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#000000"),
                         (QPalette.ColorRole.ButtonText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    return palette


def _bright_pixels(widget, rect) -> int:
    image = widget.grab(rect).toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() > 128)


def test_on_a_high_contrast_black_window_boxes_and_fields_have_outlines(qtbot):
    for style, outlined in ((QStyleFactory.create("Fusion"), False),
                            (HelpClientStyle(QStyleFactory.create("Fusion")), True)):
        radio, box, field = QRadioButton(), QCheckBox(), QLineEdit()
        for widget in (radio, box, field):
            qtbot.addWidget(widget)
            widget.setStyle(style)
            widget.setPalette(_contrast_palette())
            widget.resize(120, 30)
        indicator = QStyle.SubElement.SE_RadioButtonIndicator
        option = QStyleOptionButton()
        option.initFrom(radio)
        radio_rect = style.subElementRect(indicator, option, radio)
        option.initFrom(box)
        box_rect = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        seen = [_bright_pixels(radio, radio_rect), _bright_pixels(box, box_rect),
                _bright_pixels(field, field.rect())]
        # unchecked and empty: only an outline can be bright
        assert all(seen) if outlined else not any(seen), (style, seen)


@pytest.mark.parametrize("make_palette", [QApplication.palette, dark_palette, contrast_palette])
def test_secondary_text_reads_on_the_window_in_every_theme(qapp, make_palette):
    # Fusion's own grey for it (its disabled text) was 1.6:1 on its light grey window
    palette = make_palette()
    muted, window = muted_color(palette), palette.color(QPalette.ColorRole.Window)
    assert contrast(muted.getRgb()[:3], window.getRgb()[:3]) >= 4.5
    label = QLabel("Updated at 14:05")
    label.setPalette(palette)
    mute(label)
    assert label.palette().color(QPalette.ColorRole.WindowText) == muted
    assert label.isEnabled()  # secondary, not unavailable: screen readers say it as it is
