"""Following requests without a server: cache-first list, marks, scopes, poller driver, ticket
view extras (CSAT by capability, downloads, reply files), tray badge, duplicate hint."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QWidget

from helpclient.core.errors import ServerUnreachable
from helpclient.core.models import (
    AttachmentInfo,
    Capability,
    Message,
    Ticket,
    TicketStatus,
)
from helpclient.core.settings import Settings
from helpclient.core.tracking.cache import CachedTicket, TicketCache
from helpclient.core.tracking.poll_policy import PollPolicy, PollScheduler
from helpclient.core.tracking.sync import TicketSync
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.banner import ErrorBanner
from helpclient.ui.requests.model import (
    Column,
    Scope,
    TicketFilterProxy,
    TicketListModel,
    TicketRole,
    UnreadRole,
    WaitingRole,
)
from helpclient.ui.requests.ticket_view import TicketView
from helpclient.ui.requests.window import RequestsWindow
from helpclient.ui.settings.notifications import NotificationSettings
from helpclient.ui.shell.poller import PollDriver
from helpclient.ui.shell.tray import badged_icon
from helpclient.ui.wizard.duplicate_hint import DuplicateHint

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
BASE_CAPS = Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE | Capability.REOPEN


def ticket(id_: str, minutes: int = 0, status: TicketStatus = TicketStatus.OPEN,
           subject: str = "") -> Ticket:
    return Ticket(id_, subject or f"Problem {id_}", status, status.value, T0,
                  T0 + timedelta(minutes=minutes), owner="Bob Support")


class FakeHelpdesk:
    """Enough of HelpdeskBackend for the UI; ``offline`` makes every call fail."""

    def __init__(self, capabilities: Capability = BASE_CAPS) -> None:
        self.capabilities = capabilities
        self.tickets: dict[str, Ticket] = {}
        self.messages: dict[str, list[Message]] = {}
        self.files: dict[str, bytes] = {}
        self.offline = False
        self.replies: list[tuple[str, str, tuple]] = []
        self.ratings: list[tuple[str, bool, str]] = []

    def _check(self) -> None:
        if self.offline:
            raise ServerUnreachable("The helpdesk cannot be reached.")

    def list_my_tickets(self, changed_since=None):
        self._check()
        return sorted((t for t in self.tickets.values()
                       if changed_since is None or t.updated >= changed_since),
                      key=lambda t: t.updated, reverse=True)

    def get_ticket(self, ticket_id):
        self._check()
        return self.tickets[ticket_id]

    def conversation(self, ticket_id):
        self._check()
        return self.messages.get(ticket_id, [])

    def reply(self, ticket_id, body, attachments=()):
        self._check()
        self.replies.append((ticket_id, body, tuple(attachments)))

    def rate(self, ticket_id, satisfied, comment=""):
        self._check()
        self.ratings.append((ticket_id, satisfied, comment))

    def download_attachment(self, attachment_id):
        self._check()
        return iter([self.files[attachment_id]])


@pytest.fixture
def helpdesk() -> FakeHelpdesk:
    desk = FakeHelpdesk()
    desk.tickets = {"1": ticket("1", 0), "2": ticket("2", 5, TicketStatus.SOLVED),
                    "3": ticket("3", 9)}
    return desk


def make_poller(tmp_path, helpdesk, runner):
    clock = [1_000_000.0]
    cache = TicketCache(tmp_path / "tickets.sqlite", "https://rt.example")
    sync = TicketSync(lambda: helpdesk, cache, lambda: datetime.fromtimestamp(clock[0], UTC))
    scheduler = PollScheduler(PollPolicy(), lambda: clock[0], random.Random(3))
    return PollDriver(scheduler, sync, runner), cache, clock


def test_model_contract_with_marks_and_scopes(qtmodeltester, qapp):
    model = TicketListModel(clock=lambda: T0)
    model.set_cached([CachedTicket(ticket("1", 1), unread=True),
                      CachedTicket(ticket("2", 2, TicketStatus.SOLVED)),
                      CachedTicket(ticket("3", 3), waiting=True)])
    qtmodeltester.check(model)
    proxy = TicketFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    shown = {}
    for scope in Scope:
        proxy.set_scope(scope)
        shown[scope] = sorted(proxy.index(r, 0).data(TicketRole).id
                              for r in range(proxy.rowCount()))
    assert shown == {Scope.OPEN: ["1", "3"], Scope.WAITING: ["3"], Scope.SOLVED: ["2"],
                     Scope.ALL: ["1", "2", "3"]}
    proxy.set_scope(Scope.ALL)
    newest_first = [proxy.index(r, 0).data(TicketRole).id for r in range(proxy.rowCount())]
    proxy.sort(Column.UPDATED, Qt.SortOrder.DescendingOrder)  # the model's own order, unsorted
    assert newest_first == ["3", "2", "1"]
    assert [proxy.index(r, 0).data(TicketRole).id for r in range(3)] == ["3", "2", "1"]
    proxy.sort(Column.UPDATED, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(TicketRole).id for r in range(3)] == ["1", "2", "3"]
    row = model.row_of("1")
    assert model.index(row, Column.ID).data() == "● #1"
    assert model.index(row, Column.SUBJECT).data(Qt.ItemDataRole.FontRole).bold()
    model.set_flags("1", unread=False)
    assert model.index(row, Column.ID).data() == "#1"
    assert not model.index(row, 0).data(UnreadRole)
    assert model.index(model.row_of("3"), 0).data(WaitingRole)
    assert model.index(model.row_of("3"), 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(model.row_of("1"), Column.OWNER).data() == "Bob Support"


def test_window_shows_the_cache_at_once_and_offline_says_since_when(qtbot, tmp_path, helpdesk):
    runner = TaskRunner(synchronous=True)
    poller, cache, _clock = make_poller(tmp_path, helpdesk, runner)
    poller.start()  # first poll: fills the cache
    poller.stop()
    helpdesk.offline = True
    window = RequestsWindow(runner, lambda: helpdesk, cache=cache, poller=poller)
    qtbot.addWidget(window)
    window.show()
    # no network needed to show the list
    assert window.model.rowCount() == 3
    assert window.updated_label.text().startswith("Updated at ")
    window.refresh()
    assert not window.error_banner.isHidden()
    assert window.updated_label.text().startswith("Not up to date: as of ")
    assert window.model.rowCount() == 3
    window.scope_bar.set_scope(Scope.SOLVED)
    assert window.proxy.rowCount() == 1


def test_support_reply_marks_unread_until_opened_and_counts_waiting(qtbot, tmp_path, helpdesk):
    runner = TaskRunner(synchronous=True)
    poller, cache, clock = make_poller(tmp_path, helpdesk, runner)
    window = RequestsWindow(runner, lambda: helpdesk, cache=cache, poller=poller)
    qtbot.addWidget(window)
    news = []
    poller.synced.connect(lambda result: news.extend(result.changes))
    poller.start()
    helpdesk.tickets["1"] = ticket("1", 30)
    helpdesk.messages["1"] = [Message("m1", "Bob", T0 + timedelta(minutes=30),
                                      "Is the cable plugged in?", from_support=True)]
    clock[0] += 3600
    with qtbot.wait_signal(window.refreshed, timeout=2000):
        window.refresh()
    assert [c.ticket.id for c in news] == ["1"]
    assert window.model.flags_of("1") == (True, True)
    assert window.scope_bar.tabText(Scope.WAITING) == "Waiting for me (1)"
    view = window.open_ticket("1")
    assert window.model.flags_of("1")[0] is False
    assert cache.unread_count() == 0
    assert view.waiting_label.isVisibleTo(view)


def test_poller_backs_off_when_offline_and_pokes_run_at_once(tmp_path, helpdesk, qapp):
    runner = TaskRunner(synchronous=True)
    poller, cache, clock = make_poller(tmp_path, helpdesk, runner)
    failures = []
    poller.failed.connect(failures.append)
    helpdesk.offline = True
    poller.start()
    assert len(failures) == 1 and poller.scheduler.failures == 1
    poller.tick()  # backing off: no second request
    assert len(failures) == 1
    helpdesk.offline = False
    clock[0] += 3600
    poller.tick()
    assert poller.scheduler.failures == 0 and len(cache.tickets()) == 3
    polled = []
    poller.synced.connect(polled.append)
    poller.poke()
    assert len(polled) == 1
    poller.stop()


def solved_view(qtbot, helpdesk, caps, tmp_path):
    helpdesk.capabilities = caps
    attachment = AttachmentInfo("a1", "../../evil\u202efdp.exe", "application/pdf", 4)
    helpdesk.files["a1"] = b"%PDF"
    helpdesk.messages["2"] = [Message("m", "Bob", T0, "Here is the log.", from_support=True,
                                      attachments=(attachment,))]
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "2",
                      download_dir=lambda: tmp_path / "Downloads")
    qtbot.addWidget(view)
    view.show()
    return view


def test_rating_is_offered_only_with_the_capability(qtbot, helpdesk, tmp_path):
    without = solved_view(qtbot, helpdesk, BASE_CAPS, tmp_path)
    assert without.rate_button.isHidden()
    view = solved_view(qtbot, helpdesk, BASE_CAPS | Capability.CSAT, tmp_path)
    assert view.rate_button.isVisible()
    dialog = view.ask_rating()
    dialog.comment_edit.setPlainText("Quick, thanks")
    qtbot.mouseClick(dialog.good_button, Qt.MouseButton.LeftButton)
    assert helpdesk.ratings == [("2", True, "Quick, thanks")]
    assert view.rate_button.isHidden()


def test_attachment_downloads_only_on_request_inside_the_folder(qtbot, helpdesk, tmp_path):
    view = solved_view(qtbot, helpdesk, BASE_CAPS, tmp_path)
    assert not (tmp_path / "Downloads").exists()
    assert view.attachments_button.text() == "Attachments (1)"
    saved = []
    view.downloaded.connect(saved.append)
    view.attachments_button.menu().actions()[0].trigger()
    assert len(saved) == 1
    path = saved[0]
    assert path.parent == tmp_path / "Downloads" and path.read_bytes() == b"%PDF"
    assert "\u202e" not in path.name and path.name.startswith("evil")


def test_reply_carries_files(qtbot, helpdesk, tmp_path):
    log = tmp_path / "error.log"
    log.write_text("boom")
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "1")
    qtbot.addWidget(view)
    view.show()
    assert view.reply_files.isVisible()
    view.reply_files.add_files([log])
    view.reply_edit.setPlainText("Log attached.")
    view.send_reply()
    (ticket_id, body, files), = helpdesk.replies
    assert (ticket_id, body) == ("1", "Log attached.")
    assert [f.path for f in files] == [log]
    assert view.reply_files.files == []


def test_tray_badge_draws_the_count(qapp):
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.white)
    icon = QIcon(pixmap)
    assert badged_icon(icon, 0) is icon
    badged = badged_icon(icon, 3).pixmap(64, 64).toImage()
    assert badged.pixelColor(50, 12).red() > 150 and badged.pixelColor(50, 12).green() < 100


def test_duplicate_hint_offers_the_open_request(qtbot):
    hint = DuplicateHint()
    qtbot.addWidget(hint)
    hint.show()
    hint.set_open_tickets([ticket("12", subject="VPN disconnects every hour"),
                           ticket("13", status=TicketStatus.SOLVED, subject="Printer jams")])
    hint.check("printer jams again")
    assert hint.isHidden()
    hint.check("VPN keeps disconnecting")
    assert hint.isVisible() and hint.add_button.text() == "Add this to request #12"
    with qtbot.wait_signal(hint.add_requested) as signal:
        qtbot.mouseClick(hint.add_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["12"]


def test_notification_settings_validate_and_save(qtbot, tmp_path):
    settings = Settings(tmp_path / "config.toml")
    box = NotificationSettings(settings)
    qtbot.addWidget(box)
    box.quiet.setText("late")
    assert box.problem() is not None
    box.quiet.setText("22:00-07:00")
    box.enabled.setChecked(False)
    assert box.problem() is None and box.apply()
    settings.save()
    again = Settings(tmp_path / "config.toml")
    assert again.get("sync.quiet_hours") == "22:00-07:00"
    assert again.get("sync.notifications") is False


def test_without_requests_the_bar_keeps_refresh_at_its_size(qtbot):
    window = RequestsWindow(TaskRunner(synchronous=True), FakeHelpdesk)
    qtbot.addWidget(window)
    window.resize(900, 500)
    window.show()
    window.refresh()
    qtbot.waitUntil(window.search_edit.isHidden)
    qtbot.wait(50)  # the layout settles after the search box went
    button = window.refresh_button
    assert button.width() <= button.sizeHint().width() + 4
    assert button.geometry().right() > window.width() * 3 // 4  # on the right, not stretched


def test_the_reply_being_sent_shows_how_far_its_upload_is(qtbot, helpdesk, tmp_path):
    poller, cache, _clock = make_poller(tmp_path, helpdesk, TaskRunner(synchronous=True))
    seen = []

    def send(ticket_id, body, files):
        window.reply_progress(ticket_id, 50, 200)  # as the outbox reports it
        seen.append(window._views[ticket_id].activity_label.text())
        return True

    window = RequestsWindow(TaskRunner(synchronous=True), lambda: helpdesk, cache=cache,
                            poller=poller, send_reply=send)
    qtbot.addWidget(window)
    window.show()
    window.open_ticket("1")
    view = window._views["1"]
    view.reply_edit.setPlainText("Logs attached.")
    view.send_reply()
    assert seen == ["Sending your reply… 25 %"]
    window.reply_progress("1", 200, 200)  # nothing is being sent now: nothing to show
    assert "%" not in view.activity_label.text()
    window.reply_progress("9", 1, 2)  # a ticket not open here: ignored


def test_an_error_banner_being_built_takes_no_focus(qtbot):
    # its "Try again" button, shown before it had a parent, flashed up as a window of its own
    # each time a request was opened, and took the focus from My requests
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    banner = ErrorBanner(window)
    qtbot.wait(20)
    assert window.isActiveWindow() and not banner.retry_button.isHidden()
