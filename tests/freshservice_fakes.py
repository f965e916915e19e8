"""Freshservice's API v2 answers served at the network edge, without a network.

``FakeFreshservice`` is a requests transport adapter like ``zammad_fakes.FakeZammad``: the
connector, its session, JSON parsing, paging and error mapping run for real; only the socket is
replaced by a table of answers. The default answers have the shapes of the API reference's
examples (api.freshservice.com: "View a Ticket", "View List of Tickets", "List all
Conversations of a Ticket", "Create a Note", "Search Solution Articles") for a requester,
Andrea; an answer may be a callable of the request.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response
from zammad_fakes import _read

from helpclient.backends.freshservice.connector import FreshserviceBackend
from helpclient.core.credentials import Credentials

BASE = "https://acme.freshservice.com"
KEY = "Xq7Lm2Np9Rt4Vw6Yz1Bc"
EMAIL = "andrea.lopez@acme.example"
ME, AGENT = 1000000675, 1000000012
RATE = {"X-Ratelimit-Total": "400", "X-Ratelimit-Remaining": "398",
        "X-Ratelimit-Used-CurrentRequest": "1",
        "X-Freshservice-Api-Version": "latest=v2; requested=v2"}


def ticket(ticket_id: int = 31, status: int = 2, *, responder: int | None = None,
           updated: str = "2026-12-01T09:10:00Z", **extra: Any) -> dict[str, Any]:
    """A ticket as "View a Ticket" gives it (the fields that matter here)."""
    return {"id": ticket_id, "subject": "VPN drops every hour", "status": status,
            "priority": 2, "requester_id": ME, "responder_id": responder, "source": 2,
            "description": "<div>My VPN disconnects.</div><p>HelpClient-Report: k-1</p>",
            "description_text": "My VPN disconnects. HelpClient-Report: k-1",
            "created_at": "2026-12-01T09:00:00Z", "updated_at": updated,
            "attachments": [{"id": 17, "content_type": "text/plain", "size": 12,
                             "name": "vpn.log", "attachment_url": "https://s3.example/x",
                             "created_at": "2026-12-01T09:00:00Z",
                             "updated_at": "2026-12-01T09:00:00Z"}], **extra}


def conversation(conversation_id: int, body: str, *, user: int = AGENT, private: bool = False,
                 source: int = 0, created: str = "2026-12-01T09:05:00Z",
                 **extra: Any) -> dict[str, Any]:
    """An entry of "List all Conversations of a Ticket"."""
    return {"id": conversation_id, "body": body, "body_text": body, "incoming": user == ME,
            "private": private, "created_at": created, "updated_at": created,
            "user_id": user, "support_email": None, "source": source, "ticket_id": 31,
            "to_emails": [], "from_email": "helpdesk@acme.freshservice.com" if user != ME
            else None, "cc_emails": [], "bcc_emails": None, "attachments": [], **extra}


#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "tickets": {"tickets": [ticket()]},
    "ticket": {"ticket": ticket()},
    "created": {"ticket": ticket(status=2)},
    "updated": {"ticket": ticket(status=4)},
    "conversations": {"conversations": [
        conversation(101, "<div>Please update the VPN client.</div>"),
        conversation(102, "<div>INTERNAL: old laptop</div>", private=True, source=2)]},
    "note": {"conversation": conversation(103, "<p>Thanks</p>", user=ME, source=2)},
    "articles": {"articles": [{
        "id": 5, "title": "Reset your VPN", "description": "<p>Open the VPN app.</p>",
        "description_text": "Open the VPN app.", "url": None, "status": 2,
        "updated_at": "2026-11-01T10:00:00Z", "folder_id": 2, "category_id": 1}],
        "meta": {"total_items": 1, "total_pages": 1, "current_page": 1}},
    "file": Raw(b"vpn log line", content_type="text/plain"),
}

#: (method, path under /api/v2/) → answer name
ROUTES: list[tuple[str, str, str]] = [
    ("GET", r"tickets", "tickets"),
    ("GET", r"tickets/\d+", "ticket"),
    ("POST", r"tickets", "created"),
    ("PUT", r"tickets/\d+", "updated"),
    ("GET", r"tickets/\d+/conversations", "conversations"),
    ("POST", r"tickets/\d+/notes", "note"),
    ("GET", r"solutions/articles/search", "articles"),
    ("GET", r"attachments/\d+", "file"),
]

Answer = Any | Callable[[str, dict[str, str], bytes], Any]


class FakeFreshservice(BaseAdapter):
    """A transport adapter answering ``/api/v2`` requests from ``answers`` (JSON values, Raw,
    or callables of (path, query, body) giving one); every answer has the rate-limit headers."""

    def __init__(self, answers: dict[str, Answer] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Answer] = copy.deepcopy(VALID) if answers is None else answers
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.headers: list[dict[str, str]] = []
        self.hosts: list[str] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer ``request`` from the table; Freshservice's 404 for anything else."""
        parts = urlsplit(request.url or "")
        path = parts.path.removeprefix("/api/v2/")
        query = dict(parse_qsl(parts.query))
        body = request.body if isinstance(request.body, bytes) else _read(request.body)
        self.requests.append((request.method or "", path, query, body))
        self.headers.append(dict(request.headers))
        self.hosts.append(parts.netloc)
        answer: Any = Raw(b"", status=404)
        for method, pattern, name in ROUTES:
            if method == request.method and re.fullmatch(pattern, path):
                answer = self.answers[name]
                break
        if callable(answer):
            answer = answer(path, query, body)
        if not isinstance(answer, Raw):
            answer = Raw(json.dumps(answer).encode())
        return _response(request, Raw(answer.body, answer.status, answer.content_type,
                                      {**RATE, **answer.headers}))

    def close(self) -> None:
        """Nothing to close: there is no connection."""


def freshservice_backend(adapter: FakeFreshservice, credentials: Credentials | None = None,
                         **options: Any) -> FreshserviceBackend:
    """The real connector over ``adapter`` (its own rate gate unless one is given)."""
    session = requests.Session()
    session.mount("https://", adapter)
    return FreshserviceBackend(BASE, credentials or Credentials.api_key(EMAIL, KEY),
                               session=session,
                               **options)
