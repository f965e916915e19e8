"""Fixtures shared by the outbox, sender and reply tests: a fake clock, a fake helpdesk at the
network edge, and a real outbox in a temporary folder."""

import pytest
from outbox_fakes import Clock, FakeHelpdesk

from helpclient.core.delivery.outbox import Outbox


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def helpdesk():
    return FakeHelpdesk()


@pytest.fixture
def outbox(tmp_path, clock):
    box = Outbox(tmp_path / "data", clock)
    yield box
    box.close()
