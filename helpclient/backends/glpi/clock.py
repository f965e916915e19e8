"""GLPI's dates: naive local times, read in the zone the server writes them in.

The API returns dates like ``2026-12-07 11:27:23`` without a zone: the database session's time
zone, which GLPI sets to the user's own time zone when they chose one (``glpi_tz`` in the
session), else to the configured or the PHP default one. So the zone is learnt once per API
session from ``initSession?get_full_session=true``:

1. ``glpi_tz``, an IANA name, when present;
2. else the server's own clock: ``glpi_currenttime`` (PHP's local "now") against the answer's
   ``Date`` header (UTC), rounded to a quarter hour;
3. else this computer's zone (an on-premises GLPI usually shares its users' zone).

Reading and writing go through the same zone, so a "changed since T" built from a time the
server showed selects exactly what changed after it, whichever rule found the zone.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_DATE = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?)?$")
_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2}$")
_QUARTER = timedelta(minutes=15)
_MAX_OFFSET = timedelta(hours=14)


def local_zone() -> tzinfo:
    """This computer's time zone."""
    return datetime.now().astimezone().tzinfo or UTC


def _named_zone(name: Any) -> tzinfo | None:
    if not isinstance(name, str) or len(name) > 64 or not _ZONE_NAME.match(name):
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _measured_zone(current: Any, date_header: str | None) -> tzinfo | None:
    """The fixed offset between the server's local "now" and the UTC of its answer."""
    local = parse_naive(current)
    if local is None or not date_header:
        return None
    try:
        utc = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError, IndexError):
        return None
    if utc.tzinfo is None:
        utc = utc.replace(tzinfo=UTC)
    offset = local - utc.astimezone(UTC).replace(tzinfo=None)
    quarters = round(offset / _QUARTER)
    offset = quarters * _QUARTER
    if abs(offset) > _MAX_OFFSET:
        return None
    return UTC if not offset else timezone(offset)


def server_zone(session: Any, date_header: str | None, fallback: tzinfo) -> tzinfo:
    """The zone GLPI's dates are written in, from the full session (see the module doc)."""
    if isinstance(session, dict):
        zone = _named_zone(session.get("glpi_tz"))
        if zone is None:
            zone = _measured_zone(session.get("glpi_currenttime"), date_header)
        if zone is not None:
            return zone
    return fallback


def parse_naive(value: Any) -> datetime | None:
    """A naive datetime from GLPI's ``YYYY-MM-DD HH:MM:SS`` (or a bare date); None for
    empty, zero (``0000-00-00``) or unreadable values."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    parts = [int(g) if g else 0 for g in match.groups()]
    try:
        return datetime(*parts)  # type: ignore[arg-type]  # six ints
    except ValueError:
        return None


def parse_date(value: Any, zone: tzinfo) -> datetime | None:
    """An aware UTC datetime from a GLPI date written in ``zone``; None as for
    :func:`parse_naive`."""
    naive = parse_naive(value)
    if naive is None:
        return None
    try:
        return naive.replace(tzinfo=zone).astimezone(UTC)
    except (OverflowError, ValueError):  # year 1 minus an offset
        return None


def glpi_date(moment: datetime, zone: tzinfo) -> str:
    """``moment`` as GLPI writes dates in ``zone`` (for search criteria)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
