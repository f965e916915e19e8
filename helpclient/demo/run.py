"""``helpclient demo``: a seeded local Request Tracker 5 and HelpClient pointed at it."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from helpclient.core.paths import AppPaths
from helpclient.demo.rt_instance import (
    RTInstance,
    RTSetupError,
    create_instance,
    install_rt_packages,
    rt_installed,
)
from helpclient.demo.session import (
    apply_settings,
    hand_over_secret,
    run_app_or_wait,
    say,
    stopped_at_end,
    user_settings,
)

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


def _configure(instance: RTInstance, paths: AppPaths) -> None:
    settings = user_settings(paths)
    previous = settings.get("server.url")
    if previous and previous != instance.url:
        say(f"your settings pointed at {previous}; they now point at the demo server")
    apply_settings(settings, (("server.backend", "rt"), ("server.url", instance.url),
                              ("server.queue", instance.queue),
                              ("announcements.rt_class", instance.announcement_class)))
    hand_over_secret("rt", instance.url, instance.user_token, "token")


def run_demo(data_dir: Path | None = None, gui: bool = True, backend: str = "rt") -> int:
    """Set up (or reuse) the demo server (``backend``: "rt" or "redmine"), point HelpClient at
    it and run the app."""
    if backend == "redmine":
        from helpclient.demo.run_redmine import run_redmine_demo  # noqa: PLC0415

        return run_redmine_demo(data_dir, gui)
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
    with stopped_at_end(instance):
        say(f"Request Tracker is running at {instance.url} (web login: root / password, "
            f"ready in {time.monotonic() - started:.1f} s)")
        say(f"you are {instance.user_name} <{instance.user_email}>")
        _configure(instance, paths)
        return run_app_or_wait(instance.url, gui, "helpdesk")
