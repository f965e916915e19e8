"""Tray notices for reports and replies that waited in the outbox."""

from helpclient.core.delivery.outbox import State
from helpclient.core.delivery.sender import Event
from helpclient.ui.shell.delivery_notices import DeliveryNotices


def test_each_outcome_of_a_waiting_report_has_its_notice(qtbot):
    notices = DeliveryNotices()
    sent = notices.describe(Event("r1", State.SENT, ticket_id="42"))
    assert sent is not None and "#42" in sent[0]
    auth = notices.describe(Event("r1", State.NEEDS_AUTH))
    assert auth is not None and "Sign in" in auth[0]
    failed = notices.describe(Event("r1", State.FAILED, message="The queue is closed."))
    assert failed is not None and failed[1].startswith("The queue is closed.")
    assert notices.describe(Event("r1", State.QUEUED)) is None


def test_a_reply_says_which_request_and_is_silent_when_delivered(qtbot):
    notices = DeliveryNotices()
    assert notices.describe(Event("r2", State.SENT, ticket_id="7", reply=True)) is None
    auth = notices.describe(Event("r2", State.NEEDS_AUTH, ticket_id="7", reply=True))
    assert auth is not None and "#7" in auth[1]
    failed = notices.describe(Event("r2", State.FAILED, ticket_id="7", message="Too big.",
                                    reply=True))
    assert failed is not None and "#7" in failed[0] and failed[1].startswith("Too big.")
