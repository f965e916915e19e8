"""One known problem as the user reads it: what is wrong, since when, what it affects, and that
IT knows — in the interface language when IT wrote it in that language.

Two forms: the full card (the Known problems window, the details box) and a compact one of
three unwrapped lines for the report wizard, whose page has no room for wrapped text (Qt clips
wrapped labels rather than grow the window for them).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from helpclient.core.known.model import Announcement
from helpclient.ui.kit.dates import format_absolute, format_time
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.links import open_outside
from helpclient.ui.kit.text import arg


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """"09:40" for today, the date and time for another day (local time)."""
    now = now or datetime.now(UTC)
    try:
        same_day = moment.astimezone().date() == now.astimezone().date()
    except (OverflowError, ValueError, OSError):  # a date at the edge of the calendar
        return ""
    return format_time(moment) if same_day else format_absolute(moment)


class AnnouncementCard(QFrame):
    """A framed announcement. All text is plain: it comes from IT's feed or the helpdesk.
    ``compact``: three single lines (title, text, when and what), cut to the width, and a
    "Details" link (``details_requested``) instead of the whole text."""

    details_requested = Signal(object)

    def __init__(self, announcement: Announcement, parent: QWidget | None = None, *,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.announcement = announcement
        self.compact = compact
        self.setObjectName("announcementCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # amber, tinted: a notice to read, not an error
        self.setStyleSheet("#announcementCard { background: rgba(230, 160, 0, 0.12);"
                           " border: 1px solid rgba(200, 130, 0, 0.6); border-radius: 6px; }")
        words = announcement.localized(interface_language())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2 if compact else 4)
        self.title = self._label(words.title)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        services = ", ".join(announcement.services)
        self.services = self._label(arg(self.tr("Affects: %1"), services) if services else "")
        self.when = self._label(self._when_line())
        self.text = self._label(words.text)
        layout.addWidget(self.title)
        if compact:
            self.text.setText(" ".join(words.text.split()))  # one line
            layout.addWidget(self.text)
            facts = " · ".join(t for t in (self.when.text(), self.services.text()) if t)
            self.when.setText(facts)
            details = self.tr("Details…")  # not inside the f-string: lupdate would miss it
            self.more = QLabel(f'<a href="details">{details}</a>', self)
            self.more.linkActivated.connect(lambda _link: self.details_requested.emit(
                announcement))
            last = QHBoxLayout()  # when and what, and the link: one line
            last.addWidget(self.when, 1)
            last.addWidget(self.more)
            layout.addLayout(last)
        else:
            for label in (self.when, self.text, self.services):
                layout.addWidget(label)
            more = self.tr("More about it")
            self.more = QLabel(f'<a href="more">{more}</a>', self)
            self.more.linkActivated.connect(lambda _link: open_outside(announcement.url))
            self.more.setVisible(bool(announcement.url))
        self.more.setTextFormat(Qt.TextFormat.RichText)
        if not compact:
            layout.addWidget(self.more)
        for label in (self.when, self.text, self.services):
            label.setVisible(bool(label.text()) and (label is not self.services or not compact))
        self._full = {label: label.text() for label in (self.title, self.text, self.when)}
        self.setToolTip(words.text if compact else "")

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if self.compact:
            # cut to the width on resize: a wrapped label would be clipped on the wizard's page
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        else:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Compact: cut each line to the new width."""
        super().resizeEvent(event)
        if self.compact:
            width = max(self.contentsRect().width() - 20, 80)
            for label, full in self._full.items():
                room = width - (self.more.sizeHint().width() + 8 if label is self.when else 0)
                label.setText(QFontMetrics(label.font()).elidedText(
                    full, Qt.TextElideMode.ElideRight, max(room, 40)))

    def _when_line(self) -> str:
        announcement = self.announcement
        parts = []
        if announcement.since is not None and when_text(announcement.since):
            parts.append(arg(self.tr("Since %1."), when_text(announcement.since)))
        if announcement.until is not None and when_text(announcement.until):
            parts.append(arg(self.tr("Expected to be fixed by %1."),
                             when_text(announcement.until)))
        return " ".join(parts)


class AnnouncementDetails(QDialog):
    """The whole announcement, from a compact card's "Details…"."""

    def __init__(self, announcement: Announcement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Known problem"))
        self.card = AnnouncementCard(announcement, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
