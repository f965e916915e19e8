"""Typed errors every backend raises, so the UI and the outbox need not know the backend.

Each error carries a plain-language ``message``; the class says what the caller should do:
retry (``Transient``), ask the user to sign in (``AuthError``), or show the message and stop
(``Rejected`` and the configuration errors).
"""

from __future__ import annotations


class HelpdeskError(Exception):
    """Base class of every error a helpdesk backend raises."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AuthError(HelpdeskError):
    """The token is missing, wrong, expired or revoked: the user must sign in again."""


class SignInExpired(AuthError):
    """An OAuth sign-in can no longer be renewed: its refresh token expired or was revoked
    (``invalid_grant``). The user signs in with the browser again."""


class CredentialsRefused(AuthError):
    """Credentials HelpClient itself will not sign in with, whatever the server says: a kind
    that can act for other people (Zendesk's API tokens, an administrator's account). Signing
    in again the same way cannot help; the message says which way does."""


class PermissionDenied(HelpdeskError):
    """Signed in, but the helpdesk does not allow this action for this user."""


class NotFound(HelpdeskError):
    """The ticket, article or attachment does not exist (or is not visible to this user)."""


class Transient(HelpdeskError):
    """A failure that may go away by itself: retry later with backoff."""


class ServerUnreachable(Transient):
    """No connection: refused, reset, timed out. The server is down or the network is."""


class ServerTimeout(ServerUnreachable):
    """The server took the connection but did not answer in time: busy, stuck, or a proxy that
    holds the line. Not "unreachable": the network and the server's address are fine."""


class BadResponse(Transient):
    """The helpdesk answered, but not in the shape its API promises: a list where an object
    belongs, a field of the wrong type, nesting or a size beyond reason. Retried, because a
    proxy or an upgrade in progress may be the cause; the message names what was wrong."""


class HostNotFound(Transient):
    """The server's name does not resolve: a typo in the URL, or no network/DNS."""


class RateLimited(Transient):
    """The server asked us to slow down; ``retry_after`` is in seconds when it said."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Rejected(HelpdeskError):
    """The server refused the request as it is: the user must change something."""


class CertificateError(HelpdeskError):
    """The server's TLS certificate is not trusted: never retried, never bypassed."""


class NotAHelpdesk(HelpdeskError):
    """Something answered at that URL, but it is not the expected helpdesk API."""


class ConfigurationError(HelpdeskError):
    """Settings are incomplete or invalid (e.g. no server URL)."""


class NotSetUp(ConfigurationError):
    """No helpdesk server is set up yet: the user (or IT) has to set one up in Settings."""


class UploadCancelled(HelpdeskError):
    """The user stopped an upload; the report stays in the outbox."""


class TooLarge(Rejected):
    """A file is larger than the helpdesk accepts: compress it or leave it out."""


# Parked for a reason nothing in HelpClient can fix: support (or IT) must act, so the user is
# offered the other ways to reach support. A file too large, a cancelled upload or a failure that
# passes by itself are not in it.
_SUPPORT_NEEDED: tuple[type[HelpdeskError], ...] = (
    AuthError, ConfigurationError, PermissionDenied, NotFound, CertificateError, NotAHelpdesk)


def user_cannot_fix(exc: BaseException | None) -> bool:
    """True for a failure only support or IT can resolve: the sign-in refused, no helpdesk set
    up, no permission, the ticket gone, an untrusted certificate, something else answering at
    the address, or the helpdesk refusing the request as it is."""
    if isinstance(exc, _SUPPORT_NEEDED):
        return True
    return isinstance(exc, Rejected) and not isinstance(exc, TooLarge)


_KINDS: dict[str, type[HelpdeskError]] = {cls.__name__: cls for cls in (
    HelpdeskError, AuthError, CredentialsRefused, PermissionDenied, NotFound, Transient,
    ServerUnreachable,
    ServerTimeout, BadResponse, HostNotFound, RateLimited, Rejected, TooLarge,
    CertificateError, NotAHelpdesk, ConfigurationError, NotSetUp, UploadCancelled)}


def error_kind(exc: HelpdeskError) -> str:
    """The error's class name, to store with a report the outbox keeps (see
    :func:`error_from_kind`)."""
    return type(exc).__name__


def error_from_kind(kind: str, message: str) -> HelpdeskError | None:
    """The typed error a stored ``kind`` names, with ``message``; None for no or an unknown
    kind (stored by an older version)."""
    cls = _KINDS.get(kind)
    return None if cls is None else cls(message)
