"""Navigation through the report's steps, free of Qt (the Electrum wizard model).

The UI shows ``flow.current`` and calls :meth:`ReportFlow.next` / :meth:`ReportFlow.back`;
the flow refuses to move forward while the current step has errors and remembers the furthest
step reached so the user can jump back to any earlier one from the review.
"""

from __future__ import annotations

from collections.abc import Sequence

from helpclient.core.report.problem import (
    BASIC_STEPS,
    FieldError,
    ProblemReport,
    Step,
    validate_all,
    validate_step,
)


class ReportFlow:
    """The state of one pass through the report wizard."""

    def __init__(self, report: ProblemReport | None = None,
                 steps: Sequence[Step] = BASIC_STEPS) -> None:
        if not steps:
            raise ValueError("a report flow needs at least one step")
        self.report = report or ProblemReport()
        self.steps: tuple[Step, ...] = tuple(steps)
        self._index = 0
        self._furthest = 0

    @property
    def current(self) -> Step:
        """The step being shown."""
        return self.steps[self._index]

    @property
    def index(self) -> int:
        """Position of the current step, from 0."""
        return self._index

    @property
    def is_first(self) -> bool:
        """True on the first step (no Back)."""
        return self._index == 0

    @property
    def is_last(self) -> bool:
        """True on the last step (Send instead of Next)."""
        return self._index == len(self.steps) - 1

    def errors(self, step: Step | None = None) -> list[FieldError]:
        """What is wrong in ``step`` (default: the current one)."""
        return validate_step(self.report, step or self.current)

    def next(self) -> list[FieldError]:
        """Move forward when the current step is complete; else stay and return its errors."""
        errors = self.errors()
        if errors or self.is_last:
            return errors
        self._index += 1
        self._furthest = max(self._furthest, self._index)
        return []

    def back(self) -> None:
        """Move back one step; the report keeps everything typed so far."""
        if self._index > 0:
            self._index -= 1

    def can_jump_to(self, step: Step) -> bool:
        """True for a step already reached, or one whose earlier steps are all complete."""
        target = self.steps.index(step)
        if target <= self._furthest:
            return True
        return not validate_all(self.report, self.steps[:target])

    def jump_to(self, step: Step) -> bool:
        """Go straight to ``step`` (e.g. "Edit" on the review page); False if not allowed."""
        if not self.can_jump_to(step):
            return False
        self._index = self.steps.index(step)
        self._furthest = max(self._furthest, self._index)
        return True

    def first_incomplete(self) -> Step | None:
        """The first step that still has errors, or None when the report can be sent."""
        for step in self.steps:
            if validate_step(self.report, step):
                return step
        return None

    def ready_to_send(self) -> bool:
        """True when every step is complete."""
        return self.first_incomplete() is None
