"""``helpclient demo``: a seeded local Request Tracker 5 and HelpClient pointed at it."""

from __future__ import annotations

import logging
import os
import signal
import sys
import time
from pathlib import Path

from helpclient.core.paths import AppPaths
from helpclient.core.secrets import TOKEN_ENV, account_for, open_secret_store
from helpclient.core.settings import Settings
from helpclient.demo.rt_instance import (
    RTInstance,
    RTSetupError,
    create_instance,
    install_rt_packages,
    rt_installed,
)
from helpclient.platform import policy_source

log = logging.getLogger(__name__)

# A known problem the demo helpdesk announces (announcements.rt_class), one article per language
DEMO_ANNOUNCEMENTS = [
    {"name": "E-mail is down in Building B",
     "summary": "Outlook and webmail cannot reach the mail server in Building B.",
     "content": "The mail server's network link failed this morning. We are replacing it; "
                "messages sent meanwhile are delivered once it is back.",
     "keywords": ["outlook", "mail", "webmail"], "services": ["E-mail"], "language": "en"},
    {"name": "Не работает почта в корпусе Б",
     "summary": "Outlook и веб-почта в корпусе Б не подключаются к почтовому серверу.",
     "content": "Утром отказал сетевой канал почтового сервера. Мы его заменяем; письма, "
                "отправленные за это время, будут доставлены, когда он заработает.",
     "keywords": ["outlook", "почта", "веб-почта"], "services": ["Почта"], "language": "ru"},
]


def say(message: str) -> None:
    """Progress for the person running the demo."""
    print(f"[demo] {message}", flush=True)


def _configure(instance: RTInstance, paths: AppPaths) -> None:
    settings = Settings(paths.user_settings_file, policy_source())
    previous = settings.get("server.url")
    if previous and previous != instance.url:
        say(f"your settings pointed at {previous}; they now point at the demo server")
    for key, value in (("server.backend", "rt"), ("server.url", instance.url),
                       ("server.queue", instance.queue),
                       ("announcements.rt_class", instance.announcement_class)):
        if settings.is_locked(key):
            say(f"warning: {key} is locked by machine policy; the demo may not reach its server")
        else:
            settings.set(key, value)
    settings.save()
    secrets = open_secret_store()
    if secrets.is_secure:
        secrets.set(account_for("rt", instance.url), instance.user_token)
        say(f"the demo user's token is stored in your keyring ({secrets.description})")
    else:
        # no keyring: hand the token to the app through the environment, never to a file
        os.environ[TOKEN_ENV] = instance.user_token
        say("no secure keyring on this system: the token is passed to the app in memory only")


def _has_display() -> bool:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_demo(data_dir: Path | None = None, gui: bool = True, backend: str = "rt") -> int:
    """Set up (or reuse) the demo server (``backend``: "rt" or "redmine"), point HelpClient at
    it and run the app."""
    if backend == "redmine":
        from helpclient.demo.run_redmine import run_redmine_demo  # noqa: PLC0415

        return run_redmine_demo(data_dir, gui, _has_display())
    started = time.monotonic()
    if not rt_installed():
        say("Request Tracker 5 is not installed; installing the Debian packages (needs root or "
            "sudo, about a minute)…")
        try:
            install_rt_packages()
        except RTSetupError as exc:
            print(f"helpclient demo: {exc}", file=sys.stderr)
            return 2
    paths = AppPaths.for_user()
    paths.ensure()
    base = data_dir or paths.data_dir / "demo-rt"
    say(f"preparing the demo helpdesk in {base}")
    try:
        instance = create_instance(base, announcements=DEMO_ANNOUNCEMENTS)
        instance.start()
    except RTSetupError as exc:
        print(f"helpclient demo: {exc}", file=sys.stderr)
        return 2
    try:
        say(f"Request Tracker is running at {instance.url} (web login: root / password, "
            f"ready in {time.monotonic() - started:.1f} s)")
        say(f"you are {instance.user_name} <{instance.user_email}>")
        _configure(instance, paths)
        if gui and not _has_display():
            say("no graphical session (DISPLAY and WAYLAND_DISPLAY are unset), so the app cannot "
                f"open; the demo helpdesk stays up at {instance.url}")
            gui = False
        if not gui:
            say("press Ctrl+C to stop the demo server")
            stop_signals = {signal.SIGINT, signal.SIGTERM}
            signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
            signal.sigwait(stop_signals)
            return 0
        from helpclient.launch import run_gui  # noqa: PLC0415 (Qt only when the GUI runs)

        return run_gui("show")
    finally:
        instance.stop()
        say("demo server stopped")
