"""What a check is and what it concludes.

A :class:`Check` has a stable name, a title, a time limit, the keywords that find the article
that fixes what it finds (English marked for translation, so the search runs in the user's
language) and a function that measures and judges. Its :class:`Conclusion` is a verdict, one
sentence of cause, and a :class:`SafeAction` where the user can fix it without risk. The
titles, causes, keywords and action labels are marked with the ``Checks`` context.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number, Text
from helpclient.core.report.self_checks import CHECKS_CTX, NoteParam, SelfCheckNote, Verdict

__all__ = ["CHECKS_CTX", "Check", "CheckResult", "Conclusion", "Deadline", "Now", "SafeAction",
           "Verdict", "attention", "exit_code", "fine", "problem", "unknown", "utc_now"]


class SafeAction(enum.Enum):
    """What HelpClient can do about a finding without risk to the user's data or machine."""

    OPEN_NETWORK_SETTINGS = "open_network_settings"
    OPEN_DISK_CLEANUP = "open_disk_cleanup"
    RESTART_PRINT_QUEUE = "restart_print_queue"


ACTION_LABELS: dict[SafeAction, str] = {
    SafeAction.OPEN_NETWORK_SETTINGS: QT_TRANSLATE_NOOP("Checks", "Open network settings"),
    SafeAction.OPEN_DISK_CLEANUP: QT_TRANSLATE_NOOP("Checks", "Open disk clean-up"),
    SafeAction.RESTART_PRINT_QUEUE: QT_TRANSLATE_NOOP("Checks", "Restart the print queue"),
}


#: the local wall clock, aware (a parameter, so tests set this computer's time)
Now = Callable[[], datetime]


def utc_now() -> datetime:
    """This computer's time."""
    return datetime.now(UTC)


class Deadline:
    """When a check must have concluded; each step of it takes at most what is left."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.end = clock() + seconds

    def left(self, at_most: float | None = None) -> float:
        """Seconds left (never below a small floor, so a step can still fail quickly), capped
        at ``at_most``."""
        left = max(0.05, self.end - self._clock())
        return min(left, at_most) if at_most is not None else left


@dataclass(frozen=True)
class Conclusion:
    """What one check found: the verdict, one sentence of cause (a ``Checks`` text with its
    values), the safe action that fixes it and what it acts on (a print queue's name), and
    the measured facts for ``--json`` and support."""

    verdict: Verdict
    cause: Text
    action: SafeAction | None = None
    target: str = ""
    facts: Mapping[str, Any] = field(default_factory=dict)


def _conclusion(verdict: Verdict, cause: str, values: Mapping[str, object], *,
                action: SafeAction | None = None, target: str = "",
                facts: Mapping[str, Any] | None = None) -> Conclusion:
    params = {k: v if isinstance(v, Number) else str(v) for k, v in values.items()}
    return Conclusion(verdict, Text(CHECKS_CTX, cause, params), action, target, dict(facts or {}))


def fine(cause: str, *, facts: Mapping[str, Any] | None = None, **values: object) -> Conclusion:
    """All is well: ``cause`` (marked with the ``Checks`` context) says what was seen."""
    return _conclusion(Verdict.FINE, cause, values, facts=facts)


def attention(cause: str, *, action: SafeAction | None = None, target: str = "",
              facts: Mapping[str, Any] | None = None, **values: object) -> Conclusion:
    """Not broken, but worth the user's look."""
    return _conclusion(Verdict.ATTENTION, cause, values, action=action, target=target,
                       facts=facts)


def problem(cause: str, *, action: SafeAction | None = None, target: str = "",
            facts: Mapping[str, Any] | None = None, **values: object) -> Conclusion:
    """Something is wrong that explains many a problem report."""
    return _conclusion(Verdict.PROBLEM, cause, values, action=action, target=target,
                       facts=facts)


def unknown(cause: str, *, facts: Mapping[str, Any] | None = None,
            **values: object) -> Conclusion:
    """The check could not tell."""
    return _conclusion(Verdict.UNKNOWN, cause, values, facts=facts)


@dataclass(frozen=True)
class Check:
    """One quick check. ``run(deadline)`` measures and judges; it should conclude before
    ``deadline`` (the runner abandons it at ``timeout`` seconds)."""

    name: str
    title: str
    keywords: str
    timeout: float
    run: Callable[[Deadline], Conclusion]


@dataclass(frozen=True)
class CheckResult:
    """A check's conclusion with the check's own names and how long it took."""

    name: str
    title: str
    keywords: str
    conclusion: Conclusion
    seconds: float

    @property
    def verdict(self) -> Verdict:
        """The conclusion's verdict."""
        return self.conclusion.verdict

    @property
    def cause(self) -> Text:
        """The conclusion's sentence."""
        return self.conclusion.cause

    def note(self) -> SelfCheckNote:
        """The result as a report carries it to support."""
        cause = self.conclusion.cause
        return SelfCheckNote(self.name, self.title, self.verdict, cause.source,
                             tuple(NoteParam(k, str(v), v.decimals if isinstance(v, Number)
                                             else None) for k, v in cause.params.items()))

    def as_json(self) -> dict[str, Any]:
        """The result for ``helpclient check --json`` (English)."""
        conclusion = self.conclusion
        return {"name": self.name, "title": self.title, "verdict": self.verdict.value,
                "cause": conclusion.cause.render(),
                "action": conclusion.action.value if conclusion.action else None,
                "target": conclusion.target, "facts": dict(conclusion.facts),
                "seconds": round(self.seconds, 3)}


def exit_code(results: Sequence[CheckResult]) -> int:
    """``helpclient check``'s exit code: 1 when a result needs attention or is a problem,
    else 0 (a check that could not conclude changes nothing)."""
    return 1 if any(r.verdict.needs_look for r in results) else 0
