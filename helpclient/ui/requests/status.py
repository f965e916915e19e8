"""How a ticket status looks: its translated label, its badge colour, and the badge itself.

One place for this so the list, the ticket header, the conversation and notifications agree on
the words and colours for the common status vocabulary of ``core.models.TicketStatus``. The
helpdesk's own status names are never shown: they are its internals, not the employee's words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.models import TicketStatus

# Marked with QT_TRANSLATE_NOOP so lupdate extracts them under "Status"; translated when shown,
# not at import time, so a language switch takes effect without re-importing.
_LABELS: dict[TicketStatus, str] = {
    TicketStatus.NEW: QT_TRANSLATE_NOOP("Status", "New"),
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("Status", "In progress"),
    TicketStatus.WAITING_FOR_YOU: QT_TRANSLATE_NOOP("Status", "Waiting for you"),
    TicketStatus.ON_HOLD: QT_TRANSLATE_NOOP("Status", "On hold"),
    TicketStatus.SOLVED: QT_TRANSLATE_NOOP("Status", "Solved"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("Status", "Closed"),
}

# What each status means for the person who asked, shown as the badge's tooltip.
_MEANINGS: dict[TicketStatus, str] = {
    TicketStatus.NEW: QT_TRANSLATE_NOOP(
        "Status", "Support has received the request and will look at it soon."),
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("Status", "Support is working on the request."),
    TicketStatus.WAITING_FOR_YOU: QT_TRANSLATE_NOOP(
        "Status", "Support needs an answer from you to go on."),
    TicketStatus.ON_HOLD: QT_TRANSLATE_NOOP(
        "Status", "The request is paused, for example while support waits for a delivery or "
                  "another team."),
    TicketStatus.SOLVED: QT_TRANSLATE_NOOP(
        "Status", "The problem is solved. If it comes back, reopen the request."),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("Status", "The request is closed."),
}

# Badge fills, chosen to stay distinguishable for the common colour-vision deficiencies and to
# carry white text at >= 4.5:1 contrast. "Waiting for you" is the one that asks for action.
_COLORS: dict[TicketStatus, str] = {
    TicketStatus.NEW: "#1d5fb4",
    TicketStatus.OPEN: "#9a5b00",
    TicketStatus.WAITING_FOR_YOU: "#b3261e",
    TicketStatus.ON_HOLD: "#5e5c64",
    TicketStatus.SOLVED: "#1e7a3c",
    TicketStatus.CLOSED: "#3d3846",
}
# On a dark theme's rows the closed badge's near-black vanished (1.1-1.5:1 against them): a
# lighter grey there, still carrying white text at >= 4.5:1.
_DARK_COLORS: dict[TicketStatus, str] = {**_COLORS, TicketStatus.CLOSED: "#6f6a78"}

# Item data role under which list models give the ``TicketStatus`` to ``StatusBadgeDelegate``.
StatusRole = Qt.ItemDataRole.UserRole + 100


def status_label(status: TicketStatus) -> str:
    """The translated, user-facing name of a common status."""
    return QCoreApplication.translate("Status", _LABELS[status])


def status_tooltip(status: TicketStatus) -> str:
    """What a status means for the employee, in a sentence (not the helpdesk's word for it)."""
    return QCoreApplication.translate("Status", _MEANINGS[status])


def status_color(status: TicketStatus, palette: QPalette | None = None) -> QColor:
    """The badge fill for a status, on ``palette``'s rows (light ones by default)."""
    dark = palette is not None and palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor((_DARK_COLORS if dark else _COLORS)[status])


class StatusBadge(QLabel):
    """A rounded, coloured label showing a status; used in the ticket header."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def set_status(self, status: TicketStatus) -> None:
        """Show ``status``; what it means goes in the tooltip and accessible description."""
        self.setText(status_label(status))
        self.setToolTip(status_tooltip(status))
        self.setAccessibleName(status_label(status))
        self.setAccessibleDescription(status_tooltip(status))
        # the rows it sits on are its parent's (its own palette follows its style sheet)
        fill = status_color(status, (self.parentWidget() or self).palette()).name()
        self.setStyleSheet(
            f"QLabel {{ background: {fill}; color: white; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600; }")


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the status column as a pill. The text comes from DisplayRole, so screen readers
    and copy/paste see the same words; the colour is decoration only."""

    _PAD_X = 8
    _PAD_Y = 3

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        status = index.data(StatusRole)
        if not isinstance(status, TicketStatus):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        # Let the style draw selection and focus as for any cell, then the pill on top.
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        metrics = QFontMetrics(opt.font)
        width = min(metrics.horizontalAdvance(text) + 2 * self._PAD_X,
                    opt.rect.width() - self._PAD_X)
        height = metrics.height() + 2 * self._PAD_Y
        pill = QRect(opt.rect.left() + self._PAD_X // 2, opt.rect.center().y() - height // 2 + 1,
                     width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(status_color(status, opt.palette))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.setFont(opt.font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            pill.width() - self._PAD_X))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        return QSize(hint.width() + 3 * self._PAD_X,
                     max(hint.height(), metrics.height() + 2 * self._PAD_Y + 4))

