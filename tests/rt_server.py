"""The one Request Tracker 5 of a test session, shared by the integration and contract suites.

Loaded as a plugin by ``tests/conftest.py``, so both folders see the *same* session fixture: the
server is created, seeded and started once (about 7 s), only when a test asks for it, and stopped
at the end. Without RT installed the tests that need it are skipped with the reason — or fail when
``HELPCLIENT_REQUIRE_RT=1`` (CI sets it, so a broken installation cannot pass silently).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
import requests

from helpclient.demo.rt_instance import RTInstance, create_instance, rt_installed

NOT_INSTALLED = (
    "Request Tracker 5 is not installed; run `make test` as root or with sudo to install it"
)
_PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                    "ALL_PROXY", "no_proxy", "NO_PROXY")


def require_rt() -> None:
    """Skip the calling test (or fail it in CI) when Request Tracker is not installed."""
    if not rt_installed():
        if os.environ.get("HELPCLIENT_REQUIRE_RT") == "1":
            pytest.fail(f"{NOT_INSTALLED} (HELPCLIENT_REQUIRE_RT=1 requires it)")
        pytest.skip(NOT_INSTALLED)


def clear_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Servers in tests are on loopback: a proxy from the environment must not sit in between."""
    for name in _PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def token_session(token: str) -> requests.Session:
    """A plain requests.Session that authenticates to REST2 with ``token``."""
    session = requests.Session()
    session.headers["Authorization"] = f"token {token}"
    return session


@pytest.fixture(scope="session")
def rt_timings() -> dict[str, float]:
    """Seconds spent on the session instance: "cold_create", "start" (filled by ``rt``)."""
    return {}


@pytest.fixture(scope="session")
def rt(
    tmp_path_factory: pytest.TempPathFactory, rt_timings: dict[str, float]
) -> Iterator[RTInstance]:
    """A seeded, started RT instance (see helpclient.demo.rt_instance), stopped at the end."""
    require_rt()
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


@pytest.fixture(scope="session")
def rt_admin_session(rt: RTInstance) -> Iterator[requests.Session]:
    """A requests.Session acting as root (support staff): reply, comment, resolve via REST2."""
    with token_session(rt.admin_token) as session:
        yield session


@pytest.fixture(scope="session")
def rt_user_session(rt: RTInstance) -> Iterator[requests.Session]:
    """A requests.Session acting as the seeded unprivileged end user (alice)."""
    with token_session(rt.user_token) as session:
        yield session
