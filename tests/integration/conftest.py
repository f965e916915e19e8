"""Fixtures for tests against a real Request Tracker 5 on 127.0.0.1.

The session's instance (``rt``, ``rt_admin_session``, ``rt_user_session``) comes from
``tests/rt_server.py``, shared with the contract suite; here is the second instance the outbox's
fault tests fill with tickets, and the integration marker.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rt_server import clear_proxies, require_rt, token_session

from helpclient.demo.rt_instance import RTInstance, create_instance

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def rt_outbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RTInstance]:
    """A second instance for the outbox's fault tests and kill loop. They file dozens of tickets
    for the seeded user, which must not crowd the tickets other tests look for in ``rt``."""
    require_rt()
    instance = create_instance(tmp_path_factory.mktemp("rt-outbox"))
    instance.start()
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture(scope="session")
def rt_outbox_admin(rt_outbox: RTInstance) -> Iterator[requests.Session]:
    """Root on ``rt_outbox``: sees every ticket, to count duplicates."""
    with token_session(rt_outbox.admin_token) as session:
        yield session


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Servers here are on loopback: a proxy from the environment must not sit in between."""
    clear_proxies(monkeypatch)
