"""Helpdesk connectors. Each implements ``helpclient.core.backend.HelpdeskBackend`` and
``helpclient.core.backend.ServerProbe`` (is this helpdesk at that address?).

The app chooses one by its type id from settings; modules are imported only when used, so a
connector's dependencies cost nothing to users of another helpdesk.

A new helpdesk type joins with: its id and product name in :data:`BACKEND_TYPES`; the ways its
users sign in, in :data:`SIGN_IN_METHODS` (the first is the one offered first); a branch in
:func:`create_backend`, :func:`create_probe` and :func:`connector_class` (imports inside the
branch; the class declares ``CAPABILITIES``, which the README's table shows); and a sign-in
dialog in ``helpclient/ui/settings/sign_in/`` (see its package docstring). Its credentials come
as :class:`~helpclient.core.credentials.Credentials`; the keyring keeps them per type and server.
A type that signs in with OAuth also has a branch in :func:`oauth_provider` and takes the
``oauth_client`` and ``on_tokens`` options (see ``helpclient.backends.oauth``).
A type whose helpdesk must be asked less often (an account-wide rate limit) has its slowest
pace in :data:`POLL_FLOORS`, which :func:`poll_floor` tells the poll policy.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from helpclient.core.backend import HelpdeskBackend, ServerProbe
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import ConfigurationError
from helpclient.core.models import Capability

if TYPE_CHECKING:
    from helpclient.backends.oauth.provider import OAuthProvider

#: Backend type id (as stored in settings and policy) → product name shown to users.
BACKEND_TYPES: Mapping[str, str] = MappingProxyType({"rt": "Request Tracker", "glpi": "GLPI",
                                                     "zammad": "Zammad", "redmine": "Redmine",
                                                     "freshservice": "Freshservice",
                                                     "jsm": "Jira Service Management",
                                                     "zendesk": "Zendesk"})

#: Backend type id → the sign-in methods its connector accepts, the usual one first.
#: GLPI: the user's API token, or login and password when its admin enabled that for the API;
#: its App-Token identifies HelpClient, not the user, so it is a connector option from policy.
SIGN_IN_METHODS: Mapping[str, tuple[SignInMethod, ...]] = MappingProxyType({
    "rt": (SignInMethod.TOKEN,),
    "glpi": (SignInMethod.TOKEN, SignInMethod.PASSWORD),
    # Zammad: OAuth through the browser once IT registered HelpClient there (a client id)
    "zammad": (SignInMethod.TOKEN, SignInMethod.PASSWORD, SignInMethod.OAUTH),
    # Redmine: the user's API key (its connector sends no login and password)
    "redmine": (SignInMethod.TOKEN,),
    # Freshservice: the API key names no user, the e-mail address says whose requests are listed
    "freshservice": (SignInMethod.API_KEY,),
    # Jira Service Management: e-mail address and API token (Cloud; user name and password on
    # Data Center) as HTTP Basic, a Data Center personal access token, or OAuth 2.0 (3LO)
    # through the browser once IT registered HelpClient with Atlassian (a client id)
    "jsm": (SignInMethod.PASSWORD, SignInMethod.TOKEN, SignInMethod.OAUTH),
    # Zendesk: the end user's e-mail and password, or OAuth through the browser once IT created
    # an OAuth client; never an API token, which is the whole account's (refused)
    "zendesk": (SignInMethod.PASSWORD, SignInMethod.OAUTH),
})


#: Backend type id → the fewest seconds between two polls its helpdesk should see from one
#: client, where that is more than the user's setting may ask. Declared here, like the sign-in
#: methods, so that choosing the pace at the app's start imports no connector on the GUI
#: thread. Freshservice: every request counts against the whole company's per-minute limit.
POLL_FLOORS: Mapping[str, float] = MappingProxyType({"freshservice": 600.0})


def create_backend(kind: str, base_url: str, credentials: Credentials,
                   **options: Any) -> HelpdeskBackend:
    """A connected-on-demand backend of type ``kind`` (a key of :data:`BACKEND_TYPES`).

    ``options`` are passed to the backend's constructor (``queue`` — RT's queue, Zammad's
    group, Redmine's project when ``project`` is not given, Jira Service Management's service
    desk; GLPI has none, its own rules route tickets —, ``project`` and ``tracker``, Redmine's
    alone; ``request_types``, Jira Service Management's alone; ``locale``, the
    language of Zendesk's help-center articles, Zendesk's alone; ``session``, ``extra_ca_file``;
    ``app_token``, GLPI's App-Token from policy, ignored by the others; ``oauth_client``, the
    OAuth application's (id, secret), and ``on_tokens``, called with renewed OAuth credentials,
    for the types that sign in with OAuth). Raises :class:`ConfigurationError` for an unknown
    type, a sign-in method the type does not accept, or invalid settings."""
    app_token = str(options.pop("app_token", "") or "")  # GLPI's alone
    oauth = {"oauth_client": options.pop("oauth_client", ("", "")),
             "on_tokens": options.pop("on_tokens", None)}
    if kind not in BACKEND_TYPES:
        raise unknown_type(kind)
    if credentials.method not in SIGN_IN_METHODS[kind]:
        raise ConfigurationError(
            f"{BACKEND_TYPES[kind]} does not accept this way of signing in "
            f"({credentials.method.value}). Sign in again in HelpClient's Settings.")
    connector = connector_class(kind)
    if kind in ("rt", "redmine"):  # their connectors take the token itself
        backend: HelpdeskBackend = connector(base_url, credentials.secret, **options)
        return backend
    group = options.pop("queue", None)
    if kind == "jsm":  # its queue is the service desk
        backend = connector(base_url, credentials, service_desk=group or "", **options, **oauth)
        return backend
    if kind == "glpi":
        backend = connector(base_url, _glpi_credentials(credentials, app_token), **options)
        return backend
    if kind == "freshservice":  # no queues either: Freshservice's own rules route tickets
        backend = connector(base_url, credentials, **options)
        return backend
    if kind == "zendesk":  # no queues: Zendesk's triggers route new requests
        backend = connector(base_url, credentials, **options, **oauth)
        return backend
    # Zammad's queues are groups
    backend = connector(base_url, credentials, **options, **oauth,
                        **({"group": group} if group else {}))
    return backend


def oauth_provider(kind: str, base_url: str, client_id: str, client_secret: str = "", *,
                   redirect_port: int = 0) -> OAuthProvider | None:
    """The OAuth authorization server of a helpdesk of type ``kind`` at ``base_url``, for the
    client IT registered there — None when the type has no OAuth sign-in or no client id is
    set. ``redirect_port`` is the loopback port of the callback URL IT registered, for servers
    that accept only that one (Atlassian; 0: any free port). ConfigurationError for an address
    no provider can be made of."""
    if SignInMethod.OAUTH not in SIGN_IN_METHODS.get(kind, ()) or not client_id.strip():
        return None
    if kind == "zammad":
        from helpclient.backends.oauth.providers import zammad_provider  # noqa: PLC0415 - lazy
        from helpclient.backends.zammad.client import normalize_base_url  # noqa: PLC0415

        return zammad_provider(normalize_base_url(base_url), client_id, client_secret)
    if kind == "zendesk":  # a public client: PKCE, no secret
        from helpclient.backends.oauth.providers import zendesk_provider  # noqa: PLC0415 - lazy

        return zendesk_provider(base_url, client_id)
    if kind == "jsm":  # Atlassian's own authorization server, whatever the site
        from helpclient.backends.oauth.providers import atlassian_provider  # noqa: PLC0415

        return atlassian_provider(client_id, client_secret, redirect_port=redirect_port)
    return None


def _glpi_credentials(credentials: Credentials, app_token: str) -> Any:
    """GLPI's own form of the user's credentials, with the App-Token from policy."""
    from helpclient.backends.glpi.credentials import GlpiCredentials  # noqa: PLC0415 - lazy on purpose

    if credentials.method is SignInMethod.PASSWORD:
        return GlpiCredentials(login=credentials.login, password=credentials.secret,
                               app_token=app_token)
    return GlpiCredentials(user_token=credentials.secret, app_token=app_token)


def connector_class(kind: str) -> type[Any]:
    """The connector class of type ``kind`` (imported now), for what it declares before any
    server is asked: ``CAPABILITIES``."""
    if kind == "rt":
        from helpclient.backends.rt.connector import RequestTrackerBackend  # noqa: PLC0415 - lazy on purpose

        return RequestTrackerBackend
    if kind == "glpi":
        from helpclient.backends.glpi.connector import GlpiBackend  # noqa: PLC0415 - lazy on purpose

        return GlpiBackend
    if kind == "zammad":
        from helpclient.backends.zammad.connector import ZammadBackend  # noqa: PLC0415 - lazy on purpose

        return ZammadBackend
    if kind == "redmine":
        from helpclient.backends.redmine.connector import RedmineBackend  # noqa: PLC0415 - lazy on purpose

        return RedmineBackend
    if kind == "freshservice":
        from helpclient.backends.freshservice.connector import FreshserviceBackend  # noqa: PLC0415 - lazy on purpose

        return FreshserviceBackend
    if kind == "jsm":
        from helpclient.backends.jsm.connector import JsmBackend  # noqa: PLC0415 - lazy on purpose

        return JsmBackend
    if kind == "zendesk":
        from helpclient.backends.zendesk.connector import ZendeskBackend  # noqa: PLC0415 - lazy on purpose

        return ZendeskBackend
    raise unknown_type(kind)


def declared_capabilities(kind: str) -> Capability:
    """What the connector of type ``kind`` declares it can do."""
    declared: Capability = connector_class(kind).CAPABILITIES
    return declared


def poll_floor(kind: str) -> float:
    """The fewest seconds between two polls a helpdesk of type ``kind`` should see from one
    client (0: the user's setting rules alone)."""
    return POLL_FLOORS.get(kind, 0.0)


def create_probe(kind: str, base_url: str, **options: Any) -> ServerProbe:
    """The probe of type ``kind`` for ``base_url``: whether that helpdesk answers there, asked
    before signing in. ``options`` go to the probe's constructor (``extra_ca_file``,
    ``timeout``; ``app_token``, GLPI's alone, ignored by the others). Raises
    :class:`ConfigurationError` like :func:`create_backend`."""
    app_token = str(options.pop("app_token", "") or "")  # GLPI's alone
    if kind == "rt":
        from helpclient.backends.rt.probe import RequestTrackerProbe  # noqa: PLC0415 - lazy on purpose

        return RequestTrackerProbe(base_url, **options)
    if kind == "glpi":
        from helpclient.backends.glpi.probe import GlpiProbe  # noqa: PLC0415 - lazy on purpose

        return GlpiProbe(base_url, app_token=app_token, **options)
    if kind == "zammad":
        from helpclient.backends.zammad.probe import ZammadProbe  # noqa: PLC0415 - lazy on purpose

        return ZammadProbe(base_url, **options)
    if kind == "redmine":
        from helpclient.backends.redmine.probe import RedmineProbe  # noqa: PLC0415 - lazy on purpose

        return RedmineProbe(base_url, **options)
    if kind == "freshservice":
        from helpclient.backends.freshservice.probe import FreshserviceProbe  # noqa: PLC0415 - lazy on purpose

        return FreshserviceProbe(base_url, **options)
    if kind == "jsm":
        from helpclient.backends.jsm.probe import JsmProbe  # noqa: PLC0415 - lazy on purpose

        return JsmProbe(base_url, **options)
    if kind == "zendesk":
        from helpclient.backends.zendesk.probe import ZendeskProbe  # noqa: PLC0415 - lazy on purpose

        return ZendeskProbe(base_url, **options)
    raise unknown_type(kind)


def unknown_type(kind: str) -> ConfigurationError:
    """The error for a helpdesk type no connector has."""
    known = ", ".join(sorted(BACKEND_TYPES))
    return ConfigurationError(
        f"Unknown helpdesk type “{kind}” (known: {known}). Check the HelpClient settings."
    )
