"""Whether Jira Service Management answers at an address (core's ``ServerProbe`` for it).

``GET /rest/servicedeskapi/info`` ("Info": "the user does not need to be logged in") answers
anyone with ``SoftwareInfo`` — ``version``, ``platformVersion``, ``buildDate``,
``isLicensedForUse``. Atlassian's cloud (``*.atlassian.net``, its API gateway) signs customers
in with an e-mail address and API token; Data Center also with a personal access token.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from helpclient.backends.http import make_session
from helpclient.backends.jsm.client import GATEWAY_HOST, normalize_base_url
from helpclient.backends.probe_get import ProbeBase, probe_get
from helpclient.core.backend import ServerIdentity
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import NotAHelpdesk

PRODUCT = "Jira Service Management"
_MAX_PROBE_BYTES = 256 * 1024  # the answer is a few hundred bytes
_CLOUD_HOSTS = (".atlassian.net", ".jira.com", ".jira-dev.com")


def is_cloud(base_url: str) -> bool:
    """Whether ``base_url`` is on Atlassian's cloud (where API tokens, not PATs, sign in)."""
    host = (urlsplit(base_url).hostname or "").lower()
    return host == GATEWAY_HOST or host.endswith(_CLOUD_HOSTS)


class JsmProbe(ProbeBase):
    """Asks one address whether the service-desk API answers there, through the same kind of
    session as the connector (trust store, extra CA, proxies)."""

    API_SUFFIX = "/rest/servicedeskapi"

    def normalize(self, base_url: str) -> str:
        """The address as the connector writes it."""
        return normalize_base_url(base_url)

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """Jira Service Management and its version; NotAHelpdesk for anything else. The
        credentials are not sent: the public answer says all there is to say."""
        session = self._session or make_session(PRODUCT, self._extra_ca_file)
        url = f"{self._api}/info"
        try:
            status, body = probe_get(session, url, timeout=self._timeout,
                                     max_bytes=_MAX_PROBE_BYTES)
            version = _version(body) if status == 200 else None
            if version is None:
                raise NotAHelpdesk(f"{url} answered HTTP {status}, not with Jira Service "
                                   "Management's information.")
        finally:
            if self._session is None:
                session.close()
        methods = (SignInMethod.PASSWORD,) if is_cloud(self._base) else (
            SignInMethod.PASSWORD, SignInMethod.TOKEN)
        return ServerIdentity(PRODUCT, version, self._api, methods)


def _version(body: bytes) -> str | None:
    """The ``version`` of an ``info`` answer; None when the answer is not one."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("version"), str) or \
            "platformVersion" not in data:
        return None
    return " ".join(data["version"].split())[:40]
