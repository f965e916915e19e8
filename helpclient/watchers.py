"""Known problems and crash offers, attached to the running app once its tray icon shows (they
cost nothing at start-up): the tray's "Known problems" entry and notifications, "we already
know" in every new report wizard, and "Report this problem" when a program crashed.

Like :mod:`helpclient.app`, this module wires; what the announcements and crashes mean is core's
(:mod:`helpclient.core.known`, :mod:`helpclient.core.crashes`), what they look like the UI's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction

from helpclient.app import HelpClientApp
from helpclient.core.crashes.model import Crash, CrashSource
from helpclient.core.crashes.offers import CrashOffers
from helpclient.core.crashes.report import crash_report
from helpclient.core.known.model import Announcement
from helpclient.core.known.service import KnownProblems, News
from helpclient.core.redact import Redactor
from helpclient.core.report.problem import ProblemReport
from helpclient.core.report.userinfo import saved_contact
from helpclient.core.tracking.activity import QuietHours
from helpclient.services import Services
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.kit.text import arg
from helpclient.ui.known.driver import REPORT_MAX_AGE, KnownProblemsDriver
from helpclient.ui.shell.crash_offers import CrashWatch

if TYPE_CHECKING:  # the windows' and the wizard's parts are imported when shown
    from helpclient.ui.known.window import KnownProblemsWindow
    from helpclient.ui.wizard import ReportWizard

log = logging.getLogger(__name__)


class ProblemWatchers(QObject):
    """The known problems and crash offers of one running app (its child)."""

    def __init__(self, app: HelpClientApp, known: KnownProblemsDriver, crashes: CrashWatch,
                 redactor: Callable[[], Redactor],
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        super().__init__(app)
        self._now = now
        self.app = app
        self.known = known
        self.crashes = crashes
        self._redactor = redactor
        self.window: KnownProblemsWindow | None = None
        self.pending_crash: Crash | None = None
        known.setParent(self)
        crashes.setParent(self)
        self.known_action = QAction(self)
        self.known_action.setVisible(False)
        self.known_action.triggered.connect(self._show_known)
        self.crash_action = QAction(self)
        self.crash_action.setVisible(False)
        # after the menu is done with the click: the entry hides itself when used
        self.crash_action.triggered.connect(
            lambda: QTimer.singleShot(0, self, self.report_pending_crash))
        if app.tray is not None:
            menu = app.tray.menu
            menu.insertAction(app.actions.report_action, self.crash_action)
            menu.insertAction(app.actions.report_action, self.known_action)
            menu.installEventFilter(self)  # told when the interface language changes
        known.changed.connect(self._known_changed)
        known.news.connect(self._news)
        crashes.offered.connect(self.offer_crash)
        # no timer of our own: the poller's pace, and each new report, refresh the list
        app.poller.synced.connect(lambda _result: known.refresh())
        app.poller.failed.connect(lambda _exc: known.refresh())
        app.settings_watch.changed.connect(crashes.apply_settings)
        make = app.reports.make_wizard

        def make_wizard(start: ProblemReport) -> ReportWizard:
            from helpclient.ui.wizard.known_assist import KnownProblemsAssist  # noqa: PLC0415

            wizard = make(start)
            KnownProblemsAssist(wizard, known)
            known.refresh(REPORT_MAX_AGE)
            return wizard

        app.reports.make_wizard = make_wizard
        qapp = QCoreApplication.instance()
        if qapp is not None:
            qapp.aboutToQuit.connect(self.dispose)

    def start(self) -> None:
        """The first look: the known problems now, and crashes if IT switched that on."""
        self.known.refresh()
        self.crashes.apply_settings()

    def dispose(self) -> None:
        """Stop watching and close the window (quitting; Qt is still up)."""
        self.crashes.stop()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    # -- known problems ---------------------------------------------------------------------------

    def open_known(self) -> KnownProblemsWindow:
        """The window of active known problems."""
        if self.window is None:
            from helpclient.ui.known.window import KnownProblemsWindow  # noqa: PLC0415

            self.window = KnownProblemsWindow()
            self.window.setWindowIcon(self.app.icon)
            self.window.report_requested.connect(self._report_from_window)
        self.window.set_announcements(self.known.active)
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        return self.window

    def _show_known(self) -> None:
        self.open_known()

    def _report_from_window(self) -> None:
        if self.window is not None:
            self.window.hide()
        self.app.open_report()

    def _known_changed(self, active: list[Announcement]) -> None:
        self._retranslate()
        if self.window is not None:
            self.window.set_announcements(active)

    def _news(self, news: News) -> None:
        language = interface_language()
        if news.new:
            titles = [a.localized(language).title for a in news.new]
            if len(titles) == 1:
                self._notify(arg(self.tr("Known problem: %1"), titles[0]),
                             self.tr("IT is working on it. You will be told when it is fixed."))
            else:
                self._notify(self.tr("%n known problem(s)", "", len(titles)),
                             "\n".join(titles[:5]))
        for announcement in news.resolved[:3]:
            self._notify(arg(self.tr("Fixed: %1"), announcement.localized(language).title),
                         self.tr("IT says this problem is fixed. If it still happens to you, "
                                 "report it."))

    def _notify(self, title: str, message: str, on_click: Callable[[], None] | None = None
                ) -> None:
        tray = self.app.tray
        settings = self.app.connection.settings
        if tray is None or not settings.get("sync.notifications"):
            return
        quiet = QuietHours.parse(str(settings.get("sync.quiet_hours")))
        if quiet is not None and quiet.contains(datetime.now().time()):
            return
        tray.notify(title, message, on_click=on_click or self._show_known)

    # -- crashes ----------------------------------------------------------------------------------

    def offer_crash(self, crash: Crash) -> None:
        """Offer to report ``crash``: a tray entry (until used or replaced) and a
        notification."""
        self.pending_crash = crash
        self._retranslate()
        self._notify(arg(self.tr("%1 closed unexpectedly"), crash.program),
                     self.tr("Report this problem: the details are filled in for you."),
                     on_click=self.report_pending_crash)

    def report_pending_crash(self) -> None:
        """Open the report wizard prefilled with the offered crash."""
        crash, self.pending_crash = self.pending_crash, None
        self._retranslate()
        if crash is None:
            return
        settings = self.app.connection.settings
        start = ProblemReport(contact=saved_contact(settings))
        report = crash_report(crash, start, self._redactor(), self._now(),
                              QCoreApplication.translate)  # the interface language
        self.app.open_report(report)

    # -- words ------------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        count = len(self.known.active)
        self.known_action.setText(self.tr("Known &problems (%n)…", "", count))
        self.known_action.setVisible(count > 0)
        crash = self.pending_crash
        if crash is not None:
            self.crash_action.setText(arg(self.tr("Report the crash of %1…"), crash.program))
        self.crash_action.setVisible(crash is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Follow a change of the interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False


def local_redactor(services: Services) -> Redactor:
    """What a crash summary goes through: secrets always; names, homes and addresses too when
    IT anonymises system information."""
    anonymize = bool(services.settings.get("sysinfo.anonymize"))
    if not anonymize:
        return Redactor()
    from helpclient.platform.collectors import local_identity  # noqa: PLC0415 (psutil & co.)

    return Redactor(anonymize=True, identity=local_identity())


def attach_watchers(app: HelpClientApp, services: Services, runner: TaskRunner, *,
                    known: Callable[[], KnownProblems] | None = None,
                    crash_source: Callable[[], CrashSource | None] | None = None,
                    crash_offers: Callable[[], CrashOffers] | None = None,
                    now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> ProblemWatchers:
    """Known problems and crash offers for ``app``, started. Tests replace the service, the
    crash records, the offer rules or the clock."""
    language = interface_language()
    driver = KnownProblemsDriver(known or (lambda: services.known_problems), runner)
    watch = CrashWatch(crash_source or (lambda: services.crash_source(language)),
                       crash_offers or services.crash_offers,
                       lambda: bool(services.settings.get("crashes.offer")), runner)
    watchers = ProblemWatchers(app, driver, watch, lambda: local_redactor(services), now)
    watchers.start()
    return watchers
