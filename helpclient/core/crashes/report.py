"""The report a crash offer opens: the program, its version, when it crashed and what the
crash record says — redacted, since a command line may hold a password and a stack trace a
file name — so the user only adds what they were doing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from helpclient.core.crashes.model import Crash
from helpclient.core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from helpclient.core.report.problem import (
    ERROR_TEXT_MAX,
    SUMMARY_MAX,
    Category,
    ProblemReport,
    Started,
)

CTX = "CrashReport"

_SUMMARY = QT_TRANSLATE_NOOP("CrashReport", "{program} closed unexpectedly")
_HEADLINE = QT_TRANSLATE_NOOP(
    "CrashReport", "{program} closed unexpectedly on {date} at {time} ({reason}).")
_HEADLINE_NO_REASON = QT_TRANSLATE_NOOP(
    "CrashReport", "{program} closed unexpectedly on {date} at {time}.")
_VERSION = QT_TRANSLATE_NOOP("CrashReport", "Version: {version}")
_EXECUTABLE = QT_TRANSLATE_NOOP("CrashReport", "Program file: {path}")
_COMMAND = QT_TRANSLATE_NOOP("CrashReport", "Command line: {command}")
_RECORD = QT_TRANSLATE_NOOP("CrashReport", "What the crash record says:")


def crash_summary(crash: Crash, tr: Translate = identity) -> str:
    """The one-line summary ("Text Editor closed unexpectedly"), within the report's limit."""
    summary = tr(CTX, _SUMMARY).format(program=crash.program)
    return summary if len(summary) <= SUMMARY_MAX else summary[:SUMMARY_MAX - 1] + "…"


def crash_description(crash: Crash, redact: Callable[[str], str], tr: Translate = identity
                      ) -> str:
    """What the user sees in "What I saw" and support reads: the crash in words, then the
    record's details, all through ``redact``."""
    local = crash.time.astimezone()
    values = {"program": crash.program, "date": local.strftime("%Y-%m-%d"),
              "time": local.strftime("%H:%M:%S %Z").strip(), "reason": crash.reason}
    lines = [tr(CTX, _HEADLINE if crash.reason else _HEADLINE_NO_REASON).format(**values)]
    if crash.version:
        lines.append(tr(CTX, _VERSION).format(version=crash.version))
    if crash.executable:
        lines.append(tr(CTX, _EXECUTABLE).format(path=crash.executable))
    if crash.command.strip():
        lines.append(tr(CTX, _COMMAND).format(command=crash.command.strip()[:1000]))
    if crash.details.strip():
        lines += ["", tr(CTX, _RECORD), crash.details.strip()]
    text = redact("\n".join(lines))
    return text if len(text) <= ERROR_TEXT_MAX else text[:ERROR_TEXT_MAX - 1] + "…"


def crash_report(crash: Crash, start: ProblemReport, redact: Callable[[str], str],
                 now: datetime, tr: Translate = identity) -> ProblemReport:
    """``start`` (the user's saved contact details) filled with the crash: summary, category
    "a program", the program and its version, when it started and the redacted description.
    What the user did is left to them."""
    started = Started.JUST_NOW if now - crash.time < timedelta(hours=1) else Started.TODAY
    return start.with_changes(
        summary=crash_summary(crash, tr), category=Category.SOFTWARE,
        error_text=crash_description(crash, redact, tr), no_error_message=False,
        started=started, software=crash.program, software_version=crash.version,
        not_software_specific=False)
