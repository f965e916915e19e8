"""Zammad's REST answers served at the network edge, without a network.

``FakeZammad`` is a requests transport adapter like ``rt_fakes.FakeRT``: the connector, its
session, JSON parsing and error mapping run for real; only the socket is replaced by a table of
answers. The default answers have the shapes of the vendor's documented examples (docs.zammad.org,
API: ``user``, ``ticket/index``, ``ticket/articles``, ``ticket/states``) for a customer, Nicole
Braun; an answer may be a callable of the request, for answers that depend on the ticket asked.
"""

from __future__ import annotations

import base64
import copy
import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import requests
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response

from helpclient.backends.zammad.connector import ZammadBackend
from helpclient.core.credentials import Credentials

BASE = "https://support.example.com"
TOKEN = "mR0Q3u9TwSJfK3vV_aX-0123456789abcdefGHIJKL"


def ticket(ticket_id: int, title: str, state: str, *, updated: str = "2026-05-04T09:15:34.120Z",
           state_id: int = 2, **extra: Any) -> dict[str, Any]:
    """A ticket as ``expand=true`` gives it (the documented fields that matter here)."""
    return {"id": ticket_id, "group_id": 1, "priority_id": 2, "state_id": state_id,
            "organization_id": 1, "number": f"{22000 + ticket_id}", "title": title,
            "owner_id": 1, "customer_id": 2, "note": None, "article_count": 2,
            "created_at": "2026-05-04T09:15:31.413Z", "updated_at": updated,
            "article_ids": [1, 2], "group": "Users", "organization": "Zammad Foundation",
            "state": state, "priority": "2 normal", "owner": "-",
            "customer": "nicole.braun@zammad.org", "created_by": "nicole.braun@zammad.org",
            "updated_by": "nicole.braun@zammad.org", "create_article_type": "web",
            "create_article_sender": "Customer", **extra}


def article(article_id: int, body: str, *, sender: str = "Customer", internal: bool = False,
            content_type: str = "text/plain", author: str = "Nicole Braun",
            attachments: list[dict[str, Any]] | None = None,
            created: str = "2026-05-04T09:15:31.450Z", ticket_id: int = 1) -> dict[str, Any]:
    """An article of ``ticket_articles/by_ticket`` (the documented fields)."""
    return {"id": article_id, "ticket_id": ticket_id, "type_id": 11, "sender_id": 2,
            "from": author, "to": None, "cc": None, "subject": None, "reply_to": None,
            "message_id": None, "message_id_md5": None, "in_reply_to": None,
            "content_type": content_type, "references": None, "body": body,
            "internal": internal, "preferences": {}, "updated_by_id": 2, "created_by_id": 2,
            "origin_by_id": None, "created_at": created, "updated_at": created,
            "attachments": attachments or [], "type": "web", "sender": sender,
            "created_by": "nicole.braun@zammad.org", "updated_by": "nicole.braun@zammad.org"}


#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "me": {"id": 2, "organization_id": 1, "login": "nicole.braun@zammad.org",
           "firstname": "Nicole", "lastname": "Braun", "email": "nicole.braun@zammad.org",
           "image": None, "web": "", "phone": "+49 30 123456", "fax": "", "mobile": "",
           "department": "", "vip": False, "verified": False, "active": True, "note": "",
           "preferences": {"locale": "de-de"}, "role_ids": [3], "group_ids": {}},
    "search": [ticket(1, "VPN drops every hour", "closed", state_id=4)],
    "ticket": ticket(1, "VPN drops every hour", "closed", state_id=4),
    "links": {"ticket_id": 1, "ticket_article_ids": [1, 2], "assets": {}, "links": [],
              "tags": [], "mentions": []},
    "articles": [
        article(1, "My VPN disconnects every hour.\n\nHelpClient-Report: k-1\n",
                attachments=[{"id": 17, "filename": "vpn.log", "size": "12",
                              "preferences": {"Mime-Type": "text/plain"}}]),
        article(2, "Hi Nicole,<br><br>please update the VPN client.<br>", sender="Agent",
                content_type="text/html", author="Emma Taylor via <support@example.com>",
                created="2026-05-04T09:15:33.001Z"),
    ],
    "file": Raw(b"vpn log line", content_type="text/plain"),
    "created": ticket(1, "Printer", "new", state_id=1),
    "updated": ticket(1, "VPN drops every hour", "closed", state_id=4),
    "replied": article(3, "Thanks"),
    "states": [{"id": 1, "state_type_id": 1, "name": "new", "next_state_id": None},
               {"id": 2, "state_type_id": 2, "name": "open", "next_state_id": None},
               {"id": 4, "state_type_id": 5, "name": "closed", "next_state_id": None}],
    "uploaded": {"success": True, "data": {"id": 55, "filename": "big.bin", "size": 10}},
    "kb": {"result": [{"id": 3, "type": "KnowledgeBase::Answer::Translation"}],
           "details": [{"id": 3, "type": "KnowledgeBase::Answer::Translation",
                        "icon": "knowledge-base-answer", "date": "2026-04-01T10:00:00.000Z",
                        "url": "/help/en-us/1-it-basics/3-reset-your-password",
                        "title": "Reset your password", "subtitle": "IT basics",
                        "body": "Open the self-service portal and choose Forgot pass…"}]},
    "signshow": {"error": "no valid session",
                 "config": {"product_name": "Zammad Helpdesk", "api_token_access": True,
                            "api_password_access": True, "system_init_done": True}},
}

#: (method, path under /api/v1/, a query parameter that must be present or "") → answer name
ROUTES: list[tuple[str, str, str, str]] = [
    ("GET", r"users/me", "", "me"),
    ("POST", r"tickets/search", "", "search"),
    ("GET", r"tickets/\d+", "all", "links"),
    ("GET", r"tickets/\d+", "", "ticket"),
    ("POST", r"tickets", "", "created"),
    ("PUT", r"tickets/\d+", "", "updated"),
    ("GET", r"ticket_articles/by_ticket/\d+", "", "articles"),
    ("POST", r"ticket_articles", "", "replied"),
    ("GET", r"ticket_attachment/\d+/\d+/\d+", "", "file"),
    ("GET", r"ticket_states", "", "states"),
    ("POST", r"attachments", "", "uploaded"),
    ("POST", r"knowledge_bases/search", "", "kb"),
    ("GET", r"signshow", "", "signshow"),
]

Answer = Any | Callable[[str, dict[str, str], bytes], Any]


class FakeZammad(BaseAdapter):
    """A transport adapter answering ``/api/v1`` requests from ``answers`` (JSON values, Raw,
    or callables of (path, query, body) giving one). Another helpdesk's fake sets the class
    attributes (jsm_fakes)."""

    PREFIX = "/api/v1/"
    ROUTES = ROUTES
    DEFAULTS = VALID
    NOT_FOUND = Raw(b'{"error":"No route matches [GET] /api/v1/x"}', status=404)

    def __init__(self, answers: dict[str, Answer] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Answer] = copy.deepcopy(self.DEFAULTS) if answers is None \
            else answers
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.authorization: list[str | None] = []  # each request's Authorization header
        self.headers: list[dict[str, str]] = []  # each request's headers

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer ``request`` from the table; the helpdesk's 404 for anything else."""
        parts = urlsplit(request.url or "")
        path = parts.path.removeprefix(self.PREFIX)
        query = dict(parse_qsl(parts.query))
        body = request.body if isinstance(request.body, bytes) else _read(request.body)
        self.requests.append((request.method or "", path, query, body))
        self.authorization.append(request.headers.get("Authorization"))
        self.headers.append(dict(request.headers))
        answer: Any = self.NOT_FOUND
        for method, pattern, needs, name in self.ROUTES:
            if method == request.method and re.fullmatch(pattern, path) and (
                    not needs or needs in query):
                answer = self.answers[name]
                break
        if callable(answer):
            answer = answer(path, query, body)
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


def zammad_backend(adapter: FakeZammad, credentials: Credentials | None = None,
                   **options: Any) -> ZammadBackend:
    """The real connector over ``adapter``."""
    session = requests.Session()
    session.mount("https://", adapter)
    return ZammadBackend(BASE, credentials or Credentials.token(TOKEN), session=session,
                         **options)


def b64(data: bytes) -> str:
    """Base64 text of ``data`` (what Zammad's attachment payloads carry)."""
    return base64.b64encode(data).decode()
