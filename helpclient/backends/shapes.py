"""The shape checks at the boundary between a helpdesk's JSON and a connector's mapping code.

A helpdesk's answer is hostile until checked: an object where a list belongs, a list of error
messages with status 200, null, a number for a name, a size of 1e400. Mapping code reads server
data only through these functions, so every such violation becomes one typed
:class:`~helpclient.core.errors.BadResponse` that says what was wrong, and nothing downstream
meets an ``AttributeError``, a ``TypeError`` or a value the UI cannot show.

The rule they follow: a field that is missing or null takes its default (servers leave optional
fields out); a field of the wrong *type* is an error; text is cut to a sane length; numbers must
be finite.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from helpclient.core.errors import BadResponse

__all__ = [
    "MAX_ID_CHARS",
    "MAX_LINE_CHARS",
    "describe",
    "expect_list",
    "expect_object",
    "identifier",
    "iso_date",
    "numeric_id",
    "reference",
    "size",
    "text",
]

#: Identifiers (logins, numbers) longer than this are not identifiers.
MAX_ID_CHARS = 200
#: A one-line field (subject, name, file name) is cut here: more cannot be shown anyway.
MAX_LINE_CHARS = 1000
# Sizes beyond this (8 PiB) are not real, and Qt's 64-bit integers must hold what we show.
_MAX_SIZE = 2**53
# 2021-11-03T11:51:13.790Z (Rails writes UTC with milliseconds, Zendesk whole seconds); an
# offset is read too
_DATE = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:?\d\d)$")
# A numeric id beyond 64 bits is not one a helpdesk's database hands out.
_MAX_NUMERIC_ID = 2**63 - 1


def describe(value: Any) -> str:
    """What a JSON value is, in words for a message ("a list", "null", …)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return type(value).__name__


def _wrong(what: str, value: Any, expected: str) -> BadResponse:
    return BadResponse(
        f"The helpdesk sent an answer HelpClient cannot use: {what} was {describe(value)} "
        f"where {expected} was expected."
    )


def expect_object(value: Any, what: str) -> Mapping[str, Any]:
    """``value`` as a JSON object; BadResponse for anything else (null included)."""
    if isinstance(value, Mapping):
        return value
    raise _wrong(what, value, "an object")


def expect_list(value: Any, what: str) -> list[Any]:
    """``value`` as a JSON list; a missing or null list is empty, anything else BadResponse."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    raise _wrong(what, value, "a list")


def _finite_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and (
        isinstance(value, int) or math.isfinite(value))


def text(value: Any, what: str, *, limit: int | None = MAX_LINE_CHARS) -> str:
    """A text field: null gives "", a number its digits (some servers send numeric names as
    numbers), a container or true/false BadResponse. Cut to ``limit`` characters (None: no
    limit, for message bodies, which the answer-size cap bounds)."""
    if value is None:
        return ""
    if isinstance(value, str):
        result = value
    elif _finite_number(value) and abs(value) < 10**100:  # no 4300-digit "names"
        result = str(value)
    else:
        raise _wrong(what, value, "text")
    if limit is not None and len(result) > limit:
        result = result[: limit - 1] + "…"
    return result


def identifier(value: Any, what: str) -> str:
    """A non-empty identifier (a login, a name used as a key) as text; BadResponse when it is
    missing, empty, too long or not text/number."""
    result = text(value, what, limit=None).strip()
    if not result:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} is missing.")
    if len(result) > MAX_ID_CHARS:
        raise BadResponse(
            f"The helpdesk sent an answer HelpClient cannot use: {what} is too long "
            f"({len(result)} characters).")
    return result


def numeric_id(value: Any, what: str) -> str:
    """A positive integer id (as a number or as digits) in its plain decimal form ("007" → "7");
    BadResponse otherwise. Such ids end up in URLs and file names, so nothing else passes."""
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and 0 < len(value.strip()) <= 19 and value.strip().isascii() \
            and value.strip().isdigit():
        number = int(value.strip())
    else:
        raise _wrong(what, value, "a positive whole number")
    if not 0 < number <= _MAX_NUMERIC_ID:
        raise BadResponse(
            f"The helpdesk sent an answer HelpClient cannot use: {what} is out of range.")
    return str(number)


def reference(value: Any, what: str) -> str:
    """The id of a reference — an object ``{"id": …, "type": …}`` or a bare id — as text; ""
    when it is missing or null."""
    if isinstance(value, Mapping):
        value = value.get("id")
    if value is None:
        return ""
    return identifier(value, what)


def size(value: Any) -> int:
    """A byte count shown to the user: 0 when missing or unreadable (it only informs),
    never negative, never beyond what a file can be."""
    number: float
    if _finite_number(value):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() \
            and len(value.strip()) <= 20:
        number = int(value.strip())
    else:
        return 0
    return int(min(max(number, 0), _MAX_SIZE))


def iso_date(value: Any) -> datetime | None:
    """An aware UTC datetime from an ISO 8601 time with a zone (``Z`` or an offset; fractions
    of a second cut to microseconds); None for null or anything unreadable: a time only
    informs, so a bad one is no reason to refuse the whole answer."""
    if not isinstance(value, str):
        return None
    match = _DATE.match(value.strip())
    if not match:
        return None
    whole, fraction, zone = match.groups()
    text = whole + (f".{fraction[:6].ljust(6, '0')}" if fraction else "")
    text += "+00:00" if zone == "Z" else zone
    try:
        return datetime.fromisoformat(text).astimezone(UTC)
    except ValueError:
        return None
