"""The connection to the configured helpdesk: settings + the user's credentials (a token, or a
login and password) + a backend built on demand."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from helpclient.core.backend import HelpdeskBackend
from helpclient.core.credentials import Credentials
from helpclient.core.errors import AuthError, NotSetUp
from helpclient.core.models import UserInfo
from helpclient.core.secrets import SecretStore, account_for, token_from_environment
from helpclient.core.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerConfig:
    """What identifies a helpdesk account."""

    kind: str
    url: str
    queue: str = "General"
    extra_ca_file: Path | None = None
    app_token: str = field(default="", repr=False)  # GLPI's App-Token, from policy
    #: Redmine's project and tracker for new requests ("" for the queue / the first tracker)
    project: str = ""
    tracker: str = ""
    #: the OAuth application IT registered in the helpdesk, from settings or policy ("" for none)
    oauth_client_id: str = ""
    oauth_client_secret: str = field(default="", repr=False)
    #: the loopback port of the callback URL registered with that application (0: any)
    oauth_redirect_port: int = 0
    #: Jira Service Management's "category=request type" entries
    request_types: tuple[str, ...] = ()

    @property
    def account(self) -> str:
        """The keyring account name for this server's credentials."""
        return account_for(self.kind, self.url)


#: builds a backend: (config, credentials) -> backend
BackendFactory = Callable[[ServerConfig, Credentials], HelpdeskBackend]
#: ends a sign-in on the server at sign-out (OAuth's revocation); blocking, may raise
Revoke = Callable[[ServerConfig, Credentials], None]


class Connection:
    """Holds the current backend; thread-safe, so worker threads may ask for it."""

    def __init__(self, settings: Settings, secrets: SecretStore, factory: BackendFactory,
                 environ: Mapping[str, str] | None = None,
                 on_secret: Callable[[str], None] | None = None, *,
                 revoke: Revoke | None = None) -> None:
        self.settings = settings
        self.secrets = secrets
        self._factory = factory
        self._environ = environ
        self._on_secret = on_secret or (lambda _secret: None)
        self._revoke = revoke
        self._lock = threading.Lock()
        self._keep_lock = threading.Lock()  # renewals kept one at a time
        self._backend: HelpdeskBackend | None = None
        self._user: UserInfo | None = None

    def config(self) -> ServerConfig:
        """The server settings in force."""
        ca = self.settings.get("server.extra_ca_file")
        return ServerConfig(
            kind=self.settings.get("server.backend"),
            url=self.settings.get("server.url").rstrip("/"),
            queue=self.settings.get("server.queue"),
            extra_ca_file=Path(ca) if ca else None,
            app_token=self.settings.get("server.app_token"),
            project=self.settings.get("server.redmine_project"),
            tracker=self.settings.get("server.redmine_tracker"),
            oauth_client_id=self.settings.get("server.oauth_client_id").strip(),
            oauth_client_secret=self.settings.get("server.oauth_client_secret"),
            oauth_redirect_port=self.settings.get("server.oauth_redirect_port"),
            request_types=tuple(self.settings.get("server.jsm_request_types")),
        )

    @property
    def token_from_environment(self) -> bool:
        """True when ``HELPCLIENT_TOKEN`` supplies the token (then it is never stored)."""
        return token_from_environment(self._environ) is not None

    def credentials(self) -> Credentials | None:
        """What the user signs in with: ``HELPCLIENT_TOKEN``, else the keyring's entry for the
        configured server (a bare token as earlier versions stored it, or any other method)."""
        token = token_from_environment(self._environ)
        if token is not None:
            found: Credentials | None = Credentials.token(token)
        else:
            stored = self.secrets.get(self.config().account) if self.config().url else None
            found = Credentials.load(stored) if stored else None
        if found is not None:
            self._learn(found)
        return found

    def _learn(self, credentials: Credentials) -> None:
        for secret in credentials.secrets():
            self._on_secret(secret)

    def is_configured(self) -> bool:
        """True when a server URL and credentials are known."""
        return bool(self.config().url) and self.credentials() is not None

    def backend(self) -> HelpdeskBackend:
        """The backend for the configured server (built once, rebuilt after sign-in)."""
        with self._lock:
            if self._backend is None:
                config = self.config()
                if not config.url:
                    raise NotSetUp(
                        "No helpdesk server is set up yet: open Settings in HelpClient to connect."
                    )
                credentials = self.credentials()
                if credentials is None or not credentials.complete:
                    raise AuthError("Sign in to your helpdesk first.")
                self._backend = self._factory(config, credentials)
            return self._backend

    def configured_backend(self) -> HelpdeskBackend | None:
        """The backend when a server and credentials are set up, else None (no error): for work that
        simply does not happen before sign-in, such as the helpdesk's live article search.
        Blocking: it may read the keyring."""
        return self.backend() if self.is_configured() else None

    def user(self) -> UserInfo:
        """The signed-in user (asked once, then remembered)."""
        if self._user is None:
            self._user = self.backend().whoami()
        return self._user

    def test(self, config: ServerConfig, credentials: Credentials) -> UserInfo:
        """Check a server and credentials without saving anything (blocking)."""
        self._learn(credentials)
        backend = self._factory(config, credentials)
        try:
            return backend.whoami()
        finally:
            _close(backend)

    def close(self) -> None:
        """Close the current backend (GLPI ends its API session) when nothing uses it any
        more, as the app quits; a later call builds it again. Blocking: it may talk to the
        server, briefly."""
        with self._lock:
            backend, self._backend = self._backend, None
        _close(backend)

    def sign_in(self, config: ServerConfig, credentials: Credentials, *,
                remember: bool = True) -> UserInfo:
        """Check the server and credentials, then keep them: settings to the user file, the
        credentials to the secret store (memory-only when no keyring exists), one entry per
        helpdesk type and server. Blocking."""
        user = self.test(config, credentials)
        kept = [("server.backend", config.kind), ("server.url", config.url),
                ("server.queue", config.queue)]
        if config.kind == "redmine":  # the others' configs leave these empty
            kept += [("server.redmine_project", config.project),
                     ("server.redmine_tracker", config.tracker)]
        for key, value in kept:
            if not self.settings.is_locked(key):
                self.settings.set(key, value)
        if not self.settings.is_locked("server.extra_ca_file"):
            self.settings.set("server.extra_ca_file",
                              str(config.extra_ca_file) if config.extra_ca_file else "")
        self.settings.save()
        if remember and not self.token_from_environment:
            self.secrets.set(config.account, credentials.dump())
        # the backend replaced is not closed: a worker may still be using it (a poll in
        # flight); a GLPI session it held ends on the server by itself
        with self._lock:
            self._backend = None
            self._user = user
        log.info("signed in to %s as %s", config.url, user.login)
        return user

    def keeper(self, config: ServerConfig,
               credentials: Credentials) -> Callable[[Credentials], None]:
        """What a backend built for ``config`` with ``credentials`` calls with each renewal of
        its OAuth tokens: it keeps them in the keyring in place of the ones they renew — and
        only then, so a backend still at work after a sign-out, or after another sign-in, never
        brings back what was forgotten or replaced. Blocking (the keyring)."""
        current = [credentials]  # what this backend's last renewal replaced

        def keep(renewed: Credentials) -> None:
            self._learn(renewed)
            with self._keep_lock:
                if self._kept_is(config, current[0]) and not self.token_from_environment:
                    self.secrets.set(config.account, renewed.dump())
                else:
                    log.info("renewed OAuth tokens not kept: the sign-in changed meanwhile")
                current[0] = renewed

        return keep

    def _kept_is(self, config: ServerConfig, credentials: Credentials) -> bool:
        stored = self.secrets.get(config.account)
        kept = Credentials.load(stored) if stored else None
        return (kept is not None and kept.tokens is not None and credentials.tokens is not None
                and kept.tokens.refresh_token == credentials.tokens.refresh_token)

    def sign_out(self) -> None:
        """Forget the credentials of the configured server — and end an OAuth sign-in on the
        server first (a failure there is logged: the credentials are forgotten anyway).
        Blocking."""
        config = self.config()
        if config.url:
            kept = self.credentials() if not self.token_from_environment else None
            if kept is not None and kept.tokens is not None and self._revoke is not None:
                try:
                    self._revoke(config, kept)
                except Exception:  # the server is down: its tokens expire by themselves
                    log.warning("the helpdesk could not revoke the sign-in", exc_info=True)
            self.secrets.delete(config.account)
        with self._lock:
            self._backend = None
            self._user = None


def _close(backend: HelpdeskBackend | None) -> None:
    """Close a backend that holds something on the server (GLPI's API session): its
    ``close()``, when it has one; a failure only ends up in the log."""
    close = getattr(backend, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # the backend is gone either way
            log.warning("closing the helpdesk connection failed", exc_info=True)
