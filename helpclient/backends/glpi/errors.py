"""GLPI's error answers as HelpClient's typed errors.

The legacy API answers every failure with a JSON list ``[CODE, message]`` (``returnError`` in
``src/Api/API.php``), e.g. ``["ERROR_ITEM_NOT_FOUND", "Item not found"]`` with HTTP 404. The
code is stable, the message is translated into the server's language; so the code decides the
error class and the message is quoted only as "the server said". Answers without a GLPI code
(a proxy's 502 page, a 429 from a rate limiter) fall back to the shared mapping by status.
"""

from __future__ import annotations

import json
import re
from typing import Any

import requests

from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    HelpdeskError,
    NotFound,
    PermissionDenied,
    Rejected,
    Transient,
)

#: the session token is no longer valid (expired, killed): sign in again (``initSession``)
SESSION_INVALID = frozenset({"ERROR_SESSION_TOKEN_INVALID", "ERROR_SESSION_TOKEN_MISSING"})
#: a requested page starts after the last item
RANGE_EXCEEDED = "ERROR_RANGE_EXCEED_TOTAL"



class RangeExceeded(Rejected):
    """A page was asked for past the last item (items went away while paging)."""


class Refused(Rejected):
    """GLPI's generic refusal (code ``ERROR``, HTTP 400): a parameter it does not accept, such
    as a search option this version does not have."""


_CODE = re.compile(r"^ERROR(?:_[A-Z0-9]+)*$")
_MAX_SAID = 300


def glpi_error(body: bytes) -> tuple[str, str] | None:
    """``(code, message)`` of a GLPI error answer, or None when the body is not one."""
    try:
        data: Any = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(data, list) and data and isinstance(data[0], str)
            and _CODE.match(data[0])):
        return None
    said = data[1] if len(data) > 1 else ""
    if not isinstance(said, str):  # ERROR_GLPI_PARTIAL_ADD and friends carry a list of results
        said = ""
    # GLPI appends "; view documentation in your browser at …/#CODE" to some messages
    said = " ".join(said.split(";")[0].split())
    if len(said) > _MAX_SAID:
        said = said[: _MAX_SAID - 1] + "…"
    return data[0], said


def _said(message: str) -> str:
    return f" The server said: {message}" if message else ""


def error_for(code: str, message: str, status: int, *, signing_in: bool) -> HelpdeskError | None:
    """The typed error for a GLPI error ``code`` (None when the code says nothing more than the
    HTTP status). ``signing_in``: the answer was to ``initSession``."""
    said = _said(message)
    if code in ("ERROR_GLPI_LOGIN_USER_TOKEN", "ERROR_GLPI_LOGIN",
                "ERROR_LOGIN_PARAMETERS_MISSING") or code in SESSION_INVALID:
        return AuthError("GLPI did not accept your sign-in: the API token (or login and "
                         f"password) may be wrong, or the account disabled. Sign in again.{said}")
    if code == "ERROR_LOGIN_WITH_CREDENTIALS_DISABLED":
        return AuthError("GLPI does not allow signing in with a login and password through its "
                         "API. Sign in with your personal API token instead (GLPI: your name → "
                         "My settings → Remote access keys).")
    if code in ("ERROR_APP_TOKEN_PARAMETERS_MISSING", "ERROR_WRONG_APP_TOKEN_PARAMETER"):
        return ConfigurationError(
            "GLPI requires an application token (App-Token) that HelpClient does not have or "
            "that GLPI does not know. Ask your IT department to set the HelpClient policy "
            f"server.app_token to the token of GLPI's API client for HelpClient.{said}")
    if code == "ERROR_NOT_ALLOWED_IP":
        return ConfigurationError(
            "GLPI does not accept API requests from this computer's address. Ask your IT "
            "department to allow it in GLPI (Setup → General → API → API clients)."
            f"{said}")
    if code == "ERROR_RIGHT_MISSING":  # HTTP 403 (401 before GLPI 10)
        return PermissionDenied("The helpdesk does not allow you to do this. Ask your IT "
                                f"department if you think you should be able to.{said}")
    if code == "ERROR_ITEM_NOT_FOUND":
        return NotFound(f"That item does not exist or you cannot see it.{said}")
    if code == RANGE_EXCEEDED:
        return RangeExceeded(message or code)
    if code == "ERROR_SQL" or status >= 500:
        return Transient("The GLPI server had a problem (HTTP "
                         f"{status}). It will be tried again later.{said}")
    if signing_in and code == "ERROR":
        # initApi's refusals before any sign-in: "API disabled" (in the server's language)
        return ConfigurationError(
            "GLPI refused to open an API session. Its REST API may be disabled: an "
            f"administrator enables it in Setup → General → API.{said}")
    if code == "ERROR" and status == 400:
        return Refused(message or "GLPI refused the request.")
    if code in ("ERROR_GLPI_ADD", "ERROR_GLPI_UPDATE", "ERROR_GLPI_PARTIAL_ADD",
                "ERROR_GLPI_PARTIAL_UPDATE", "ERROR_BAD_ARRAY") and message:
        return Rejected(message)
    return None


def to_error(response: requests.Response, *, signing_in: bool = False) -> HelpdeskError:
    """The typed error for a failed GLPI answer (its body already read)."""
    found = glpi_error(response.content or b"")
    if found is not None:
        code, message = found
        typed = error_for(code, message, response.status_code, signing_in=signing_in)
        if typed is not None:
            return typed
        if 400 <= response.status_code < 500 and response.status_code not in (
                401, 403, 404, 408, 413, 429):
            return Rejected(message or code)
    return to_helpdesk_error(response)
