"""The one Redmine 5 of a test session, shared by the integration and contract suites.

Loaded as a plugin by ``tests/conftest.py`` like ``rt_server``: created (~15 s), seeded and started
once, only when a test asks for it, and stopped at the end. Without Redmine installed the tests
that need it are skipped with the reason — or fail when ``HELPCLIENT_REQUIRE_RT=1`` (CI sets it:
both real helpdesks must run there, so a broken installation cannot pass silently).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import requests

from helpclient.demo.redmine_instance import (
    RedmineInstance,
    clone_instance,
    create_instance,
    redmine_installed,
)

NOT_INSTALLED = ("Redmine 5 is not installed; run `make redmine-deps` (as root or with sudo) "
                 "to install it")


def require_redmine() -> None:
    """Skip the calling test (or fail it in CI) when Redmine is not installed."""
    if not redmine_installed():
        if os.environ.get("HELPCLIENT_REQUIRE_RT") == "1":
            pytest.fail(f"{NOT_INSTALLED} (HELPCLIENT_REQUIRE_RT=1 requires it)")
        pytest.skip(NOT_INSTALLED)


def key_session(key: str) -> requests.Session:
    """A plain requests.Session that signs in to Redmine's API with ``key``."""
    session = requests.Session()
    session.headers["X-Redmine-API-Key"] = key
    return session


@pytest.fixture(scope="session")
def redmine_template(tmp_path_factory: pytest.TempPathFactory) -> RedmineInstance:
    """A freshly seeded Redmine that is never started: each server of the session is a copy
    (setting one up takes ~15 s, copying it a fraction of a second)."""
    require_redmine()
    return create_instance(tmp_path_factory.mktemp("redmine-template"))


def started_instance(base: pytest.TempPathFactory, name: str,
                     template: RedmineInstance) -> Iterator[RedmineInstance]:
    """A fresh, started copy of ``template`` in a new temporary folder, stopped afterwards."""
    with clone_instance(template, base.mktemp(name)) as instance:
        instance.start()
        yield instance


@pytest.fixture(scope="session")
def redmine(tmp_path_factory: pytest.TempPathFactory,
            redmine_template: RedmineInstance) -> Iterator[RedmineInstance]:
    """A seeded, started Redmine (see helpclient.demo.redmine_instance), stopped at the end."""
    yield from started_instance(tmp_path_factory, "redmine", redmine_template)


@pytest.fixture(scope="session")
def redmine_admin(redmine: RedmineInstance) -> Iterator[requests.Session]:
    """The administrator (support staff) through the API."""
    with key_session(redmine.admin_key) as session:
        yield session

