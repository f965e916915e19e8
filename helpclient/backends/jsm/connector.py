"""Jira Service Management as a HelpdeskBackend, signed in as a customer (see the package
docstring for the API and documentation it follows).

What this connector relies on:

* The user's requests come from ``GET request?requestOwnership=OWNED_REQUESTS&requestStatus=
  ALL_REQUESTS``, which Jira orders by latest activity (a transition, a comment), newest first.
  The API tells no "updated" time, so a request's is its newest visible event: created, its
  status set, or its newest public comment (``expand=comment``). "What changed since T" reads
  pages until one ends before T — normally one request per poll.
* A request's text is its ``description``; the files attached with it are the request's public
  attachments no comment carries. Comments are read public only (``public=true&internal=false``)
  and dropped here too if an internal one came; rendered HTML is sanitized.
* The idempotency key is the last line of the description (``report_key``), found again among
  the recently active requests.
* Solving and reopening are the workflow's customer transitions (``request/{key}/transition``)
  whose names say so; when the workflow offers none, the action is refused, naming what it
  offers. Satisfaction goes to ``request/{key}/feedback`` (5 or 1 of 5).
* Knowledge-base articles (Confluence pages linked to the service desk) are searched live; their
  pages open in the browser, so there is nothing to copy into the local index.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from helpclient.backends.base import ConnectorBase, in_chunks, key_search_bound
from helpclient.backends.capabilities import require
from helpclient.backends.jsm import mapping as jm
from helpclient.backends.jsm import records
from helpclient.backends.jsm.auth import auth_for
from helpclient.backends.jsm.client import (
    MAX_PAGES,
    PLATFORM_API,
    JsmClient,
    normalize_base_url,
)
from helpclient.backends.jsm.files import upload_temporary
from helpclient.backends.jsm.gateway import GatewayBase
from helpclient.backends.jsm.request_types import (
    Destination,
    asked,
    destination,
    form_values,
    parse_mapping,
)
from helpclient.backends.oauth import OAuthBearer
from helpclient.backends.report_key import body_with_key, has_key
from helpclient.core.credentials import Credentials
from helpclient.core.errors import NotFound, Rejected
from helpclient.core.models import (
    Article,
    Capability,
    FieldSpec,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    UserInfo,
)

log = logging.getLogger(__name__)

_KEY_PAGES = 4  # find_ticket_by_key reads at most this many pages of recent requests
_MINE = {"requestOwnership": "OWNED_REQUESTS", "requestStatus": "ALL_REQUESTS"}
_COMMENTS = {"public": "true", "internal": "false", "expand": "renderedBody,attachment"}
# customer transitions' names (JSM's defaults and common ones), for solve and reopen
_SOLVE = re.compile(r"resolve|close|done|complete|solved|fixed|problem (?:is )?solved",
                    re.IGNORECASE)
_REOPEN = re.compile(r"re-?open|not (?:solved|fixed|resolved)|still (?:broken|a problem)",
                     re.IGNORECASE)
_RATING = {True: 5, False: 1}


def _key(ticket_id: str) -> str:
    """A request key (or number) as the paths take it; NotFound for anything else."""
    text = str(ticket_id).strip()
    if not records.ISSUE.match(text):
        raise NotFound(f"There is no request “{ticket_id}”.")
    return text


class JsmBackend(ConnectorBase):
    """HelpdeskBackend for Jira Service Management. Methods block: run them off the GUI."""

    PRODUCT = jm.PRODUCT
    #: Everything HelpClient offers but setting the priority (agents triage in Jira).
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.CSAT
                    | Capability.FIND_BY_KEY)

    def __init__(self, base_url: str, credentials: Credentials, *, service_desk: str = "",
                 request_types: Mapping[str, str] | Sequence[str] = (),
                 session: requests.Session | None = None, extra_ca_file: Path | None = None,
                 page_size: int = 50, key_lookback_days: int = 14,
                 oauth_client: tuple[str, str] = ("", ""),
                 on_tokens: Callable[[Credentials], None] | None = None) -> None:
        """``service_desk`` (number, project key or name) receives new requests;
        ``request_types`` maps report categories to request types (a mapping, or
        "category=type" entries as ``server.jsm_request_types`` holds them). An OAuth sign-in
        renews its tokens with Atlassian for the app ``oauth_client`` (id, secret), hands
        renewed ones to ``on_tokens``, and reaches the site through Atlassian's gateway."""
        self._base = normalize_base_url(base_url)
        http = self._open_session(session, extra_ca_file)
        auth = auth_for(credentials, requester=http, oauth_client=oauth_client,
                        on_tokens=on_tokens)
        self._api = JsmClient(self._base, auth, http, GatewayBase(self._base, http, auth)
                              if isinstance(auth, OAuthBearer) else None)
        self._desk = service_desk
        self._mapping = dict(request_types) if isinstance(request_types, Mapping) \
            else parse_mapping(request_types)
        self._page_size = max(1, min(page_size, 100))
        self._lookback = timedelta(days=key_lookback_days)
        self._destinations: dict[str, Destination] = {}
        self._answers: dict[str, Article] = {}  # knowledge-base articles seen in a search

    # -- reading requests ------------------------------------------------------------------------

    def _requests(self, params: Mapping[str, str], stop: Callable[[list[records.JRequest]],
                                                                  bool]) -> list[records.JRequest]:
        """Pages of the user's requests until ``stop(page)`` or the last page."""
        found: dict[str, records.JRequest] = {}
        for page in self._api.pages("request", {**_MINE, **params}, self._page_size,
                                    "a page of requests"):
            batch = [records.request_from(v) for v in page.values]
            for request in batch:  # paging while requests change can repeat one
                found.setdefault(request.key, request)
            if batch and stop(batch):
                break
        return list(found.values())

    def _request(self, key: str, expand: str = "") -> records.JRequest:
        params = {"expand": expand} if expand else None
        return records.request_from(self._api.call("GET", f"request/{key}", params=params))

    def _comments(self, key: str) -> list[records.JComment]:
        return [records.comment_from(v) for page in self._api.pages(
            f"request/{key}/comment", _COMMENTS, self._page_size, "the request's comments")
            for v in page.values]

    def _attachments(self, key: str) -> list[records.JAttachment]:
        return [records.attachment_from(v) for page in self._api.pages(
            f"request/{key}/attachment", {}, self._page_size, "the request's attachments")
            for v in page.values]

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The signed-in user (the platform's ``myself``: the service-desk API has none)."""
        me = records.me_from(self._api.call("GET", "myself", api=PLATFORM_API))
        return UserInfo(login=me.login, name=me.name, email=me.email)

    def _destination(self, category: str) -> Destination:
        if category not in self._destinations:
            self._destinations[category] = destination(self._api, self._desk, category,
                                                       self._mapping)
        return self._destinations[category]

    def required_fields(self, category: str) -> tuple[FieldSpec, ...]:
        """The required fields of the request type ``category`` becomes that have no default
        and that a person can fill (``RequestFormBackend``)."""
        return asked(self._destination(category or "other").fields)

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """A request of the type the report's category maps to, its text the description
        (with the key), the user's answers to its form's fields (the form's defaults for the
        rest), its files uploaded first and attached publicly once it exists."""
        where = self._destination(ticket.category or "other")
        extra = form_values(where.fields, where.request_type, dict(ticket.field_values))
        uploaded = upload_temporary(self._api, where.service_desk_id, ticket.attachments,
                                    progress)
        fields = {**extra, "summary": ticket.subject,
                  "description": body_with_key(ticket.body, ticket.idempotency_key)}
        created = records.request_from(self._api.call("POST", "request", json_body={
            "serviceDeskId": where.service_desk_id, "requestTypeId": where.request_type_id,
            "requestFieldValues": fields}))
        log.info("created Jira Service Management request %s (%s)", created.key,
                 where.request_type)
        if uploaded:
            self._api.call("POST", f"request/{created.key}/attachment", json_body={
                "temporaryAttachmentIds": uploaded, "public": True})
        return jm.to_ticket(created, self._base)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's request whose description ends with the key's marker line, among those
        active since ``since`` (a day's margin) or the look-back window, at most
        :data:`_KEY_PAGES` pages back."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        pages = [0]

        def done(batch: list[records.JRequest]) -> bool:
            pages[0] += 1
            return pages[0] >= _KEY_PAGES or all(jm.last_activity(r) < bound for r in batch)

        for request in self._requests({}, done):
            if request.created is not None and request.created >= bound and \
                    has_key(request.description, idempotency_key):
                return jm.to_ticket(request, self._base)
        return None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The requests the user raised, newest change first; with ``changed_since``, those
        changed at or after it (pages are read until one reaches back before it)."""
        since = changed_since
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)

        def done(batch: list[records.JRequest]) -> bool:
            return since is not None and min(jm.last_activity(r) for r in batch) < since

        tickets = [jm.to_ticket(r, self._base)
                   for r in self._requests({"expand": "comment"}, done)]
        if since is not None:
            tickets = [t for t in tickets if t.updated >= since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One request, as listed."""
        return jm.to_ticket(self._request(_key(ticket_id), "comment"), self._base)

    def conversation(self, ticket_id: str) -> list[Message]:
        """The request's text and files, then its public comments, oldest first."""
        key = _key(ticket_id)
        request = self._request(key)
        return jm.conversation(request, self._comments(key), self._attachments(key))

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public comment from the user; with files, the files and the comment in one
        ``request/{key}/attachment``."""
        require(self, Capability.REPLY, "reply to requests")
        key = _key(ticket_id)
        text = body_with_key(body, idempotency_key)
        if not attachments:
            self._api.call("POST", f"request/{key}/comment",
                           json_body={"body": text, "public": True})
            return
        require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        desk = self._request(key).service_desk_id
        if not desk.isdigit():
            raise Rejected(f"Jira Service Management did not say which service desk {key} "
                           "belongs to, so the files cannot be uploaded.")
        uploaded = upload_temporary(self._api, desk, attachments, progress)
        self._api.call("POST", f"request/{key}/attachment", json_body={
            "temporaryAttachmentIds": uploaded, "public": True,
            "additionalComment": {"body": text}})

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the request's comments ends with the key's marker line."""
        if not idempotency_key:
            return False
        return any(has_key(c.body, idempotency_key) for c in self._comments(_key(ticket_id)))

    def _transition(self, key: str, wanted: re.Pattern[str], action: str,
                    comment: str = "") -> None:
        offered = [records.named_from(v, "a transition") for v in records.page_of(
            self._api.call("GET", f"request/{key}/transition"), "the transitions").values]
        chosen = next((t for t in offered if wanted.search(t.name)), None)
        if chosen is None:
            names = ", ".join(f"“{t.name}”" for t in offered) or "nothing"
            raise Rejected(f"Jira Service Management does not let you {action} request {key}: "
                           f"its workflow offers {names}.")
        payload: dict[str, Any] = {"id": chosen.id}
        if comment:
            payload["additionalComment"] = {"body": comment}
        self._api.call("POST", f"request/{key}/transition", json_body=payload)

    def solve(self, ticket_id: str) -> None:
        """The customer transition that resolves or closes the request."""
        require(self, Capability.SOLVE, "mark requests solved")
        self._transition(_key(ticket_id), _SOLVE, "resolve")

    def reopen(self, ticket_id: str, reason: str) -> None:
        """The customer transition that reopens the request, with the reason as its comment."""
        require(self, Capability.REOPEN, "reopen requests")
        self._transition(_key(ticket_id), _REOPEN, "reopen", reason)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Customer satisfaction: 5 of 5 when satisfied, else 1, with the comment."""
        require(self, Capability.CSAT, "rate requests")
        payload: dict[str, Any] = {"rating": _RATING[satisfied], "type": "csat"}
        if comment.strip():
            payload["comment"] = {"body": comment}
        self._api.call("POST", f"request/{_key(ticket_id)}/feedback", json_body=payload)

    # -- knowledge base --------------------------------------------------------------------------

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Articles of the service desks' knowledge bases matching ``query``, the matched
        words highlighted, following the result cursor until ``limit``."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        found: list[Article] = []
        cursor = ""
        for _ in range(MAX_PAGES):
            params: dict[str, str | int] = {"query": text, "highlight": "true",
                                             "limit": min(limit, 50)}
            page = records.page_of(self._api.call(
                "GET", "knowledgebase/article",
                params={**params, **({"cursor": cursor} if cursor else {})}), "the articles")
            found += [jm.to_article(records.kb_hit_from(v)) for v in page.values]
            cursor = page.next_cursor
            if len(found) >= limit or page.is_last or not cursor or not page.values:
                break
        found = found[:limit]
        self._answers.update((a.id, a) for a in found)
        return found

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Nothing to copy: the API only searches (articles are Confluence pages, read in the
        browser); they come from :meth:`search_articles`."""
        return []

    def get_article(self, article_id: str) -> Article:
        """An article a search found (its excerpt and a link to its page)."""
        found = self._answers.get(str(article_id))
        if found is None:
            raise NotFound("Open this article from a knowledge-base search.")
        return found

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes in chunks (``request/{key}/attachment/{id}``). The request is
        made before this returns, so errors are raised here."""
        key, _, number = str(attachment_id).partition("/")
        if not number.isascii() or not number.isdigit() or len(number) > 19:
            raise NotFound(f"There is no attachment “{attachment_id}”.")
        content, _ = self._api.fetch(f"request/{_key(key)}/attachment/{int(number)}")
        return in_chunks(content)
