"""Request Tracker in the contract suite: the connector, and the live RT 5 of the test session
with its support side (root acting through REST2, as an agent does in RT's web interface)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date

import pytest
import requests
from support import SupportFile
from targets import Account, ConnectOptions, Connector, LiveBackend, without_capabilities

from helpclient.backends.multipart import MultipartBody
from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.models import UserInfo
from helpclient.demo.rt_instance import RTInstance

TIMEOUT = 30
#: RT 5.0.3, as Debian bookworm ships it (the version recorded from)
PRODUCT = "Request Tracker 5.0.3"


def wrong_token(token: str) -> str:
    """A token of RT's form (``1-<user id>-<secret>``) for the same user, with a wrong secret."""
    return re.sub(r"-[0-9a-f]+$", "-" + "0" * 32, token)


def build(base_url: str, account: Account, options: ConnectOptions) -> HelpdeskBackend:
    """The RT connector as the app builds it (its own session, TLS and timeouts)."""
    token = wrong_token(account.token) if options.wrong_credentials else account.token
    cls = without_capabilities(RequestTrackerBackend, options.without)
    backend: HelpdeskBackend = cls(base_url, token, queue=account.settings["queue"],
                                   page_size=options.page_size or 100)
    return backend


CONNECTOR = Connector("rt", build)


class RTSupport:
    """Root, through REST2. Files go as multipart like the connector's: RT 5.0.3 fails (HTTP
    500) on a JSON ``Attachments`` file name that is not ASCII."""

    def __init__(self, rt: RTInstance, session: requests.Session) -> None:
        self._rt = rt
        self._session = session

    def _post(self, path: str, payload: dict[str, object],
              files: Sequence[SupportFile] = ()) -> requests.Response:
        url = f"{self._rt.rest_url}/{path}"
        if not files:
            response = self._session.post(url, json=payload, timeout=TIMEOUT)
        else:
            body = MultipartBody(
                [("JSON", None, json.dumps(payload).encode(), "application/json"),
                 *(("Attachments", f.filename, f.content, f.content_type) for f in files)])
            response = self._session.post(url, data=body, timeout=TIMEOUT,
                                          headers={"Content-Type": body.content_type})
        assert response.status_code == 201, response.text
        return response

    def public_reply(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._post(f"ticket/{ticket_id}/correspond",
                   {"Content": text, "ContentType": "text/plain"}, files)

    def internal_note(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._post(f"ticket/{ticket_id}/comment",
                   {"Content": text, "ContentType": "text/plain"}, files)

    def foreign_ticket(self, subject: str) -> str:
        answer = self._post("ticket", {"Queue": self._rt.queue, "Subject": subject,
                                       "Content": subject, "Requestor": "root"})
        return str(answer.json()["id"])


#: what recordings sign in with: the seeded user's id, a made-up secret
_FAKE_SECRET = "c0ffee00" * 4


def live(request: pytest.FixtureRequest) -> LiveBackend:
    """The suite's RT (started on first use) as a live contract backend."""
    rt: RTInstance = request.getfixturevalue("rt_contract")
    admin: requests.Session = request.getfixturevalue("rt_contract_admin")
    user = UserInfo(rt.user_login, rt.user_name, rt.user_email)
    account = Account(rt.user_token, user, {"queue": rt.queue})
    fake = re.sub(r"-[0-9a-f]+$", f"-{_FAKE_SECRET}", rt.user_token)
    return LiveBackend(
        address=rt.url,
        account=account,
        support=RTSupport(rt, admin),
        secrets={rt.user_token: fake},
        replay_account=Account(fake, user, {"queue": rt.queue}),
        source=f"{PRODUCT}, recorded {date.today().isoformat()} by tests/contract/record_rt.py",
    )
