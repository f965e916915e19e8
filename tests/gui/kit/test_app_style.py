"""The application's style: dialog buttons look alike, none with a stock icon."""

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

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
