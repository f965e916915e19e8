"""Dates and times as the user reads them: local time, in the interface locale's own format.

Every window formats moments through these functions, so they all read alike. The "C" (POSIX)
locale — what ``LANG=C.UTF-8`` gives — has no format meant for people ("2 12 2026 06:03"); then
an unambiguous English one is used instead: "2 Dec 2026, 06:03".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale

# For the C locale: day, abbreviated month name, year; 24-hour clock.
_C_DATE = "d MMM yyyy"
_C_TIME = "HH:mm"


def to_qdatetime(moment: datetime) -> QDateTime:
    """A QDateTime in local time for an aware (or local naive) datetime."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def format_absolute(moment: datetime, locale: QLocale | None = None) -> str:
    """The local date and time in the locale's short format ("02.12.2026 06:03"), for lists,
    tooltips and headers."""
    locale = locale or QLocale()
    if _is_c(locale):
        return locale.toString(to_qdatetime(moment), f"{_C_DATE}, {_C_TIME}")
    return locale.toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def format_date(moment: datetime, locale: QLocale | None = None) -> str:
    """Only the local date, in the locale's short format."""
    locale = locale or QLocale()
    date = to_qdatetime(moment).date()
    if _is_c(locale):
        return locale.toString(date, _C_DATE)
    return locale.toString(date, QLocale.FormatType.ShortFormat)


def format_time(moment: datetime, locale: QLocale | None = None) -> str:
    """Only the local time of day ("14:05", "2:05 PM"), in the locale's short format."""
    locale = locale or QLocale()
    time = to_qdatetime(moment).time()
    if _is_c(locale):
        return locale.toString(time, _C_TIME)
    return locale.toString(time, QLocale.FormatType.ShortFormat)
