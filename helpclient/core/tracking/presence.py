"""Is somebody at the computer? What the platform reports, combined into one answer the poll
policy reads: present, idle, locked — or unknown, when nothing can be detected.

News nobody can read is not worth a request: an idle or locked session polls rarely and polls at
once when the user comes back (``poll_policy``). The platform layer reports in two ways, both
declared here so core never imports an OS module:

* a :class:`PresenceProbe` is *sampled* (seconds since the last input, whether the screen is
  locked): X11's screen-saver extension, Windows' ``GetLastInputInfo`` and session state,
  macOS' event source and session dictionary;
* a :class:`PresenceWatch` *pushes* changes through a file descriptor the UI watches: logind's
  ``LockedHint``/``IdleHint`` and ``PrepareForSleep``, the desktop's screen saver.

Several sources may speak at once (logind and the screen saver); the session counts as locked
when any of them says so, idle when any says so, and unknown only while none has said anything.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol


class Presence(enum.Enum):
    """Who is at the computer, as far as the platform can tell."""

    UNKNOWN = "unknown"  # nothing detectable: poll as if present (what HelpClient always did)
    PRESENT = "present"
    IDLE = "idle"  # no input for a while, screen not locked
    LOCKED = "locked"  # locked, screen saver on, or the session is not on the console

    @property
    def away(self) -> bool:
        """Nobody can read a notification now."""
        return self in (Presence.IDLE, Presence.LOCKED)


class Fact(enum.Enum):
    """What one source can say about the session."""

    LOCKED = "locked"
    IDLE = "idle"
    ASLEEP = "asleep"  # True just before suspending, False on resume


@dataclass(frozen=True)
class PresenceChange:
    """One report from a source: ``fact`` is now ``value`` (None: this source no longer knows)."""

    source: str
    fact: Fact
    value: bool | None


@dataclass(frozen=True)
class PresenceSample:
    """One reading of a sampled probe; None where it cannot tell."""

    idle_seconds: float | None = None  # since the last keyboard or mouse input
    locked: bool | None = None


class PresenceProbe(Protocol):
    """Sampled presence (platform): cheap, called on every poll heartbeat off the GUI thread."""

    name: str

    def sample(self) -> PresenceSample:
        """The session now."""
        ...

    def close(self) -> None:
        """Release what the probe holds (a display connection, libraries)."""
        ...


class PresenceWatch(Protocol):
    """Pushed presence (platform): readable on ``fileno()`` when something may have changed."""

    name: str

    def fileno(self) -> int:
        """The descriptor to wait on (a D-Bus socket)."""
        ...

    def current(self) -> list[PresenceChange]:
        """What the source said when it was opened (the state before any change arrived)."""
        ...

    def read(self) -> list[PresenceChange]:
        """What arrived, without blocking. Raises ``OSError`` when the source is gone."""
        ...

    def close(self) -> None:
        """Stop watching."""
        ...


@dataclass(frozen=True)
class PresenceUpdate:
    """What applying reports changed: the presence now, and whether the machine just resumed."""

    presence: Presence
    resumed: bool = False


class PresenceTracker:
    """Combines every source's latest facts. ``away_after``: seconds without input after which
    a sampled session counts as idle (the poll policy's ``away_after``)."""

    def __init__(self, away_after: float) -> None:
        self.away_after = away_after
        self._facts: dict[tuple[str, Fact], bool] = {}

    @property
    def presence(self) -> Presence:
        """The combined answer."""
        facts = self._facts
        if any(v for (_, fact), v in facts.items() if fact is Fact.LOCKED):
            return Presence.LOCKED
        if any(v for (_, fact), v in facts.items() if fact is Fact.IDLE):
            return Presence.IDLE
        return Presence.PRESENT if facts else Presence.UNKNOWN

    def apply(self, changes: Iterable[PresenceChange]) -> PresenceUpdate:
        """Take pushed reports; a resume (``ASLEEP`` turning False) is passed on once."""
        resumed = False
        for change in changes:
            key = (change.source, change.fact)
            if change.fact is Fact.ASLEEP:
                # only a resume is news: going to sleep stops this process anyway
                resumed = resumed or change.value is False
                continue
            if change.value is None:
                self._facts.pop(key, None)
            else:
                self._facts[key] = change.value
        return PresenceUpdate(self.presence, resumed=resumed)

    def sample(self, source: str, reading: PresenceSample) -> PresenceUpdate:
        """Take a sampled probe's reading."""
        idle = (None if reading.idle_seconds is None
                else reading.idle_seconds >= self.away_after)
        return self.apply([PresenceChange(source, Fact.IDLE, idle),
                           PresenceChange(source, Fact.LOCKED, reading.locked)])

    def forget(self, source: str) -> PresenceUpdate:
        """A source went away (its bus closed): what it said no longer holds. ``source`` also
        covers its parts, ``"<source>:<part>"`` (one bus watch may speak for several)."""
        for key in [k for k in self._facts if k[0] == source or k[0].startswith(source + ":")]:
            del self._facts[key]
        return PresenceUpdate(self.presence)
