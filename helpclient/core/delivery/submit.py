"""Handing a finished report over: the one way to submit, for the GUI and the CLI alike.

A report is queued in the outbox *before* any network call, then the sender tries it at once;
whatever happens (offline, signed out, refused), the report is kept, and it becomes exactly one
ticket however often it is tried. There is no other path to a new ticket.
"""

from __future__ import annotations

from collections.abc import Callable

from helpclient.core.delivery.entry import Entry
from helpclient.core.delivery.outbox import Outbox
from helpclient.core.delivery.sender import Sender
from helpclient.core.i18n import Translate, identity
from helpclient.core.models import Ticket
from helpclient.core.report.problem import ProblemReport, render_body


def submit_report(outbox: Outbox, sender: Sender, report: ProblemReport, *,
                  tr: Translate = identity, deliver_for: float | None = None,
                  on_queued: Callable[[Entry], None] | None = None) -> Ticket | Entry:
    """Queue ``report`` durably, then try to send it. Blocking: call it off the GUI thread.

    By default only this report is tried, once, at once (the app's sender retries later).
    With ``deliver_for`` the sender delivers everything due, this report and any other waiting,
    until nothing is due within that many seconds — for a terminal command, which has no app to
    retry later. ``on_queued`` hears the entry as soon as it is safe on disk.

    The ticket's text is rendered now with ``tr`` (the language support reads) and stored with
    the report, so it is sent exactly as reviewed, whatever the language of a later session.

    Returns the ticket when this call's first try created it (or found it already filed), else
    the entry as it stands in the outbox: queued for a retry, waiting for sign-in, refused, or
    sent by a later pass. Raises ``OutboxError`` when the report cannot be stored (then nothing
    was sent)."""
    entry = outbox.enqueue(report, body=render_body(report, tr))
    if on_queued is not None:
        on_queued(entry)
    if deliver_for is None:
        ticket = sender.send_now(entry.id)
        if ticket is not None:
            return ticket
    else:
        sender.drain(max_wait=deliver_for)
    return outbox.get(entry.id) or entry
