"""``helpclient demo --backend redmine``: a seeded local Redmine 5 and HelpClient pointed at it.

The demo project "IT Help" has the bundled English and Russian articles as wiki pages; the user
is alice (a Reporter who may close and reopen her own requests) signed in with her API key.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from helpclient.core.paths import AppPaths
from helpclient.demo.redmine_instance import (
    RedmineInstance,
    RedmineSetupError,
    create_instance,
    redmine_installed,
)
from helpclient.demo.redmine_site import wiki_articles
from helpclient.demo.rt_instance import DEFAULT_ARTICLES_DIR
from helpclient.demo.session import (
    apply_settings,
    hand_over_secret,
    run_app_or_wait,
    say,
    stopped_at_end,
    user_settings,
)

#: the tracker the demo files requests under (Redmine's default data has Bug, Feature, Support)
TRACKER = "Support"


def _configure(instance: RedmineInstance, paths: AppPaths) -> None:
    apply_settings(user_settings(paths), (
        ("server.backend", "redmine"), ("server.url", instance.url),
        ("server.redmine_project", instance.project), ("server.redmine_tracker", TRACKER)))
    hand_over_secret("redmine", instance.url, instance.user_key, "API key")


def run_redmine_demo(data_dir: Path | None, gui: bool) -> int:
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
    with stopped_at_end(instance):
        say(f"Redmine is running at {instance.url} (web login: admin / helpclient-admin, "
            f"ready in {time.monotonic() - started:.1f} s)")
        say(f"you are {instance.user_name} ({instance.user_login}), project “{instance.project}”")
        _configure(instance, paths)
        return run_app_or_wait(instance.url, gui, "Redmine")
