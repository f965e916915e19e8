"""The helpdesk side of the composition root: the one place that builds a connector, its
probe and its OAuth sign-in from the settings (connectors are imported when first used). No Qt
here; :mod:`helpclient.services` re-exports these for the app and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from helpclient.core.backend import HelpdeskBackend, ServerIdentity
from helpclient.core.browser_sign_in import BrowserPages, PendingSignIn
from helpclient.core.connection import ServerConfig
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import ConfigurationError

if TYPE_CHECKING:
    from helpclient.backends.oauth import TokenClient


def backend_factory(config: ServerConfig, credentials: Credentials, *,
                    announcement_class: str = "",
                    on_tokens: Callable[[Credentials], None] | None = None,
                    language: str = "") -> HelpdeskBackend:
    """Build the configured backend (the one place that knows the connector classes);
    ``announcement_class`` is where IT keeps its announcements in the helpdesk (RT);
    ``on_tokens`` keeps renewed OAuth credentials; ``language``, the interface language
    setting, chooses Zendesk's help-center articles ("": every language)."""
    from helpclient.backends import create_backend  # noqa: PLC0415 (connectors load on use)

    # options only some connectors take
    options: dict[str, object] = {}
    if config.kind == "rt" and announcement_class:
        options["announcement_class"] = announcement_class
    elif config.kind == "redmine":
        options.update(project=config.project, tracker=config.tracker)
    elif config.kind == "jsm":
        options["request_types"] = config.request_types
    elif config.kind == "zendesk" and language:
        options["locale"] = language
    if credentials.method is SignInMethod.OAUTH:
        options.update(oauth_client=(config.oauth_client_id, config.oauth_client_secret),
                       on_tokens=on_tokens)
    return create_backend(config.kind, config.url, credentials, queue=config.queue,
                          extra_ca_file=config.extra_ca_file, app_token=config.app_token,
                          **options)


def _oauth_tokens(config: ServerConfig) -> TokenClient:
    from helpclient.backends import oauth_provider  # noqa: PLC0415 (connectors load on use)
    from helpclient.backends.http import make_session  # noqa: PLC0415
    from helpclient.backends.oauth import TokenClient  # noqa: PLC0415

    provider = oauth_provider(config.kind, config.url, config.oauth_client_id,
                              config.oauth_client_secret,
                              redirect_port=config.oauth_redirect_port)
    if provider is None:
        raise ConfigurationError(
            "Signing in with the browser is not set up for this helpdesk: IT must register "
            "HelpClient there and set its client id (server.oauth_client_id).")
    return TokenClient(provider, make_session("oauth", config.extra_ca_file))


def start_browser_sign_in(config: ServerConfig, pages: BrowserPages) -> PendingSignIn:
    """A browser sign-in to ``config``'s helpdesk, its loopback listener open (quick; the
    sign-in dialog's :data:`~helpclient.core.browser_sign_in.StartSignIn`)."""
    from helpclient.backends.oauth import BrowserAuthorization  # noqa: PLC0415

    return BrowserAuthorization(_oauth_tokens(config), pages)


def revoke_sign_in(config: ServerConfig, credentials: Credentials) -> None:
    """End an OAuth sign-in on the helpdesk (at sign-out; blocking)."""
    if credentials.tokens is not None:
        _oauth_tokens(config).revoke(credentials.tokens)


def server_probe(config: ServerConfig, timeout: float = 10.0) -> ServerIdentity:
    """What answers at the configured address, and how one may sign in there (blocking)."""
    from helpclient.backends import create_probe  # noqa: PLC0415 (connectors load on use)

    return create_probe(config.kind, config.url, extra_ca_file=config.extra_ca_file,
                        timeout=timeout, app_token=config.app_token).identify()
