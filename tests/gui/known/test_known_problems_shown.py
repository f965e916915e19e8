"""Known problems in the running app (offscreen): the wizard says "we already know" for a
summary that fits an announcement and not for another problem, and the report can still go on;
the tray lists the active ones and tells of a new one — and of its fix — once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from app_builder import make_test_app
from known_fakes import MAIL_OUTAGE, NOW, Clock, FeedServer, feed, known_problems
from PySide6.QtWidgets import QApplication

from helpclient.core.connection import Connection
from helpclient.core.known.service import Source
from helpclient.core.paths import AppPaths
from helpclient.core.report.problem import Category, Step
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.core.tracking.sync import SyncResult
from helpclient.services import Services, backend_factory
from helpclient.watchers import attach_watchers


class Shown:
    """The tray's notifications, as the user would see them."""

    def __init__(self):
        self.items = []

    def __call__(self, title, message, ticket_id="", *, on_click=None):
        self.items.append((title, message, on_click))

    @property
    def titles(self):
        return [title for title, _message, _click in self.items]


@pytest.fixture
def running(qtbot, tmp_path):
    """The app with a tray, its feed at the network edge, and what it notified."""
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    app = make_test_app(tmp_path, connection, tray_available=True)
    shown = Shown()
    app.tray.notify = shown
    server = FeedServer(MAIL_OUTAGE)
    clock = Clock()
    services = Services.around(AppPaths.under(tmp_path), connection)
    watchers = attach_watchers(app, services, app.runner, known=lambda: known_problems(
        tmp_path / "known", Source("feed", server.fetch), clock=clock))
    yield app, watchers, server, clock, shown
    watchers.dispose()
    app.dispose()


def summary_typed(app, watchers, text):
    page = app.wizard.step_page(Step.PROBLEM)
    page.summary.setText(text)
    assist = next(c for c in app.wizard.children() if type(c).__name__ == "KnownProblemsAssist")
    assist.match_now()
    return assist.panel


def test_the_wizard_says_we_already_know_and_the_report_can_go_on(running, qtbot):
    app, watchers, _server, _clock, _shown = running
    app.open_report()
    panel = summary_typed(app, watchers, "Outlook cannot connect")
    assert panel.isVisible()
    assert panel.heading.text() == "We already know about this problem"
    card = panel.cards[0]
    assert card.title.text() == "E-mail is down in Building B"
    assert card.when.text().endswith("· Affects: E-mail")  # "Since 06:40. · Affects: E-mail"
    assert "you will be told when it is fixed" in panel.note.text()
    card.more.linkActivated.emit("details")  # "Details…": the whole announcement
    assert panel.details is not None and panel.details.isVisible()
    assert panel.details.card.text.text().startswith("Outlook and webmail cannot reach")
    panel.details.reject()

    panel = summary_typed(app, watchers, "The printer jams on every page")
    assert not panel.isVisible()

    summary_typed(app, watchers, "Outlook cannot connect")
    page = app.wizard.step_page(Step.PROBLEM)
    page._radios[Category.EMAIL].click()
    app.wizard.next()
    assert app.wizard.flow.current is Step.ACTIONS  # nothing stands in the way of the report


def test_the_tray_shows_the_active_ones_and_tells_of_a_new_one_once(running, qtbot):
    app, watchers, server, clock, shown = running
    assert shown.titles == ["Known problem: E-mail is down in Building B"]
    assert watchers.known_action.isVisible()
    assert watchers.known_action.text() == "Known &problems (1)…"
    assert watchers.known_action in app.tray.menu.actions()

    window = watchers.open_known()
    assert [c.title.text() for c in window.cards] == ["E-mail is down in Building B"]
    window.report_button.click()
    assert app.wizard is not None and app.wizard.isVisible() and not window.isVisible()

    app.poller.synced.emit(SyncResult())  # the poller asked the helpdesk: refresh if due
    assert server.calls == 1  # not due yet
    clock.now = NOW + timedelta(minutes=16)
    app.poller.synced.emit(SyncResult())
    assert server.calls == 2
    assert shown.titles == ["Known problem: E-mail is down in Building B"]  # not repeated

    server.document = feed({**MAIL_OUTAGE, "resolved": "2025-05-14T10:10:00Z"})
    clock.now = NOW + timedelta(minutes=32)
    app.poller.failed.emit(RuntimeError("helpdesk down"))  # a failed poll counts too
    assert shown.titles[-1] == "Fixed: E-mail is down in Building B"
    assert not watchers.known_action.isVisible()
    assert window.cards == [] and not window.empty.isHidden()


def test_a_click_on_the_notification_opens_the_known_problems(running, qtbot):
    _app, watchers, _server, _clock, shown = running
    _title, _message, on_click = shown.items[0]
    on_click()
    assert watchers.window is not None and watchers.window.isVisible()


def test_notifications_switched_off_show_none_but_the_menu_entry_stays(qtbot, tmp_path):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    connection.settings.set("sync.notifications", False)
    app = make_test_app(tmp_path, connection, tray_available=True)
    shown = Shown()
    app.tray.notify = shown
    watchers = attach_watchers(app, Services.around(AppPaths.under(tmp_path), connection),
                               app.runner, known=lambda: known_problems(
                                   tmp_path / "known", Source("feed", FeedServer(MAIL_OUTAGE)
                                                              .fetch)))
    assert shown.items == [] and watchers.known_action.isVisible()
    watchers.dispose()
    app.dispose()


def test_in_russian_the_wizard_and_tray_speak_russian(running, qtbot, language):
    app, watchers, _server, _clock, _shown = running
    language("ru_RU")
    app.change_language("ru")
    QApplication.processEvents()  # the language change reaches the tray's menu
    assert watchers.known_action.text() == "&Известные проблемы (1)…"
    app.open_report()
    panel = summary_typed(app, watchers, "не работает почта")
    assert panel.heading.text() == "Мы уже знаем об этой проблеме"
    assert [c.title.text() for c in panel.cards] == ["Не работает почта в корпусе Б"]
    assert panel.cards[0].when.text().endswith("Затронуто: E-mail")
