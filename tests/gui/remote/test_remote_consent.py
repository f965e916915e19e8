"""Remote assistance in the app: offered only when configured, asked every time, the real tool
started only after consent (a small script stands in for it), stopped from the menu, and the
note queued for the open request through the outbox."""

import json
import logging
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app_builder import make_test_app
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QMessageBox
from settings_fakes import DictPolicy

from helpclient.core.connection import Connection
from helpclient.core.models import Ticket, TicketStatus
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.core.tracking.cache import CachedTicket
from helpclient.platform import os_user
from helpclient.services import backend_factory
from helpclient.ui.kit import links

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")

# the "tool": writes its arguments (as JSON, atomically) where its first argument says, then
# stays up for as many seconds as its second says, and ends with the exit code of its third
TOOL = """\
import json, os, sys, time
out, linger, code, *args = sys.argv[1:]
with open(out + ".tmp", "w", encoding="utf-8") as f:
    json.dump(args, f)
os.replace(out + ".tmp", out)
time.sleep(float(linger))
sys.exit(int(code))
"""
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def ticket(ticket_id, subject, status=TicketStatus.OPEN, age_h=0):
    when = NOW - timedelta(hours=age_h)
    return Ticket(ticket_id, subject, status, status.value, when, when)


@pytest.fixture
def tool(tmp_path):
    script = tmp_path / "tool.py"
    script.write_text(TOOL)
    return script


def command(tool, out, linger=60, code=0):
    return (f"'{sys.executable}' '{tool}' '{out}' {linger} {code} --ticket={{ticket}} "
            "--user {user} --computer {computer} {email}")


@pytest.fixture
def make_app(tmp_path):
    apps = []

    def make(policy, *, tray=True):
        settings = Settings(tmp_path / f"config{len(apps)}.toml", DictPolicy(policy))
        settings.set("contact.email", "alice@example.com")
        connection = Connection(settings, SessionSecretStore(), backend_factory, environ={})
        app = make_test_app(tmp_path / f"app{len(apps)}", connection, tray_available=tray)
        app.cache.store([CachedTicket(ticket("42", "Printer on floor 2 jams", age_h=2)),
                         CachedTicket(ticket("43", "VPN drops", age_h=1)),
                         CachedTicket(ticket("7", "Old one", TicketStatus.SOLVED))],
                        synced_at=NOW)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.dispose()
        app.cache.close()


def notes(app, ticket_id):
    return [entry.reply_body for entry in app.outbox.replies_waiting(ticket_id)]


def visible_menu(app):
    return [a.text() for a in app.tray.menu.actions() if not a.isSeparator() and a.isVisible()]


def test_not_configured_nothing_is_offered(make_app, qtbot):
    app = make_app({})
    assert "Let support &connect to my computer…" not in visible_menu(app)
    assert not app.actions.remote_action.isVisible()
    requests = app.open_requests()
    requests.open_ticket("42")
    assert not requests.remote_offer.isVisible()
    assert app.remote.offer() is None  # even when asked directly: nothing to start
    assert app.remote.dialog is None


def test_a_bad_configuration_is_not_offered_and_does_not_crash(make_app, tool, tmp_path):
    app = make_app({"remote.command": f"'{sys.executable}' '{tool}' {{ticket_number}}"})
    assert not app.actions.remote_action.isVisible()
    assert app.remote.setup().problems[0].startswith(
        "remote.command: unknown placeholder {ticket_number}")


def test_consent_given_starts_the_tool_notes_it_and_stop_ends_it(make_app, tool, tmp_path,
                                                                   qtbot, caplog):
    caplog.set_level(logging.INFO, "helpclient.ui.remote")
    out = tmp_path / "ran.json"
    app = make_app({"remote.tool_name": "Test Tool", "remote.command": command(tool, out),
                    "remote.how_to_stop": "Click Disconnect in Test Tool."})
    assert "Let support &connect to my computer…" in visible_menu(app)
    app.actions.remote_action.trigger()
    dialog = app.remote.dialog
    assert dialog is not None and dialog.isVisible()
    text = " ".join(label.text() for label in (dialog.what_label, dialog.sees_label,
                                               dialog.control_label, dialog.stop_label))
    assert "Test Tool" in text and "sees your screen" in text and "stay in control" in text
    assert "Click Disconnect in Test Tool." in text and "Stop remote assistance" in text
    assert dialog.start_button.text() == "Start Test Tool"
    assert dialog.cancel_button.isDefault() and not dialog.start_button.isDefault()
    # the newest open request is chosen; solved ones are not offered
    assert dialog.ticket_box.currentData() == "43"
    assert [dialog.ticket_box.itemData(i) for i in range(dialog.ticket_box.count())] == \
        ["43", "42", ""]
    dialog.ticket_box.setCurrentIndex(1)
    assert not out.exists() and app.remote.process is None  # nothing before consent

    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert json.loads(out.read_text()) == ["--ticket=42", "--user", os_user().login,
                                           "--computer", socket.gethostname(),
                                           "alice@example.com"]
    qtbot.waitUntil(app.actions.stop_remote_action.isVisible, timeout=5_000)
    assert "S&top remote assistance" in visible_menu(app)
    assert "Let support &connect to my computer…" not in visible_menu(app)
    qtbot.waitUntil(lambda: app.remote.message is not None, timeout=5_000)  # once it settled
    started = app.remote.message
    assert started is not None and "Click Disconnect in Test Tool." in started.text()
    # the note waits in the outbox (no helpdesk here) for the request chosen
    (note,) = notes(app, "42")
    assert note.startswith("Remote assistance: I agreed to let support connect to my computer "
                           "with Test Tool. HelpClient started it at ")
    assert notes(app, "43") == []
    # asked again while it runs (from My requests, say): no second tool, how to stop instead
    assert app.remote.offer("43") is None
    assert "already running" in app.remote.message.text()
    assert "Click Disconnect in Test Tool." in app.remote.message.text()

    app.actions.stop_remote_action.trigger()
    qtbot.waitUntil(lambda: app.remote.process is None, timeout=10_000)
    assert not app.actions.stop_remote_action.isVisible()
    assert app.actions.remote_action.isVisible()
    logged = [r.getMessage() for r in caplog.records]
    assert "remote assistance: the user agreed; starting Test Tool" in logged
    assert "remote assistance: Test Tool stopped" in logged
    assert not any("alice@example.com" in line for line in logged)  # no arguments logged

    # asked again each time: nothing was remembered
    app.actions.remote_action.trigger()
    assert app.remote.dialog is not None and app.remote.dialog is not dialog
    assert app.remote.process is None


@pytest.mark.parametrize("refuse", ["cancel", "enter", "enter in the list", "escape"])
def test_consent_refused_nothing_runs(make_app, tool, tmp_path, qtbot, refuse):
    out = tmp_path / "ran.json"
    app = make_app({"remote.command": command(tool, out)})
    app.actions.remote_action.trigger()
    dialog = app.remote.dialog
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        if refuse == "cancel":
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        elif refuse == "enter in the list":  # Enter away from the buttons: the default one
            dialog.ticket_box.setFocus()
            qtbot.keyClick(dialog.ticket_box, Qt.Key.Key_Return)
        else:
            key = Qt.Key.Key_Return if refuse == "enter" else Qt.Key.Key_Escape
            qtbot.keyClick(dialog, key)
    qtbot.wait(300)
    assert app.remote.process is None and not out.exists()
    assert notes(app, "43") == [] and notes(app, "42") == []
    assert not app.actions.stop_remote_action.isVisible()


def test_my_requests_offers_it_for_the_open_request_shown(make_app, tool, tmp_path, qtbot):
    out = tmp_path / "ran.json"
    app = make_app({"remote.tool_name": "Test Tool", "remote.command": command(tool, out)})
    requests = app.open_requests()
    assert not requests.remote_offer.isVisible()  # the list: no request chosen
    requests.open_ticket("7")
    assert not requests.remote_offer.isVisible()  # solved
    requests.open_ticket("42")
    assert requests.remote_offer.isVisible()
    qtbot.mouseClick(requests.remote_offer, Qt.MouseButton.LeftButton)
    dialog = app.remote.dialog
    assert dialog is not None and dialog.ticket_box.currentData() == "42"  # not the newest
    dialog.reject()


def test_a_tool_that_ends_at_once_with_an_error_is_reported(make_app, tool, tmp_path, qtbot):
    out = tmp_path / "ran.json"
    app = make_app({"remote.tool_name": "Test Tool",
                    "remote.command": command(tool, out, linger=0, code=3),
                    "support.phone": "+1 555 0100"})
    app.actions.remote_action.trigger()
    app.remote.dialog.start_button.click()
    qtbot.waitUntil(lambda: app.remote.process is None, timeout=10_000)
    box = app.remote.message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning
    assert "Test Tool stopped right after it started (exit code 3)" in box.text()
    assert "Nothing was shared" in box.text() and "+1 555 0100" in box.text()
    assert not app.actions.stop_remote_action.isVisible()
    assert notes(app, "43") == []  # no note saying support may connect: it cannot


def test_a_launcher_that_hands_over_and_ends_well_counts_as_started(make_app, tool, tmp_path,
                                                                    qtbot):
    out = tmp_path / "ran.json"
    app = make_app({"remote.tool_name": "Test Tool",
                    "remote.command": command(tool, out, linger=0, code=0)})
    app.actions.remote_action.trigger()
    app.remote.dialog.start_button.click()
    qtbot.waitUntil(lambda: notes(app, "43") != [], timeout=10_000)
    assert app.remote.process is None and "Test Tool is starting" in app.remote.message.text()


def test_a_tool_that_cannot_start_is_reported(make_app, tmp_path, qtbot):
    program = tmp_path / "tool.sh"
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    app = make_app({"remote.tool_name": "Test Tool", "remote.command": f"'{program}' --x"})
    app.actions.remote_action.trigger()
    program.chmod(0o644)  # no longer executable when the user agrees
    app.remote.dialog.start_button.click()
    qtbot.waitUntil(lambda: app.remote.message is not None, timeout=10_000)
    text = app.remote.message.text()
    assert "Test Tool could not be started" in text and "Nothing was shared" in text
    assert app.remote.process is None and not app.actions.stop_remote_action.isVisible()


def test_a_tool_gone_since_start_is_explained_when_asked(make_app, tool, tmp_path):
    copy = tmp_path / "gone.py"
    copy.write_text(tool.read_text())
    copy.chmod(0o755)
    app = make_app({"remote.tool_name": "Test Tool", "remote.command": f"'{copy}'"})
    assert app.actions.remote_action.isVisible()
    copy.unlink()
    assert app.remote.offer() is None
    assert "not available on this computer any more" in app.remote.message.text()


def test_a_web_page_opens_in_the_browser_with_encoded_values(make_app, monkeypatch, qtbot):
    opened = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(links.QDesktopServices, "openUrl", fake_open)
    app = make_app({"remote.tool_name": "Web Assist",
                    "remote.url": "https://assist.example.com/join?t={ticket}&m={email}"})
    app.connection.settings.set("contact.email", "a&b=c@example.com")
    app.actions.remote_action.trigger()
    dialog = app.remote.dialog
    assert dialog.start_button.text() == "Open Web Assist"
    assert "in your web browser" in dialog.what_label.text()
    assert "Stop remote assistance" not in dialog.stop_label.text()  # HelpClient cannot stop it
    dialog.start_button.click()
    assert opened == ["https://assist.example.com/join?t=43&m=a%26b%3Dc%40example.com"]
    assert "open in your web browser" in app.remote.message.text()
    assert not app.actions.stop_remote_action.isVisible()
    (note,) = notes(app, "43")
    assert "with Web Assist. HelpClient opened it in my browser at " in note


def test_without_a_tray_the_home_window_has_the_button(make_app, tool, tmp_path):
    app = make_app({"remote.command": command(tool, tmp_path / "ran.json")}, tray=False)
    texts = [b.text() for b in app.home.buttons if not b.isHidden()]
    assert "Let support &connect to my computer…" in texts
    assert "S&top remote assistance" not in texts


def test_quitting_ends_the_tool_helpclient_started(make_app, tool, tmp_path, qtbot):
    out = tmp_path / "ran.json"
    app = make_app({"remote.command": command(tool, out)})
    app.actions.remote_action.trigger()
    app.remote.dialog.start_button.click()
    qtbot.waitUntil(app.remote.is_running, timeout=10_000)
    process = app.remote.process
    pid = process.processId()
    app.remote.shutdown()
    assert not Path(f"/proc/{pid}").exists()


def test_the_consent_dialog_is_not_loaded_at_start_up():
    probe = ("import sys, helpclient.launch; "
             "print('helpclient.ui.remote.consent' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "False"


def test_a_changed_user_file_offers_or_withdraws_it_without_restart(make_app, tool, tmp_path,
                                                                    qtbot):
    app = make_app({})
    action = app.actions.remote_action
    assert not action.isVisible()
    user_file = app.connection.settings.user_file
    user_file.write_text(f'[remote]\ncommand = "{sys.executable} -c pass"\n')
    qtbot.waitUntil(action.isVisible, timeout=5000)
    user_file.write_text("")
    qtbot.waitUntil(lambda: not action.isVisible(), timeout=5000)
