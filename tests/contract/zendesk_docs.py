"""Zendesk's documented requests and responses, as the pieces ``write_zendesk.py`` builds its
scenario files from.

Source: the vendor's API reference (developer.zendesk.com/api-reference/, read May 2026):
``ticketing/tickets/ticket-requests`` (JSON format, Request Comments and their example, List /
Show / Create / Update Request, Listing and Getting Comments), ``ticketing/tickets/
ticket-attachments`` (Upload Files, the Attachment JSON format), ``ticketing/users/users``
(Show Self), ``ticketing/ticket-management/satisfaction_ratings``, ``help_center/…/search``,
``introduction/pagination`` (cursor paging: ``meta.has_more``, ``meta.after_cursor``,
``links.next``) and the rate-limit headers of "Best practices for avoiding rate limiting".
Nothing here imports the connector: the scenarios say what Zendesk expects and answers, and
the connector must match them.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

#: the end user the replay signs in as, with their Zendesk password (made up)
EMAIL = "nicole.braun@example.com"
PASSWORD = "Kölsch-und-Kaffee-2026"
WRONG_PASSWORD = "not-the-password"
USER = {"id": 1462, "name": "Nicole Braun", "email": EMAIL}
AGENT = {"id": 72983, "name": "Emma Taylor"}
SOURCE = ("Zendesk Support REST API v2 as documented (developer.zendesk.com/api-reference/), "
          "written by tests/contract/write_zendesk.py")
JSON_TYPE = "application/json; charset=utf-8"
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
USER_AGENT = {"$regex": "HelpClient/\\S+ \\([^()]*\\)"}
#: the account's limit per minute ("Rate limits": Suite Team plans) and what remains of it
LIMIT = 700


def iso(moment: datetime) -> str:
    """Zendesk's times: UTC, whole seconds."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def sha256(data: bytes) -> str:
    """The digest a recorded request checks a file by."""
    return hashlib.sha256(data).hexdigest()


def basic(email: str, password: str) -> str:
    """HTTP Basic of the e-mail and password, UTF-8 (Zendesk's "Basic authentication")."""
    return "Basic " + base64.b64encode(f"{email}:{password}".encode()).decode()


def headers(*, password: str = PASSWORD, content_type: str | None = None,
            anonymous: bool = False) -> dict[str, Any]:
    """The headers every request carries."""
    found: dict[str, Any] = {"Accept": "application/json", "User-Agent": USER_AGENT,
                             "Authorization": None if anonymous else basic(EMAIL, password)}
    if content_type:
        found["Content-Type"] = content_type
    return found


class Limits:
    """The account's rate-limit budget, told in every answer (``X-Rate-Limit``,
    ``X-Rate-Limit-Remaining``; list endpoints add ``ratelimit-*``)."""

    def __init__(self) -> None:
        self.remaining = LIMIT - 1

    def headers(self, listing: bool = False) -> dict[str, str]:
        left = str(self.remaining)
        self.remaining -= 1
        found = {"Content-Type": JSON_TYPE, "X-Rate-Limit": str(LIMIT),
                 "X-Rate-Limit-Remaining": left}
        if listing:
            found.update({"ratelimit-limit": str(LIMIT), "ratelimit-remaining": left,
                          "ratelimit-reset": "41"})
        return found


def step(limits: Limits, method: str, path: str, *, query: dict[str, str] | None = None,
         body: dict[str, Any] | None = None, status: int = 200, answer: Any = None,
         password: str = PASSWORD, content_type: str | None = None, anonymous: bool = False,
         listing: bool = False) -> dict[str, Any]:
    """One exchange with ``/api/v2``: the request, and Zendesk's JSON ``answer``."""
    if body is not None and "json" in body:
        content_type = "application/json"
    request: dict[str, Any] = {"method": method, "path": f"/api/v2/{path}",
                               "headers": headers(password=password, content_type=content_type,
                                                  anonymous=anonymous)}
    if query:
        request["query"] = query
    if body is not None:
        request["body"] = body
    response = {"status": status, "headers": limits.headers(listing), "json": answer}
    return {"request": request, "response": response}


def error(name: str, description: str | None = None) -> dict[str, str]:
    """Zendesk's JSON error body."""
    return {"error": name, **({"description": description} if description else {})}


def me() -> dict[str, Any]:
    """``GET users/me`` (Show Self) for the end user."""
    return {"user": {
        "id": USER["id"], "url": f"@@BASE@@/api/v2/users/{USER['id']}.json",
        "name": USER["name"], "email": EMAIL, "created_at": "2026-04-04T09:00:00Z",
        "updated_at": "2026-05-02T09:00:00Z", "time_zone": "Berlin",
        "iana_time_zone": "Europe/Berlin", "phone": None, "shared_phone_number": None,
        "photo": None, "locale_id": 1, "locale": "en-US", "organization_id": 509974,
        "role": "end-user", "verified": True, "active": True, "suspended": False,
        "role_type": None, "custom_role_id": None, "tags": [], "user_fields": {}}}


def request(request_id: int, subject: str, description: str, created: datetime, *,
            status: str = "new", updated: datetime | None = None, assigned: bool = True,
            followup_source_id: int | None = None) -> dict[str, Any]:
    """A request as the JSON format lists its properties. ``assigned``: a trigger of the
    account assigned it to an agent on creation, so its requester may solve it."""
    return {
        "url": f"@@BASE@@/api/v2/requests/{request_id}.json", "id": request_id,
        "status": status, "priority": "normal", "type": "incident", "subject": subject,
        "description": description, "organization_id": 509974,
        "via": {"channel": "api", "source": {"from": {}, "to": {}, "rel": None}},
        "custom_fields": [], "requester_id": USER["id"], "collaborator_ids": [],
        "email_cc_ids": [], "is_public": True, "due_at": None,
        "can_be_solved_by_me": assigned and status not in ("solved", "closed"),
        "created_at": iso(created), "updated_at": iso(updated or created), "recipient": None,
        "followup_source_id": followup_source_id,
        "assignee_id": AGENT["id"] if assigned else None, "group_id": 8665 if assigned else None,
        "ticket_form_id": None, "fields": [], "custom_status_id": 1}


def attachment(attachment_id: int, filename: str, content: bytes, content_type: str,
               token: str) -> dict[str, Any]:
    """An attachment (Ticket Attachments, JSON format)."""
    return {"url": f"@@BASE@@/api/v2/attachments/{attachment_id}.json", "id": attachment_id,
            "file_name": filename,
            "content_url": f"@@BASE@@/attachments/token/{token}/?name={quote(filename)}",
            "mapped_content_url": f"@@BASE@@/attachments/token/{token}/?name={quote(filename)}",
            "content_type": content_type, "size": len(content), "width": None,
            "height": None, "inline": False, "deleted": False, "malware_access_override": False,
            "malware_scan_result": "malware_not_found", "thumbnails": []}


def comment(comment_id: int, request_id: int, text: str, created: datetime, *,
            agent: bool = False, files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """A request comment (Request Comments): an agent's in HTML, the user's as typed."""
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n") if line)
    return {"id": comment_id, "type": "Comment", "request_id": request_id, "body": text,
            "html_body": f'<div class="zd-comment" dir="auto">{paragraphs}</div>',
            "plain_body": text.rstrip("\n"), "public": True,
            "author_id": AGENT["id"] if agent else USER["id"], "attachments": list(files),
            "created_at": iso(created)}


def users() -> list[dict[str, Any]]:
    """The comments' authors, sideloaded with them (``users``)."""
    return [{"id": USER["id"], "name": USER["name"], "photo": None, "agent": False,
             "organization_id": 509974},
            {"id": AGENT["id"], "name": AGENT["name"], "photo": None, "agent": True,
             "organization_id": None}]


def page(key: str, items: list[Any], after: str = "") -> dict[str, Any]:
    """A cursor-paged answer (Pagination: ``meta`` and ``links``)."""
    return {key: items,
            "meta": {"has_more": bool(after), "after_cursor": after or None,
                     "before_cursor": "eyJvIjoiLXVwZGF0ZWRfYXQiLCJ2IjoiYVEifQ==" if items
                     else None},
            "links": {"next": f"@@BASE@@/api/v2/{key}.json?page%5Bafter%5D={after}"
                      if after else None, "prev": None}}


def download(content: bytes, content_type: str, filename: str) -> dict[str, Any]:
    """A file at its ``content_url``: the file itself."""
    plain = "".join(c if c.isascii() and c.isprintable() and c != '"' else "?"
                    for c in filename)
    disposition = f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"
    return {"status": 200, "headers": {"Content-Type": content_type,
                                       "Content-Disposition": disposition},
            "base64": base64.b64encode(content).decode()}
