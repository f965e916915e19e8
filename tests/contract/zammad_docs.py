"""Zammad's documented requests and responses, as the pieces ``write_zammad.py`` builds its
scenario files from.

Source: the vendor's REST API documentation (docs.zammad.org, ``api/intro`` — authentication,
``expand``, pagination, condition-based search —, ``api/user``, ``api/ticket/index``,
``api/ticket/articles``, ``api/ticket/states``), field for field as its examples show them for
Zammad 6 (``?expand=true`` answers carry the relations' names as well as their ids); where the
pages are silent, Zammad's controllers (``tickets#search``, ``attachments#create``,
``ApplicationController::HandlesErrors`` for the JSON error bodies). Nothing here imports the
connector: the scenarios say what Zammad expects and answers, and the connector must match them.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

#: what the replay signs in with (a made-up token of Zammad's form)
TOKEN = "mR0Q3u9TwSJfK3vV_aX-c0ffee00c0ffee00c0ffee0"
WRONG_TOKEN = "XXXXXXXXXXXXXXXXXXXX-c0ffee00c0ffee00c0ffee0"
USER_AGENT = {"$regex": "HelpClient/\\S+ \\([^()]*\\)"}
GROUP = "Users"
CUSTOMER = {"id": 2, "login": "nicole.braun@zammad.org", "firstname": "Nicole",
            "lastname": "Braun", "email": "nicole.braun@zammad.org"}
SOURCE = ("Zammad 6 REST API v1 as documented (docs.zammad.org/en/latest/api/), written by "
          "tests/contract/write_zammad.py")
JSON_TYPE = "application/json; charset=utf-8"
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)

# The condition that keeps a search to the customer's own tickets (api/intro, "Condition Based
# Search": the structure Zammad's overviews and triggers use).
MINE = {"ticket.customer_id": {"operator": "is", "pre_condition": "current_user.id",
                               "value": []}}


def iso(moment: datetime) -> str:
    """Zammad's times: UTC, milliseconds."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sha256(data: bytes) -> str:
    """The digest a recorded request checks a file by."""
    return hashlib.sha256(data).hexdigest()


def headers(*, token: str = TOKEN, json_body: bool = False) -> dict[str, Any]:
    """The headers every request carries (api/intro: ``Authorization: Token token=…``; JSON)."""
    found: dict[str, Any] = {"Authorization": f"Token token={token}",
                             "Accept": "application/json", "User-Agent": USER_AGENT}
    if json_body:
        found["Content-Type"] = "application/json"
    return found


def step(method: str, path: str, *, query: dict[str, str] | None = None,
         body: dict[str, Any] | None = None, status: int = 200, answer: Any = None,
         token: str = TOKEN, response: dict[str, Any] | None = None) -> dict[str, Any]:
    """One exchange with ``/api/v1``: the request, and a JSON ``answer`` (or a whole
    ``response``)."""
    request: dict[str, Any] = {"method": method, "path": f"/api/v1/{path}",
                               "headers": headers(token=token, json_body=body is not None)}
    if query:
        request["query"] = query
    if body is not None:
        request["body"] = body
    if response is None:
        response = {"status": status, "headers": {"Content-Type": JSON_TYPE}, "json": answer}
    return {"request": request, "response": response}


def search_query(per_page: int, page: int = 1, sort_by: str = "updated_at",
                 order_by: str = "desc") -> dict[str, str]:
    """``tickets/search``'s paging and order (api/intro: "Pagination", "Sorting")."""
    return {"expand": "true", "page": str(page), "per_page": str(per_page),
            "sort_by": sort_by, "order_by": order_by}


def error(message: str) -> dict[str, str]:
    """Zammad's JSON error body (``HandlesErrors#humanize_error``)."""
    return {"error": message, "error_human": message}


def me() -> dict[str, Any]:
    """``GET users/me`` for the customer (api/user, "Me - Current User")."""
    return {"login_failed": 0, "last_login": iso(START - timedelta(days=2)), "updated_by_id": 2,
            "id": CUSTOMER["id"], "organization_id": 1, "login": CUSTOMER["login"],
            "firstname": CUSTOMER["firstname"], "lastname": CUSTOMER["lastname"],
            "email": CUSTOMER["email"], "image": None, "image_source": None, "web": "",
            "phone": "", "fax": "", "mobile": "", "department": "", "street": "", "zip": "",
            "city": "", "country": "", "address": "", "vip": False, "verified": False,
            "active": True, "note": "", "source": None, "out_of_office": False,
            "out_of_office_start_at": None, "out_of_office_end_at": None,
            "out_of_office_replacement_id": None,
            "preferences": {"locale": "en-us", "tickets_closed": 0, "tickets_open": 1},
            "created_by_id": 1, "created_at": iso(START - timedelta(days=30)),
            "updated_at": iso(START - timedelta(days=2)), "role_ids": [3],
            "two_factor_preference_ids": [], "organization_ids": [], "authorization_ids": [],
            "overview_sorting_ids": [], "group_ids": {}}


_STATES = {"new": 1, "open": 2, "pending reminder": 3, "closed": 4, "merged": 5,
           "pending close": 7}


def ticket(ticket_id: int, title: str, created: datetime, *, state: str = "new",
           updated: datetime | None = None, article_ids: tuple[int, ...] = ()) -> dict[str, Any]:
    """A ticket with ``expand=true`` (api/intro, "Response Payloads (Expand)", the ticket)."""
    updated = updated or created
    return {
        "id": ticket_id, "group_id": 1, "priority_id": 2, "state_id": _STATES[state],
        "organization_id": 1, "number": str(26000 + ticket_id), "title": title,
        "owner_id": 1, "customer_id": CUSTOMER["id"], "note": None, "first_response_at": None,
        "first_response_escalation_at": None, "first_response_in_min": None,
        "first_response_diff_in_min": None, "close_at": None, "close_escalation_at": None,
        "close_in_min": None, "close_diff_in_min": None, "update_escalation_at": None,
        "update_in_min": None, "update_diff_in_min": None, "last_close_at": None,
        "last_contact_at": iso(created), "last_contact_agent_at": None,
        "last_contact_customer_at": iso(created), "last_owner_update_at": None,
        "create_article_type_id": 11, "create_article_sender_id": 2,
        "article_count": len(article_ids), "escalation_at": None, "pending_time": None,
        "type": None, "time_unit": None, "preferences": {}, "updated_by_id": CUSTOMER["id"],
        "created_by_id": CUSTOMER["id"], "created_at": iso(created), "updated_at": iso(updated),
        "checklist_id": None, "referencing_checklist_ids": [], "article_ids": list(article_ids),
        "ticket_time_accounting_ids": [], "referencing_checklists": [], "group": GROUP,
        "organization": "Zammad Foundation", "ticket_time_accounting": [], "state": state,
        "priority": "2 normal", "owner": "-", "customer": CUSTOMER["login"],
        "created_by": CUSTOMER["login"], "updated_by": CUSTOMER["login"],
        "create_article_type": "web", "create_article_sender": "Customer"}


def attachment(attachment_id: int, filename: str, content: bytes,
               mime_type: str) -> dict[str, Any]:
    """A file of an article (api/ticket/articles, "Article with attached files")."""
    return {"id": attachment_id, "filename": filename, "size": str(len(content)),
            "preferences": {"Mime-Type": mime_type}}


def article(article_id: int, ticket_id: int, body: str, created: datetime, *,
            agent: bool = False, kind: str = "web", internal: bool = False,
            files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """An article as ``by_ticket`` lists it (api/ticket/articles, "List Articles by Ticket")."""
    author, login = ("Emma Taylor", "emma@example.com") if agent \
        else ("Nicole Braun", CUSTOMER["login"])
    type_ids = {"web": 11, "note": 10, "email": 1}
    return {"id": article_id, "ticket_id": ticket_id, "type_id": type_ids[kind],
            "sender_id": 1 if agent else 2, "from": author, "to": None, "cc": None,
            "subject": None, "reply_to": None, "message_id": None, "message_id_md5": None,
            "in_reply_to": None, "content_type": "text/html" if agent else "text/plain",
            "references": None, "body": body, "internal": internal, "preferences": {},
            "updated_by_id": 5 if agent else CUSTOMER["id"],
            "created_by_id": 5 if agent else CUSTOMER["id"], "origin_by_id": None,
            "created_at": iso(created), "updated_at": iso(created), "attachments": list(files),
            "type": kind, "sender": "Agent" if agent else "Customer", "created_by": login,
            "updated_by": login, "time_unit": None}


def inline_file(filename: str, content: bytes, mime_type: str) -> dict[str, Any]:
    """An ``attachments`` entry of a new article: the file base64-encoded in the JSON."""
    return {"filename": filename, "data": {"$base64_sha256": sha256(content)},
            "mime-type": mime_type}


def download(content: bytes, content_type: str, filename: str) -> dict[str, Any]:
    """``ticket_attachment/{ticket}/{article}/{file}``'s answer: the file itself."""
    plain = "".join(c if c.isascii() and c.isprintable() and c != '"' else "?"
                    for c in filename)
    disposition = f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"
    return {"status": 200, "headers": {"Content-Type": content_type,
                                       "Content-Disposition": disposition},
            "base64": base64.b64encode(content).decode()}
