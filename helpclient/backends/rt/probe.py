"""Whether Request Tracker answers at an address (core's ``ServerProbe`` for RT).

Measured on RT 5.0.3: REST2's ``GET /REST/2.0/rt`` answers a signed-in user with
``{"Version": "5.0.3…"}`` and anyone else (no token, or a refused one) with HTTP 401 — which many
servers say. So without a valid token the probe also asks RT's web root, whose login page sets
a session cookie named ``RT_SID_<domain>.<port>``: a 401 from REST2 plus that cookie is RT.
"""

from __future__ import annotations

import json

import requests

from helpclient.backends.http import make_session, read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.probe_get import ProbeBase
from helpclient.backends.rt.client import TokenAuth, normalize_base_url
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import NotAHelpdesk

PRODUCT = "Request Tracker"
_MAX_PROBE_BYTES = 1024 * 1024  # RT's answers here are a few hundred bytes
_SESSION_COOKIE = "RT_SID_"
# REST2 takes auth tokens (RT's own); HelpClient signs in to RT with nothing else
_SIGN_IN = (SignInMethod.TOKEN,)


class RequestTrackerProbe(ProbeBase):
    """Asks one address whether Request Tracker's REST 2 API answers there; it goes through
    the same kind of session as the connector (trust store, extra CA, proxies)."""

    API_SUFFIX = "/REST/2.0"

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Request Tracker with its version (told to a signed-in user only), or NotAHelpdesk."""
        token = credentials.secret if credentials and \
            credentials.method is SignInMethod.TOKEN else None
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        try:
            status, is_json, body, _ = self._get(session, f"{self._api}/rt", token)
            if status == 200 and is_json:
                version = _version(body)
                if version is not None:
                    return ServerIdentity(PRODUCT, version, self._api, _SIGN_IN)
            if status != 401:
                raise NotAHelpdesk(
                    f"{self._api}/rt answered HTTP {status}"
                    f"{' in JSON' if is_json else ''}, not as Request Tracker's REST 2 API does."
                )
            _, _, _, cookies = self._get(session, f"{self._base}/", None)
            if not any(name.startswith(_SESSION_COOKIE) for name in cookies):
                raise NotAHelpdesk(
                    f"{self._api}/rt asks for a sign-in, but the web pages at {self._base}/ are "
                    "not Request Tracker's (no RT session cookie)."
                )
            return ServerIdentity(PRODUCT, "", self._api, _SIGN_IN)
        finally:
            if self._session is None:
                session.close()

    def _get(self, session: requests.Session, url: str,
             token: str | None) -> tuple[int, bool, bytes, set[str]]:
        """(status, JSON or not, body, names of the cookies set on the way) of one GET; server
        errors and transport failures as the shared typed errors."""
        try:
            response = session.get(url, auth=TokenAuth(token) if token else None, stream=True,
                                   timeout=self._timeout)
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        with response:
            body = read_answer(response, max_bytes=_MAX_PROBE_BYTES, seconds=self._timeout)
            if response.status_code in (408, 429) or response.status_code >= 500:
                raise to_helpdesk_error(response)
            cookies = {c.name for r in (*response.history, response) for c in r.cookies}
            is_json = "json" in response.headers.get("Content-Type", "").lower()
            return response.status_code, is_json, body, cookies


def _version(body: bytes) -> str | None:
    """RT's version from ``GET /rt``'s answer, None when the answer has none."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    version = data.get("Version") if isinstance(data, dict) else None
    if not isinstance(version, str) or not version.strip():
        return None
    return " ".join(version.split())[:80]
