"""A stuck print queue: a job waiting longer than :data:`STUCK_AFTER`."""

from __future__ import annotations

from datetime import timedelta

from helpclient.core.checks.model import (
    Check,
    Conclusion,
    Deadline,
    Now,
    SafeAction,
    fine,
    problem,
    utc_now,
)
from helpclient.core.checks.probes import PrintProbe
from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number

STUCK_AFTER = timedelta(minutes=10)


def printing_check(printing: PrintProbe, now: Now = utc_now) -> Check:
    """The oldest job waiting longer than :data:`STUCK_AFTER` names its queue; restarting that
    queue is offered when this user may."""

    def run(deadline: Deadline) -> Conclusion:
        jobs = printing.jobs(deadline.left(1.6))
        if jobs is None:
            return fine(QT_TRANSLATE_NOOP("Checks", "No printers are set up."))
        moment = now()
        stuck = sorted((j for j in jobs if moment - j.submitted > STUCK_AFTER),
                       key=lambda j: j.submitted)
        facts = {"waiting": len(jobs), "stuck": [
            {"queue": j.queue, "job": j.job_id, "submitted": j.submitted.isoformat()}
            for j in stuck]}
        if not stuck:
            if jobs:
                return fine(QT_TRANSLATE_NOOP("Checks", "Print jobs are moving (none has waited "
                                              "10 min)."), facts=facts)
            return fine(QT_TRANSLATE_NOOP("Checks", "No print jobs are waiting."), facts=facts)
        oldest = stuck[0]
        minutes = Number((moment - oldest.submitted).total_seconds() / 60)
        may = printing.may_restart(oldest.queue)
        return problem(QT_TRANSLATE_NOOP("Checks", "A print job has been waiting on {queue} for "
                                         "{minutes} min."),
                       action=SafeAction.RESTART_PRINT_QUEUE if may else None,
                       target=oldest.queue, facts=facts, queue=oldest.queue, minutes=minutes)

    return Check("printing", QT_TRANSLATE_NOOP("Checks", "Print queue"),
                 QT_TRANSLATE_NOOP("Checks", "printer does not print documents"), 1.9, run)
