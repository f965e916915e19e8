"""Whether Zammad answers at an address, and which sign-in methods it accepts there (core's
``ServerProbe`` for Zammad).

``GET /api/v1/signshow`` (``SessionsController#show``: what Zammad's own login page asks) answers
anyone without a session with ``{"error": "no valid session", "config": {…}}``, where ``config``
holds Zammad's public settings — its ``product_name`` among them — and, only when they are on,
``api_token_access`` and ``api_password_access``. Zammad tells its version to nobody over REST.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from helpclient.backends.http import make_session
from helpclient.backends.probe_get import ProbeBase, probe_get
from helpclient.backends.zammad.client import API_PATH, normalize_base_url
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import NotAHelpdesk

PRODUCT = "Zammad"
_MAX_PROBE_BYTES = 4 * 1024 * 1024  # the public configuration is some tens of KB
_SETTINGS = (("api_token_access", SignInMethod.TOKEN),
             ("api_password_access", SignInMethod.PASSWORD))


class ZammadProbe(ProbeBase):
    """Asks one address whether Zammad's REST API answers there, through the same kind of
    session as the connector (trust store, extra CA, proxies)."""

    API_SUFFIX = API_PATH

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Zammad, with the sign-in methods its admin enabled; NotAHelpdesk for anything else.
        The credentials are not sent: the public answer says all there is to say."""
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        url = f"{self._api}/signshow"
        try:
            status, body = probe_get(session, url, timeout=self._timeout,
                                     max_bytes=_MAX_PROBE_BYTES)
            config = _public_config(body)
            if status != 200 or config is None:
                raise NotAHelpdesk(f"{url} answered HTTP {status}, not with Zammad's public "
                                   "configuration.")
        finally:
            if self._session is None:
                session.close()
        methods = tuple(method for key, method in _SETTINGS if config.get(key) is True)
        product = config.get("product_name")
        name = PRODUCT if not isinstance(product, str) or not product.strip() \
            else f"{PRODUCT} ({' '.join(product.split())[:80]})"
        return ServerIdentity(name, "", self._api, methods)


def _public_config(body: bytes) -> Mapping[str, Any] | None:
    """The ``config`` of a signshow answer; None when the answer is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    config = data.get("config") if isinstance(data, dict) else None
    if not isinstance(config, dict) or not isinstance(config.get("product_name"), str):
        return None
    return config
