"""Signing in through the system browser (OAuth 2.0), as core sees it: a sign-in in progress,
and the ways it can end other than with tokens.

The UI starts one with a :data:`StartSignIn` the app hands it (the OAuth implementation lives
in ``helpclient.backends.oauth``; the UI never imports it): it opens
:attr:`PendingSignIn.authorize_url` in the browser on the GUI thread, then waits for
:meth:`PendingSignIn.finish` on a worker, and may :meth:`PendingSignIn.cancel` it meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from helpclient.core.connection import ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.errors import AuthError

__all__ = ["AuthorizationRefused", "BrowserPages", "BrowserSignInError", "ConsentDenied",
           "PendingSignIn", "SignInCancelled", "SignInTimedOut", "StartSignIn", "StateMismatch"]


class BrowserSignInError(AuthError):
    """A browser sign-in ended without tokens."""


class ConsentDenied(BrowserSignInError):
    """The user (or the server's policy) said no on the authorization page
    (``error=access_denied``)."""


class StateMismatch(BrowserSignInError):
    """The browser came back with a ``state`` this sign-in did not send: another page's answer,
    or a forged one. Nothing is exchanged."""


class SignInTimedOut(BrowserSignInError):
    """The browser did not come back in time."""


class SignInCancelled(BrowserSignInError):
    """The user stopped waiting."""


class AuthorizationRefused(BrowserSignInError):
    """The authorization server answered with another error (its ``error`` code and
    description in the message): a client id it does not know, a redirect it does not allow."""


@dataclass(frozen=True)
class BrowserPages:
    """What the browser shows once it is sent back to HelpClient, in the user's language
    (plain text: the UI translates it)."""

    title: str = "HelpClient"
    done: str = "You can close this tab and return to HelpClient."


class PendingSignIn(Protocol):
    """One browser sign-in under way: its redirect listener is already open."""

    @property
    def authorize_url(self) -> str:
        """The page to open in the browser."""
        ...

    def finish(self) -> Credentials:
        """Wait for the browser's redirect, check it, exchange the code for tokens (blocking;
        raises a :class:`BrowserSignInError`, or the helpdesk errors of the token request)."""
        ...

    def cancel(self) -> None:
        """Stop waiting (from any thread): :meth:`finish` raises :class:`SignInCancelled`."""
        ...


#: starts a browser sign-in to a server (quick: opens the loopback listener), its pages in the
#: user's language; raises ConfigurationError when the server has no OAuth client set up
StartSignIn = Callable[[ServerConfig, BrowserPages], PendingSignIn]
