"""Freshservice's documented requests and responses, as the pieces ``write_freshservice.py``
builds its scenario files from.

Source: Freshservice's API reference (api.freshservice.com, v2): "Authentication" (Basic with
the API key and ``X``), "Schema" (UTC times with ``Z``, null for blank fields), "Rate limit"
(``X-Ratelimit-Total``, ``X-Ratelimit-Remaining``, ``X-Ratelimit-Used-CurrentRequest``,
``X-Freshservice-Api-Version`` on every answer; 429 with ``Retry-After``), "Error Codes" (JSON
``code``/``message``), "Pagination" (``Link: <…>; rel="next"``), "Tickets" (the ticket object
as its examples show it), "Conversations" (the list's entries), "Download Attachment" (a
redirect to the file's storage). Nothing here imports the connector: the scenarios say what
Freshservice expects and answers, and the connector must match them.
"""

from __future__ import annotations

import base64
import hashlib
import html
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

#: what the replay signs in with (made up, of a Freshservice key's form)
KEY = "Xq7Lm2Np9Rt4Vw6Yz1Bc"
WRONG_KEY = "Xq7Lm2Np9Rt4Vw6Yz000"
EMAIL = "andrea.lopez@acme.example"
REQUESTER_ID = 1000000675
AGENT_ID = 1000000012
SUPPORT_EMAIL = "helpdesk@acme.freshservice.com"
USER_AGENT = {"$regex": "HelpClient/\\S+ \\([^()]*\\)"}
SOURCE = ("Freshservice API v2 as documented (api.freshservice.com), written by "
          "tests/contract/write_freshservice.py")
JSON_TYPE = "application/json; charset=utf-8"
START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
#: "all my tickets": the connector's explicit window (the API's default is 30 days)
EVERYTHING = "2010-01-01T00:00:00Z"


def iso(moment: datetime) -> str:
    """API v2's times: UTC, whole seconds, ``Z``."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sha256(data: bytes) -> str:
    """The digest a recorded request checks a file by."""
    return hashlib.sha256(data).hexdigest()


def basic(key: str) -> str:
    """``Authorization`` for an API key ("Authentication": the key, ``X`` as password)."""
    return "Basic " + base64.b64encode(f"{key}:X".encode()).decode()


def headers(*, key: str = KEY, content: str | None = None) -> dict[str, Any]:
    """The headers every request carries; ``content`` "json" or "multipart" for a body."""
    found: dict[str, Any] = {"Authorization": basic(key), "Accept": "application/json",
                             "User-Agent": USER_AGENT}
    if content == "json":
        found["Content-Type"] = "application/json"
    elif content == "multipart":
        found["Content-Type"] = {"$regex": "multipart/form-data; boundary=[0-9a-f]{32}"}
    return found


def answer_headers(next_page: str | None = None) -> dict[str, str]:
    """What every answer carries ("Rate limit"), and the next page's link ("Pagination")."""
    found = {"Content-Type": JSON_TYPE, "X-Ratelimit-Total": "400",
             "X-Ratelimit-Remaining": "398", "X-Ratelimit-Used-CurrentRequest": "1",
             "X-Freshservice-Api-Version": "latest=v2; requested=v2"}
    if next_page:
        found["Link"] = f'<{next_page}>; rel="next"'
    return found


def step(method: str, path: str, *, query: dict[str, str] | None = None,
         body: dict[str, Any] | None = None, status: int = 200, answer: Any = None,
         key: str = KEY, next_page: str | None = None,
         response: dict[str, Any] | None = None) -> dict[str, Any]:
    """One exchange with ``/api/v2``: the request, and a JSON ``answer`` (or a whole
    ``response``)."""
    content = None if body is None else ("multipart" if "multipart" in body else "json")
    request: dict[str, Any] = {"method": method, "path": f"/api/v2/{path}",
                               "headers": headers(key=key, content=content)}
    if query:
        request["query"] = query
    if body is not None:
        request["body"] = body
    if response is None:
        response = {"status": status, "headers": answer_headers(next_page)}
        if answer is not None:
            response["json"] = answer
    return {"request": request, "response": response}


def mine(per_page: int, since: str = EVERYTHING, page: int = 0) -> dict[str, str]:
    """The query of the requester's tickets ("View List of Tickets": filter by ``email``,
    ``updated_since``; "Pagination")."""
    query = {"email": EMAIL, "updated_since": since, "per_page": str(per_page)}
    if page:
        query["page"] = str(page)
    return query


def page_link(path: str, query: dict[str, str]) -> str:
    """A next page's address as the ``Link`` header gives it (on the replay's server)."""
    return f"@@BASE@@/api/v2/{path}?{urlencode(query)}"


def error(code: str, message: str) -> dict[str, str]:
    """API v2's error body ("Error Response Fields")."""
    return {"code": code, "message": message}


def paragraphs(*texts: str) -> str:
    """Text as the rich text a client sends: one escaped paragraph each."""
    return "".join(f"<p>{html.escape(t).replace(chr(10), '<br>')}</p>" for t in texts)


def plain(*texts: str) -> str:
    """The plain-text rendering Freshservice keeps beside the HTML (``*_text``)."""
    return " ".join(" ".join(t.split()) for t in texts)


def attachment(attachment_id: int, name: str, content: bytes, content_type: str,
               created: datetime) -> dict[str, Any]:
    """A file of a ticket or conversation ("Create Ticket with attachment")."""
    return {"id": attachment_id, "content_type": content_type, "size": len(content),
            "name": name,
            "attachment_url": f"https://s3.amazonaws.com/cdn.freshservice.com/data/helpdesk/"
                              f"attachments/production/{attachment_id}/original/file",
            "created_at": iso(created), "updated_at": iso(created)}


def ticket(ticket_id: int, subject: str, description: str, description_text: str,
           created: datetime, *, status: int = 2,
           files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """A ticket as "View a Ticket" shows it."""
    return {"cc_emails": [], "fwd_emails": [], "reply_cc_emails": [], "fr_escalated": False,
            "spam": False, "email_config_id": None, "group_id": None, "priority": 1,
            "requester_id": REQUESTER_ID, "requested_for_id": REQUESTER_ID,
            "responder_id": None, "source": 2, "status": status, "subject": subject,
            "to_emails": None, "sla_policy_id": 1000000029, "department_id": None,
            "id": ticket_id, "type": "Incident", "due_by": iso(created.replace(day=4)),
            "fr_due_by": iso(created.replace(day=2)), "is_escalated": False,
            "description": description, "description_text": description_text,
            "custom_fields": {}, "created_at": iso(created), "updated_at": iso(created),
            "urgency": 1, "impact": 1, "category": None, "sub_category": None,
            "item_category": None, "deleted": False, "resolution_notes": None,
            "resolution_notes_html": None, "attachments": list(files), "workspace_id": 2,
            "created_within_business_hours": True}


def conversation(conversation_id: int, ticket_id: int, body: str, body_text: str,
                 created: datetime, *, agent: bool, private: bool = False,
                 files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """An entry of "List all Conversations of a Ticket": an agent's reply (source 0, e-mail,
    sent from the support address), a private note (source 2), or the requester's own public
    note (source 2, incoming)."""
    return {"id": conversation_id, "body": body, "body_text": body_text,
            "incoming": not agent, "private": private, "created_at": iso(created),
            "updated_at": iso(created), "user_id": AGENT_ID if agent else REQUESTER_ID,
            "support_email": None, "source": 0 if agent and not private else 2,
            "ticket_id": ticket_id, "to_emails": [],
            "from_email": SUPPORT_EMAIL if agent and not private else None,
            "cc_emails": [], "bcc_emails": None, "attachments": list(files)}


def redirect_to_file(attachment_id: int) -> tuple[dict[str, Any], str]:
    """"Download Attachment"'s answer: a redirect to the file in storage, and that path."""
    stored = f"/storage/attachments/{attachment_id}/original"
    return ({"status": 302, "headers": {"Location": f"@@BASE@@{stored}?X-Amz-Expires=300",
                                        "Content-Type": "text/html; charset=utf-8"}}, stored)


def stored_file(path: str, content: bytes, content_type: str) -> dict[str, Any]:
    """The storage's answer: the file itself (no key is needed there)."""
    return {"request": {"method": "GET", "path": path, "query": {"X-Amz-Expires": "300"},
                        "headers": {"User-Agent": USER_AGENT}},
            "response": {"status": 200, "headers": {"Content-Type": content_type},
                         "base64": base64.b64encode(content).decode()}}
