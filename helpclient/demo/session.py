"""What ``helpclient demo`` does alike for every demo helpdesk: point the user's settings and
keyring at the started server, run the app (or wait for Ctrl+C), stop the server at the end."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol

from helpclient.core.paths import AppPaths
from helpclient.core.secrets import TOKEN_ENV, account_for, open_secret_store
from helpclient.core.settings import Settings
from helpclient.platform import policy_source


class DemoServer(Protocol):
    """A started demo helpdesk."""

    def stop(self) -> None: ...


def say(message: str) -> None:
    """Progress for the person running the demo."""
    print(f"[demo] {message}", flush=True)


def has_display() -> bool:
    """Whether the app can open a window (always, outside Linux or with a Qt platform set)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def apply_settings(settings: Settings, values: Iterable[tuple[str, str]]) -> None:
    """Set each (key, value) the machine policy does not lock (warning about those it does)
    and save the user's file."""
    for key, value in values:
        if settings.is_locked(key):
            say(f"warning: {key} is locked by machine policy; the demo may not reach its server")
        else:
            settings.set(key, value)
    settings.save()


def user_settings(paths: AppPaths) -> Settings:
    """The user's settings under the machine policy, as the app reads them."""
    return Settings(paths.user_settings_file, policy_source())


def hand_over_secret(backend: str, url: str, secret: str, noun: str) -> None:
    """Store the demo user's ``secret`` (a "token" or "API key": ``noun``) in the keyring, or,
    without a secure one, pass it to the app through the environment — never to a file."""
    secrets = open_secret_store()
    if secrets.is_secure:
        secrets.set(account_for(backend, url), secret)
        say(f"the demo user's {noun} is stored in your keyring ({secrets.description})")
    else:
        os.environ[TOKEN_ENV] = secret
        say(f"no secure keyring on this system: the {noun} is passed to the app in memory only")


@contextmanager
def stopped_at_end(instance: DemoServer) -> Iterator[None]:
    """Stop the started ``instance`` however the demo ends (Ctrl+C, the app quitting, an
    error while pointing the app at it)."""
    try:
        yield
    finally:
        instance.stop()
        say("demo server stopped")


def run_app_or_wait(url: str, gui: bool, what: str) -> int:
    """Run the app against the demo server at ``url`` (``what``: "helpdesk", "Redmine"), or,
    without ``gui`` or a display, keep the server up until Ctrl+C."""
    if gui and not has_display():
        say("no graphical session (DISPLAY and WAYLAND_DISPLAY are unset), so the app cannot "
            f"open; the demo {what} stays up at {url}")
        gui = False
    if not gui:
        say("press Ctrl+C to stop the demo server")
        stop_signals = {signal.SIGINT, signal.SIGTERM}
        signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
        signal.sigwait(stop_signals)
        return 0
    from helpclient.launch import run_gui  # noqa: PLC0415 (Qt only when the GUI runs)

    return run_gui("show")
