"""The contract, what the user may do to a ticket: solve it and reopen it with a reason where
the connector declares so — and where it does not, the call is refused with ``Rejected`` and
never reaches the server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from content import PHOTO, body_text, write
from targets import Target

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.errors import Rejected
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus


def test_solve_then_reopen_with_a_reason(helpdesk: HelpdeskBackend) -> None:
    declared = helpdesk.capabilities
    if Capability.SOLVE not in declared:
        pytest.skip(f"{helpdesk.name} declares no SOLVE")
    ticket = helpdesk.create_ticket(NewTicket(subject="Screen flickers", body="Since Monday."))
    if ticket.capabilities is not None and Capability.SOLVE not in ticket.capabilities:
        # a helpdesk that says per ticket: GLPI's requesters only confirm a proposed solution
        pytest.skip(f"{helpdesk.name} does not let the requester solve a new request")
    helpdesk.solve(ticket.id)
    solved = helpdesk.get_ticket(ticket.id)
    assert solved.status is TicketStatus.SOLVED
    if Capability.REOPEN not in (declared if solved.capabilities is None
                                 else declared & solved.capabilities):
        return
    helpdesk.reopen(ticket.id, "It flickers again after the update.")
    assert helpdesk.get_ticket(ticket.id).status.is_active
    bodies = [body_text(m).strip() for m in helpdesk.conversation(ticket.id)
              if m.kind == "message"]
    assert bodies[-1] == "It flickers again after the update."


Call = Callable[[HelpdeskBackend, Path], None]
ACTIONS: dict[str, tuple[Capability, Call]] = {
    "solve": (Capability.SOLVE, lambda helpdesk, _: helpdesk.solve("1")),
    "reopen": (Capability.REOPEN, lambda helpdesk, _: helpdesk.reopen("1", "Still broken.")),
    "reply": (Capability.REPLY, lambda helpdesk, _: helpdesk.reply("1", "Thanks.")),
    "reply_files": (Capability.REPLY_ATTACHMENTS, lambda helpdesk, folder: helpdesk.reply(
        "1", "A photo.", [NewAttachment(write(folder, "jam.jpg", PHOTO), "jam.jpg")])),
    "rate": (Capability.CSAT, lambda helpdesk, _: helpdesk.rate("1", satisfied=True)),
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_an_undeclared_action_is_refused_unsent(target: Target, action: str, tmp_path) -> None:
    capability, call = ACTIONS[action]
    with target.connect(without=capability) as limited:
        assert capability not in limited.capabilities
        before = target.requests_seen()
        with pytest.raises(Rejected):
            call(limited, tmp_path)
        assert target.requests_seen() == before, f"{action} reached the server"
