"""Jira Service Management's documented requests and responses, as the pieces ``write_jsm.py``
builds its scenario files from.

Source: Atlassian's Jira Service Management Cloud REST API reference
(developer.atlassian.com/cloud/jira/service-desk/rest/: "Servicedesk", "Request", "Requesttype",
"Knowledgebase", "Info"), its object shapes as the generated client jira.js carries them
(``src/serviceDesk/models``: ``CustomerRequest``, ``CustomerRequestStatus``, ``Comment``,
``Attachment``, ``AttachmentCreateResult``, ``RequestType``, ``RequestTypeField``,
``CustomerTransition``, ``PagedDTO``, ``Date``, ``User``), the platform's ``GET myself`` and
"Rate limiting" (Jira Cloud platform). Nothing here imports the connector: the scenarios say what
Jira expects and answers, and the connector must match them.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from typing import Any

#: what the replay signs in with: an Atlassian account's e-mail and a made-up API token
EMAIL = "nicole.braun@example.com"
TOKEN = "ATATT3xFfGF0c0ffeec0ffeec0ffeec0ffeec0ffee=C0FFEE01"
WRONG_TOKEN = "ATATT3xFfGF0XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX=C0FFEE01"
ACCOUNT_ID = "5b10ac8d82e05b22cc7d4ef5"
AGENT_ID = "5b109f2e9729b51b54dc274d"
USER_AGENT = {"$regex": "HelpClient/\\S+ \\([^()]*\\)"}
DESK, PROJECT, PORTAL = "2", "ITHELP", "2"
SOURCE = ("Jira Service Management Cloud REST API as documented (developer.atlassian.com/cloud/"
          "jira/service-desk/rest/), written by tests/contract/write_jsm.py")
JSON_TYPE = "application/json;charset=UTF-8"
START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
#: the query of the user's own requests (``GET request``: raised by them, open or closed)
MINE = {"requestOwnership": "OWNED_REQUESTS", "requestStatus": "ALL_REQUESTS"}
COMMENTS = {"public": "true", "internal": "false", "expand": "renderedBody,attachment"}


def sha256(data: bytes) -> str:
    """The digest a recorded request checks a file by."""
    return hashlib.sha256(data).hexdigest()


def basic(token: str = TOKEN) -> str:
    """``Authorization: Basic`` of the e-mail address and API token."""
    return "Basic " + base64.b64encode(f"{EMAIL}:{token}".encode()).decode()


def headers(*, token: str = TOKEN, json_body: bool = False,
            accept: str = "application/json") -> dict[str, Any]:
    """The headers every request carries."""
    found: dict[str, Any] = {"Authorization": basic(token), "Accept": accept,
                             "User-Agent": USER_AGENT}
    if json_body:
        found["Content-Type"] = "application/json"
    return found


def rate_headers() -> dict[str, str]:
    """The rate-limit headers Jira Cloud adds to answers ("Rate limiting")."""
    return {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "97",
            "X-RateLimit-NearLimit": "false"}


def step(method: str, path: str, *, query: dict[str, str] | None = None,
         body: dict[str, Any] | None = None, status: int = 200, answer: Any = None,
         token: str = TOKEN, api: str = "servicedeskapi", response: dict[str, Any] | None = None,
         request_headers: dict[str, Any] | None = None) -> dict[str, Any]:
    """One exchange with ``/rest/{api}``: the request, and a JSON ``answer`` (none for 204)
    or a whole ``response``."""
    request: dict[str, Any] = {
        "method": method, "path": f"/rest/{api}/{path}",
        "headers": request_headers or headers(
            token=token, json_body=body is not None and "json" in body)}
    if query:
        request["query"] = query
    if body is not None:
        request["body"] = body
    if response is None:
        response = {"status": status, "headers": {**rate_headers()}}
        if answer is not None:
            response["headers"]["Content-Type"] = JSON_TYPE
            response["json"] = answer
    return {"request": request, "response": response}


def date(moment: datetime) -> dict[str, Any]:
    """A ``Date`` object."""
    at = moment.astimezone(UTC)
    return {"iso8601": at.strftime("%Y-%m-%dT%H:%M:%S+0000"),
            "jira": at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}+0000",
            "friendly": at.strftime("%d/%b/%y %I:%M %p"),
            "epochMillis": int(at.timestamp() * 1000)}


def user(agent: bool = False) -> dict[str, Any]:
    """A ``User``: the customer, or an agent."""
    ident, name, mail = (AGENT_ID, "Emma Taylor", "emma.taylor@example.com") if agent \
        else (ACCOUNT_ID, "Nicole Braun", EMAIL)
    return {"accountId": ident, "emailAddress": mail, "displayName": name, "active": True,
            "timeZone": "Europe/Berlin",
            "_links": {"jiraRest": f"@@BASE@@/rest/api/2/user?accountId={ident}",
                       "avatarUrls": {}, "self": f"@@BASE@@/rest/api/2/user?accountId={ident}"}}


def myself() -> dict[str, Any]:
    """``GET /rest/api/2/myself`` on Cloud (no user name: accounts are named by id)."""
    return {"self": f"@@BASE@@/rest/api/2/user?accountId={ACCOUNT_ID}",
            "accountId": ACCOUNT_ID, "accountType": "atlassian", "emailAddress": EMAIL,
            "avatarUrls": {}, "displayName": "Nicole Braun", "active": True,
            "timeZone": "Europe/Berlin", "locale": "en_US", "groups": {"size": 1, "items": []},
            "applicationRoles": {"size": 0, "items": []}, "expand": "groups,applicationRoles"}


def paged(values: list[Any], path: str, start: int = 0, limit: int = 50,
          last: bool = True) -> dict[str, Any]:
    """A ``PagedDTO``."""
    return {"_expands": [], "size": len(values), "start": start, "limit": limit,
            "isLastPage": last, "values": values,
            "_links": {"base": "@@BASE@@", "context": "",
                       "self": f"@@BASE@@/rest/servicedeskapi/{path}"}}


def service_desks() -> dict[str, Any]:
    """``GET servicedesk``: the desks the customer may raise requests in."""
    desk = {"id": DESK, "projectId": "10002", "projectName": "IT Help", "projectKey": PROJECT,
            "_links": {"self": f"@@BASE@@/rest/servicedeskapi/servicedesk/{DESK}"}}
    return paged([desk], "servicedesk")


#: the request types of Jira Service Management's IT service template (name, id)
REQUEST_TYPES = (("Get IT help", "10"), ("Fix an account problem", "11"),
                 ("Get a guest wifi account", "12"), ("Request new software", "13"),
                 ("Request new hardware", "14"), ("Set up VPN to the office", "15"))


def request_types() -> dict[str, Any]:
    """``GET servicedesk/{id}/requesttype``."""
    return paged([{"id": ident, "name": name, "description": "", "helpText": "",
                   "issueTypeId": "10004", "serviceDeskId": DESK, "portalId": PORTAL,
                   "groupIds": ["1"], "canCreateRequest": True, "restrictionStatus": "OPEN",
                   "icon": {"id": "10509"},
                   "_links": {"self": f"@@BASE@@/rest/servicedeskapi/servicedesk/{DESK}/"
                                      f"requesttype/{ident}"}}
                  for name, ident in REQUEST_TYPES], f"servicedesk/{DESK}/requesttype")


def request_type_fields() -> dict[str, Any]:
    """``GET servicedesk/{id}/requesttype/{id}/field`` of "Get IT help"."""
    def field(ident: str, name: str, required: bool, kind: str) -> dict[str, Any]:
        return {"fieldId": ident, "name": name, "description": "", "required": required,
                "visible": True, "validValues": [], "presetValues": [], "defaultValues": [],
                "jiraSchema": {"type": kind, "system": ident}}

    return {"canRaiseOnBehalfOf": False, "canAddRequestParticipants": True,
            "requestTypeFields": [field("summary", "Summarize the problem", True, "string"),
                                  field("description", "Describe the problem", False,
                                        "string"),
                                  field("attachment", "Attachment", False, "array")]}


def attachment(number: int, filename: str, content: bytes, mime_type: str,
               created: datetime, agent: bool = False) -> dict[str, Any]:
    """An ``Attachment`` (its number is in its links)."""
    return {"filename": filename, "author": user(agent), "created": date(created),
            "size": len(content), "mimeType": mime_type,
            "_links": {"jiraRest": f"@@BASE@@/rest/api/2/attachment/{number}",
                       "content": f"@@BASE@@/secure/attachment/{number}/{number}",
                       "thumbnail": f"@@BASE@@/secure/thumbnail/{number}/{number}"}}


def comment(number: int, key: str, body: str, html: str, created: datetime, *,
            agent: bool = False, public: bool = True,
            files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """A ``Comment`` with ``expand=renderedBody,attachment``."""
    return {"_expands": ["attachment", "renderedBody"], "id": str(number), "body": body,
            "renderedBody": {"html": html}, "public": public, "author": user(agent),
            "created": date(created),
            "attachments": paged(list(files), f"request/{key}/comment/{number}/attachment"),
            "_links": {"self": f"@@BASE@@/rest/servicedeskapi/request/{key}/comment/{number}"}}


def status(name: str, category: str, moment: datetime) -> dict[str, Any]:
    """A ``CustomerRequestStatus``."""
    return {"status": name, "statusCategory": category, "statusDate": date(moment)}


def customer_request(number: int, summary: str, description: str, created: datetime,
                     current: dict[str, Any], request_type: str = "10") -> dict[str, Any]:
    """A ``CustomerRequest`` as ``POST request`` and ``GET request/{key}`` answer it."""
    key = f"{PROJECT}-{number}"
    return {"_expands": ["participant", "status", "sla", "requestType", "serviceDesk",
                         "attachment", "action", "comment"],
            "issueId": str(10000 + number), "issueKey": key, "summary": summary,
            "requestTypeId": request_type, "serviceDeskId": DESK, "createdDate": date(created),
            "reporter": user(),
            "requestFieldValues": [
                {"fieldId": "summary", "label": "Summarize the problem", "value": summary},
                {"fieldId": "description", "label": "Describe the problem",
                 "value": description}],
            "currentStatus": current,
            "_links": {"jiraRest": f"@@BASE@@/rest/api/2/issue/{10000 + number}",
                       "web": f"@@BASE@@/servicedesk/customer/portal/{PORTAL}/{key}",
                       "self": f"@@BASE@@/rest/servicedeskapi/request/{10000 + number}"}}


def error(message: str) -> dict[str, Any]:
    """The service-desk API's error body."""
    return {"errorMessage": message, "i18nErrorMessage": {"i18nKey": "sd.error",
                                                          "parameters": []}}


def download(content: bytes, content_type: str) -> dict[str, Any]:
    """``request/{key}/attachment/{id}``'s answer: the file itself."""
    return {"status": 200, "headers": {"Content-Type": content_type},
            "base64": base64.b64encode(content).decode()}
