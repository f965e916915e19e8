"""Freshservice as a HelpdeskBackend, signed in as a requester with their API key (see the
package docstring for the API and its documentation).

What this connector relies on:

* The requester's tickets are ``GET tickets?email=<theirs>&updated_since=T``: Freshservice lists
  only tickets created in the last 30 days unless ``updated_since`` says otherwise, so every
  listing names its window — the poll's "changed since", or :data:`EVERYTHING` for the whole
  list. Pages follow the ``Link`` header. One request per 100 changed tickets: the poll's cost.
* A ticket's conversation is its description (the employee's report) followed by
  ``tickets/{id}/conversations``; private notes, status and metadata entries are never shown,
  and all HTML is sanitized.
* The user writes public notes (``POST tickets/{id}/notes`` with ``private: false`` and
  ``incoming: true``: from the requester's side), with files as ``attachments[]``.
* The idempotency key is the last paragraph of the description or the note; the ticket list
  carries each description, so finding a retried report costs one listing.
* Solving and reopening set the status (4 Resolved, 2 Open) where the account lets requesters
  do that: a refusal (403) switches both off for this connection, so the app stops offering
  them instead of asking again and again. Satisfaction surveys are read-only in the API.
* The rate limit is the whole account's: the poller keeps a slower pace for Freshservice
  (``helpclient.backends.POLL_FLOORS``: ten minutes at the most often), and every request
  is held while a 429's ``Retry-After`` lasts.
* The requester writes public notes: ``tickets/{id}/reply`` is an agent's e-mail reply, sent
  from the support address with its cc and bcc, not the requester's way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from helpclient.backends.base import ConnectorBase, id_number, in_chunks, key_search_bound
from helpclient.backends.capabilities import require
from helpclient.backends.freshservice import mapping, records
from helpclient.backends.freshservice.client import (
    PRODUCT,
    ApiKeyAuth,
    FreshserviceClient,
    normalize_base_url,
)
from helpclient.backends.freshservice.files import MAX_UPLOAD_BYTES, send
from helpclient.backends.rate_gate import RateGate
from helpclient.backends.rich_text import html_has_key, to_html
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    NotFound,
    PermissionDenied,
    Rejected,
)
from helpclient.core.models import (
    Article,
    Capability,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

log = logging.getLogger(__name__)

#: The start of "all my tickets": before Freshservice existed, so no ticket is older.
EVERYTHING = datetime(2010, 1, 1, tzinfo=UTC)
_ACTIONS = Capability.SOLVE | Capability.REOPEN


def iso(moment: datetime) -> str:
    """A time as API v2 takes it: UTC, whole seconds, ``Z``."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _number(item_id: str, kind: str) -> str:
    """The number in an id of ours, as the API's paths take it (Freshservice counts from 1)."""
    number = id_number(item_id, kind)
    if number == 0:
        raise NotFound(f"There is no {kind} “{item_id}”.")
    return str(number)


def _email(credentials: Credentials) -> str:
    if credentials.method is not SignInMethod.API_KEY:
        raise ConfigurationError(
            f"Freshservice cannot sign in with {credentials.method.value}: sign in again with "
            "your e-mail address and API key.")
    if not credentials.complete:
        raise AuthError("No Freshservice API key or e-mail address is set. Sign in first.")
    email = credentials.login.strip()
    if "@" not in email or any(c.isspace() for c in email):
        raise AuthError(f"“{email}” is not an e-mail address. Sign in again with the address "
                        "your Freshservice account uses.")
    return email


class FreshserviceBackend(ConnectorBase):
    """HelpdeskBackend for Freshservice (API v2). Methods block: run them off the GUI."""

    PRODUCT = PRODUCT
    #: No satisfaction ratings (the API reads survey answers only). Solving and reopening are
    #: switched off per connection when the account refuses them (see :attr:`capabilities`).
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.FIND_BY_KEY
                    | Capability.PRIORITY)

    def __init__(self, base_url: str, credentials: Credentials, *,
                 session: requests.Session | None = None, extra_ca_file: Path | None = None,
                 page_size: int = 100, key_lookback_days: int = 14,
                 max_upload_bytes: int = MAX_UPLOAD_BYTES, gate: RateGate | None = None) -> None:
        """``page_size`` (1-100) pages the lists; ``key_lookback_days`` bounds
        :meth:`find_ticket_by_key` without a ``since``; ``max_upload_bytes`` caps the files of
        one request; ``gate`` holds requests while the rate limit says so."""
        self._base = normalize_base_url(base_url)
        self._email = _email(credentials)
        self._api = FreshserviceClient(self._base, ApiKeyAuth(credentials.secret),
                                       self._open_session(session, extra_ca_file), gate)
        self._page_size = max(1, min(page_size, 100))
        self._lookback = timedelta(days=key_lookback_days)
        self._max_upload = max_upload_bytes
        self._refused = Capability.NONE  # what the server refused this connection
        self._kb_as_me = True  # whether the search may name the user (user_email)
        self._articles: dict[str, Article] = {}

    @property
    def capabilities(self) -> Capability:
        """The declared capabilities minus what the server refused (solving and reopening
        where requesters may not change a ticket's status)."""
        return self.CAPABILITIES & ~self._refused

    # -- reading tickets -------------------------------------------------------------------------

    def _mine(self, since: datetime) -> list[records.FTicket]:
        params: dict[str, str | int] = {"email": self._email, "updated_since": iso(since),
                                        "per_page": self._page_size}
        found: dict[str, records.FTicket] = {}
        for page in self._api.pages("tickets", params):
            for ticket in records.ticket_page(page):  # paging while tickets change repeats one
                found.setdefault(ticket.id, ticket)
        return list(found.values())

    def _fetch(self, number: str) -> records.FTicket:
        return records.one_ticket(self._api.call("GET", f"tickets/{number}"))

    def _conversations(self, number: str) -> list[records.FConversation]:
        entries: list[records.FConversation] = []
        for page in self._api.pages(f"tickets/{number}/conversations",
                                    {"per_page": self._page_size}):
            entries += records.conversation_page(page)
        return entries

    def _model(self, ticket: records.FTicket) -> Ticket:
        return mapping.to_ticket(ticket, self._base)

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The user the sign-in names, once Freshservice accepted the API key: one listing of
        their tickets (the API tells a requester nothing else about themselves)."""
        records.ticket_page(self._api.call("GET", "tickets",
                                           params={"email": self._email, "per_page": 1}))
        return UserInfo(login=self._email, email=self._email)

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """A ticket from the user (their e-mail address as requester), filed as through the
        portal, its text as HTML with the key last, the report's urgency as priority and
        urgency; the files as ``attachments[]`` (at most 15 MB together, checked first)."""
        fields: Mapping[str, Any] = {
            "email": self._email, "subject": ticket.subject,
            "description": to_html(ticket.body, ticket.idempotency_key),
            "priority": mapping.priority_of(ticket.priority),
            "urgency": mapping.urgency_of(ticket.priority),
            "status": mapping.OPEN, "source": mapping.PORTAL}
        answer = send(self._api.call, ("POST", "tickets"), fields, ticket.attachments, progress,
                      limit=self._max_upload)
        created = records.one_ticket(answer)
        log.info("created Freshservice ticket %s", created.id)
        return self._model(created)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's ticket whose description ends with the key's marker, among those changed
        after ``since`` (less a day for this computer's clock) or the look-back window."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        for candidate in sorted(self._mine(bound), key=lambda t: int(t.id)):
            if candidate.created is not None and candidate.created < bound:
                continue
            if (html_has_key(candidate.description_text, idempotency_key)
                    or html_has_key(candidate.description, idempotency_key)):
                return self._model(candidate)
        return None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The user's tickets, newest change first; with ``changed_since``, those updated at
        or after it."""
        if changed_since is not None and changed_since.tzinfo is None:
            changed_since = changed_since.replace(tzinfo=UTC)
        tickets = [self._model(t) for t in self._mine(changed_since or EVERYTHING)]
        if changed_since is not None:
            tickets = [t for t in tickets if t.updated >= changed_since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket, as listed."""
        return self._model(self._fetch(_number(ticket_id, "ticket")))

    def conversation(self, ticket_id: str) -> list[Message]:
        """The report and the public notes and replies, oldest first."""
        number = _number(ticket_id, "ticket")
        ticket = self._fetch(number)
        return mapping.conversation(ticket, self._conversations(number), self._email)

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public note from the requester's side, with files; the key as its last line."""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        self._note(_number(ticket_id, "ticket"), body, idempotency_key, attachments, progress)

    def _note(self, number: str, body: str, key: str = "",
              attachments: Sequence[NewAttachment] = (),
              progress: Callable[[int, int], None] | None = None) -> None:
        fields = {"body": to_html(body, key), "private": False, "incoming": True}
        records.one_conversation(send(self._api.call, ("POST", f"tickets/{number}/notes"),
                                      fields, attachments, progress, limit=self._max_upload))

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the ticket's conversations ends with the key's marker line."""
        if not idempotency_key:
            return False
        return any(html_has_key(c.body_text, idempotency_key)
                   or html_has_key(c.body, idempotency_key)
                   for c in self._conversations(_number(ticket_id, "ticket")))

    def _set_status(self, ticket_id: str, status: int, done: Callable[[Ticket], bool]) -> str:
        number = _number(ticket_id, "ticket")
        try:
            answer = self._api.call("PUT", f"tickets/{number}", json_body={"status": status})
        except PermissionDenied as exc:
            self._refused |= _ACTIONS  # asked once: the app stops offering it
            log.info("Freshservice refused a status change: solve and reopen switched off")
            raise Rejected("Your Freshservice account does not let requesters change a "
                           "request's status. Write a reply to ask support instead.") from exc
        changed = self._model(records.one_ticket(answer))
        if not done(changed):
            raise Rejected(f"Freshservice did not change ticket {ticket_id} (it is "
                           f"“{changed.raw_status}”).")
        return number

    def solve(self, ticket_id: str) -> None:
        """Set the status Resolved."""
        require(self, Capability.SOLVE, "mark requests solved")
        self._set_status(ticket_id, mapping.RESOLVED,
                         lambda t: t.status in (TicketStatus.SOLVED, TicketStatus.CLOSED))

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Set the status Open, then add the reason as a public note."""
        require(self, Capability.REOPEN, "reopen requests")
        number = self._set_status(ticket_id, mapping.OPEN, lambda t: t.status.is_active)
        self._note(number, reason)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Freshservice's API reads survey answers only (no ``Capability.CSAT``)."""
        raise Rejected("Freshservice does not take satisfaction ratings from HelpClient.")

    # -- knowledge base --------------------------------------------------------------------------

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Published solution articles the user may read that match ``query``."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        params: dict[str, str | int] = {"search_term": text, "per_page": min(limit, 100)}
        if self._kb_as_me:
            params["user_email"] = self._email
        try:
            answer = self._api.call("GET", "solutions/articles/search", params=params)
        except PermissionDenied:
            if not self._kb_as_me:
                raise
            # naming a user needs the right to act as them, even as oneself; the search
            # defaults to the key's user, who is the same person
            self._kb_as_me = False
            return self.search_articles(query, limit)
        found = [mapping.to_article(a, self._base) for a in records.article_page(answer)]
        self._articles.update((a.id, a) for a in found)
        return found[:limit]

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Nothing to copy: the folders' listings are for agents; articles come from
        :meth:`search_articles`."""
        return []

    def get_article(self, article_id: str) -> Article:
        """An article a search found (with its body)."""
        found = self._articles.get(str(article_id))
        if found is None:
            raise NotFound("Open this article from a knowledge-base search.")
        return found

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes in chunks (``attachments/{id}``); the request is made before this
        returns, so errors are raised here."""
        return in_chunks(self._api.download(f"attachments/{_number(attachment_id, 'file')}"))
