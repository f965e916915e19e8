"""What the checks ask the operating system and the network, as small interfaces the platform
and backend layers implement (the composition root chooses them), and the facts they answer
with. Every method may block briefly; each takes the seconds it may use where it can wait."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Interface:
    """A network interface: its name, whether it is up, and its IP addresses."""

    name: str
    up: bool
    addresses: tuple[str, ...] = ()
    loopback: bool = False


@dataclass(frozen=True)
class ProxySetting:
    """One proxy setting as found: where (``HTTPS_PROXY``, ``https_proxy``, ``system``) and
    its value (it may hold credentials: judges show only scheme, host and port)."""

    source: str
    value: str


@dataclass(frozen=True)
class Proxies:
    """The proxy settings of the environment and of the system, and what is wrong with the
    system's own proxy configuration (Windows: switched on with no server), "" when nothing."""

    settings: tuple[ProxySetting, ...] = ()
    system_problem: str = ""


class NetworkProbe(Protocol):
    """This computer's network configuration."""

    def interfaces(self) -> Sequence[Interface]:
        """Every network interface."""
        ...

    def default_gateway(self) -> str | None:
        """The default route's gateway, or None when there is none; raises OSError when the
        system cannot tell."""
        ...

    def proxies(self) -> Proxies:
        """The proxy settings of the environment and of the system (one look at the system's
        configuration gives both its proxies and what is wrong with it)."""
        ...


@dataclass(frozen=True)
class Hop:
    """Where a connection to a URL goes first: the server itself, or a proxy."""

    host: str
    port: int
    proxy: str = ""  # scheme://host:port of the proxy, "" when direct


@dataclass(frozen=True)
class Reach:
    """Whether a URL answers: ``failed_step`` is "" (it does), "address" (not a usable
    address), "dns", "connect" or "tls"; ``reason`` is the technical why."""

    url: str
    failed_step: str = ""
    reason: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the server answered (TCP, and TLS for https)."""
        return not self.failed_step


class ServerProbe(Protocol):
    """Reaching servers the way the app's own connections do (proxy, trust)."""

    def first_hop(self, url: str) -> Hop:
        """Where a connection to ``url`` goes first; ValueError when it is no http(s) URL."""
        ...

    def resolve(self, host: str, port: int, timeout: float) -> list[str]:
        """The addresses of ``host``; OSError (or TimeoutError) when it does not resolve."""
        ...

    def reach(self, url: str, timeout: float) -> Reach:
        """Name, connection and (https) TLS handshake to ``url``, within ``timeout``."""
        ...

    def server_date(self, url: str, timeout: float) -> datetime:
        """The time in the ``Date`` header of ``url``'s answer (aware, UTC); OSError or
        ValueError when there is no usable answer."""
        ...


@dataclass(frozen=True)
class Volume:
    """A mounted volume's size and free space, in bytes."""

    path: str
    total: int
    free: int


@dataclass(frozen=True)
class Quota:
    """The user's disk quota on their home folder's file system, in bytes."""

    used: int
    limit: int


@dataclass(frozen=True)
class Memory:
    """Physical memory and swap, in bytes."""

    total: int
    available: int
    swap_total: int = 0
    swap_used: int = 0


@dataclass(frozen=True)
class BusyProcess:
    """The process using the most processor time now: its share of the whole processor
    (all cores) in the sample, its processor time so far and its age, in seconds."""

    name: str
    pid: int
    share: float
    cpu_seconds: float
    age_seconds: float


@dataclass(frozen=True)
class PendingRestart:
    """Whether the system waits for a restart to finish installing updates, and what says so
    (a file, a registry key); ``readable`` is False where this system cannot tell."""

    pending: bool
    evidence: tuple[str, ...] = ()
    readable: bool = True


class MachineProbe(Protocol):
    """Disks, memory, processor and the system's update state."""

    def system_volume(self) -> Volume:
        """The volume the operating system runs from."""
        ...

    def home_volume(self) -> Volume | None:
        """The volume of the user's home folder when it is another than the system's."""
        ...

    def home_quota(self, timeout: float) -> Quota | None:
        """The user's quota where one is set and can be read, else None."""
        ...

    def memory(self) -> Memory:
        """Memory now."""
        ...

    def busiest_process(self, sample_seconds: float) -> BusyProcess | None:
        """The process with the most processor time over a sample of ``sample_seconds``."""
        ...

    def pending_restart(self) -> PendingRestart:
        """Whether updates wait for a restart."""
        ...


@dataclass(frozen=True)
class PrintJob:
    """A job waiting in a print queue, and when it was sent."""

    queue: str
    job_id: str
    submitted: datetime
    user: str = ""


class PrintProbe(Protocol):
    """The print queues."""

    def jobs(self, timeout: float) -> Sequence[PrintJob] | None:
        """The jobs not yet printed; None when this computer has no print system."""
        ...

    def may_restart(self, queue: str) -> bool:
        """True when this user may restart ``queue`` without a password."""
        ...
