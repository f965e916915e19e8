"""The outbox and sender against the real Redmine 5 behind the fault-injecting proxy: each
transient failure of the request that creates the issue ends with the report sent and exactly
one issue for it — also when Redmine created it and the answer was lost, where the retry finds
it by the report's key instead of filing it again."""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from fault_proxy import FaultProxy, Rule, fault_proxy

from helpclient.backends.http import make_session
from helpclient.backends.redmine.connector import RedmineBackend
from helpclient.core.delivery.outbox import Outbox, State
from helpclient.core.delivery.retry import RetryPolicy
from helpclient.core.delivery.sender import OutboxLock, Sender
from helpclient.core.models import UserInfo
from helpclient.core.report.problem import Category, ProblemReport
from helpclient.demo.redmine_instance import RedmineInstance

CREATE = "POST /issues.json"
READ_TIMEOUT = 2.0
FAST = RetryPolicy(base=0.3, cap=2.0, settle=1.0)

CASES: dict[str, dict[str, Any]] = {
    "reset_after_sent": {"action": "reset_after"},
    "stall_past_read_timeout": {"action": "stall_after", "seconds": READ_TIMEOUT + 2},
    "429_retry_after": {"action": "status", "status": 429, "headers": {"Retry-After": "2"}},
    "502_after_redmine_created_it": {"action": "status_after", "status": 502},
    "503": {"action": "status", "status": 503, "times": 2},
}


@pytest.fixture
def proxy(redmine: RedmineInstance) -> Iterator[tuple[FaultProxy, str]]:
    with fault_proxy(redmine.url) as running:
        yield running


def issues_titled(redmine: RedmineInstance, admin: requests.Session, subject: str) -> list[str]:
    """Ids of every issue with this subject, whoever can see it (asked as administrator)."""
    answer = admin.get(f"{redmine.url}/issues.json", params={
        "project_id": redmine.project, "status_id": "*", "subject": subject, "limit": 100},
        timeout=30)
    answer.raise_for_status()
    return [str(i["id"]) for i in answer.json()["issues"] if i["subject"] == subject]


@pytest.mark.parametrize("case", CASES)
def test_transient_fault_retries_and_delivers_exactly_once(
        case: str, proxy: tuple[FaultProxy, str], redmine: RedmineInstance,
        redmine_admin: requests.Session, tmp_path: Path) -> None:
    state, url = proxy
    backends: list[RedmineBackend] = []

    def backend() -> RedmineBackend:
        session = make_session("Redmine")  # a short read timeout: "stall" need not wait 30 s
        session.request = functools.partial(session.request,  # type: ignore[method-assign]
                                            timeout=(2.0, READ_TIMEOUT))
        made = RedmineBackend(url, redmine.user_key, project=redmine.project, session=session)
        backends.append(made)
        return made

    outbox = Outbox(tmp_path / "data")
    sender = Sender(outbox, backend, lambda: UserInfo(redmine.user_login, redmine.user_name),
                    OutboxLock(tmp_path / "lock"), policy=FAST)
    attachment = tmp_path / "trace.log"
    attachment.write_bytes(b"line\n" * 20_000)
    subject = f"Fault {case} {time.time_ns()}"
    report_id = outbox.enqueue(ProblemReport(summary=subject, category=Category.OTHER,
                                             attachments=(attachment,))).id
    state.add(Rule(CREATE, **CASES[case]))
    try:
        deadline = time.monotonic() + 30
        while outbox.get(report_id).state is not State.SENT and time.monotonic() < deadline:
            wait = sender.run_once()
            if wait is None:
                break
            time.sleep(min(wait, 0.5))
        entry = outbox.get(report_id)
        assert entry.state is State.SENT, entry.last_error
        assert issues_titled(redmine, redmine_admin, subject) == [entry.ticket_id]
        creates = [s for s in state.seen if f"{s.method} {s.path}".startswith(CREATE)]
        if case == "429_retry_after":
            assert creates[1].at - creates[0].at >= 2.0  # Retry-After honoured
        if CASES[case]["action"] != "status":
            # Redmine created it on the first try; the retry found it instead of filing again
            assert len(creates) == 1 and entry.attempts == 1
    finally:
        for made in backends:
            made.close()
        outbox.close()
