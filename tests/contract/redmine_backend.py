"""Redmine in the contract suite: the connector, and the live Redmine 5.0.4 of the suite with its
support side (the administrator acting through the REST API, as an agent does on the web)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
import requests
from support import SupportFile
from targets import Account, ConnectOptions, Connector, LiveBackend, without_capabilities

from helpclient.backends.redmine.connector import RedmineBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import UserInfo
from helpclient.demo.redmine_instance import RedmineInstance

TIMEOUT = 30
PRODUCT = "Redmine 5.0.4"
#: what recordings sign in with instead of the live key
FAKE_KEY = "c0ffee00" * 5


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The Redmine connector as the app builds it (its own session, TLS and timeouts)."""
    key = "0" * 40 if options.wrong_credentials else account.token  # a key of the right form
    cls = without_capabilities(RedmineBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, key, project=account.settings["project"],
                                   tracker=account.settings.get("tracker", ""),
                                   page_size=options.page_size or 100)
    return backend


CONNECTOR = Connector("redmine", build)


class RedmineSupport:
    """The administrator, through the REST API: notes (public or private) with files."""

    def __init__(self, redmine: RedmineInstance, session: requests.Session) -> None:
        self._redmine = redmine
        self._session = session

    def _uploads(self, files: Sequence[SupportFile]) -> list[dict[str, str]]:
        tokens = []
        for item in files:
            answer = self._session.post(
                f"{self._redmine.url}/uploads.json", params={"filename": item.filename},
                data=item.content, headers={"Content-Type": "application/octet-stream"},
                timeout=TIMEOUT)
            assert answer.status_code == 201, answer.text
            tokens.append({"token": answer.json()["upload"]["token"],
                           "filename": item.filename, "content_type": item.content_type})
        return tokens

    def _note(self, ticket_id: str, text: str, files: Sequence[SupportFile],
              private: bool) -> None:
        issue: dict[str, Any] = {"notes": text, "private_notes": private}
        if files:
            issue["uploads"] = self._uploads(files)
        answer = self._session.put(f"{self._redmine.url}/issues/{ticket_id}.json",
                                   json={"issue": issue}, timeout=TIMEOUT)
        assert answer.status_code == 204, answer.text

    def public_reply(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._note(ticket_id, text, files, private=False)

    def internal_note(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._note(ticket_id, text, files, private=True)

    def foreign_ticket(self, subject: str) -> str:
        answer = self._session.post(
            f"{self._redmine.url}/issues.json",
            json={"issue": {"project_id": self._redmine.project, "subject": subject,
                            "description": subject}}, timeout=TIMEOUT)
        assert answer.status_code == 201, answer.text
        return str(json.loads(answer.text)["issue"]["id"])


def live(request: pytest.FixtureRequest) -> LiveBackend:
    """The suite's Redmine (started on first use) as a live contract backend."""
    redmine: RedmineInstance = request.getfixturevalue("redmine_contract")
    admin: requests.Session = request.getfixturevalue("redmine_contract_admin")
    user = UserInfo(redmine.user_login, redmine.user_name, redmine.user_email)
    settings = {"project": redmine.project, "tracker": "Support"}
    return LiveBackend(
        address=redmine.url,
        account=Account(redmine.user_key, user, settings),
        support=RedmineSupport(redmine, admin),
        secrets={redmine.user_key: FAKE_KEY},
        replay_account=Account(FAKE_KEY, user, settings),
        source=f"{PRODUCT}, recorded {date.today().isoformat()} by "
               "tests/contract/record_redmine.py",
    )
