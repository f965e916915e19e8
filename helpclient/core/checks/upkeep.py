"""Whether the computer is kept current: its clock against the helpdesk's, updates waiting
for a restart, and the version of the program the user reports about against IT's list."""

from __future__ import annotations

from collections.abc import Sequence

from helpclient.core.checks.model import (
    Check,
    Conclusion,
    Deadline,
    Now,
    attention,
    fine,
    problem,
    unknown,
    utc_now,
)
from helpclient.core.checks.probes import MachineProbe, ServerProbe
from helpclient.core.checks.versions import current_version_for, is_older
from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number

#: a clock further off than this breaks sign-ins (Kerberos allows 5 min) and, at worst, TLS
CLOCK_TOLERANCE = 120.0

def judge_clock(offset: float) -> Conclusion:
    """``offset``: seconds this computer's clock is ahead (positive) or behind the server's."""
    facts = {"offset_seconds": round(offset, 1)}
    minutes = Number(abs(offset) / 60)
    if offset > CLOCK_TOLERANCE:
        return problem(QT_TRANSLATE_NOOP("Checks", "This computer's clock is {minutes} min ahead "
                                         "of the helpdesk's; sign-ins and secure connections "
                                         "may fail."), facts=facts, minutes=minutes)
    if offset < -CLOCK_TOLERANCE:
        return problem(QT_TRANSLATE_NOOP("Checks", "This computer's clock is {minutes} min "
                                         "behind the helpdesk's; sign-ins and secure "
                                         "connections may fail."), facts=facts, minutes=minutes)
    return fine(QT_TRANSLATE_NOOP("Checks", "The clock agrees with the helpdesk's (within "
                                  "{seconds} s)."), facts=facts, seconds=Number(abs(offset)))


def clock_check(server: ServerProbe, url: str, now: Now = utc_now) -> Check:
    """This computer's clock against the ``Date`` of the helpdesk's answer (``now``: the
    local clock)."""

    def run(deadline: Deadline) -> Conclusion:
        before = now()
        try:
            theirs = server.server_date(url, deadline.left() - 0.1)
        except (OSError, ValueError) as exc:
            return unknown(QT_TRANSLATE_NOOP("Checks", "The helpdesk did not tell its time."),
                           facts={"error": f"{type(exc).__name__}: {exc}"})
        after = now()
        # the header counts whole seconds; the answer came between before and after
        mine = before + (after - before) / 2
        return judge_clock((mine - theirs).total_seconds())

    return Check("clock", QT_TRANSLATE_NOOP("Checks", "Clock"),
                 QT_TRANSLATE_NOOP("Checks", "clock shows the wrong time"), 1.9, run)


def restart_check(machine: MachineProbe) -> Check:
    """Updates installed that wait for a restart."""

    def run(_deadline: Deadline) -> Conclusion:
        state = machine.pending_restart()
        facts = {"evidence": list(state.evidence)}
        if not state.readable:
            return unknown(QT_TRANSLATE_NOOP("Checks", "This system does not tell whether a "
                                             "restart is pending."), facts=facts)
        if state.pending:
            return attention(QT_TRANSLATE_NOOP("Checks", "Updates are waiting for a restart to "
                                               "finish installing."), facts=facts)
        return fine(QT_TRANSLATE_NOOP("Checks", "No restart is pending."), facts=facts)

    return Check("restart", QT_TRANSLATE_NOOP("Checks", "Pending restart"),
                 QT_TRANSLATE_NOOP("Checks", "restart to finish installing updates"), 0.8, run)


def version_check(program: str, version: str,
                  listed: Sequence[tuple[str, str]]) -> Check | None:
    """The version of ``program`` (the one the user picked) against the version IT lists as
    current; None when IT lists none for it or the version is unknown."""
    match = current_version_for(program, listed)
    if match is None or not version.strip():
        return None
    current = match[1]

    def run(_deadline: Deadline) -> Conclusion:
        facts = {"program": program, "version": version, "current": current}
        older = is_older(version, current)
        if older is None:
            return unknown(QT_TRANSLATE_NOOP("Checks", "The version {version} of {program} cannot "
                                             "be compared with {current}."),
                           facts=facts, program=program, version=version, current=current)
        if older:
            return attention(QT_TRANSLATE_NOOP("Checks", "{program} {version} is older than the "
                                               "version IT supports ({current}); updating it "
                                               "may fix the problem."),
                             facts=facts, program=program, version=version, current=current)
        return fine(QT_TRANSLATE_NOOP("Checks", "{program} {version} is current (IT lists "
                                      "{current})."), facts=facts, program=program,
                    version=version, current=current)

    return Check("version", QT_TRANSLATE_NOOP("Checks", "Program version"),
                 QT_TRANSLATE_NOOP("Checks", "update a program to the current version"), 0.2, run)
