"""What one poll costs each connector, counted on the suite's replay of its recorded exchanges.

The contract scenarios are played back exactly as the suite plays them (``ReplayServer``, the
recorded support steps); a metering wrapper notes which requests reached the server during each
``list_my_tickets(changed_since=…)`` and ``conversation`` call. The fleet model
(``benchmarks/fleet_model.py``) scales its Request Tracker measurement by these figures.

A "what changed since T" call may open the connector's session first (GLPI's ``initSession``,
Redmine's ``users/current``): that happens once per connection, not per poll, so it is counted
apart from the listing pages. A poll whose changes fit one page costs the requests of one page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import test_contract_conversation
import test_contract_tickets
from exchanges import SeenRequest, load_steps, load_table, scenario_path
from servers import ReplayServer
from support import ReplayedSupport
from targets import Account, Connector, Target

from helpclient.core.backend import HelpdeskBackend

CHANGED_SINCE = "test_list_changed_since_across_pages"
CONVERSATION = "test_conversation_is_public_only"


@dataclass(frozen=True)
class Call:
    """One metered connector call and the requests the server saw during it."""

    method: str
    changed_since: datetime | None
    requests: tuple[SeenRequest, ...]


@dataclass(frozen=True)
class PollCost:
    """Requests per poll of one connector, from its replayed scenarios."""

    connector: str
    setup: int  # once per connection (session, current user) before the first page
    pages: int  # listing requests of the changed-since call in the scenario
    per_page: float  # requests per page of "what changed since T"
    conversation: int  # requests of one ``conversation`` call
    sources: tuple[str, ...]  # the scenario files counted

    @property
    def per_poll(self) -> float:
        """A poll whose changes fit one page (the steady state: the session is open)."""
        return self.per_page


class _Metered:
    """Delegates to ``backend``; notes the server's requests during the metered calls."""

    def __init__(self, backend: HelpdeskBackend, seen: Callable[[], list[SeenRequest]],
                 calls: list[Call]) -> None:
        self._backend = backend
        self._seen = seen
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        return getattr(self._backend, name)

    def _metered(self, method: str, since: datetime | None, run: Callable[[], Any]) -> Any:
        before = len(self._seen())
        try:
            return run()
        finally:
            self._calls.append(Call(method, since, tuple(self._seen()[before:])))

    def list_my_tickets(self, changed_since: datetime | None = None) -> Any:
        return self._metered("list_my_tickets", changed_since,
                             lambda: self._backend.list_my_tickets(changed_since))

    def conversation(self, ticket_id: str) -> Any:
        return self._metered("conversation", None,
                             lambda: self._backend.conversation(ticket_id))


@contextmanager
def _replayed(connector: Connector, scenario: str,
              calls: list[Call]) -> Iterator[tuple[Target, ReplayServer]]:
    server = ReplayServer(load_steps(connector.name, scenario), f"{connector.name}/{scenario}")
    metered = Connector(connector.name, lambda url, account, options: _Metered(  # type: ignore[arg-type, return-value]
        connector.build(url, account, options), lambda: server.requests, calls),
        connector.file_sizes)
    account = Account.from_table(load_table(connector.name, "account.json"))
    with server.running() as url:
        yield Target(f"{connector.name}-replay", metered, account, url, ReplayedSupport(server),
                     live=False, requests_seen=lambda: len(server.requests),
                     fault=lambda case: None), server
    if server.problems or server.unused():
        raise AssertionError(f"replay of {connector.name}/{scenario} did not match: "
                             f"{server.problems or server.unused()}")


def _play(connector: Connector, scenario: str,
          test: Callable[[Target, HelpdeskBackend], None]) -> list[Call]:
    calls: list[Call] = []
    with _replayed(connector, scenario, calls) as (target, _), target.connect() as helpdesk:
        test(target, helpdesk)
    return calls


def measure(connector: Connector) -> PollCost:
    """Play the changed-since and conversation scenarios of ``connector``; count requests."""
    listing = [c for c in _play(connector, CHANGED_SINCE,
                                test_contract_tickets.test_list_changed_since_across_pages)
               if c.method == "list_my_tickets" and c.changed_since is not None]
    [since] = listing
    page = since.requests[-1]  # the last request of a listing is a page
    pages = [r for r in since.requests if (r.method, r.path) == (page.method, page.path)]
    setup = since.requests.index(pages[0])
    talk = [c for c in _play(connector, CONVERSATION,
                             test_contract_conversation.test_conversation_is_public_only)
            if c.method == "conversation"]
    [conversation] = talk
    # every request after the set-up is a page or belongs to one (nothing else per page)
    per_page = (len(since.requests) - setup) / len(pages)
    sources = tuple(str(scenario_path(connector.name, s).relative_to(
        scenario_path(connector.name, s).parents[4])) for s in (CHANGED_SINCE, CONVERSATION))
    return PollCost(connector.name, setup, len(pages), per_page, len(conversation.requests),
                    sources)
