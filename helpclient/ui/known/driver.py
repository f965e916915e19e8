"""Keeping the known problems current while the app runs, off the GUI thread.

There is no timer of its own: the app asks for a refresh when the poller has asked the helpdesk
(its cadence already follows activity, idle and battery), and when a report opens — where a
known problem matters most. :meth:`KnownProblemsDriver.refresh` then asks the sources only when
the last answer is older than the age it is given, so a poller running every two minutes does
not make a fleet fetch the feed every two minutes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from helpclient.core.known.model import Announcement
from helpclient.core.known.service import KnownProblems, News
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)

#: With the poller: the sources are asked at most this often.
POLL_MAX_AGE = timedelta(minutes=15)
#: When a report opens: a fresher answer is worth one request.
REPORT_MAX_AGE = timedelta(minutes=2)


class KnownProblemsDriver(QObject):
    """``changed(list[Announcement])``: the active announcements for the interface language,
    after each refresh; ``news(News)``: what the user has not been told yet."""

    changed = Signal(object)
    news = Signal(object)

    def __init__(self, service: Callable[[], KnownProblems], runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        """``service()`` builds the service on first use (on a worker: it reads its files)."""
        super().__init__(parent)
        self._factory = service
        self._service: KnownProblems | None = None
        self._build_lock = threading.Lock()
        self._runner = runner
        self._in_flight = False
        self.active: list[Announcement] = []

    def _get(self) -> KnownProblems:
        with self._build_lock:
            if self._service is None:
                self._service = self._factory()
            return self._service

    def refresh(self, max_age: timedelta = POLL_MAX_AGE) -> None:
        """Ask the sources if the last answer is older than ``max_age`` (one refresh at a
        time); the known list is shown either way."""
        if self._in_flight:
            return
        self._in_flight = True
        language = interface_language()
        get = self._get

        def run() -> tuple[News, list[Announcement]]:
            service = get()
            news = service.refresh(language) if service.due(max_age) else News()
            return news, service.active(language)

        self._runner.run_task(run, self._done, self._failed, context=self)

    def _done(self, result: tuple[News, list[Announcement]]) -> None:
        self._in_flight = False
        news, active = result
        self.active = active
        self.changed.emit(active)
        if news:
            self.news.emit(news)

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.warning("known problems not refreshed: %s", exc)

    def match(self, text: str, on_done: Callable[[list[Announcement]], None],
              context: QObject) -> None:
        """The active announcements that fit ``text`` (searched on a worker), for
        ``on_done`` on the GUI thread while ``context`` lives."""
        language = interface_language()
        get = self._get
        self._runner.run_task(lambda: get().match(text, language), on_done,
                              lambda exc: log.warning("known problems not matched: %s", exc),
                              context=context)
