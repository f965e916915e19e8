"""Status is never told by colour alone: what a screen reader says for the My requests list (the
unread marker, "waiting for your answer", each status badge), for the request view's badge, and
what the tray icon's badge says in its tooltip — asked from Qt's accessibility, not the model."""

from __future__ import annotations

import pytest
from a11y_helpdesk import Helpdesk, signed_in_app
from a11y_walk import accessible_description, accessible_name
from PySide6.QtGui import QAccessible, QAccessibleInterface

from helpclient.core.models import TicketStatus
from helpclient.ui.requests.model import Column
from helpclient.ui.requests.status import status_label, status_tooltip

pytestmark = pytest.mark.qt_log_ignore(
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")


@pytest.fixture
def app(qtbot, tmp_path):
    helpdesk = Helpdesk()
    helpclient = signed_in_app(tmp_path, helpdesk)
    helpclient.start_polling()  # the first sync: what is there is not news
    helpdesk.support_says("1", "Is it the printer on the second floor?")
    helpclient.poller.poke()
    yield helpclient
    helpclient.dispose()
    helpclient.cache.close()


def cells(table) -> dict[tuple[int, int], str]:
    """(row, column) → the name Qt's accessibility gives each cell of ``table``."""
    interface = QAccessible.queryAccessibleInterface(table)
    found = {}
    for i in range(interface.childCount()):
        child: QAccessibleInterface = interface.child(i)
        cell = child.tableCellInterface()
        if cell is not None:
            found[cell.rowIndex(), cell.columnIndex()] = child.text(QAccessible.Text.Name)
    return found


def row_saying(named: dict[tuple[int, int], str], text: str) -> int:
    rows = [row for (row, column), name in named.items()
            if column == Column.SUBJECT and text in name]
    assert len(rows) == 1, named
    return rows[0]


def test_the_list_says_unread_waiting_and_each_status_in_words(app):
    requests = app.open_requests()
    named = cells(requests.table)
    unread = row_saying(named, "Printer jams")
    # the unread marker: bold and a dot on screen, words for a screen reader
    assert named[unread, Column.SUBJECT] == "New: Waiting for your answer: Printer jams"
    assert named[unread, Column.ID].startswith("●")
    assert named[unread, Column.STATUS] == status_label(TicketStatus.WAITING_FOR_YOU)
    read = row_saying(named, "VPN drops every hour")
    assert named[read, Column.SUBJECT] == "VPN drops every hour"
    assert "●" not in named[read, Column.ID]
    assert named[read, Column.STATUS] == "Solved"


def test_the_request_views_badge_says_the_status_and_what_it_means(app):
    requests = app.open_requests()
    view = requests.open_ticket("1")
    badge = view.header.badge
    assert accessible_name(badge) == "Waiting for you"
    assert accessible_description(badge) == status_tooltip(TicketStatus.WAITING_FOR_YOU)
    requests.show_list()
    view = requests.open_ticket("2")
    assert accessible_name(view.header.badge) == "Solved"
    assert accessible_description(view.header.badge).startswith("The problem is solved.")


def test_the_tray_badge_is_told_in_its_tooltip(app, language):
    language("en_US")  # the plural forms
    app.poller.poke()
    assert app.tray.unread == 1
    tip = app.tray.icon.toolTip()
    assert "1 request with news" in tip
    assert "Support is waiting for your answer on 1 request" in tip
