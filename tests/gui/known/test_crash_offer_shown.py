"""A crash offered in the running app (offscreen): the recorded crash of a program from the menu
puts "Report the crash of …" in the tray with a notification, and either opens the report wizard
prefilled — program, version, time, redacted summary — for the user to add what they did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app_builder import make_test_app
from known_fakes import Clock, recorded_run
from PySide6.QtWidgets import QApplication

from helpclient.core.connection import Connection
from helpclient.core.crashes.offers import CrashOffers
from helpclient.core.paths import AppPaths
from helpclient.core.report.problem import Category, Started, Step
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.platform.applications import DesktopEntry
from helpclient.platform.crashes_linux import LinuxCrashSource
from helpclient.services import Services, backend_factory
from helpclient.watchers import attach_watchers

CRASHED = datetime(2025, 5, 14, 9, 1, 33, 412000, tzinfo=UTC)
EDITOR = DesktopEntry("Text Editor", Path("/usr/share/applications/org.gnome.TextEditor.desktop"),
                      command="gnome-text-editor")


def start(tmp_path, *, offer: bool):
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            backend_factory, environ={})
    connection.settings.set("crashes.offer", offer)
    connection.settings.set("contact.name", "Alice Example")
    app = make_test_app(tmp_path, connection, tray_available=True)
    shown = []
    app.tray.notify = lambda title, message, ticket_id="", *, on_click=None: shown.append(
        (title, message, on_click))
    run = recorded_run()
    clock = Clock(CRASHED + timedelta(minutes=1))
    watchers = attach_watchers(
        app, Services.around(AppPaths.under(tmp_path), connection), app.runner,
        crash_source=lambda: LinuxCrashSource(run, uid=1000, entries=lambda: [EDITOR],
                                              which=lambda name: f"/usr/bin/{name}"),
        crash_offers=lambda: CrashOffers(tmp_path / "offers.json", lambda: timedelta(hours=24),
                                         clock), now=clock)
    return app, watchers, shown, run


@pytest.fixture
def offered(qtbot, tmp_path):
    app, watchers, shown, _run = start(tmp_path, offer=True)
    yield app, watchers, shown
    watchers.dispose()
    app.dispose()


def test_a_crash_is_offered_in_the_tray(offered):
    app, watchers, shown = offered
    assert watchers.crashes.running
    assert [(title, message) for title, message, _click in shown] == [
        ("Text Editor closed unexpectedly",
         "Report this problem: the details are filled in for you.")]
    assert watchers.crash_action.isVisible()
    assert watchers.crash_action.text() == "Report the crash of Text Editor…"
    menu = app.tray.menu.actions()
    assert menu.index(watchers.crash_action) < menu.index(app.actions.report_action)


def test_the_offer_opens_the_wizard_prefilled(offered):
    app, watchers, shown = offered
    _title, _message, on_click = shown[0]
    on_click()  # the user clicks the notification
    wizard = app.wizard
    assert wizard is not None and wizard.isVisible()
    report = wizard.report
    assert report.summary == "Text Editor closed unexpectedly"
    assert report.category is Category.SOFTWARE and report.started is Started.JUST_NOW
    assert (report.software, report.software_version) == ("Text Editor", "43.2")
    assert "(SIGSEGV)." in report.error_text.splitlines()[0]
    assert "--token=[REDACTED:secret]" in report.error_text and "s3cr3t" not in report.error_text
    assert report.contact.name == "Alice Example"
    page = wizard.step_page(Step.PROBLEM)
    assert page.summary.text() == "Text Editor closed unexpectedly"
    assert not watchers.crash_action.isVisible()  # used: the entry goes
    wizard.next()
    assert wizard.flow.current is Step.ACTIONS  # what the user was doing is theirs to add


def test_the_tray_entry_opens_it_too(offered, qtbot):
    app, watchers, _shown = offered
    watchers.crash_action.trigger()
    qtbot.waitUntil(lambda: app.wizard is not None)  # once the menu is done with the click
    assert app.wizard.report.software == "Text Editor"


def test_nothing_is_watched_unless_it_is_switched_on(qtbot, tmp_path):
    app, watchers, shown, run = start(tmp_path, offer=False)
    assert not watchers.crashes.running and run.calls == [] and shown == []
    app.connection.settings.set("crashes.offer", True)
    app.settings_watch.changed.emit()
    assert watchers.crashes.running and [t for t, _m, _c in shown] == [
        "Text Editor closed unexpectedly"]
    watchers.dispose()
    app.dispose()


def test_in_russian_the_offer_speaks_russian(offered, language):
    app, watchers, _shown = offered
    language("ru_RU")
    app.change_language("ru")
    QApplication.processEvents()  # the language change reaches the tray's menu
    assert watchers.crash_action.text() == "Сообщить о сбое программы «Text Editor»…"
    watchers.report_pending_crash()
    report = app.wizard.report
    assert report.summary == "Программа «Text Editor» неожиданно закрылась"
    assert report.error_text.startswith(
        "Программа «Text Editor» неожиданно закрылась 2025-05-14 в ")
    assert "Версия: 43.2" in report.error_text
