"""GLPI's legacy REST answers served at the network edge, without a network.

``FakeGLPI`` is a requests transport adapter: the connector, its API session, paging, JSON
parsing and error mapping run for real; only the socket is replaced by a table of answers, one
per endpoint, shaped as GLPI 10 documents them (see tests/contract/glpi_docs.py). A test
replaces one endpoint's answer with anything and sees what the connector makes of it.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response

from helpclient.backends.glpi.connector import GlpiBackend
from helpclient.backends.glpi.credentials import GlpiCredentials

BASE = "https://glpi.example.com"
TOKEN = "q56hqkniwot8wntb3z1qarka5atf365taaa2uyjrn"
SESSION = "83af7e620c83a50a18d3eac2f6ed05a3ca0bea62"
DATE = "Mon, 07 Dec 2026 10:00:00 GMT"


def _page(rows: list[Any]) -> dict[str, Any]:
    return {"totalcount": len(rows), "count": len(rows), "sort": [19], "order": ["DESC"],
            "data": rows, "content-range": f"0-{len(rows) - 1}/{len(rows)}"}


_TICKET = {"id": 1, "entities_id": 0, "name": "VPN &#38; Wi-Fi drop",
           "date": "2026-12-02 10:15:31", "closedate": None, "solvedate": "2026-12-02 10:15:34",
           "date_mod": "2026-12-02 10:15:34", "status": 5, "users_id_recipient": 7,
           "content": "&#60;p&#62;My VPN disconnects every hour.&#60;/p&#62;"
                      "&#60;p&#62;HelpClient-Report: k-1&#60;/p&#62;", "urgency": 3,
           "type": 1, "_keys_names": {"users_id_recipient": "Alice Example"}}

#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "session": {"session_token": SESSION, "session": {
        "glpiID": 7, "glpiname": "alice", "glpifriendlyname": "Alice Example",
        "glpirealname": "Example", "glpifirstname": "Alice", "glpi_tz": "Europe/Berlin",
        "glpi_currenttime": "2026-12-07 11:00:00"}},
    "full_session": {"session": {"glpiID": 7, "glpiname": "alice",
                                 "glpifriendlyname": "Alice Example"}},
    "killed": True,
    "tickets": _page([{"2": 1, "1": "VPN &#38; Wi-Fi drop", "12": 5, "15": "2026-12-02 10:15:31",
                       "19": "2026-12-02 10:15:34", "4": 7, "80": "Root entity"}]),
    "ticket": _TICKET,
    "followups": [
        {"id": 301, "itemtype": "Ticket", "items_id": 1, "date": "2026-12-02 10:15:33",
         "users_id": 2, "content": "&#60;p&#62;Please update.&#60;/p&#62;", "is_private": 0,
         "_keys_names": {"users_id": "John Tech"}},
        {"id": 302, "itemtype": "Ticket", "items_id": 1, "date": "2026-12-02 10:15:33",
         "users_id": 2, "content": "INTERNAL", "is_private": 1,
         "_keys_names": {"users_id": "John Tech"}}],
    "solutions": [{"id": 401, "itemtype": "Ticket", "items_id": 1, "users_id": 2,
                   "content": "&#60;p&#62;Updated.&#60;/p&#62;",
                   "date_creation": "2026-12-02 10:15:34", "status": 2}],
    "links": [{"id": 801, "documents_id": 501, "itemtype": "Ticket", "items_id": 1,
               "users_id": 7}],
    "entry_links": [{"id": 802, "documents_id": 502, "itemtype": "ITILFollowup",
                     "items_id": 301, "users_id": 2}],
    "document": {"id": 501, "name": "Document Ticket 1", "filename": "vpn.log",
                 "mime": "text/plain"},
    "file": Raw(b"VPN log\n", content_type="text/plain"),
    "surveys": [{"id": 9, "tickets_id": 1, "type": 1, "date_begin": "2026-12-02 10:16:00",
                 "date_answered": None}],
    "created": {"id": 1, "message": "Your ticket has been registered. (Ticket: 1)"},
    "rated": [{"9": True, "message": ""}],
    "articles": _page([{"2": 11, "6": "Your account is locked", "19": "2026-12-02 09:14:45",
                        "7": "&#60;p&#62;Wait 15 minutes.&#60;/p&#62;"}]),
    "article": {"id": 11, "name": "Your account is locked", "date_mod": "2026-12-02 09:14:45",
                "answer": "&#60;ol&#62;&#60;li&#62;Wait 15–30 minutes.&#60;/li&#62;&#60;/ol&#62;"},
}

#: (method, path under /apirest.php/, Accept) → the name of its answer in :data:`VALID`.
ROUTES: list[tuple[str, str, str]] = [
    ("GET", r"initSession", "session"),
    ("GET", r"getFullSession", "full_session"),
    ("GET", r"killSession", "killed"),
    ("GET", r"search/Ticket", "tickets"),
    ("GET", r"Ticket/\d+/ITILFollowup", "followups"),
    ("GET", r"Ticket/\d+/ITILSolution", "solutions"),
    ("GET", r"Ticket/\d+/Document_Item", "links"),
    ("GET", r"(?:ITILFollowup|ITILSolution)/\d+/Document_Item", "entry_links"),
    ("GET", r"Ticket/\d+/TicketSatisfaction", "surveys"),
    ("GET", r"Ticket/\d+", "ticket"),
    ("GET", r"Document/\d+", "document"),
    ("POST", r"Ticket", "created"),
    ("POST", r"ITILFollowup", "created"),
    ("PUT", r"TicketSatisfaction/\d+", "rated"),
    ("GET", r"search/KnowbaseItem", "articles"),
    ("GET", r"KnowbaseItem/\d+", "article"),
]


class FakeGLPI(BaseAdapter):
    """A transport adapter answering API requests from ``answers`` (JSON values or Raw)."""

    def __init__(self, answers: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Any] = copy.deepcopy(VALID) if answers is None else answers
        self.requests: list[tuple[str, str]] = []
        self.sent: list[requests.PreparedRequest] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer ``request`` from the table; GLPI's 404 for anything else."""
        path = urlsplit(request.url or "").path.removeprefix("/apirest.php/")
        self.requests.append((request.method or "", path))
        self.sent.append(request)
        answer: Any = Raw(b'["ERROR_ITEM_NOT_FOUND","Item not found"]', status=404)
        for method, pattern, name in ROUTES:
            if method == request.method and re.fullmatch(pattern, path):
                answer = self.answers[name]
                if name == "document" and request.headers.get("Accept") == \
                        "application/octet-stream":
                    answer = self.answers["file"]
                break
        if not isinstance(answer, Raw):
            answer = Raw(json.dumps(answer).encode(), headers={"Date": DATE})
        return _response(request, answer)

    def close(self) -> None:
        """Nothing to close: there is no connection."""


def glpi_backend(adapter: FakeGLPI, credentials: GlpiCredentials | None = None,
                 **options: Any) -> GlpiBackend:
    """The real connector over ``adapter`` (signed in with :data:`TOKEN` by default)."""
    session = requests.Session()
    session.mount("https://", adapter)
    return GlpiBackend(BASE, credentials or GlpiCredentials(user_token=TOKEN), session=session,
                       **options)
