"""Redmine 5 through its REST API (JSON), signed in with the user's API key.

Followed: Redmine's REST API documentation (https://www.redmine.org/projects/redmine/wiki/Rest_api,
Rest_Issues, Rest_Uploads, Rest_Attachments, Rest_WikiPages), and what Redmine 5.0.4 was measured
to do for an end user (the project's REDMINE.md):

* A wrong key on most reads is simply anonymous (200, an empty list); only
  ``/users/current.json`` answers 401. So the key is checked there once per backend, before the
  first other request, and a refused key is an ``AuthError`` everywhere.
* Files are uploaded first (``POST /uploads.json``, raw bytes) and attached by their tokens; one
  byte over ``attachment_max_size`` answers 422, which becomes ``TooLarge``.
* A status change answers 204 even when it is ignored (the role may lack ``edit_own_issues``, the
  workflow may not allow it): the target is chosen from the issue's ``allowed_statuses`` and the
  result read back.
* Private notes never reach a requester, but still move ``updated_on``: a listed change with no
  new visible message is no news (the conversation simply has nothing new).
* The idempotency key is the marker line of ``report_key``, in the description or the note.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from helpclient.backends import shapes
from helpclient.backends.base import ConnectorBase, id_number, key_search_bound
from helpclient.backends.capabilities import require
from helpclient.backends.redmine import mapping as rmm
from helpclient.backends.redmine import records, wiki
from helpclient.backends.redmine.client import RedmineClient, normalize_base_url
from helpclient.backends.report_key import body_with_key
from helpclient.core.errors import AuthError, ConfigurationError, Rejected
from helpclient.core.models import (
    Article,
    Capability,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    UserInfo,
)

log = logging.getLogger(__name__)

_KEY_CANDIDATES = 30
_ISSUE_DETAILS = {"include": "journals,attachments,allowed_statuses"}


class RedmineBackend(ConnectorBase):
    """HelpdeskBackend for Redmine 5. Methods block: run them off the GUI thread."""

    PRODUCT = "Redmine"

    def __init__(self, base_url: str, token: str, *, project: str = "", tracker: str = "",
                 queue: str = "", session: requests.Session | None = None,
                 extra_ca_file: Path | None = None, page_size: int = 100,
                 key_lookback_days: int = 14) -> None:
        """``project`` is the identifier (or number) of the project new requests go to
        (``queue`` is read as the project when no project is given); ``tracker`` the name or
        number of their tracker ("" for the project's first); ``page_size`` (1-100) the
        API's page size."""
        self._base = normalize_base_url(base_url)
        if not token.strip():
            raise AuthError("No Redmine API key is set. Sign in first.")
        self._project = (project or queue).strip()
        self._tracker = tracker.strip()
        self._api = RedmineClient(self._base, token.strip(),
                                  self._open_session(session, extra_ca_file), page_size)
        self._lookback = timedelta(days=key_lookback_days)
        self._me: UserInfo | None = None
        self._statuses: dict[str, records.Status] | None = None

    #: Everything but ratings and the priority (a requester's role rarely may set it); solve
    #: and reopen are further checked per issue against what Redmine's workflow allows.
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.FIND_BY_KEY)

    # -- helpers ---------------------------------------------------------------------------------

    def _signed_in(self) -> None:
        """Check the key once before anything else (a wrong key reads as anonymous)."""
        if self._me is None:
            self.whoami()

    def _issue(self, ticket_id: str, details: bool = True) -> records.Issue:
        self._signed_in()
        answer = self._api.call("GET", f"issues/{id_number(ticket_id, 'request')}.json",
                                params=_ISSUE_DETAILS if details else None)
        return records.issue(records.member(answer, "issue", "the request"))

    def _status_names(self) -> Mapping[str, records.Status]:
        if self._statuses is None:
            answer = self._api.call("GET", "issue_statuses.json")
            items, _ = records.page(answer, "issue_statuses", "the list of statuses")
            self._statuses = {s.id: s for s in (records.status(i) for i in items)}
        return self._statuses

    def _list(self, params: Mapping[str, str], limit: int = 0) -> list[records.Issue]:
        self._signed_in()
        seen: set[str] = set()
        found: list[records.Issue] = []
        for item in self._api.collect("issues.json", "issues",
                                      {"author_id": "me", "status_id": "*", **params}, limit):
            issue = records.issue(item)
            if issue.id not in seen:  # paging while issues change can repeat one
                seen.add(issue.id)
                found.append(issue)
        return found

    def _uploads(self, files: Sequence[NewAttachment],
                 progress: Callable[[int, int], None] | None) -> list[dict[str, str]]:
        total = sum(_file_size(f) for f in files)
        tokens: list[dict[str, str]] = []
        sent = 0
        for attachment in files:
            token = self._api.upload(attachment, progress, sent, total)
            sent += _file_size(attachment)
            tokens.append({"token": token, "filename": attachment.filename,
                           "content_type": attachment.content_type
                           or "application/octet-stream"})
        return tokens

    def _project_and_tracker(self) -> dict[str, Any]:
        if not self._project:
            raise ConfigurationError(
                "No Redmine project is set for new requests. Ask your IT department to set "
                "the project in the HelpClient settings.")
        chosen: dict[str, Any] = {"project_id": self._project}
        if self._tracker:
            # Redmine silently replaces an unknown tracker id by the first one, so the name is
            # looked up among the project's trackers
            answer = self._api.call("GET", f"projects/{self._project}.json",
                                    params={"include": "trackers"})
            project = shapes.expect_object(records.member(answer, "project", "the project"),
                                           "the project")
            for item in shapes.expect_list(project.get("trackers"), "the project's trackers"):
                ref = shapes.expect_object(item, "a tracker")
                number = shapes.numeric_id(ref.get("id"), "a tracker's id")
                if self._tracker in (number, shapes.text(ref.get("name"), "a tracker's name")):
                    chosen["tracker_id"] = int(number)
                    break
            else:
                raise ConfigurationError(
                    f"The Redmine project “{self._project}” has no tracker “{self._tracker}”. "
                    "Ask your IT department to check the HelpClient settings.")
        return chosen

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The key's owner (``/users/current.json``, which refuses a wrong key)."""
        user = records.user(self._api.call("GET", "users/current.json"))
        login = shapes.text(user.get("login"), "the user's login").strip()
        name = " ".join(part for part in (shapes.text(user.get("firstname"), "a first name"),
                                          shapes.text(user.get("lastname"), "a last name"))
                        if part)
        if not login:
            raise AuthError("Redmine did not accept the API key: it answered as an anonymous "
                            "user. Copy the key from My account → API access key.")
        self._me = UserInfo(login=login, name=name or login,
                            email=shapes.text(user.get("mail"), "the user's e-mail address"))
        return self._me

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """Create the issue in the configured project (files uploaded first)."""
        self._signed_in()
        payload: dict[str, Any] = {**self._project_and_tracker(), "subject": ticket.subject,
                                   "description": body_with_key(ticket.body,
                                                                ticket.idempotency_key)}
        if ticket.attachments:
            payload["uploads"] = self._uploads(ticket.attachments, progress)
        answer = self._api.call("POST", "issues.json", json_body={"issue": payload})
        created = records.issue(records.member(answer, "issue", "the answer to creating"))
        log.info("created Redmine issue %s", created.id)
        return rmm.ticket_from_issue(created, self._base)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's issue whose description carries the key's marker line, among those
        created after ``since`` (a day's margin for this computer's clock), else recent ones.
        The list carries descriptions, so this is one request per page."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        for issue in self._list({"created_on": f">={_api_time(bound)}",
                                 "sort": "created_on:desc"}, _KEY_CANDIDATES):
            if rmm.has_key(issue, idempotency_key):
                return rmm.ticket_from_issue(issue, self._base)
        return None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The issues the user reported, newest change first; with ``changed_since`` only
        those updated at or after it."""
        params = {"sort": "updated_on:desc"}
        if changed_since is not None:
            if changed_since.tzinfo is None:
                changed_since = changed_since.replace(tzinfo=UTC)
            params["updated_on"] = f">={_api_time(changed_since)}"
        tickets = [rmm.ticket_from_issue(i, self._base) for i in self._list(params)]
        if changed_since is not None:
            tickets = [t for t in tickets if t.updated >= changed_since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One issue."""
        return rmm.ticket_from_issue(self._issue(ticket_id, details=False), self._base)

    def conversation(self, ticket_id: str) -> list[Message]:
        """The description, public notes with their files, and status changes, oldest first."""
        issue = self._issue(ticket_id)
        return rmm.build_conversation(issue, self._status_names())

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public note from the user, with files (uploaded first)."""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        self._signed_in()
        payload: dict[str, Any] = {"notes": body_with_key(body, idempotency_key)}
        if attachments:
            payload["uploads"] = self._uploads(attachments, progress)
        self._api.call("PUT", f"issues/{id_number(ticket_id, 'request')}.json",
                       json_body={"issue": payload})

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the issue's notes carries the key's marker line."""
        if not idempotency_key:
            return False
        return rmm.has_reply_key(self._issue(ticket_id), idempotency_key)

    def _change_status(self, ticket_id: str, target: records.Status, notes: str = "") -> None:
        payload: dict[str, Any] = {"status_id": int(target.id)}
        if notes:
            payload["notes"] = notes
        self._api.call("PUT", f"issues/{id_number(ticket_id, 'request')}.json",
                       json_body={"issue": payload})
        # Redmine answers 204 even when it ignored the status: read it back
        now = self._issue(ticket_id, details=False).status
        if now.id != target.id:
            raise Rejected(
                f"Redmine did not change request {ticket_id} to “{target.name}”: your role may "
                "not change the status of requests (it needs “Edit own issues” and a workflow "
                "that allows it). Ask your IT department.")

    def solve(self, ticket_id: str) -> None:
        """Move the issue to a solved (else closed) status the workflow allows the user."""
        require(self, Capability.SOLVE, "mark requests solved")
        issue = self._issue(ticket_id)
        target = rmm.solve_target(issue.allowed_statuses, issue.status)
        if target is None:
            raise Rejected(f"Redmine does not let you close request {ticket_id}.")
        self._change_status(ticket_id, target)

    def reopen(self, ticket_id: str, reason: str) -> None:
        """The reason as a note and the status back to an open one, in one change."""
        require(self, Capability.REOPEN, "reopen requests")
        issue = self._issue(ticket_id)
        target = rmm.reopen_target(issue.allowed_statuses, issue.status)
        if target is None:
            raise Rejected(f"Redmine does not let you reopen request {ticket_id}. "
                           "Reply to it, or file a new request.")
        self._change_status(ticket_id, target, reason)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Redmine has no satisfaction ratings (no ``Capability.CSAT``)."""
        raise Rejected("Redmine does not collect satisfaction ratings.")

    def _wiki(self) -> str:
        if not self._project:
            raise ConfigurationError("No Redmine project is set, so there is no wiki to read.")
        return f"projects/{self._project}/wiki"

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Wiki pages whose title or text contains the query's words (Redmine's search)."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        self._signed_in()
        answer = self._api.call("GET", f"projects/{self._project}/search.json",
                                params={"q": text, "wiki_pages": 1, "limit": min(limit, 100)})
        items, _ = records.page(answer, "results", "the wiki search")
        return [a for a in (wiki.article_from_result(i, self._base, self._project)
                            for i in items) if a is not None][:limit]

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Every wiki page of the project (no bodies), or those changed after ``changed_since``."""
        self._signed_in()
        answer = self._api.call("GET", f"{self._wiki()}/index.json")
        items, _ = records.page(answer, "wiki_pages", "the wiki's index")
        articles = [wiki.article_from_page(records.wiki_page(i), self._base, self._project)
                    for i in items]
        if changed_since is not None:
            since = changed_since if changed_since.tzinfo else changed_since.replace(tzinfo=UTC)
            articles = [a for a in articles if a.updated is None or a.updated > since]
        return articles

    def get_article(self, article_id: str) -> Article:
        """One wiki page with its text as safe HTML."""
        self._signed_in()
        answer = self._api.call("GET", f"{self._wiki()}/{wiki.quote_title(article_id)}.json")
        page = records.wiki_page(records.member(answer, "wiki_page", "the wiki page"))
        return wiki.article_from_page(page, self._base, self._project, with_body=True)

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes in blocks; the request is made before this returns."""
        self._signed_in()
        return self._api.download(str(id_number(attachment_id, "attachment")))


def _api_time(moment: datetime) -> str:
    """Redmine's filter form of a time, in UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _file_size(attachment: NewAttachment) -> int:
    try:
        return attachment.path.stat().st_size
    except OSError:
        return 0  # the upload says what is wrong with the file

