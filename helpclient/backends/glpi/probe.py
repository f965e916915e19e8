"""Whether GLPI's REST API answers at an address (core's ``ServerProbe`` for GLPI).

``GET apirest.php/initSession`` is GLPI's signature: without a sign-in it answers
``["ERROR_LOGIN_PARAMETERS_MISSING", …]`` (or another ``ERROR_…`` code: a required App-Token,
an address not allowed, a refused token), always a JSON list starting with a GLPI error code.
With a valid token the session it opens tells the version (``getGlpiConfig``:
``cfg_glpi.version``) and is ended at once (``killSession``). A disabled API (code ``ERROR``)
or a computer whose address GLPI does not accept is a configuration error: nothing would work.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import requests

from helpclient.backends.glpi.client import normalize_base_url
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.backends.glpi.errors import error_for, glpi_error
from helpclient.backends.http import make_session
from helpclient.backends.probe_get import probe_get
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import ConfigurationError, NotAHelpdesk

PRODUCT = "GLPI"
_MAX_PROBE_BYTES = 4 * 1024 * 1024  # a full session or the configuration: tens of KB
_REFUSING = frozenset({"ERROR", "ERROR_NOT_ALLOWED_IP"})


class GlpiProbe:
    """Asks one address whether GLPI's legacy REST API answers there, through the same kind of
    session as the connector (trust store, extra CA, proxies)."""

    def __init__(self, base_url: str, *, extra_ca_file: Path | None = None,
                 timeout: float = 10.0, session: requests.Session | None = None,
                 app_token: str = "") -> None:
        """``timeout`` bounds the connection and each answer, in seconds."""
        self._api = f"{normalize_base_url(base_url)}/apirest.php"
        self._timeout = timeout
        self._session = session
        self._extra_ca_file = extra_ca_file
        self._app_token = app_token.strip()

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """GLPI with its version (when ``credentials`` — a token, or a login and password —
        open a session), or NotAHelpdesk. GLPI does not say before sign-in which methods its
        admin enabled, so ``sign_in`` stays empty."""
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        try:
            auth = {"Authorization": _authorization(credentials)} \
                if credentials is not None and credentials.complete else {}
            status, body = self._get(session, "initSession", auth)
            data = _json(body)
            if status == 200 and isinstance(data, dict) and isinstance(
                    data.get("session_token"), str):
                return ServerIdentity(PRODUCT, self._version(session, data["session_token"]),
                                      self._api)
            found = glpi_error(body)
            if found is None:
                raise NotAHelpdesk(f"{self._api}/initSession answered HTTP {status}, not as "
                                   "GLPI's REST API does.")
            if found[0] in _REFUSING:
                refusal = error_for(found[0], found[1], status, signing_in=True)
                raise refusal if refusal is not None else ConfigurationError(found[1])
            return ServerIdentity(PRODUCT, "", self._api)
        finally:
            if self._session is None:
                session.close()

    def _version(self, session: requests.Session, session_token: str) -> str:
        """GLPI's version from its configuration; the session is ended either way."""
        headers = {"Session-Token": session_token}
        try:
            status, body = self._get(session, "getGlpiConfig", headers)
        finally:
            with contextlib.suppress(Exception):  # the session ends by itself anyway
                self._get(session, "killSession", headers)
        config = _json(body) if status == 200 else None
        values = config.get("cfg_glpi") if isinstance(config, dict) else None
        version = values.get("version") if isinstance(values, dict) else None
        if not isinstance(version, str) or not version.strip():
            return ""
        return " ".join(version.split())[:40]

    def _get(self, session: requests.Session, path: str,
             headers: dict[str, str]) -> tuple[int, bytes]:
        """(status, body) of one GET; server errors and transport failures as the shared
        typed errors."""
        sent = {"Content-Type": "application/json", "Accept": "application/json", **headers}
        if self._app_token:
            sent["App-Token"] = self._app_token
        return probe_get(session, f"{self._api}/{path}", headers=sent, timeout=self._timeout,
                         max_bytes=_MAX_PROBE_BYTES)


def _authorization(credentials: Credentials) -> str:
    """``initSession``'s header for the user's credentials (a token, or Basic)."""
    if credentials.method is SignInMethod.PASSWORD:
        return GlpiCredentials(login=credentials.login, password=credentials.secret).authorization()
    return GlpiCredentials(user_token=credentials.secret).authorization()


def _json(body: bytes) -> object:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None
