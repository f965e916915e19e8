"""Redmine 5 at the network edge, for unit tests: a ``requests`` transport adapter that answers
the connector's requests from a table of answers (real Redmine 5.0.4 answers by default, as an
end user got them), so the session, paging, parsing, shape checks and mapping run for real."""

from __future__ import annotations

import copy
import json
import re
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response

from helpclient.backends.redmine.connector import RedmineBackend

BASE = "https://redmine.example.com"
KEY = "e92f821e28351c2b11c3d4b4ca5a577d07483bdf"
_STATUS = {"id": 1, "name": "New", "is_closed": False}
_ISSUE = {"id": 2, "project": {"id": 1, "name": "IT Help"}, "tracker": {"id": 3, "name": "Support"},
          "status": _STATUS, "priority": {"id": 2, "name": "Normal"},
          "author": {"id": 5, "name": "Alice Example"}, "subject": "Subj",
          "description": "Body\r\nline\r\n\r\nHelpClient-Report: k-1\r\n",
          "start_date": "2026-12-07", "due_date": None, "done_ratio": 0, "is_private": False,
          "created_on": "2026-12-07T12:01:44Z", "updated_on": "2026-12-07T12:01:45Z",
          "closed_on": None}
_FILE = {"id": 2, "filename": "f.bin", "filesize": 2560, "content_type": "",
         "description": "", "content_url": f"{BASE}/attachments/download/2/f.bin",
         "author": {"id": 5, "name": "Alice Example"}, "created_on": "2026-12-07T12:01:44Z"}
_REPLY_FILE = {**_FILE, "id": 3, "filename": "fix.txt", "content_type": "text/plain",
               "author": {"id": 1, "name": "Redmine Admin"}, "created_on": "2026-12-07T12:01:45Z"}
_SECRET_FILE = {**_FILE, "id": 4, "filename": "internal.txt", "created_on": "2026-12-07T12:01:46Z",
                "author": {"id": 1, "name": "Redmine Admin"}}

#: real answers of Redmine 5.0.4 to alice (trimmed to one item each)
VALID: dict[str, Any] = {
    "user": {"user": {"id": 5, "login": "alice", "admin": False, "firstname": "Alice",
                      "lastname": "Example", "mail": "alice@example.com",
                      "created_on": "2026-12-07T11:59:14Z", "api_key": KEY}},
    "issues": {"issues": [_ISSUE], "total_count": 1, "offset": 0, "limit": 25},
    "issue": {"issue": {
        **_ISSUE, "attachments": [_FILE, _REPLY_FILE, _SECRET_FILE],
        "journals": [
            {"id": 3, "user": {"id": 1, "name": "Redmine Admin"}, "notes": "Try this.",
             "created_on": "2026-12-07T12:01:45Z", "private_notes": False,
             "details": [{"property": "attachment", "name": "3", "old_value": None,
                          "new_value": "fix.txt"},
                         {"property": "attr", "name": "status_id", "old_value": "1",
                          "new_value": "2"}]},
            {"id": 4, "user": {"id": 5, "name": "Alice Example"},
             "notes": "Thanks\r\n\r\nHelpClient-Report: k-1", "created_on": "2026-12-07T12:01:46Z",
             "private_notes": False, "details": []},
            # split off a private note by Redmine: public, notes null, the note's file
            {"id": 6, "user": {"id": 1, "name": "Redmine Admin"}, "notes": None,
             "created_on": "2026-12-07T12:01:46Z", "private_notes": False,
             "details": [{"property": "attachment", "name": "4", "old_value": None,
                          "new_value": "internal.txt"}]}],
        "allowed_statuses": [{"id": 2, "name": "In Progress", "is_closed": False},
                             {"id": 5, "name": "Closed", "is_closed": True}]}},
    "statuses": {"issue_statuses": [
        _STATUS, {"id": 2, "name": "In Progress", "is_closed": False},
        {"id": 3, "name": "Resolved", "is_closed": False},
        {"id": 4, "name": "Feedback", "is_closed": False},
        {"id": 5, "name": "Closed", "is_closed": True},
        {"id": 6, "name": "Rejected", "is_closed": True}]},
    "upload": {"upload": {"id": 1, "token": "1.2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa"}},
    "created": {"issue": _ISSUE},
    "updated": Raw(b"", status=204, content_type=""),
    "download": Raw(b"\x00\x01binary", content_type="application/octet-stream"),
    "project": {"project": {"id": 1, "name": "IT Help", "identifier": "it-help",
                            "trackers": [{"id": 1, "name": "Bug"}, {"id": 3, "name": "Support"}]}},
    "wiki_index": {"wiki_pages": [{"title": "VPN_setup", "version": 1,
                                   "created_on": "2026-12-07T11:59:14Z",
                                   "updated_on": "2026-12-07T11:59:14Z"}]},
    "wiki_page": {"wiki_page": {"title": "VPN_setup",
                                "text": "h1. VPN setup\n\nUse *the* client.",
                                "version": 1, "author": {"id": 1, "name": "Redmine Admin"},
                                "comments": "", "created_on": "2026-12-07T11:59:14Z",
                                "updated_on": "2026-12-07T11:59:14Z"}},
    "search": {"results": [{"id": 1, "title": "Wiki: VPN_setup", "type": "wiki-page",
                            "url": f"{BASE}/projects/it-help/wiki/VPN_setup",
                            "description": "h1. VPN setup\n\nUse *the* client.",
                            "datetime": "2026-12-07T11:59:14Z"}],
               "total_count": 1, "offset": 0, "limit": 25},
}

ROUTES: list[tuple[str, str, str]] = [
    ("GET", r"users/current\.json", "user"),
    ("GET", r"issues\.json", "issues"),
    ("GET", r"issues/\d+\.json", "issue"),
    ("GET", r"issue_statuses\.json", "statuses"),
    ("POST", r"uploads\.json", "upload"),
    ("POST", r"issues\.json", "created"),
    ("PUT", r"issues/\d+\.json", "updated"),
    ("GET", r"attachments/download/\d+", "download"),
    ("GET", r"projects/[^/]+\.json", "project"),
    ("GET", r"projects/[^/]+/wiki/index\.json", "wiki_index"),
    ("GET", r"projects/[^/]+/wiki/[^/]+\.json", "wiki_page"),
    ("GET", r"projects/[^/]+/search\.json", "search"),
]


class FakeRedmine(BaseAdapter):
    """Answers Redmine API requests from ``answers`` (JSON values or Raw); 404 otherwise."""

    def __init__(self, answers: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.answers: dict[str, Any] = copy.deepcopy(VALID) if answers is None else answers
        self.requests: list[tuple[str, str, bytes]] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        """Answer from the table."""
        path = urlsplit(request.url or "").path.lstrip("/")
        body = request.body
        if hasattr(body, "read"):
            body = b"".join(iter(lambda: body.read(65536), b""))  # type: ignore[union-attr]
        self.requests.append((request.method or "", path,
                              body.encode() if isinstance(body, str) else body or b""))
        answer: Any = Raw(b"", status=404)
        for method, pattern, name in ROUTES:
            if method == request.method and re.fullmatch(pattern, path):
                answer = self.answers[name]
                break
        if not isinstance(answer, Raw):
            answer = Raw(json.dumps(answer).encode())
        return _response(request, answer)

    def close(self) -> None:
        """Nothing to close."""


def redmine_backend(adapter: FakeRedmine, **options: Any) -> RedmineBackend:
    """The real connector over ``adapter``."""
    session = requests.Session()
    session.mount("https://", adapter)
    return RedmineBackend(BASE, KEY, session=session, project="it-help", **options)
