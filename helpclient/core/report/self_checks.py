"""What the quick checks of this computer found, as a report carries it to support.

One :class:`SelfCheckNote` per check: its verdict, and its title and cause as English marked for
translation (context ``Checks``) with the measured values kept apart, so the ticket shows them
in the language support reads, whatever the user's. Plain fields only: drafts and the outbox
save notes through :mod:`helpclient.core.report.serialize` like the rest of the report.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number, Text, Translate, identity

CHECKS_CTX = "Checks"


class Verdict(enum.Enum):
    """A check's conclusion, mildest first."""

    FINE = "fine"
    UNKNOWN = "unknown"  # not checked: it failed or ran out of time
    ATTENTION = "attention"
    PROBLEM = "problem"

    @property
    def needs_look(self) -> bool:
        """Attention or problem: worth the user's (and support's) look."""
        return self in (Verdict.ATTENTION, Verdict.PROBLEM)


VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.FINE: QT_TRANSLATE_NOOP("Checks", "Fine"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("Checks", "Not checked"),
    Verdict.ATTENTION: QT_TRANSLATE_NOOP("Checks", "Needs attention"),
    Verdict.PROBLEM: QT_TRANSLATE_NOOP("Checks", "Problem"),
}


@dataclass(frozen=True)
class NoteParam:
    """One measured value of a cause (``{free}`` → "0.4"), in English digits; ``decimals`` is
    set when it is a number, so the ticket writes it in the ticket language ("0,4")."""

    name: str
    value: str
    decimals: int | None = None

    def filled(self) -> str | Number:
        """The value for the cause's placeholder: a :class:`Number` when it is one."""
        if self.decimals is None:
            return self.value
        try:
            return Number(float(self.value), self.decimals)
        except ValueError:  # a saved draft changed by hand: show what it says
            return self.value


@dataclass(frozen=True)
class SelfCheckNote:
    """One check's outcome in a report."""

    name: str
    title: str
    verdict: Verdict
    cause: str
    params: tuple[NoteParam, ...] = ()

    @property
    def cause_text(self) -> Text:
        """The cause, to render in a language."""
        return Text(CHECKS_CTX, self.cause, {p.name: p.filled() for p in self.params})


_FINE_LINE = QT_TRANSLATE_NOOP("Checks", "Fine: {checks}.")


def render_self_checks(notes: Sequence[SelfCheckNote], tr: Translate = identity) -> str:
    """The notes as the ticket's section text: each that is not fine on its own line with its
    cause (problems first), then the fine ones in one line."""
    order = sorted((n for n in notes if n.verdict is not Verdict.FINE),
                   key=lambda n: [Verdict.PROBLEM, Verdict.ATTENTION, Verdict.UNKNOWN]
                   .index(n.verdict))
    lines = [f"- {tr(CHECKS_CTX, VERDICT_LABELS[n.verdict])}: {tr(CHECKS_CTX, n.title)} — "
             f"{n.cause_text.render(tr)}" for n in order]
    fine = [tr(CHECKS_CTX, n.title) for n in notes if n.verdict is Verdict.FINE]
    if fine:
        lines.append(tr(CHECKS_CTX, _FINE_LINE).format(checks=", ".join(fine)))
    return "\n".join(lines)
