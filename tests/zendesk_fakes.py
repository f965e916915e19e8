"""Zendesk's answers served at the network edge, without a network.

``FakeZendesk`` is a requests transport adapter like ``zammad_fakes.FakeZammad``: the connector,
its session, JSON parsing, error mapping and rate limiting run for real; only the socket is
replaced by a table of answers. The default answers have the shapes of the vendor's API
reference (developer.zendesk.com: Requests, Request Comments, Ticket Attachments, Users, Help
Center search) for an end user, Nicole Braun; an answer may be a callable of the request.
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

from helpclient.backends.zendesk.connector import ZendeskBackend
from helpclient.core.credentials import Credentials

BASE = "https://acme.zendesk.com"
EMAIL = "nicole.braun@example.com"
PASSWORD = "Пароль-и-кофе"  # a Cyrillic password: Basic must carry it as UTF-8


def request(request_id: int, status: str, *, updated: str = "2026-05-04T09:15:34Z",
            created: str = "2026-05-04T09:15:31Z", solvable: bool = False,
            description: str = "My VPN disconnects every hour.") -> dict[str, Any]:
    """A request with the documented fields (Requests, JSON format)."""
    return {"url": f"{BASE}/api/v2/requests/{request_id}.json", "id": request_id,
            "status": status, "priority": "normal", "type": "incident",
            "subject": f"Request {request_id}", "description": description,
            "organization_id": 509974, "via": {"channel": "api"}, "custom_fields": [],
            "requester_id": 1462, "collaborator_ids": [], "email_cc_ids": [],
            "is_public": True, "due_at": None, "can_be_solved_by_me": solvable,
            "created_at": created, "updated_at": updated, "recipient": None,
            "followup_source_id": None, "assignee_id": 72983, "group_id": 8665,
            "ticket_form_id": None, "fields": [], "custom_status_id": 1}


def comment(comment_id: int, text: str, *, public: bool = True, author: int = 1462,
            html: str | None = None, attachments: list[dict[str, Any]] | None = None,
            created: str = "2026-05-04T09:15:31Z") -> dict[str, Any]:
    """A request comment (Request Comments)."""
    return {"id": comment_id, "type": "Comment", "request_id": 1, "body": text,
            "html_body": html if html is not None else f"<p>{text}</p>", "plain_body": text,
            "public": public, "author_id": author, "attachments": attachments or [],
            "created_at": created}


ATTACHMENT = {"id": 498483, "file_name": "crash.log",
              "content_url": f"{BASE}/attachments/token/abc/?name=crash.log",
              "content_type": "text/plain", "size": 12, "inline": False, "deleted": False,
              "thumbnails": []}

USERS = [{"id": 1462, "name": "Nicole Braun", "agent": False},
         {"id": 72983, "name": "Emma Taylor", "agent": True}]


def page(key: str, items: list[Any], after: str = "", **extra: Any) -> dict[str, Any]:
    """A cursor-paged answer (Pagination)."""
    return {key: items, "meta": {"has_more": bool(after), "after_cursor": after or None,
                                 "before_cursor": None},
            "links": {"next": None, "prev": None}, **extra}


#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "me": {"user": {"id": 1462, "name": "Nicole Braun", "email": EMAIL,
                    "phone": "+49 30 123456", "role": "end-user", "verified": True}},
    "list": page("requests", [request(1, "solved")]),
    "request": {"request": request(1, "open", solvable=True)},
    "created": {"request": request(2, "new")},
    "updated": {"request": request(1, "solved")},
    "comments": page("comments", [
        comment(1, "My VPN disconnects every hour.\n\nHelpClient-Report: k-1",
                attachments=[ATTACHMENT]),
        comment(2, "please update", author=72983,
                html='<div class="zd-comment"><p>Hi Nicole,</p><p>please update</p></div>',
                created="2026-05-04T09:15:33Z"),
    ], users=USERS),
    "comment": {"comment": comment(1, "text", attachments=[ATTACHMENT])},
    "file": Raw(b"vpn log line", content_type="text/plain"),
    "upload": {"upload": {"token": "6bk3gql82em5nmf", "attachments": [ATTACHMENT],
                          "attachment": ATTACHMENT}},
    "rating": {"satisfaction_rating": {"id": 35436, "score": "good", "ticket_id": 1}},
    "kb": {"results": [{"id": 35467, "title": "Reset your password", "locale": "en-us",
                        "html_url": f"{BASE}/hc/en-us/articles/35467",
                        "body": "<p>Open the <b>portal</b>.</p><script>alert(1)</script>",
                        "updated_at": "2026-04-01T10:00:00Z", "draft": False}],
           "count": 1, "page": 1, "page_count": 1, "per_page": 10},
    "article": {"article": {"id": 35467, "title": "Reset your password", "locale": "en-us",
                            "html_url": f"{BASE}/hc/en-us/articles/35467",
                            "body": "<p>Open the portal.</p>", "draft": False,
                            "updated_at": "2026-04-01T10:00:00Z"}},
}

#: (method, path, a query parameter that must be present or "") → answer name
ROUTES: list[tuple[str, str, str, str]] = [
    ("GET", r"/api/v2/users/me", "", "me"),
    ("GET", r"/api/v2/requests", "", "list"),
    ("GET", r"/api/v2/requests/\d+", "", "request"),
    ("POST", r"/api/v2/requests", "", "created"),
    ("PUT", r"/api/v2/requests/\d+", "", "updated"),
    ("GET", r"/api/v2/requests/\d+/comments", "", "comments"),
    ("GET", r"/api/v2/requests/\d+/comments/\d+", "", "comment"),
    ("POST", r"/api/v2/uploads", "filename", "upload"),
    ("POST", r"/api/v2/tickets/\d+/satisfaction_rating", "", "rating"),
    ("GET", r"/api/v2/help_center/articles/search", "query", "kb"),
    ("GET", r"/api/v2/help_center/articles/\d+", "", "article"),
    ("GET", r"/attachments/token/\w+/", "", "file"),
]

Answer = Any | Callable[[str, dict[str, str], bytes], Any]


class FakeZendesk(BaseAdapter):
    """A transport adapter answering Zendesk requests from ``answers`` (JSON values, Raw, or
    callables of (path, query, body) giving one)."""

    def __init__(self, answers: dict[str, Answer] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Answer] = copy.deepcopy(VALID) if answers is None else answers
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.authorization: list[str | None] = []  # each request's Authorization header

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer ``request`` from the table; Zendesk's 404 for anything else."""
        parts = urlsplit(request.url or "")
        query = dict(parse_qsl(parts.query))
        body = request.body if isinstance(request.body, bytes) else _read(request.body)
        self.requests.append((request.method or "", parts.path, query, body))
        self.authorization.append(request.headers.get("Authorization"))
        answer: Any = Raw(b'{"error":"InvalidEndpoint","description":"Not found"}', status=404)
        for method, pattern, needs, name in ROUTES:
            if method == request.method and re.fullmatch(pattern, parts.path) and (
                    not needs or needs in query):
                answer = self.answers[name]
                break
        if callable(answer):
            answer = answer(parts.path, query, body)
        if not isinstance(answer, Raw):
            answer = Raw(json.dumps(answer).encode())
        return _response(request, answer)

    def close(self) -> None:
        """Nothing to close: there is no connection."""


def _read(body: Any) -> bytes:
    if body is None:
        return b""
    if isinstance(body, str):
        return body.encode()
    chunks = []
    while piece := body.read(1 << 20):
        chunks.append(piece)
    return b"".join(chunks)


def zendesk_backend(adapter: FakeZendesk, credentials: Credentials | None = None,
                    **options: Any) -> ZendeskBackend:
    """The real connector over ``adapter`` (signed in as Nicole unless told otherwise)."""
    session = requests.Session()
    session.mount("https://", adapter)
    return ZendeskBackend(BASE, credentials or Credentials.password(EMAIL, PASSWORD),
                          session=session, **options)
