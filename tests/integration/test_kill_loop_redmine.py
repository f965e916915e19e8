"""The kill loop against the real Redmine 5 (see ``kill_loop.py``), as against RT."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import requests
from kill_loop import kill_loop

from helpclient.demo.redmine_instance import RedmineInstance


def _redmine_subjects(redmine: RedmineInstance, admin: requests.Session,
                      prefix: str) -> Counter[str]:
    answer = admin.get(f"{redmine.url}/issues.json", params={
        "status_id": "*", "subject": f"~{prefix}", "limit": 100}, timeout=30)
    answer.raise_for_status()
    return Counter(i["subject"] for i in answer.json()["issues"]
                   if i["subject"].startswith(prefix))


def test_kill_loop_against_redmine(tmp_path: Path, redmine: RedmineInstance,
                                   redmine_admin: requests.Session) -> None:
    kill_loop(tmp_path, redmine.url, redmine.user_key, (redmine.user_name, redmine.user_email), (
        lambda url: (f'backend = "redmine"\nurl = "{url}"\n'
                     f'redmine_project = "{redmine.project}"\n'),
        "POST /issues.json", lambda prefix: _redmine_subjects(redmine, redmine_admin, prefix)))
