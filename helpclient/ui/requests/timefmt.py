"""Dates as the requests window shows them: "5 min ago", "yesterday 14:05", or a short local
date; absolute dates and times come from ``ui.kit.dates``, shared by every window.

Helpdesks send aware UTC datetimes; everything here converts to the user's local time and
formats with the current QLocale so the list follows the interface language.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from helpclient.ui.kit.dates import format_absolute, format_date, format_time
from helpclient.ui.kit.text import arg

__all__ = ["format_absolute", "format_relative", "format_time"]


def format_relative(moment: datetime, now: datetime | None = None,
                    locale: QLocale | None = None) -> str:
    """A short, human description of when ``moment`` was, relative to ``now``.

    Recent moments read as "just now" / "5 min ago" / "3 h ago"; yesterday as "yesterday 14:05";
    anything older as the locale's short date, because "23 days ago" is harder to place than
    a date.
    """
    locale = locale or QLocale()
    now = now or datetime.now(UTC)
    if moment.tzinfo is None:  # a naive value is local time by Python's convention
        moment = moment.astimezone()
    age = now - moment
    # A clock a little behind the server's would otherwise show "in 1 min".
    if age < timedelta(minutes=1):
        return QCoreApplication.translate("Time", "just now")
    if age < timedelta(hours=1):
        minutes = int(age.total_seconds() // 60)
        # abbreviated units need no plural forms in English or Russian ("5 мин назад")
        return arg(QCoreApplication.translate("Time", "%1 min ago"), minutes)
    local_moment = moment.astimezone()
    local_now = now.astimezone()
    if local_moment.date() == local_now.date():
        hours = int(age.total_seconds() // 3600)
        return arg(QCoreApplication.translate("Time", "%1 h ago"), hours)
    if local_moment.date() == (local_now - timedelta(days=1)).date():
        return arg(QCoreApplication.translate("Time", "yesterday %1"),
                   format_time(moment, locale))
    return format_date(moment, locale)
