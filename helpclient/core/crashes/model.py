"""A crash as the platforms read it, and the interface they implement (``helpclient.platform``
holds the Linux, Windows and macOS readers; the app chooses one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Crash:
    """One program crash.

    ``key`` identifies it among the platform's records (its process and time); ``program`` is
    the name the user knows the program by and ``program_key`` what counts as "the same
    program" for throttling (its executable); ``reason`` the signal or exception in the
    system's words ("SIGSEGV", "0xc0000005", "EXC_BAD_ACCESS (SIGSEGV)"); ``command`` the
    command line it ran with; ``details`` what else the record says, in its own words (the
    first frames of the crashed thread, the faulting module); both *not yet redacted*;
    ``launchable`` whether a person starts it from a menu (a helper process dying in the
    background is no crash to offer)."""

    key: str
    program: str
    program_key: str
    time: datetime
    executable: str = ""
    version: str = ""
    reason: str = ""
    command: str = ""
    details: str = ""
    pid: int = 0
    launchable: bool = True


class CrashSource(Protocol):
    """Where this computer records crashes (the journal, the event log, DiagnosticReports)."""

    def crashes_since(self, since: datetime) -> list[Crash]:
        """The crashes of this user's programs recorded after ``since`` (aware), oldest
        first. Blocking (runs the system's tools); raises OSError when the records cannot be
        read at all (the tool is missing)."""
        ...
