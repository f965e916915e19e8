"""Whether Zendesk answers at an address (core's ``ServerProbe`` for Zendesk).

``GET /api/v2/users/me`` answers anyone: without credentials (or with ones Zendesk did not
take) it describes the anonymous user — ``{"user": {"id": null, "name": "Anonymous user",
"role": "end-user", …}}`` — so the probe needs no sign-in and sends none. Zendesk tells its
version to nobody, nor which sign-in methods its admin enabled.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import requests

from helpclient.backends.http import make_session, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.probe_get import ProbeBase
from helpclient.backends.zendesk.client import API_PATH, normalize_base_url
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials
from helpclient.core.errors import NotAHelpdesk

PRODUCT = "Zendesk"
_MAX_PROBE_BYTES = 1024 * 1024  # the user record is a few KB


class ZendeskProbe(ProbeBase):
    """Asks one address whether Zendesk's API answers there, through the same kind of session
    as the connector (trust store, extra CA, proxies)."""

    API_SUFFIX = API_PATH

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Zendesk, or NotAHelpdesk for anything else. The credentials are not sent: the
        anonymous answer says all there is to say."""
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        url = f"{self._api}/users/me"
        try:
            try:
                response = session.get(url, stream=True, timeout=self._timeout)
            except requests.RequestException as exc:
                raise to_helpdesk_error(exc) from exc
            with response:
                body = read_answer(response, max_bytes=_MAX_PROBE_BYTES, seconds=self._timeout)
                if response.status_code in (408, 429) or response.status_code >= 500:
                    raise to_helpdesk_error(response)
                if response.status_code != 200 or _user(body) is None:
                    raise NotAHelpdesk(f"{url} answered HTTP {response.status_code}, not with "
                                       "Zendesk's description of a user.")
        finally:
            if self._session is None:
                session.close()
        return ServerIdentity(PRODUCT, "", self._api, ())


def _user(body: bytes) -> Mapping[str, Any] | None:
    """The ``user`` of a ``users/me`` answer; None when the answer is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    user = data.get("user") if isinstance(data, dict) else None
    if not isinstance(user, dict) or not isinstance(user.get("role"), str) \
            or not isinstance(user.get("name"), str):
        return None
    return user
