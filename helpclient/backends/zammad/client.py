"""The transport of the Zammad connector: the API address, authentication, JSON in and out, and
Zammad's error answers as HelpClient's typed errors.

Zammad answers every ``/api/v1`` call in JSON, errors too (``{"error": …, "error_human": …}``,
``ApplicationController::HandlesErrors``): a web page where JSON belongs means the address is
not Zammad's. A few refusals mean something particular to a customer's sign-in — an admin who
switched token or password access off answers HTTP 403 before looking at the credentials — and
become an :class:`AuthError` that says what the admin must enable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import requests
from requests.auth import AuthBase

from helpclient.backends.base import site_address
from helpclient.backends.http import json_answer, read_answer
from helpclient.backends.http_errors import server_message, to_helpdesk_error
from helpclient.backends.session_pool import SessionPool
from helpclient.core.errors import (
    AuthError,
    HelpdeskError,
    NotAHelpdesk,
    Transient,
)

API_PATH = "/api/v1"

# Zammad's words (ApplicationController::Authenticates) → what the user is told instead.
_SIGN_IN_OFF = {
    "API token access disabled!": (
        "Zammad does not accept access tokens here: its administrator has switched API token "
        "access off (Settings → System → API). Ask them to switch it on, or sign in with your "
        "password if that is allowed."),
    "API password access disabled!": (
        "Zammad does not accept passwords from apps here: its administrator has switched API "
        "password access off (Settings → System → API). Sign in with an access token instead "
        "(Zammad: your profile → Token Access)."),
}
_MAINTENANCE = "Maintenance mode enabled!"


def normalize_base_url(base_url: str) -> str:
    """Zammad's web address without a trailing slash or ``/api/v1``; ConfigurationError if it is
    not an http(s) URL."""
    return site_address(base_url, API_PATH, "Zammad", "https://support.example.com")


def zammad_error(response: requests.Response) -> HelpdeskError:
    """The typed error for an error answer of Zammad's (see the module docstring)."""
    said = server_message(response)
    if response.status_code == 403 and said in _SIGN_IN_OFF:
        return AuthError(_SIGN_IN_OFF[said])
    if response.status_code == 403 and said == _MAINTENANCE:
        return Transient("Zammad is in maintenance mode. HelpClient will try again later.")
    return to_helpdesk_error(response)


class ZammadClient:
    """Authenticated calls to ``<base>/api/v1/``; failures become HelpdeskErrors."""

    def __init__(self, base_url: str, auth: AuthBase,
                 session: requests.Session | SessionPool) -> None:
        self.base = base_url
        self.api = f"{base_url}{API_PATH}"
        self._auth = auth
        self._session = session

    def _send(self, method: str, path: str, *, params: Mapping[str, str | int] | None,
              json_body: Any, data: Any, content_type: str | None) -> requests.Response:
        headers = {"Content-Type": content_type} if content_type else None
        try:
            return self._session.request(
                method, f"{self.api}/{path.lstrip('/')}", params=params, json=json_body,
                data=data, headers=headers, auth=self._auth,
                stream=True)  # read by read_answer: bounded in size and time
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc

    def call(self, method: str, path: str, *, params: Mapping[str, str | int] | None = None,
             json_body: Any = None, data: Any = None, content_type: str | None = None) -> Any:
        """One API request; its parsed JSON answer, or a typed HelpdeskError."""
        response = self._send(method, path, params=params, json_body=json_body, data=data,
                              content_type=content_type)
        with response:
            content = read_answer(response)
            is_json = "json" in response.headers.get("Content-Type", "").lower()
            # 5xx/429/413 pages come from the proxy in front and are about load, not about
            # the address: the shared mapping words them
            if not is_json and (response.status_code < 400 or response.status_code in (404, 405)):
                raise self._not_zammad(response.status_code)
            if response.status_code >= 400:
                raise zammad_error(response)
            return json_answer(content, self.base)

    def download(self, path: str) -> bytes:
        """A file's bytes (``ticket_attachment``): any content type; errors in JSON."""
        response = self._send("GET", path, params=None, json_body=None, data=None,
                              content_type=None)
        with response:
            content = read_answer(response)
            if response.status_code >= 400:
                is_json = "json" in response.headers.get("Content-Type", "").lower()
                if not is_json and response.status_code in (404, 405):
                    raise self._not_zammad(response.status_code)
                raise zammad_error(response)
            return content

    def _not_zammad(self, status: int) -> NotAHelpdesk:
        return NotAHelpdesk(
            f"The server at {self.base} answered, but it is not Zammad's REST API (HTTP "
            f"{status}). Check the helpdesk address in the settings: it should be Zammad's web "
            "address, like https://support.example.com.")
