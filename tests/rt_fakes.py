"""Request Tracker's REST2 answers served at the network edge, without a network.

``FakeRT`` is a requests transport adapter: the connector, its session, paging, JSON parsing and
error mapping all run for real; only the socket is replaced by a table of answers. The default
answers are what RT 5.0.3 sent the demo user (recorded, shortened), so a test can replace one
endpoint's answer with anything and see what the connector makes of it.
"""

from __future__ import annotations

import base64
import copy
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter
from urllib3.response import HTTPResponse

from helpclient.backends.rt.connector import RequestTrackerBackend

BASE = "https://rt.example.com"
TOKEN = "1-27-a96a9767cb8a1f56b03636163d0e1c65"
_API = f"{BASE}/REST/2.0"


def _ref(kind: str, ref_id: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "id": ref_id, "_url": f"{_API}/{kind}/{ref_id}", **fields}


def _page(items: list[Any]) -> dict[str, Any]:
    # what an unprivileged user gets: no totals
    return {"page": 1, "per_page": 100, "pages": None, "total": None, "count": len(items),
            "items": items}


def _txn(txn_id: str, kind: str, creator: dict[str, Any], when: str, **extra: Any) -> dict:
    return {"_url": f"{_API}/transaction/{txn_id}", "type": "transaction", "id": txn_id,
            "Type": kind, "Field": "", "OldValue": "", "NewValue": "", "Description": "",
            "Created": when, "Creator": creator, **extra}


ALICE = _ref("user", "alice", Name="alice", RealName="Alice Example")
ROOT = _ref("user", "root", Name="root", RealName="Enoch Root")
RT_SYSTEM = _ref("user", "RT_System", Name="RT_System", RealName="The RT System itself")

#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "user": {"id": 27, "Name": "alice", "RealName": "Alice Example",
             "EmailAddress": "alice@example.com", "WorkPhone": "+1 555 0100", "Privileged": 0,
             "Disabled": "0", "Lang": "en", "Memberships": [], "CustomFields": []},
    "tickets": _page([{
        "_url": f"{_API}/ticket/1", "type": "ticket", "id": "1",
        "Subject": "VPN drops every hour", "Status": "resolved",
        "Created": "2026-12-02T09:15:31Z", "LastUpdated": "2026-12-02T09:15:34Z",
        "Owner": _ref("user", "Nobody", Name="Nobody", RealName="Nobody in particular"),
        "Queue": _ref("queue", "1", Name="General")}]),
    "ticket": {"id": 1, "Subject": "VPN drops every hour", "Status": "resolved",
               "Requestor": [_ref("user", "alice")], "Cc": [], "AdminCc": [],
               "Owner": _ref("user", "Nobody"), "Queue": _ref("queue", "1"),
               "Created": "2026-12-02T09:15:31Z", "LastUpdated": "2026-12-02T09:15:34Z"},
    "history": _page([
        _txn("65", "Create", ALICE, "2026-12-02T09:15:31Z"),
        _txn("67", "Correspond", ROOT, "2026-12-02T09:15:33Z"),
        _txn("69", "Status", RT_SYSTEM, "2026-12-02T09:15:33Z", Field="Status",
             OldValue="new", NewValue="open"),
        _txn("71", "Status", ROOT, "2026-12-02T09:15:34Z", Field="Status",
             OldValue="open", NewValue="resolved"),
    ]),
    "attachments": _page([
        {"_url": f"{_API}/attachment/1", "type": "attachment", "id": "1",
         "TransactionId": "65", "Filename": "", "ContentType": "text/plain",
         "ContentLength": "30"},
        {"_url": f"{_API}/attachment/2", "type": "attachment", "id": "2",
         "TransactionId": "65", "Filename": "vpn.log", "ContentType": "text/plain",
         "ContentLength": "12"},
        {"_url": f"{_API}/attachment/5", "type": "attachment", "id": "5",
         "TransactionId": "67", "Filename": "", "ContentType": "text/html",
         "ContentLength": "49"},
    ]),
    "attachment": {"id": 1, "TransactionId": _ref("transaction", "65"),
                   "ContentType": "text/plain", "Parent": "0",
                   "Content": base64.b64encode(b"My VPN disconnects every hour.").decode()},
    # GET /attachments?query=[id = N]: the attachment, when it exists and the user may see it
    "attachment_search": _page([{"_url": f"{_API}/attachment/1", "type": "attachment",
                                 "id": "1"}]),
    "articles": _page([{"_url": f"{_API}/article/1", "type": "article", "id": "1",
                        "Name": "Your account is locked", "Summary": "Wait 15 minutes.",
                        "LastUpdated": "2026-12-02T09:14:45Z"}]),
    "article": {"id": 1, "Name": "Your account is locked", "Summary": "Wait 15 minutes.",
                "LastUpdated": "2026-12-02T09:14:45Z",
                "CustomFields": [{"type": "customfield", "id": "1", "name": "Content",
                                  "values": ["1. Wait 15–30 minutes.\n2. Sign in again."]}]},
    "class": {"id": 3, "Name": "Announcements", "Description": "Known problems",
              "Disabled": "0", "CustomFields": []},
    "created": {"type": "ticket", "id": "1", "_url": f"{_API}/ticket/1"},
    "replied": ["Correspondence added"],
    "updated": ["Ticket 1: Status changed from 'open' to 'resolved'"],
}

#: (method, path under /REST/2.0/) → the name of its answer in :data:`VALID`.
ROUTES: list[tuple[str, str, str]] = [
    ("GET", r"user/\d+", "user"),
    ("GET", r"tickets", "tickets"),
    ("GET", r"transactions", "history"),
    ("GET", r"ticket/\d+/attachments", "attachments"),
    ("GET", r"ticket/\d+", "ticket"),
    ("GET", r"attachment/\d+", "attachment"),
    ("GET", r"attachments", "attachment_search"),
    ("POST", r"articles", "articles"),
    ("GET", r"article/\d+", "article"),
    ("GET", r"class/[^/]+", "class"),
    ("POST", r"ticket", "created"),
    ("POST", r"ticket/\d+/correspond", "replied"),
    ("PUT", r"ticket/\d+", "updated"),
]


@dataclass
class Raw:
    """An answer given as bytes, for bodies that are not JSON (or not valid JSON)."""

    body: bytes
    status: int = 200
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class FakeRT(BaseAdapter):
    """A transport adapter answering REST2 requests from ``answers`` (JSON values or Raw)."""

    def __init__(self, answers: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Any] = copy.deepcopy(VALID) if answers is None else answers
        self.requests: list[tuple[str, str]] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer ``request`` from the table; 404 (as RT words it) for anything else."""
        path = urlsplit(request.url or "").path.removeprefix("/REST/2.0/")
        self.requests.append((request.method or "", path))
        answer: Any = Raw(b'{"message":"Not Found"}', status=404)
        for method, pattern, name in ROUTES:
            if method == request.method and re.fullmatch(pattern, path):
                answer = self.answers[name]
                break
        if not isinstance(answer, Raw):
            answer = Raw(json.dumps(answer).encode())
        return _response(request, answer)

    def close(self) -> None:
        """Nothing to close: there is no connection."""


def _response(request: requests.PreparedRequest, answer: Raw) -> requests.Response:
    headers = {"Content-Type": answer.content_type, **answer.headers}
    response = requests.Response()
    response.status_code = answer.status
    response.headers.update(headers)
    # a real urllib3 response over a byte stream: streamed reading (and decompressing) works
    # as over a socket
    response.raw = HTTPResponse(body=io.BytesIO(answer.body), preload_content=False,
                                headers=headers, status=answer.status)
    response.url = request.url or ""
    response.request = request
    response.encoding = "utf-8"
    return response


def rt_backend(adapter: FakeRT) -> RequestTrackerBackend:
    """The real connector over ``adapter``."""
    session = requests.Session()
    session.mount("https://", adapter)
    return RequestTrackerBackend(BASE, TOKEN, session=session)


def deeply_nested(depth: int) -> Iterator[bytes]:
    """JSON bodies nested ``depth`` levels, as a list and as an object."""
    yield b"[" * depth + b"]" * depth
    yield b'{"a":' * depth + b"1" + b"}" * depth
