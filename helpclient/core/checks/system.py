"""The machine's own checks: free disk space (the system volume, the home folder's volume and
quota), memory pressure, and one process holding most of the processor for minutes."""

from __future__ import annotations

from helpclient.core.checks.model import (
    Check,
    Conclusion,
    Deadline,
    SafeAction,
    attention,
    fine,
    problem,
)
from helpclient.core.checks.probes import BusyProcess, MachineProbe, Memory, Quota, Volume
from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number
from helpclient.core.report.self_checks import Verdict

GB = 2**30
#: below either, a volume is a problem; below LOW_SHARE it needs attention
FULL_BYTES = 1 * GB
FULL_SHARE = 0.05
LOW_SHARE = 0.10
#: a quota this full needs attention; FULL_QUOTA is a problem
LOW_QUOTA = 0.90
FULL_QUOTA = 0.97
#: memory: available below these shares of the total
LOW_MEMORY = 0.10
NO_MEMORY = 0.05
#: a process holding this share of the whole processor is "most of it" …
BUSY_SHARE = 0.5
#: … and for minutes when it is this old and its processor time could cover that span
BUSY_SECONDS = 120.0
#: the processor sample's length (the rest of the check's time is for the OS to answer)
CPU_SAMPLE = 1.0

_CLEANUP = SafeAction.OPEN_DISK_CLEANUP


def _gb(size: int) -> Number:
    return Number(size / GB, 1)


def _percent(share: float) -> Number:
    # a nearly full disk needs the decimal: 0.6 GB of 250 GB is "0.2 %", not "0 %"
    return Number(share * 100, 1 if share < 0.1 else 0)


def _volume(volume: Volume, *, home: bool) -> Conclusion:
    share = volume.free / volume.total if volume.total else 1.0
    free, total, percent = _gb(volume.free), _gb(volume.total), _percent(share)
    facts = {"path": volume.path, "free_bytes": volume.free, "total_bytes": volume.total}
    if volume.free < FULL_BYTES or share < FULL_SHARE:
        cause = (QT_TRANSLATE_NOOP("Checks", "The disk of your home folder is almost full: "
                                   "{free} GB free of {total} GB ({percent} %).") if home else
                 QT_TRANSLATE_NOOP("Checks", "The system disk is almost full: {free} GB free "
                                   "of {total} GB ({percent} %)."))
        return problem(cause, action=_CLEANUP, facts=facts, free=free, total=total,
                       percent=percent)
    if share < LOW_SHARE:
        cause = (QT_TRANSLATE_NOOP("Checks", "The disk of your home folder is getting full: "
                                   "{free} GB free of {total} GB ({percent} %).") if home else
                 QT_TRANSLATE_NOOP("Checks", "The system disk is getting full: {free} GB free "
                                   "of {total} GB ({percent} %)."))
        return attention(cause, action=_CLEANUP, facts=facts, free=free, total=total,
                         percent=percent)
    return fine(QT_TRANSLATE_NOOP("Checks", "{free} GB free of {total} GB on the system disk "
                                  "({percent} %)."), facts=facts, free=free, total=total,
                percent=percent)


def _quota(quota: Quota) -> Conclusion | None:
    if quota.limit <= 0:
        return None
    share = quota.used / quota.limit
    used, limit = _gb(quota.used), _gb(quota.limit)
    facts = {"quota_used_bytes": quota.used, "quota_limit_bytes": quota.limit}
    if share >= FULL_QUOTA:
        return problem(QT_TRANSLATE_NOOP("Checks", "Your storage quota is used up: {used} GB "
                                         "of {limit} GB."), action=_CLEANUP, facts=facts,
                       used=used, limit=limit)
    if share >= LOW_QUOTA:
        return attention(QT_TRANSLATE_NOOP("Checks", "Your storage quota is almost used up: "
                                           "{used} GB of {limit} GB."), action=_CLEANUP,
                         facts=facts, used=used, limit=limit)
    return None


_RANK = [Verdict.FINE, Verdict.UNKNOWN, Verdict.ATTENTION, Verdict.PROBLEM]


def disk_check(machine: MachineProbe) -> Check:
    """The system volume, the home folder's volume (when another) and the user's quota: the
    worst of them, the system volume first among equals."""

    def run(deadline: Deadline) -> Conclusion:
        found = [_volume(machine.system_volume(), home=False)]
        home = machine.home_volume()
        if home is not None:
            found.append(_volume(home, home=True))
        quota = machine.home_quota(deadline.left(1.0))
        if quota is not None and (judged := _quota(quota)) is not None:
            found.append(judged)
        worst = max(found, key=lambda c: _RANK.index(c.verdict))
        facts: dict[str, object] = {}
        for conclusion in found:
            facts.update(conclusion.facts)
        return Conclusion(worst.verdict, worst.cause, worst.action, worst.target, facts)

    return Check("disk", QT_TRANSLATE_NOOP("Checks", "Free disk space"),
                 QT_TRANSLATE_NOOP("Checks", "disk is full free space"), 1.5, run)


def judge_memory(memory: Memory) -> Conclusion:
    """Little available memory (the system swaps and slows down)."""
    share = memory.available / memory.total if memory.total else 1.0
    available, total = _gb(memory.available), _gb(memory.total)
    facts = {"available_bytes": memory.available, "total_bytes": memory.total,
             "swap_used_bytes": memory.swap_used, "swap_total_bytes": memory.swap_total}
    if share < NO_MEMORY:
        return problem(QT_TRANSLATE_NOOP("Checks", "Memory is almost exhausted: {available} GB "
                                         "free of {total} GB; programs slow down."),
                       facts=facts, available=available, total=total)
    if share < LOW_MEMORY:
        return attention(QT_TRANSLATE_NOOP("Checks", "Memory is running low: {available} GB "
                                           "free of {total} GB."), facts=facts,
                         available=available, total=total)
    return fine(QT_TRANSLATE_NOOP("Checks", "{available} GB of {total} GB memory free."),
                facts=facts, available=available, total=total)


def memory_check(machine: MachineProbe) -> Check:
    """Memory pressure."""
    return Check("memory", QT_TRANSLATE_NOOP("Checks", "Memory"),
                 QT_TRANSLATE_NOOP("Checks", "computer is slow memory"), 0.5,
                 lambda _deadline: judge_memory(machine.memory()))


def judge_busy(busy: BusyProcess | None, cores: int) -> Conclusion:
    """One process with most of the processor now that has had enough processor time to have
    held it for the last minutes. Without a history, this is the closest a one-second look
    gets to "for minutes"; a process that just started is not blamed."""
    if busy is None:
        return fine(QT_TRANSLATE_NOOP("Checks", "No program is holding the processor."))
    percent = Number(busy.share * 100)
    facts = {"name": busy.name, "pid": busy.pid, "share": round(busy.share, 3),
             "cpu_seconds": round(busy.cpu_seconds, 1), "age_seconds": round(busy.age_seconds)}
    sustained = busy.age_seconds >= BUSY_SECONDS and \
        busy.cpu_seconds >= busy.share * max(1, cores) * BUSY_SECONDS
    if busy.share >= BUSY_SHARE and sustained:
        return attention(QT_TRANSLATE_NOOP("Checks", "{name} has been using most of the "
                                           "processor ({percent} %) for minutes."),
                         facts=facts, name=busy.name, percent=percent)
    return fine(QT_TRANSLATE_NOOP("Checks", "No program is holding the processor (the busiest, "
                                  "{name}, uses {percent} %)."), facts=facts, name=busy.name,
                percent=percent)


def cpu_check(machine: MachineProbe, cores: int) -> Check:
    """One process using most of the processor for minutes (``cores``: logical processors)."""

    def run(deadline: Deadline) -> Conclusion:
        return judge_busy(machine.busiest_process(min(CPU_SAMPLE, deadline.left() - 0.3)),
                          cores)

    return Check("cpu", QT_TRANSLATE_NOOP("Checks", "Processor load"),
                 QT_TRANSLATE_NOOP("Checks", "computer is slow programs"), 1.8, run)
