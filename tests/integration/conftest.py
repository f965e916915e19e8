"""Fixtures for tests against a real Request Tracker 5 on 127.0.0.1.

One seeded instance per test session, in a temporary folder, started once and stopped at the end.
Without RT installed the tests are skipped with the reason — or fail when
``HELPCLIENT_REQUIRE_RT=1`` (CI sets it, so a broken installation cannot pass silently).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from helpclient.demo.rt_instance import RTInstance, create_instance, rt_installed

HERE = Path(__file__).parent
NOT_INSTALLED = (
    "Request Tracker 5 is not installed; run `make test` as root or with sudo to install it"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def rt_timings() -> dict[str, float]:
    """Seconds spent on the session instance: "cold_create", "start" (filled by ``rt``)."""
    return {}


@pytest.fixture(scope="session")
def rt(
    tmp_path_factory: pytest.TempPathFactory, rt_timings: dict[str, float]
) -> Iterator[RTInstance]:
    """A seeded, started RT instance (see helpclient.demo.rt_instance), stopped at the end."""
    if not rt_installed():
        if os.environ.get("HELPCLIENT_REQUIRE_RT") == "1":
            pytest.fail(f"{NOT_INSTALLED} (HELPCLIENT_REQUIRE_RT=1 requires it)")
        pytest.skip(NOT_INSTALLED)
    base_dir = tmp_path_factory.mktemp("rt")
    began = time.perf_counter()
    instance = create_instance(base_dir)
    rt_timings["cold_create"] = time.perf_counter() - began
    began = time.perf_counter()
    instance.start()
    rt_timings["start"] = time.perf_counter() - began
    try:
        yield instance
    finally:
        instance.stop()


def _session(token: str) -> requests.Session:
    session = requests.Session()
    session.headers["Authorization"] = f"token {token}"
    return session


@pytest.fixture(scope="session")
def rt_admin_session(rt: RTInstance) -> Iterator[requests.Session]:
    """A requests.Session acting as root (support staff): reply, comment, resolve via REST2."""
    with _session(rt.admin_token) as session:
        yield session


@pytest.fixture(scope="session")
def rt_user_session(rt: RTInstance) -> Iterator[requests.Session]:
    """A requests.Session acting as the seeded unprivileged end user (alice)."""
    with _session(rt.user_token) as session:
        yield session


@pytest.fixture(scope="session")
def rt_outbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RTInstance]:
    """A second instance for the outbox's fault tests and kill loop. They file dozens of tickets
    for the seeded user, which must not crowd the tickets other tests look for in ``rt``."""
    if not rt_installed():
        if os.environ.get("HELPCLIENT_REQUIRE_RT") == "1":
            pytest.fail(f"{NOT_INSTALLED} (HELPCLIENT_REQUIRE_RT=1 requires it)")
        pytest.skip(NOT_INSTALLED)
    instance = create_instance(tmp_path_factory.mktemp("rt-outbox"))
    instance.start()
    try:
        yield instance
    finally:
        instance.stop()


@pytest.fixture(scope="session")
def rt_outbox_admin(rt_outbox: RTInstance) -> Iterator[requests.Session]:
    """Root on ``rt_outbox``: sees every ticket, to count duplicates."""
    with _session(rt_outbox.admin_token) as session:
        yield session


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Servers here are on loopback: a proxy from the environment must not sit in between."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                 "ALL_PROXY", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
