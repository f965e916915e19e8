"""The kill loop against the real RT 5 (see ``kill_loop.py``): `helpclient submit` SIGKILLed
again and again — at a random moment, in the middle of the attachment upload, or right after RT
created the ticket but before the answer got back. In the end every report that reached the
outbox is in RT exactly once, and nothing is left unsent.
"""

from __future__ import annotations

from pathlib import Path

import requests
from kill_loop import CREATE, kill_loop, rt_subjects

from helpclient.demo.rt_instance import RTInstance


def test_kill_loop_every_report_arrives_exactly_once(
        tmp_path: Path, rt_outbox: RTInstance, rt_outbox_admin: requests.Session) -> None:
    rt = rt_outbox
    kill_loop(tmp_path, rt.url, rt.user_token, (rt.user_name, rt.user_email), (
        lambda url: f'url = "{url}"\nqueue = "{rt.queue}"\n', CREATE,
        lambda prefix: rt_subjects(rt, rt_outbox_admin, prefix)))
