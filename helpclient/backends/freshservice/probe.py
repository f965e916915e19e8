"""Whether Freshservice answers at an address (core's ``ServerProbe`` for Freshservice).

Every answer of API v2 carries ``X-Freshservice-Api-Version`` ("Rate limit": ``latest=v2;
requested=v2``), refusals included: ``GET /api/v2/tickets`` without a key answers 401 with that
header and Freshservice's JSON error (``code``/``message``). Nothing else sends it. Asking
costs one request of the account's rate limit, so the probe asks once and without the key when
it has none.
"""

from __future__ import annotations

import requests

from helpclient.backends.freshservice.client import (
    API_PATH,
    PRODUCT,
    ApiKeyAuth,
    normalize_base_url,
)
from helpclient.backends.http import make_session, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.probe_get import ProbeBase
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, NotAHelpdesk

VERSION_HEADER = "X-Freshservice-Api-Version"
_MAX_PROBE_BYTES = 1024 * 1024
_SIGN_IN = (SignInMethod.API_KEY,)


class FreshserviceProbe(ProbeBase):
    """Asks one address whether Freshservice's API answers there, through the same kind of
    session as the connector (trust store, extra CA, proxies)."""

    API_SUFFIX = API_PATH

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Freshservice (with the API version it says it speaks); NotAHelpdesk for anything
        else. An API key is sent when given (a refused one is no error here)."""
        auth = None
        if credentials is not None and credentials.method is SignInMethod.API_KEY:
            try:
                auth = ApiKeyAuth(credentials.secret)
            except AuthError:
                auth = None
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        url = f"{self._api}/tickets"
        try:
            try:
                response = session.get(url, params={"per_page": 1}, auth=auth, stream=True,
                                       timeout=self._timeout)
            except requests.RequestException as exc:
                raise to_helpdesk_error(exc) from exc
            with response:
                read_answer(response, max_bytes=_MAX_PROBE_BYTES, seconds=self._timeout)
                said = response.headers.get(VERSION_HEADER, "")
                if said:
                    return ServerIdentity(PRODUCT, _version(said), self._api, _SIGN_IN)
                if response.status_code in (408, 429) or response.status_code >= 500:
                    raise to_helpdesk_error(response)
                raise NotAHelpdesk(f"{url} answered HTTP {response.status_code} without "
                                   "Freshservice's API version header.")
        finally:
            if self._session is None:
                session.close()


def _version(said: str) -> str:
    """The API version from ``latest=v2; requested=v2`` ("API v2")."""
    for part in said.split(";"):
        name, _, value = part.strip().partition("=")
        if name.strip() == "requested" and value.strip()[:10].isalnum():
            return f"API {value.strip()[:10]}"
    return ""
