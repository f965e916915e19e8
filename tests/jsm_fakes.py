"""Jira Service Management's REST answers served at the network edge, without a network.

``FakeJsm`` is ``zammad_fakes.FakeZammad``'s transport adapter with Jira's routes: the
connector, its session, JSON parsing and error mapping run for real; only the socket is replaced
by a table of answers with the shapes of Atlassian's documented objects (``CustomerRequest``,
``Comment``, ``Attachment``, ``RequestType``, ``RequestTypeField``, ``Article``, ``PagedDTO``) for
a customer, Nicole Braun. An answer may be a callable of the request, for answers that depend on
it.
"""

from __future__ import annotations

from typing import Any

import requests
from rt_fakes import Raw
from zammad_fakes import FakeZammad

from helpclient.backends.jsm.connector import JsmBackend
from helpclient.core.credentials import Credentials

BASE = "https://example.atlassian.net"
EMAIL = "nicole.braun@example.com"
TOKEN = "ATATT3xFfGF0c0ffeec0ffeec0ffee=C0FFEE01"
ME, AGENT = "5b10ac8d82e05b22cc7d4ef5", "5b109f2e9729b51b54dc274d"


def date(millis: int) -> dict[str, Any]:
    """A ``Date`` object."""
    return {"epochMillis": millis, "iso8601": "2026-05-04T09:00:00+0000", "friendly": "x"}


def paged(values: list[Any], last: bool = True, **links: str) -> dict[str, Any]:
    """A ``PagedDTO``."""
    return {"size": len(values), "start": 0, "limit": 50, "isLastPage": last,
            "values": values, "_links": {"base": BASE, **links}}


def user(ident: str = ME, name: str = "Nicole Braun") -> dict[str, Any]:
    """A ``User``."""
    return {"accountId": ident, "displayName": name, "emailAddress": EMAIL, "active": True}


def attachment(number: int, filename: str = "vpn.log", mime: str = "text/plain",
               size: int = 12) -> dict[str, Any]:
    """An ``Attachment``."""
    return {"filename": filename, "mimeType": mime, "size": size, "author": user(),
            "created": date(1_777_885_200_000),
            "_links": {"jiraRest": f"{BASE}/rest/api/2/attachment/{number}",
                       "content": f"{BASE}/secure/attachment/{number}/{filename}"}}


def comment(number: int, body: str, html: str = "", *, public: bool = True,
            author: str = AGENT, created: int = 1_777_885_300_000,
            files: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A ``Comment`` with ``expand=renderedBody,attachment``."""
    return {"id": str(number), "body": body, "public": public,
            "author": user(author, "Emma Taylor" if author == AGENT else "Nicole Braun"),
            "created": date(created), "renderedBody": {"html": html},
            "attachments": paged(files or [])}


def request(key: str = "ITHELP-1", status: str = "Waiting for support",
            category: str = "NEW", *, created: int = 1_777_885_200_000,
            status_at: int | None = None, comments: list[dict[str, Any]] | None = None,
            description: str = "My VPN disconnects every hour.\n\nHelpClient-Report: k-1\n"
            ) -> dict[str, Any]:
    """A ``CustomerRequest``."""
    found = {"issueId": "10001", "issueKey": key, "summary": "VPN drops every hour",
             "requestTypeId": "10", "serviceDeskId": "2", "createdDate": date(created),
             "reporter": user(),
             "requestFieldValues": [{"fieldId": "summary", "value": "VPN drops every hour"},
                                    {"fieldId": "description", "value": description}],
             "currentStatus": {"status": status, "statusCategory": category,
                               "statusDate": date(status_at or created)},
             "_links": {"web": f"{BASE}/servicedesk/customer/portal/2/{key}"}}
    if comments is not None:
        found["comments"] = paged(comments)
    return found


#: One answer per endpoint the connector reads, keyed by name (see :data:`ROUTES`).
VALID: dict[str, Any] = {
    "me": {"accountId": ME, "emailAddress": EMAIL, "displayName": "Nicole Braun",
           "active": True, "timeZone": "Europe/Berlin"},
    "list": paged([request(comments=[])]),
    "request": request(comments=[]),
    "comments": paged([comment(5, "Please update the VPN client.",
                               "<p>Please update the <b>VPN</b> client.</p>")]),
    "attachments": paged([attachment(17)]),
    "file": Raw(b"vpn log line", content_type="text/plain"),
    "desks": paged([{"id": "2", "projectId": "10002", "projectKey": "ITHELP",
                     "projectName": "IT Help"}]),
    "types": paged([{"id": "10", "name": "Get IT help", "serviceDeskId": "2"},
                    {"id": "15", "name": "Set up VPN to the office", "serviceDeskId": "2"}]),
    "fields": {"requestTypeFields": [
        {"fieldId": "summary", "name": "Summary", "required": True,
         "jiraSchema": {"type": "string"}, "validValues": [], "defaultValues": []},
        {"fieldId": "description", "name": "Description", "required": False,
         "jiraSchema": {"type": "string"}, "validValues": [], "defaultValues": []}]},
    "temporary": {"temporaryAttachments": [{"temporaryAttachmentId": "temp1",
                                            "fileName": "a.txt"}]},
    "created": request("ITHELP-2"),
    "attached": {"attachments": paged([])},
    "commented": comment(9, "Thanks", public=True, author=ME),
    "transitions": paged([{"id": "761", "name": "Resolve this issue"},
                          {"id": "891", "name": "Reopen"}]),
    "transitioned": Raw(b"", status=204),
    "feedback": {"rating": 5, "type": "csat"},
    "kb": paged([{"title": "Reset your @@@hl@@@password@@@endhl@@@",
                  "excerpt": "Open the portal and choose Forgot @@@hl@@@password@@@endhl@@@.",
                  "source": {"type": "confluence"},
                  "content": {"iframeSrc": f"{BASE}/wiki/spaces/IT/pages/65538"}}]),
    "info": {"version": "10.3.1", "platformVersion": "10.3.1", "isLicensedForUse": True,
             "buildDate": date(1_777_885_200_000), "buildChangeSet": "abc"},
}

#: (method, path under /rest/, a query parameter that must be present or "") → answer name
ROUTES: list[tuple[str, str, str, str]] = [
    ("GET", r"api/2/myself", "", "me"),
    ("GET", r"servicedeskapi/request", "", "list"),
    ("POST", r"servicedeskapi/request", "", "created"),
    ("GET", r"servicedeskapi/request/[^/]+/comment", "", "comments"),
    ("POST", r"servicedeskapi/request/[^/]+/comment", "", "commented"),
    ("GET", r"servicedeskapi/request/[^/]+/attachment/\d+", "", "file"),
    ("GET", r"servicedeskapi/request/[^/]+/attachment", "", "attachments"),
    ("POST", r"servicedeskapi/request/[^/]+/attachment", "", "attached"),
    ("GET", r"servicedeskapi/request/[^/]+/transition", "", "transitions"),
    ("POST", r"servicedeskapi/request/[^/]+/transition", "", "transitioned"),
    ("POST", r"servicedeskapi/request/[^/]+/feedback", "", "feedback"),
    ("GET", r"servicedeskapi/request/[^/]+", "", "request"),
    ("GET", r"servicedeskapi/servicedesk", "", "desks"),
    ("GET", r"servicedeskapi/servicedesk/\d+/requesttype", "", "types"),
    ("GET", r"servicedeskapi/servicedesk/\d+/requesttype/\d+/field", "", "fields"),
    ("POST", r"servicedeskapi/servicedesk/\d+/attachTemporaryFile", "", "temporary"),
    ("GET", r"servicedeskapi/knowledgebase/article", "", "kb"),
    ("GET", r"servicedeskapi/info", "", "info"),
]

class FakeJsm(FakeZammad):
    """A transport adapter answering ``/rest/`` requests from ``answers`` (JSON values, Raw, or
    callables of (path, query, body) giving one); Jira's 404 for anything else."""

    PREFIX = "/rest/"
    ROUTES = ROUTES
    DEFAULTS = VALID
    NOT_FOUND = Raw(b'{"errorMessage":"Not found"}', status=404)


def jsm_backend(adapter: FakeJsm, credentials: Credentials | None = None,
                **options: Any) -> JsmBackend:
    """The real connector over ``adapter``."""
    session = requests.Session()
    session.mount("https://", adapter)
    return JsmBackend(BASE, credentials or Credentials.password(EMAIL, TOKEN), session=session,
                      **options)


#: the example site's cloudId, as Atlassian's accessible-resources names it
CLOUD_ID = "1324a887-45db-1bf4-1e99-ef0ff456d421"


class GatewayJsm(FakeJsm):
    """Jira's answers at the address an OAuth token reaches the example site at, Atlassian's
    API gateway (``https://api.atlassian.com/ex/jira/{cloudId}/rest/…``)."""

    PREFIX = f"/ex/jira/{CLOUD_ID}/rest/"


def atlassian_session(stand_in: str, gateway: FakeJsm, site: FakeJsm) -> requests.Session:
    """A session whose Atlassian hosts are the OAuth stand-in at ``stand_in`` (accounts, the
    list of sites) and the fakes (Jira through its gateway; the site itself)."""
    from oauth_server import Forward  # noqa: PLC0415 - only the OAuth tests start it

    session = requests.Session()
    session.trust_env = False
    session.mount("https://", site)  # the site itself: an OAuth token must never go there
    session.mount("https://auth.atlassian.com/", Forward(stand_in))
    session.mount("https://api.atlassian.com/oauth/", Forward(stand_in))
    session.mount("https://api.atlassian.com/ex/jira/", gateway)
    return session


#: A request type's form with two fields the user must answer (a select, a text) and three
#: HelpClient must not ask for (a default, an optional one, a user picker).
FORM_FIELDS: list[dict[str, Any]] = [
    {"fieldId": "customfield_10010", "name": "Impact", "required": True,
     "description": "How many people it stops", "jiraSchema": {"type": "option"},
     "validValues": [{"value": "20", "label": "Just me"}, {"value": "21", "label": "My team"}],
     "defaultValues": []},
    {"fieldId": "customfield_10020", "name": "Cost centre", "required": True,
     "jiraSchema": {"type": "string"}, "validValues": [], "defaultValues": []},
    {"fieldId": "customfield_10030", "name": "Site", "required": True,
     "jiraSchema": {"type": "option"}, "validValues": [{"value": "7", "label": "Berlin"}],
     "defaultValues": [{"value": "7", "label": "Berlin"}]},
    {"fieldId": "customfield_10040", "name": "Asset tag", "required": False,
     "jiraSchema": {"type": "string"}, "validValues": [], "defaultValues": []},
    {"fieldId": "customfield_10050", "name": "Approver", "required": True,
     "jiraSchema": {"type": "user"}, "validValues": [], "defaultValues": []},
    {"fieldId": "attachment", "name": "Attachment", "required": True,
     "jiraSchema": {"type": "array"}, "validValues": [], "defaultValues": []},
]
