"""What the ticket view offers when the helpdesk says per ticket what is possible (GLPI): a
solved ticket's solution is confirmed or refused, a closed one rated only while its survey is
open, nothing else; a helpdesk that does not say per ticket keeps the usual actions. Files
whose size the helpdesk does not tell are offered without one."""

from __future__ import annotations

from datetime import UTC, datetime

from helpclient.core.models import (
    AttachmentInfo,
    Capability,
    Message,
    Ticket,
    TicketStatus,
)
from helpclient.ui.kit.tasks import TaskRunner
from helpclient.ui.requests.ticket_view import TicketView

T0 = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
DECLARED = (Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE
            | Capability.REOPEN | Capability.CSAT)


class Helpdesk:
    """A solved ticket; confirming its solution closes it with a survey open."""

    capabilities = DECLARED

    def __init__(self, allowed: Capability | None) -> None:
        self.ticket = Ticket("7", "Screen flickers", TicketStatus.SOLVED, "Solved", T0, T0,
                             capabilities=allowed)
        self.solved: list[str] = []

    def get_ticket(self, ticket_id):
        return self.ticket

    def conversation(self, ticket_id):
        return [Message("ITILSolution-1", "John Tech", T0, "<p>Driver updated.</p>",
                        is_html=True, from_support=True,
                        attachments=(AttachmentInfo("501", "driver.log", "text/plain", 0),))]

    def solve(self, ticket_id):
        self.solved.append(ticket_id)
        self.ticket = Ticket("7", "Screen flickers", TicketStatus.CLOSED, "Closed", T0, T0,
                             capabilities=Capability.CSAT)


def _view(qtbot, helpdesk) -> TicketView:
    view = TicketView(TaskRunner(synchronous=True), lambda: helpdesk, "7")
    qtbot.addWidget(view)
    view.show()
    view.reload()
    return view


def test_a_solved_ticket_asks_to_confirm_or_refuse_the_solution(qtbot):
    helpdesk = Helpdesk(Capability.SOLVE | Capability.REOPEN)
    view = _view(qtbot, helpdesk)
    assert view.solve_button.isVisible() and view.solve_button.text() == "Confirm the solution"
    assert view.reopen_button.isVisible()
    assert not view.rate_button.isVisible()
    view.solve_button.click()
    assert helpdesk.solved == ["7"]
    # closed now, its survey open: rating only
    assert view.rate_button.isVisible()
    assert not view.solve_button.isVisible() and not view.reopen_button.isVisible()


def test_what_the_ticket_does_not_allow_is_not_offered(qtbot):
    helpdesk = Helpdesk(Capability.NONE)  # e.g. GLPI: solved, but no approval asked for
    view = _view(qtbot, helpdesk)
    assert not view.solve_button.isVisible() and not view.reopen_button.isVisible()
    assert not view.rate_button.isVisible()


def test_without_a_word_per_ticket_the_usual_actions_stay(qtbot):
    view = _view(qtbot, Helpdesk(None))  # Request Tracker: a solved ticket can be reopened
    assert view.reopen_button.isVisible() and view.rate_button.isVisible()
    assert not view.solve_button.isVisible()
    assert view.solve_button.text() == "My problem is solved"


def test_a_file_of_unknown_size_is_offered_without_one(qtbot):
    view = _view(qtbot, Helpdesk(None))
    menu = view.attachments_button.menu()
    assert [a.text() for a in menu.actions()] == ["Save driver.log"]
