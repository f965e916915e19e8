"""TicketListModel and its filter proxy: Qt model contract, order, labels, diffing updates."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from helpclient.core.branding import contrast
from helpclient.core.models import Ticket, TicketStatus
from helpclient.demo.screens.palettes import dark_palette
from helpclient.ui.requests.model import (
    Column,
    SortRole,
    TicketFilterProxy,
    TicketListModel,
    TicketRole,
)
from helpclient.ui.requests.status import (
    StatusRole,
    status_color,
    status_label,
    status_tooltip,
)

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def ticket(ticket_id: str, minutes_ago: float, status: TicketStatus = TicketStatus.NEW, *,
           subject: str = "", raw: str = "new", owner: str = "") -> Ticket:
    updated = NOW - timedelta(minutes=minutes_ago)
    return Ticket(id=ticket_id, subject=subject or f"Problem {ticket_id}", status=status,
                  raw_status=raw, created=updated - timedelta(days=1), updated=updated,
                  owner=owner)


@pytest.fixture
def model(qapp) -> TicketListModel:
    return TicketListModel(clock=lambda: NOW)


def ids(model: TicketListModel) -> list[str]:
    return [model.index(row, 0).data(TicketRole).id for row in range(model.rowCount())]


def cell(model: TicketListModel, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_model_contract_with_tickets_and_updates(qtmodeltester, model):
    model.set_tickets([
        ticket("1", 300, TicketStatus.SOLVED, raw="resolved", owner="bob"),
        ticket("2", 5, TicketStatus.OPEN, raw="open"),
        ticket("10", 60 * 30, TicketStatus.WAITING_FOR_YOU, raw="stalled"),
        ticket("7", 0.2, subject="Printer <b>jam</b> & smoke"),
    ])
    qtmodeltester.check(model)
    # The tester stays connected: every diff below is checked against the model contract too.
    model.set_tickets([ticket("2", 1, TicketStatus.OPEN), ticket("11", 2), ticket("1", 300)])
    model.set_tickets([])
    model.set_tickets([ticket("3", 4), ticket("4", 3)])
    model.refresh_times()


def test_proxy_contract(qtmodeltester, model):
    proxy = TicketFilterProxy()
    proxy.setSourceModel(model)
    model.set_tickets([ticket(str(n), n) for n in range(1, 6)])
    qtmodeltester.check(proxy)
    proxy.set_query("3")
    proxy.sort(Column.ID, Qt.SortOrder.AscendingOrder)
    model.set_tickets([ticket(str(n), 10 - n) for n in range(2, 9)])


def test_newest_update_first(model):
    model.set_tickets([ticket("1", 60), ticket("2", 1), ticket("3", 30)])
    assert ids(model) == ["2", "3", "1"]


def test_columns_show_what_the_user_reads(model):
    model.set_tickets([ticket("42", 5, TicketStatus.OPEN, raw="open", owner="Bob Support",
                              subject="VPN drops")])
    assert cell(model, 0, Column.STATUS) == "In progress"
    assert cell(model, 0, Column.ID) == "#42"
    assert cell(model, 0, Column.SUBJECT) == "VPN drops"
    assert cell(model, 0, Column.UPDATED) == "5 min ago"
    assert cell(model, 0, Column.OWNER) == "Bob Support"
    assert cell(model, 0, Column.STATUS, StatusRole) is TicketStatus.OPEN
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Status", "#", "Subject", "Last update", "Handled by"]


@pytest.mark.parametrize(("status", "label"), [
    (TicketStatus.NEW, "New"),
    (TicketStatus.OPEN, "In progress"),
    (TicketStatus.WAITING_FOR_YOU, "Waiting for you"),
    (TicketStatus.ON_HOLD, "On hold"),
    (TicketStatus.SOLVED, "Solved"),
    (TicketStatus.CLOSED, "Closed"),
])
def test_status_labels(qapp, status, label):
    assert status_label(status) == label


def test_status_tooltip_explains_the_status_without_the_helpdesk_word(model):
    model.set_tickets([ticket("1", 5, TicketStatus.SOLVED, raw="resolved")])
    tip = cell(model, 0, Column.STATUS, Qt.ItemDataRole.ToolTipRole)
    assert tip == "The problem is solved. If it comes back, reopen the request."
    assert "resolved" not in tip
    assert cell(model, 0, Column.STATUS, Qt.ItemDataRole.AccessibleTextRole) == "Solved"
    assert all(status_tooltip(status) for status in TicketStatus)


@pytest.fixture
def utc_local_time(monkeypatch):
    """"Today" and "yesterday" depend on the local zone; pin it so the test means the same
    everywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_relative_times(model, utc_local_time):
    model.set_tickets([ticket("1", 0.5), ticket("2", 150), ticket("3", 60 * 24 * 40)])
    assert cell(model, 0, Column.UPDATED) == "just now"
    assert cell(model, 1, Column.UPDATED) == "2 h ago"
    # Old updates read as a date, and the tooltip always has the full date and time.
    assert "ago" not in cell(model, 2, Column.UPDATED)
    assert "Created" in cell(model, 2, Column.UPDATED, Qt.ItemDataRole.ToolTipRole)


def test_set_tickets_replaces_rows(model):
    model.set_tickets([ticket("1", 10), ticket("2", 20), ticket("3", 30)])
    model.set_tickets([ticket("4", 1), ticket("2", 20)])
    assert ids(model) == ["4", "2"]
    model.set_tickets([])
    assert model.rowCount() == 0


def test_set_tickets_moves_rows_and_keeps_selection(model, qtbot):
    model.set_tickets([ticket("1", 10), ticket("2", 20), ticket("3", 30)])
    followed = QPersistentModelIndex(model.index(2, Column.SUBJECT))  # ticket 3
    with qtbot.wait_signal(model.dataChanged):
        # Ticket 3 got an answer: it moves to the top, with its new status.
        model.set_tickets([ticket("1", 10), ticket("2", 20),
                           ticket("3", 0, TicketStatus.WAITING_FOR_YOU)])
    assert ids(model) == ["3", "1", "2"]
    assert followed.row() == 0 and followed.column() == Column.SUBJECT
    assert cell(model, 0, Column.STATUS) == "Waiting for you"


def test_unchanged_refresh_emits_nothing(model, qtbot):
    tickets = [ticket("1", 10), ticket("2", 20)]
    model.set_tickets(tickets)
    with qtbot.assert_not_emitted(model.dataChanged), \
            qtbot.assert_not_emitted(model.layoutChanged), \
            qtbot.assert_not_emitted(model.modelReset):
        model.set_tickets(list(tickets))


def test_sort_values_are_natural(model):
    model.set_tickets([ticket("9", 1), ticket("10", 2), ticket("100", 3)])
    by_id = sorted(range(3), key=lambda row: cell(model, row, Column.ID, SortRole))
    assert [cell(model, row, Column.ID) for row in by_id] == ["#9", "#10", "#100"]


def test_filter_by_subject_or_number(model):
    proxy = TicketFilterProxy()
    proxy.setSourceModel(model)
    model.set_tickets([ticket("12", 1, subject="Printer jam"),
                       ticket("34", 2, subject="VPN drops"),
                       ticket("123", 3, subject="New laptop")])

    def shown(query: str) -> list[str]:
        proxy.set_query(query)
        return sorted(proxy.index(r, 0).data(TicketRole).id for r in range(proxy.rowCount()))

    assert shown("printer") == ["12"]
    assert shown("VPN") == ["34"]
    assert shown("#12") == ["12", "123"]
    assert shown("34") == ["34"]
    assert shown("nothing like it") == []
    assert shown("  ") == ["12", "123", "34"]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_status_badge_stands_out_from_the_rows_and_carries_white_text(qapp, theme):
    palette = dark_palette() if theme == "dark" else QPalette(QColor("#efefef"))
    if theme == "light":
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    rgb = lambda colour: (colour.red(), colour.green(), colour.blue())  # noqa: E731
    for status in TicketStatus:
        fill = rgb(status_color(status, palette))
        assert contrast(fill, (255, 255, 255)) >= 4.5, status
        for row in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
            assert contrast(fill, rgb(palette.color(row))) >= 1.9, (status, row)
