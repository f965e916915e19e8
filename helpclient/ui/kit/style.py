"""Text colours that carry meaning, taken from the theme so they read in light and dark modes:
secondary (muted) text and error messages, and the one look of an inline error message; and the
application's style."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QWidget,
)

from helpclient.core.branding import RGB, readable_on


def rgb(colour: QColor) -> RGB:
    """``colour``'s red, green and blue, as the colour rules of core.branding take them."""
    return colour.red(), colour.green(), colour.blue()


def muted_color(palette: QPalette) -> QColor:
    """The colour for secondary text: the theme's disabled text colour, made dark (or light)
    enough to read on the window (WCAG's 4.5:1; Fusion's grey on its light grey was 1.6:1)."""
    muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    return QColor(*readable_on(rgb(muted), rgb(palette.color(QPalette.ColorRole.Window))))


def mute(widget: QWidget) -> None:
    """Give ``widget`` the secondary text colour while it stays enabled, so screen readers do
    not announce secondary text as unavailable."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    widget.setPalette(palette)


def error_color(widget: QWidget) -> str:
    """A red for error text that stays readable on ``widget``'s window colour, light or dark."""
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return "#ff8a80" if dark else "#b3261e"


def show_as_error(label: QLabel, on: QWidget | None = None) -> None:
    """The one look of an inline error message, in the wizard and in every other window: the
    error red for ``on``'s (default: the label's) window colour, in the normal weight, so it
    reads as a message and not as a shout."""
    label.setStyleSheet(f"color: {error_color(on or label)};")


class HelpClientStyle(QProxyStyle):
    """The platform's style, with two changes. No stock icons on dialog buttons: some styles put
    them on the standard buttons (Save, Cancel, OK) only, so a window mixed buttons with and
    without icons; none is consistent everywhere. And a scrolled area with the keyboard focus
    (a conversation, the report under review, a list) is outlined in the highlight colour:
    Fusion and others show nothing there, so a keyboard user could not see where they are."""

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,  # noqa: N802 (Qt override)
                    painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if (element is QStyle.ControlElement.CE_ShapedFrame
                and isinstance(widget, QAbstractScrollArea)
                and option.state & QStyle.StateFlag.State_HasFocus):
            # over the frame's own line (the content covers what lies inside it)
            width = max(1, widget.frameWidth())
            painter.save()
            pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            half = width / 2
            painter.drawRect(QRectF(option.rect).adjusted(half, half, -half, -half))
            painter.restore()

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,  # noqa: N802 (Qt override)
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _OUTLINED and _pure_black_and_white(option.palette):
            # Fusion draws these outlines a shade darker than the window: on a high-contrast
            # black window, radio buttons, check boxes and fields were invisible
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
            if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(box)
            else:
                painter.drawRect(box)
            painter.restore()

    def styleHint(self, hint: QStyle.StyleHint, option: QStyleOption | None = None,  # noqa: N802 (Qt override)
                  widget: QWidget | None = None,
                  return_data: QStyleHintReturn | None = None) -> int:
        if hint is QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, return_data)


_OUTLINED = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
             QStyle.PrimitiveElement.PE_IndicatorCheckBox,
             QStyle.PrimitiveElement.PE_PanelLineEdit)


def _pure_black_and_white(palette: QPalette) -> bool:
    """A high-contrast theme's palette: windows and their text pure black and white."""
    return {palette.color(QPalette.ColorRole.Window).name(),
            palette.color(QPalette.ColorRole.WindowText).name()} == {"#000000", "#ffffff"}
