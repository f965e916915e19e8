"""One known problem as the user reads it: what is wrong, since when, what it affects, and that
IT knows — in the interface language when IT wrote it in that language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from helpclient.core.known.model import Announcement
from helpclient.ui.kit.dates import format_absolute, format_time
from helpclient.ui.kit.links import open_outside
from helpclient.ui.kit.text import arg


def interface_language() -> str:
    """The interface language's code ("en", "ru") as announcements name languages."""
    code = QLocale().name().split("_")[0]
    return "en" if code == "C" else code


def when_text(moment: datetime, now: datetime | None = None) -> str:
    """"09:40" for today, the date and time for another day (local time)."""
    now = now or datetime.now(UTC)
    try:
        same_day = moment.astimezone().date() == now.astimezone().date()
    except (OverflowError, ValueError, OSError):  # a date at the edge of the calendar
        return ""
    return format_time(moment) if same_day else format_absolute(moment)


class AnnouncementCard(QFrame):
    """A framed announcement. All text is plain: it comes from IT's feed or the helpdesk."""

    def __init__(self, announcement: Announcement, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.announcement = announcement
        self.setObjectName("announcementCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # amber, tinted: a notice to read, not an error
        self.setStyleSheet("#announcementCard { background: rgba(230, 160, 0, 0.12);"
                           " border: 1px solid rgba(200, 130, 0, 0.6); border-radius: 6px; }")
        words = announcement.localized(interface_language())
        self.title = self._label(words.title)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        self.when = self._label(self._when_line())
        self.when.setVisible(bool(self.when.text()))
        layout.addWidget(self.when)
        self.text = self._label(words.text)
        self.text.setVisible(bool(words.text))
        layout.addWidget(self.text)
        services = ", ".join(announcement.services)
        self.services = self._label(arg(self.tr("Affects: %1"), services) if services else "")
        self.services.setVisible(bool(services))
        layout.addWidget(self.services)
        self.more = QLabel(f'<a href="more">{self.tr("More about it")}</a>', self)
        self.more.setTextFormat(Qt.TextFormat.RichText)
        self.more.linkActivated.connect(lambda _link: open_outside(announcement.url))
        self.more.setVisible(bool(announcement.url))
        layout.addWidget(self.more)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _when_line(self) -> str:
        announcement = self.announcement
        parts = []
        if announcement.since is not None and when_text(announcement.since):
            parts.append(arg(self.tr("Since %1."), when_text(announcement.since)))
        if announcement.until is not None and when_text(announcement.until):
            parts.append(arg(self.tr("Expected to be fixed by %1."),
                             when_text(announcement.until)))
        return " ".join(parts)
