"""No news about what the user did, and none unread on the ticket they are reading: the window
tells core which ticket is in view (shown, not minimized, its page current); the app leaves out
the balloon for the ticket read in the active window. The fake helpdesk reopens a ticket the way
Request Tracker does: "The RT System itself" changes the status, which reads like support."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from app_builder import make_test_app

from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.models import Capability, Message, Ticket, TicketStatus, UserInfo
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.core.tracking.cache import TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.sync import TicketSync
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.shell.notifications import notify_changes
from helpclient.ui.shell.poller import PollDriver

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


class RtLikeHelpdesk:
    """Enough of a helpdesk for the window and the app; each change is a minute later."""

    capabilities = Capability.REPLY | Capability.SOLVE | Capability.REOPEN

    def __init__(self) -> None:
        self.minute = 0
        self.tickets = {"1": self._ticket("1", TicketStatus.OPEN, T0),
                        "2": self._ticket("2", TicketStatus.SOLVED, T0),
                        "3": self._ticket("3", TicketStatus.NEW, T0)}
        self.messages: dict[str, list[Message]] = {"1": [], "2": [], "3": []}

    @staticmethod
    def _ticket(ticket_id: str, status: TicketStatus, when: datetime) -> Ticket:
        return Ticket(ticket_id, f"Problem {ticket_id}", status, status.value, T0, when,
                      owner="Bob Support")

    def _say(self, ticket_id, body, *, support, kind="message", status=None):
        self.minute += 1
        when = T0 + timedelta(minutes=self.minute)
        self.tickets[ticket_id] = self._ticket(
            ticket_id, status or self.tickets[ticket_id].status, when)
        self.messages[ticket_id].append(Message(f"m{self.minute}", "Bob" if support else "Al",
                                                when, body, from_support=support, kind=kind,
                                                status=status))

    def support_says(self, ticket_id, body):
        self._say(ticket_id, body, support=True)

    # --- HelpdeskBackend, as far as used ---
    def whoami(self):
        return UserInfo("alice", "Alice")

    def list_my_tickets(self, changed_since=None):
        return [t for t in self.tickets.values()
                if changed_since is None or t.updated >= changed_since]

    def get_ticket(self, ticket_id):
        return self.tickets[ticket_id]

    def conversation(self, ticket_id):
        return list(self.messages[ticket_id])

    def reopen(self, ticket_id, reason):
        self._say(ticket_id, reason, support=False)
        self._say(ticket_id, "open", support=True, kind="status", status=TicketStatus.OPEN)

    def reply(self, ticket_id, body, attachments=(), idempotency_key="", progress=None):
        self._say(ticket_id, body, support=False)
        if self.tickets[ticket_id].status is TicketStatus.NEW:  # a helpdesk opening it itself
            self._say(ticket_id, "open", support=True, kind="status", status=TicketStatus.OPEN)


class Setup:
    """The window over a cache and a poller, recording what would pop up."""

    def __init__(self, qtbot, tmp_path) -> None:
        self.helpdesk = helpdesk = RtLikeHelpdesk()
        runner = TaskRunner(synchronous=True)
        self.clock = [1_000_000.0]
        self.cache = TicketCache(tmp_path / "tickets.sqlite", "https://rt.example")
        sync = TicketSync(lambda: helpdesk, self.cache,
                          lambda: datetime.fromtimestamp(self.clock[0], UTC))
        scheduler = PollScheduler(PollPolicy(), lambda: self.clock[0], random.Random(3))
        self.poller = PollDriver(scheduler, sync, runner)
        settings = Settings(tmp_path / "config.toml")
        self.shown: list[str] = []
        self.poller.synced.connect(lambda result: notify_changes(
            result, settings, lambda title, *_: self.shown.append(title),
            now_local=datetime(2026, 11, 24, 12, 0)))
        self.window = RequestsWindow(runner, lambda: helpdesk, cache=self.cache,
                                     poller=self.poller)
        qtbot.addWidget(self.window)
        self.poller.start()  # the first sync: nothing is news

    def poll(self) -> None:
        self.clock[0] += 3600
        self.window.refresh()

    def unread(self, ticket_id: str) -> bool:
        cached = self.cache.get(ticket_id)
        assert cached is not None
        assert self.window.model.flags_of(ticket_id)[0] is cached.unread  # list agrees
        return cached.unread


@pytest.fixture
def setup(qtbot, tmp_path):
    s = Setup(qtbot, tmp_path)
    yield s
    s.poller.stop()
    s.cache.close()


def test_own_reopen_is_announced_nowhere(setup):
    setup.window.show()
    view = setup.window.open_ticket("2")
    view.reopen("Still broken after the update.")  # the view polls after it
    assert setup.helpdesk.tickets["2"].status is TicketStatus.OPEN
    setup.window.show_list()
    setup.poll()
    assert setup.shown == [] and not setup.unread("2")
    assert setup.cache.unread_count() == 0


def test_own_reply_is_announced_nowhere(setup):
    setup.window.show()
    view = setup.window.open_ticket("3")
    view.reply_edit.setPlainText("It happens on the second screen too.")
    view.send_reply()  # the view polls after it
    assert setup.helpdesk.tickets["3"].status is TicketStatus.OPEN
    setup.window.show_list()
    setup.poll()
    assert setup.shown == [] and not setup.unread("3")


def test_support_news_on_the_ticket_in_view_is_shown_and_read(setup):
    setup.window.show()
    view = setup.window.open_ticket("1")
    setup.helpdesk.support_says("1", "Is the cable plugged in?")
    setup.poll()
    assert "Is the cable plugged in?" in view.conversation_view.toPlainText()
    assert not setup.unread("1") and setup.cache.unread_count() == 0


@pytest.mark.parametrize("away", ["hidden", "minimized", "on the list"])
def test_news_waits_unread_while_the_ticket_is_not_in_view(setup, qtbot, away):
    setup.window.show()
    view = setup.window.open_ticket("1")
    if away == "hidden":
        setup.window.hide()
    elif away == "minimized":
        setup.window.showMinimized()
    else:
        setup.window.show_list()
    assert setup.window.in_view.ticket_id is None
    setup.helpdesk.support_says("1", "Is the cable plugged in?")
    setup.poll()
    assert setup.unread("1") and setup.cache.unread_count() == 1
    # back in view: what it missed is shown, and read
    if away == "on the list":
        view = setup.window.open_ticket("1")
    else:
        setup.window.showNormal()
    assert setup.window.in_view.ticket_id == "1"
    assert "Is the cable plugged in?" in view.conversation_view.toPlainText()
    assert not setup.unread("1") and setup.cache.unread_count() == 0


# --- the app: tray balloon and badge ---------------------------------------------------------

@pytest.fixture
def app(qtbot, tmp_path):
    helpdesk = RtLikeHelpdesk()
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            lambda config, token: helpdesk, environ={})
    connection.sign_in(ServerConfig("rt", "https://rt.example", "General"),
                       Credentials.token("token"))
    helpclient = make_test_app(tmp_path, connection, tray_available=True)
    helpclient.helpdesk = helpdesk
    helpclient.shown = []
    helpclient.tray.notify = lambda title, body, ticket_id="": helpclient.shown.append(title)
    helpclient.start_polling()
    yield helpclient
    helpclient.dispose()
    helpclient.cache.close()


def test_app_reopen_brings_no_balloon_and_no_badge(app):
    requests = app.open_requests()
    requests.open_ticket("2").reopen("Still broken after the update.")
    app.poller.poke()
    assert app.shown == [] and app.tray.unread == 0


def test_app_balloon_only_when_the_ticket_is_not_read_in_the_active_window(app, qtbot):
    requests = app.open_requests()
    requests.open_ticket("1")
    qtbot.waitUntil(requests.isActiveWindow)
    app.helpdesk.support_says("1", "Is the cable plugged in?")
    app.poller.poke()
    assert app.shown == [] and app.tray.unread == 0
    requests.hide()
    app.helpdesk.support_says("1", "Anyone there?")
    app.poller.poke()
    assert app.shown == ["Support is waiting for your answer on request #1"]
    assert app.tray.unread == 1
