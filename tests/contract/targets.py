"""What a contract test runs against: a *target* is one connector with a server behind it — a
live helpdesk (through the recording proxy) or a replay of recorded exchanges — and the support
side that acts in that helpdesk meanwhile.

A connector joins the suite with a :class:`Connector` (its name, which is also the folder of its
exchanges, and how to build it from an address, an account and :class:`ConnectOptions`); a
connector whose helpdesk runs here also gives a :class:`LiveBackend`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from recording import Redactions, for_addresses
from support import SupportDriver

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import Capability, UserInfo


@dataclass(frozen=True)
class ConnectOptions:
    """How a test wants its connector."""

    page_size: int | None = None  # None: the connector's own; small to force several pages
    without: Capability = Capability.NONE  # declared capabilities to take away
    wrong_credentials: bool = False  # a token (password…) of the right form that is not valid
    base_url: str | None = None  # another server than the target's (one that is not there)


@dataclass(frozen=True)
class Account:
    """Who the connector signs in as: the token, the user it belongs to, connector settings."""

    token: str
    user: UserInfo
    settings: Mapping[str, Any] = field(default_factory=dict)

    @staticmethod
    def from_table(table: Mapping[str, Any]) -> Account:
        """From a backend's ``account.json``."""
        return Account(table["token"], UserInfo(**table["user"]), table.get("settings", {}))

    def to_table(self, source: str) -> dict[str, Any]:
        """As ``account.json`` holds it."""
        user = {"login": self.user.login, "name": self.user.name, "email": self.user.email}
        return {"source": source, "token": self.token, "user": user,
                "settings": dict(self.settings)}


Build = Callable[[str, Account, ConnectOptions], HelpdeskBackend]


@dataclass(frozen=True)
class Connector:
    """How the suite builds one connector; ``name`` is also its folder under ``exchanges/``."""

    name: str
    build: Build
    #: whether the helpdesk tells attachments' sizes (GLPI stores none: it lists them as 0)
    file_sizes: bool = True


@dataclass(frozen=True)
class LiveBackend:
    """A helpdesk running here, as the suite needs it."""

    address: str  # where the connector would talk to it (the proxy goes in between)
    account: Account  # the real one
    support: SupportDriver
    secrets: Mapping[str, str]  # live secret → the fake that recordings hold instead
    replay_account: Account  # what the recordings sign in with (account.json)
    source: str  # said in every file recorded from it: product, version, date


def without_capabilities(cls: type[Any], off: Capability) -> type[Any]:
    """``cls`` declaring its capabilities minus ``off``: how the suite checks that a connector's
    methods consult the capabilities it declares (nothing else changes)."""
    if not off:
        return cls

    class Limited(cls):  # type: ignore[misc, valid-type]
        @property
        def capabilities(self) -> Capability:
            declared: Capability = super().capabilities
            return declared & ~off

    Limited.__name__ = f"{cls.__name__}Without{off.name}"
    return Limited


class Target:
    """One connector and the server behind it, for one test."""

    def __init__(self, name: str, connector: Connector, account: Account, base_url: str,
                 support: SupportDriver, *, live: bool, requests_seen: Callable[[], int],
                 fault: Callable[[str], None]) -> None:
        self.name = name
        self.connector = connector
        self.account = account
        self.base_url = base_url
        self.support = support
        self.live = live
        self._requests_seen = requests_seen
        self._fault = fault

    @property
    def user(self) -> UserInfo:
        """The user the connector signs in as."""
        return self.account.user

    @contextmanager
    def connect(self, **options: Any) -> Iterator[HelpdeskBackend]:
        """A fresh connector (see :class:`ConnectOptions`), closed afterwards."""
        chosen = ConnectOptions(**options)
        backend = self.connector.build(chosen.base_url or self.base_url, self.account, chosen)
        try:
            yield backend
        finally:
            close = getattr(backend, "close", None)
            if close is not None:
                close()

    def requests_seen(self) -> int:
        """How many requests the server behind the target has received so far."""
        return self._requests_seen()

    def wait_past(self, moment: datetime) -> None:
        """Until the server's clock is past ``moment`` (a replay's clock stands still)."""
        if self.live:
            while datetime.now(UTC) < moment + timedelta(milliseconds=50):
                time.sleep(0.05)

    def fault_next(self, case: str) -> None:
        """The next request gets the backend's documented answer for ``case`` (faults.json)
        instead of the live one; a replay has it in the scenario already."""
        self._fault(case)


def redactions_for(live: LiveBackend, proxy_url: str) -> Redactions:
    """What a recording from ``live`` through the proxy at ``proxy_url`` replaces."""
    return for_addresses(live.address, proxy_url, secrets=live.secrets)
