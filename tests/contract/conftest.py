"""The connector conformance suite's fixtures: every test runs once per target.

Targets are ``<connector>-live`` (a helpdesk running here, through a recording proxy: Request
Tracker and Redmine) and ``<connector>-replay`` (the scenario's recorded exchanges played back by a
strict local server). A new connector adds its :class:`targets.Connector` to ``CONNECTORS`` and
its exchanges under ``exchanges/<name>/``; see README, "Testing".

``HELPCLIENT_RECORD_EXCHANGES=1`` makes the live targets write what they saw as the replay's
scenario files (``record_rt.py`` does that against a fresh RT).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest
import redmine_backend
import requests
import rt_backend
from connectors import CONNECTORS
from exchanges import EXCHANGES, load_steps, load_table, save_steps, save_table
from recording import to_steps
from redmine_server import key_session, started_instance
from rt_server import clear_proxies, require_rt, token_session
from servers import RecordingProxy, ReplayServer
from support import RecordedSupport, ReplayedSupport
from targets import Account, LiveBackend, Target, redactions_for

from helpclient.core.backend import HelpdeskBackend
from helpclient.demo.redmine_instance import RedmineInstance
from helpclient.demo.rt_instance import RTInstance, create_instance

#: the connectors whose helpdesk runs here, and how to reach it
LIVE: dict[str, Callable[[pytest.FixtureRequest], LiveBackend]] = {
    "rt": rt_backend.live, "redmine": redmine_backend.live}
#: replayed: the connectors with recorded exchanges (a live-only connector has none yet)
TARGETS = [*(f"{name}-live" for name in LIVE),
           *(f"{name}-replay" for name in CONNECTORS
             if (EXCHANGES / name / "account.json").is_file())]

_PASSED = pytest.StashKey[bool]()


def recording() -> bool:
    """Whether live targets write their exchanges as scenario files."""
    return os.environ.get("HELPCLIENT_RECORD_EXCHANGES") == "1"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None and str(callspec.params.get("target", "")).endswith("-live"):
            item.add_marker(pytest.mark.integration)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call":
        item.stash[_PASSED] = report.passed


def scenario_name(node: pytest.Item) -> str:
    """The scenario a test plays: its name, plus its parameters other than the target."""
    callspec = getattr(node, "callspec", None)
    params = {} if callspec is None else {k: v for k, v in callspec.params.items()
                                          if k != "target"}
    name = getattr(node, "originalname", node.name)
    return "-".join([name, *(str(v) for v in params.values())])


@pytest.fixture(autouse=True)
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every server here is on loopback: no proxy from the environment in between."""
    clear_proxies(monkeypatch)


@pytest.fixture(scope="session")
def rt_contract(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RTInstance]:
    """The suite's own Request Tracker: its scenarios file tickets for the seeded user that must
    not crowd those the integration tests look for (nor theirs these), and a recording starts
    from a fresh server, so re-recording gives the same ticket numbers."""
    require_rt()
    with create_instance(tmp_path_factory.mktemp("rt-contract")) as instance:
        instance.start()
        yield instance


@pytest.fixture(scope="session")
def rt_contract_admin(rt_contract: RTInstance) -> Iterator[requests.Session]:
    """Root on ``rt_contract``: the support side."""
    with token_session(rt_contract.admin_token) as session:
        yield session


@pytest.fixture(scope="session")
def redmine_contract(tmp_path_factory: pytest.TempPathFactory,
                     redmine_template: RedmineInstance) -> Iterator[RedmineInstance]:
    """The suite's own Redmine, fresh for the same reasons as ``rt_contract``."""
    yield from started_instance(tmp_path_factory, "redmine-contract", redmine_template)


@pytest.fixture(scope="session")
def redmine_contract_admin(redmine_contract: RedmineInstance) -> Iterator[requests.Session]:
    """Redmine's administrator on ``redmine_contract``: the support side."""
    with key_session(redmine_contract.admin_key) as session:
        yield session


@pytest.fixture(params=TARGETS)
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """The connector under test and the server behind it (see the module docstring)."""
    name, mode = str(request.param).rsplit("-", 1)
    scenario = scenario_name(request.node)
    if mode == "live":
        yield from _live(request, name, scenario)
    else:
        yield from _replay(request, name, scenario)


def _replay(request: pytest.FixtureRequest, name: str, scenario: str) -> Iterator[Target]:
    try:
        steps, missing = load_steps(name, scenario), ""
    except FileNotFoundError as absent:
        # a scenario may end before any request (a capability the connector does not
        # declare): only a request makes the missing file an error
        steps, missing = [], str(absent)
    account = Account.from_table(load_table(name, "account.json"))
    server = ReplayServer(steps, f"{name}/{scenario}")
    with server.running() as url:
        yield Target(f"{name}-replay", CONNECTORS[name], account, url, ReplayedSupport(server),
                     live=False, requests_seen=lambda: len(server.requests),
                     fault=lambda case: None)
    if server.problems:
        pytest.fail(missing or "the connector's requests differ from the recorded ones:\n  "
                    + "\n  ".join(server.problems), pytrace=False)
    unused = server.unused()
    if request.node.stash.get(_PASSED, False) and unused:
        pytest.fail(f"{len(unused)} recorded steps were never reached: {unused}", pytrace=False)


def _live(request: pytest.FixtureRequest, name: str, scenario: str) -> Iterator[Target]:
    live = LIVE[name](request)
    proxy = RecordingProxy(live.address)
    faults = load_table(name, "faults.json")
    with proxy.running() as url:
        yield Target(f"{name}-live", CONNECTORS[name], live.account, url,
                     RecordedSupport(live.support, proxy), live=True,
                     requests_seen=lambda: proxy.requests,
                     fault=lambda case: proxy.fault_next(faults[case]["response"]))
    if recording() and request.node.stash.get(_PASSED, False):
        save_steps(name, scenario, to_steps(proxy.log, redactions_for(live, url)), live.source)
        save_table(name, "account.json", live.replay_account.to_table(live.source))


@pytest.fixture
def helpdesk(target: Target) -> Iterator[HelpdeskBackend]:
    """The target's connector with its default options."""
    with target.connect() as backend:
        yield backend
