"""Known problems inside the report wizard: while the user says what is wrong, an announcement
that fits ("E-mail is down in Building B") appears under the summary — "We already know" — so
nobody spends ten minutes reporting what IT is already fixing. Nothing is in the way: the user
can still go on and file the report (a different problem, or something to add).

Attached from outside (the app), so the wizard works the same without known problems.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from helpclient.core.kb import MIN_QUERY
from helpclient.core.known.model import Announcement
from helpclient.core.report.problem import Step
from helpclient.ui.kit.geometry import grow_towards
from helpclient.ui.known.card import AnnouncementCard, AnnouncementDetails
from helpclient.ui.known.driver import KnownProblemsDriver
from helpclient.ui.wizard.pages_describe import ProblemPage
from helpclient.ui.wizard.placing import insert_under
from helpclient.ui.wizard.window import ReportWizard

#: Wait this long after a keystroke before matching.
TYPING_PAUSE_MS = 150
#: Announcements shown at most: the best ones; more would push the form away.
MAX_SHOWN = 2


class KnownProblemPanel(QWidget):
    """"We already know", the matching announcements, and that the report may still go on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("We already know about this problem"), self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self.tr("IT is working on it, and you will be told when it is "
                                   "fixed — no need to report it. If your problem is a "
                                   "different one, or you have something to add, go on with "
                                   "your report."), self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.cards: list[AnnouncementCard] = []
        self.details: AnnouncementDetails | None = None
        self._cards = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addLayout(self._cards)
        layout.addWidget(self.note)
        self.setVisible(False)

    def show_announcements(self, announcements: Sequence[Announcement]) -> None:
        """Show these announcements (the first MAX_SHOWN), or hide the panel for none."""
        shown = list(announcements)[:MAX_SHOWN]
        if [c.announcement.key for c in self.cards] != [a.key for a in shown]:
            for card in self.cards:
                card.setParent(None)  # out of the layout now, deleted when Qt gets to it
                card.deleteLater()
            self.cards = [AnnouncementCard(a, self, compact=True) for a in shown]
            for card in self.cards:
                card.details_requested.connect(self.show_details)
                self._cards.addWidget(card)
        self.setVisible(bool(shown))
        page = self.parentWidget()
        if shown and page is not None:  # the page must not squeeze the cards: grow if short
            missing = page.minimumSizeHint().height() - page.height()
            if missing > 0:
                window = self.window()
                grow_towards(window, QSize(window.width(), window.height() + missing))

    def show_details(self, announcement: Announcement) -> None:
        """The whole announcement in a box over the wizard."""
        self.details = AnnouncementDetails(announcement, self.window())
        self.details.open()


class KnownProblemsAssist(QObject):
    """Matches the summary against the known problems as the user types. Lives as long as the
    wizard (its child)."""

    def __init__(self, wizard: ReportWizard, driver: KnownProblemsDriver) -> None:
        super().__init__(wizard)
        self._driver = driver
        self._generation = 0
        self._text = ""
        page = wizard.step_page(Step.PROBLEM)
        assert isinstance(page, ProblemPage)
        self.panel = KnownProblemPanel(page)
        insert_under(page, page.summary, self.panel)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.match_now)
        page.summary.textChanged.connect(self.set_text)
        if page.summary.text():  # a prefilled report (a crash offer, a draft)
            self.set_text(page.summary.text())

    def set_text(self, text: str) -> None:
        """The summary changed: match again after a short pause."""
        self._text = text
        self._generation += 1
        if len(text.strip()) < MIN_QUERY:
            self._timer.stop()
            self.panel.show_announcements([])
            return
        self._timer.start()

    def match_now(self) -> None:
        """Match without waiting for the typing pause (tests)."""
        self._timer.stop()
        generation = self._generation
        self._driver.match(self._text, lambda found: self._matched(generation, found),
                           self.panel)

    def _matched(self, generation: int, found: list[Announcement]) -> None:
        if generation == self._generation:  # the user typed on meanwhile: a newer one comes
            self.panel.show_announcements(found)
