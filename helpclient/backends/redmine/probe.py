"""Whether Redmine answers at an address (core's ``ServerProbe`` for Redmine).

Measured on Redmine 5.0.4: ``GET /users/current.json`` answers a valid API key with
``{"user": {…}}`` and anyone else with HTTP 401 carrying ``WWW-Authenticate: Basic
realm="Redmine API"`` — which names the product, so no web page needs reading. Redmine tells its
version to administrators only, so the identity carries none.
"""

from __future__ import annotations

import json

import requests

from helpclient.backends.http import make_session, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.probe_get import ProbeBase
from helpclient.backends.redmine.client import PRODUCT, KeyAuth, normalize_base_url
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import NotAHelpdesk

_MAX_PROBE_BYTES = 1024 * 1024
_REALM = 'realm="redmine api"'
# the connector signs in with the user's API key only (Redmine's Basic login is not used)
_SIGN_IN = (SignInMethod.TOKEN,)


class RedmineProbe(ProbeBase):
    """Asks one address whether Redmine's REST API answers there, through the same kind of
    session as the connector (trust store, extra CA, proxies)."""

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Redmine (without a version), or NotAHelpdesk. An API key in ``credentials`` is
        sent; a refused one is no error here."""
        token = credentials.secret if credentials and \
            credentials.method is SignInMethod.TOKEN else None
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        url = f"{self._base}/users/current.json"
        try:
            try:
                response = session.get(url, auth=KeyAuth(token) if token else None, stream=True,
                                       timeout=self._timeout)
            except requests.RequestException as exc:
                raise to_helpdesk_error(exc) from exc
            with response:
                body = read_answer(response, max_bytes=_MAX_PROBE_BYTES, seconds=self._timeout)
                status = response.status_code
                if status in (408, 429) or status >= 500:
                    raise to_helpdesk_error(response)
                realm = response.headers.get("WWW-Authenticate", "").lower()
                if status == 401 and _REALM in realm:
                    return ServerIdentity(PRODUCT, "", self._base, _SIGN_IN)
                if status == 200 and _is_user(body):
                    return ServerIdentity(PRODUCT, "", self._base, _SIGN_IN)
                raise NotAHelpdesk(
                    f"{url} answered HTTP {status}, not as Redmine's REST API does. Check the "
                    "address, and that the REST API is enabled in Redmine's settings.")
        finally:
            if self._session is None:
                session.close()


def _is_user(body: bytes) -> bool:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and isinstance(data.get("user"), dict) \
        and "login" in data["user"]
