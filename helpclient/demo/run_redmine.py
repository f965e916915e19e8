"""``helpclient demo --backend redmine``: a seeded local Redmine 5 and HelpClient pointed at it.

The demo project "IT Help" has the bundled English and Russian articles as wiki pages; the user
is alice (a Reporter who may close and reopen her own requests) signed in with her API key.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

from helpclient.core.paths import AppPaths
from helpclient.core.secrets import TOKEN_ENV, account_for, open_secret_store
from helpclient.core.settings import Settings
from helpclient.demo.redmine_instance import (
    RedmineInstance,
    RedmineSetupError,
    create_instance,
    redmine_installed,
)
from helpclient.demo.redmine_site import wiki_articles
from helpclient.demo.rt_instance import DEFAULT_ARTICLES_DIR
from helpclient.platform import policy_source

#: the tracker the demo files requests under (Redmine's default data has Bug, Feature, Support)
TRACKER = "Support"


def say(message: str) -> None:
    """Progress for the person running the demo."""
    print(f"[demo] {message}", flush=True)


def _configure(instance: RedmineInstance, paths: AppPaths) -> None:
    settings = Settings(paths.user_settings_file, policy_source())
    for key, value in (("server.backend", "redmine"), ("server.url", instance.url),
                       ("server.redmine_project", instance.project),
                       ("server.redmine_tracker", TRACKER)):
        if settings.is_locked(key):
            say(f"warning: {key} is locked by machine policy; the demo may not reach its server")
        else:
            settings.set(key, value)
    settings.save()
    secrets = open_secret_store()
    if secrets.is_secure:
        secrets.set(account_for("redmine", instance.url), instance.user_key)
        say(f"the demo user's API key is stored in your keyring ({secrets.description})")
    else:  # no keyring: the key reaches the app through the environment, never a file
        os.environ[TOKEN_ENV] = instance.user_key
        say("no secure keyring on this system: the API key is passed to the app in memory only")


def run_redmine_demo(data_dir: Path | None, gui: bool, has_display: bool) -> int:
    """Set up (or reuse) the demo Redmine, point HelpClient at it and run the app."""
    started = time.monotonic()
    if not redmine_installed():
        print("helpclient demo: Redmine 5 is not installed; run `make redmine-deps` (as root or "
              "with sudo) first.", file=sys.stderr)
        return 2
    paths = AppPaths.for_user()
    paths.ensure()
    base = data_dir or paths.data_dir / "demo-redmine"
    say(f"preparing the demo Redmine in {base} (about 20 s the first time)")
    try:
        instance = create_instance(base, articles=wiki_articles(DEFAULT_ARTICLES_DIR))
        instance.start()
    except RedmineSetupError as exc:
        print(f"helpclient demo: {exc}", file=sys.stderr)
        return 2
    try:
        say(f"Redmine is running at {instance.url} (web login: admin / helpclient-admin, "
            f"ready in {time.monotonic() - started:.1f} s)")
        say(f"you are {instance.user_name} ({instance.user_login}), project “{instance.project}”")
        _configure(instance, paths)
        if gui and not has_display:
            say("no graphical session, so the app cannot open; the demo Redmine stays up at "
                f"{instance.url}")
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
