"""Tokens live only in the OS keyring; this module says honestly when there is none.

When no secure store exists the app asks for the token at each start and keeps it in memory
(:class:`SessionSecretStore`) — it never falls back to a plaintext file.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "HelpClient"
TOKEN_ENV = "HELPCLIENT_TOKEN"  # noqa: S105 (a variable name, not a secret)


class SecretStoreError(Exception):
    """The secret store failed (locked, denied, gone)."""


class SecretStore(Protocol):
    """Where the helpdesk token is kept."""

    @property
    def is_secure(self) -> bool:
        """True when secrets persist in an OS-protected store across restarts."""
        ...

    @property
    def description(self) -> str:
        """What the store is, for the UI and diagnostics."""
        ...

    def get(self, account: str) -> str | None:
        """The secret for ``account``, or None."""
        ...

    def set(self, account: str, secret: str) -> None:
        """Store the secret for ``account``."""
        ...

    def delete(self, account: str) -> None:
        """Forget the secret for ``account`` (no error if absent)."""
        ...


class SessionSecretStore:
    """Secrets kept in this process's memory only: nothing survives a restart."""

    def __init__(self) -> None:
        self._secrets: dict[str, str] = {}

    is_secure = False
    description = "memory (no secure keyring on this system)"

    def get(self, account: str) -> str | None:
        """The secret typed in this session, if any."""
        return self._secrets.get(account)

    def set(self, account: str, secret: str) -> None:
        """Remember for this session only."""
        self._secrets[account] = secret

    def delete(self, account: str) -> None:
        """Forget it."""
        self._secrets.pop(account, None)


class DeferredSecretStore:
    """A secret store opened when first used, not when built: opening the OS keyring imports
    its libraries (over 15 MiB with Secret Service) and may wait on D-Bus, and a token from
    ``HELPCLIENT_TOKEN``, or a start that never needs the token, should cost neither. Opened
    once, from whichever thread asks first."""

    def __init__(self, open_store: Callable[[], SecretStore]) -> None:
        self._open_store = open_store
        self._store: SecretStore | None = None
        self._lock = threading.Lock()

    def _opened(self) -> SecretStore:
        with self._lock:
            if self._store is None:
                self._store = self._open_store()
            return self._store

    @property
    def is_secure(self) -> bool:
        """Whether the store opened is an OS-protected one."""
        return self._opened().is_secure

    @property
    def description(self) -> str:
        """What the store opened is."""
        return self._opened().description

    def get(self, account: str) -> str | None:
        """The secret for ``account``, or None."""
        return self._opened().get(account)

    def set(self, account: str, secret: str) -> None:
        """Store the secret for ``account``."""
        self._opened().set(account, secret)

    def delete(self, account: str) -> None:
        """Forget the secret for ``account``."""
        self._opened().delete(account)


# keyring backends that store secrets in a readable file or nowhere: never "secure"
_INSECURE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt.file",
                      "keyrings.alt")


class KeyringBackend(Protocol):
    """What HelpClient uses of a ``keyring`` backend (the package ships no type hints)."""

    def get_password(self, service: str, username: str) -> str | None:
        """The stored secret, or None."""

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""

    def delete_password(self, service: str, username: str) -> None:
        """Remove a secret (raises keyring's PasswordDeleteError when there is none)."""


class KeyringSecretStore:
    """The OS keyring through the ``keyring`` package (Secret Service, Keychain, Credential
    Manager)."""

    is_secure = True

    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend

    @property
    def description(self) -> str:
        """The keyring backend's name."""
        return f"keyring: {getattr(self._backend, 'name', type(self._backend).__name__)}"

    def get(self, account: str) -> str | None:
        """The stored token, or None."""
        try:
            value: str | None = self._backend.get_password(SERVICE, account)
        except Exception as exc:
            raise SecretStoreError(f"the keyring could not be read: {exc}") from exc
        return value

    def set(self, account: str, secret: str) -> None:
        """Store the token in the keyring."""
        try:
            self._backend.set_password(SERVICE, account, secret)
        except Exception as exc:
            raise SecretStoreError(f"the keyring could not store the token: {exc}") from exc

    def delete(self, account: str) -> None:
        """Remove the token; absent is fine."""
        import keyring.errors  # noqa: PLC0415 (keyring is only needed when a keyring is used)

        try:
            self._backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            raise SecretStoreError(f"the keyring could not delete the token: {exc}") from exc


def _is_secure_backend(backend: object) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_BACKENDS):
        return False
    priority = getattr(backend, "priority", 0)
    if module.startswith("keyring.backends.chainer"):
        return bool(getattr(backend, "backends", [])) and priority > 0
    return bool(priority and priority > 0)


def open_secret_store() -> SecretStore:
    """The OS keyring when a secure one is available, else a memory-only store."""
    try:
        import keyring  # noqa: PLC0415 (importing keyring probes D-Bus; do it only here)

        backend = keyring.get_keyring()
        if _is_secure_backend(backend):
            # Secret Service may be registered yet not running; probe once
            backend.get_password(SERVICE, "__probe__")
            return KeyringSecretStore(backend)
        log.warning("no secure keyring (backend %s); the token is kept in memory only",
                    type(backend).__module__)
    except Exception as exc:
        log.warning("the keyring is not usable (%s); the token is kept in memory only", exc)
    return SessionSecretStore()


def account_for(backend_kind: str, server_url: str) -> str:
    """The keyring account name of a server's token."""
    return f"{backend_kind}:{server_url.rstrip('/')}"


def token_from_environment(environ: Mapping[str, str] | None = None) -> str | None:
    """``HELPCLIENT_TOKEN`` for unattended scripts and CI; never written anywhere."""
    env = os.environ if environ is None else environ
    return env.get(TOKEN_ENV) or None
