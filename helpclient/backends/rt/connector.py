"""Request Tracker 5 through its REST2 API (``<base>/REST/2.0/``), with token authentication.

Facts this connector relies on (measured on RT 5.0.3; see also rt_mapping.py):

* REST2 has no "current user" endpoint, but an auth token reads ``1-<user id>-<secret>`` and a
  user may always read their own record, so ``whoami`` is ``GET /user/<id from token>``.
* Collections give ``total: null`` (and so no ``next_page``) to unprivileged users: pages are
  followed until a short page.
* Tickets and replies are sent as ``multipart/form-data`` (a ``JSON`` part plus one
  ``Attachments`` part per file), streamed from disk; no base64 inflation on the way up.
* TicketSQL ``Content LIKE`` only works with full-text search enabled, so the idempotency marker
  is found by a ``Content LIKE`` JSON search over the attachments of the user's recent tickets
  (bounded by ``key_lookback_days``), which needs no server configuration.
* An invalid status change answers HTTP 200 with a message, so status changes are verified by
  reading the ticket back.
* Attachments are downloaded from ``GET /attachment/<id>`` as base64 inside JSON: the whole file
  is in memory once (RT's own ``$MaxAttachmentSize``, 10 MB by default, bounds it). RT stores
  text files converted to UTF-8, so a text file in another encoding comes back re-encoded. An
  attachment that does not exist answers HTTP 500, not 404 (a search by id tells them apart).
* TicketSQL reads date literals in the user's time zone (see rt_mapping.ticketsql_lower_bound).
* RT pages the raw rows and only then drops those the user may not see, so a conversation is
  read by transaction type and its parts by transaction (see conversation.py).
* A User-Agent containing "Mozilla" gets a 302 to the login page instead of a 401.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from helpclient.backends.base import ConnectorBase, id_number, key_search_bound
from helpclient.backends.capabilities import require
from helpclient.backends.report_key import body_with_key, key_marker
from helpclient.backends.rt import announcements as rta
from helpclient.backends.rt import mapping as rtm
from helpclient.backends.rt import records
from helpclient.backends.rt.client import RTClient, normalize_base_url
from helpclient.backends.rt.conversation import ConversationReader
from helpclient.core.errors import AuthError, NotFound, Rejected
from helpclient.core.known.model import Announcement
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

# find_ticket_by_key checks at most this many of the user's newest tickets (one request each).
_KEY_CANDIDATES = 30


class RequestTrackerBackend(ConnectorBase):
    """HelpdeskBackend for Request Tracker 5 (REST2). Methods block: run them off the GUI."""

    PRODUCT = "Request Tracker"
    #: Everything but satisfaction ratings, which RT does not have.
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.FIND_BY_KEY
                    | Capability.PRIORITY)

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        queue: str = "General",
        session: requests.Session | None = None,
        extra_ca_file: Path | None = None,
        page_size: int = 100,
        key_lookback_days: int = 14,
        announcement_class: str = "",
    ) -> None:
        """``extra_ca_file`` adds a CA to the trusted ones when no ``session`` is given;
        ``page_size`` (1-100, RT's maximum) is the REST2 page size; ``key_lookback_days``
        bounds how far back :meth:`find_ticket_by_key` looks for a ticket;
        ``announcement_class`` names the article class that holds IT's announcements of known
        problems ("": none), which the knowledge base then leaves out."""
        self._base = normalize_base_url(base_url)
        if not token.strip():
            raise AuthError("No Request Tracker token is set. Sign in first.")
        self._token_user_id = rtm.user_id_from_token(token)
        self._queue = queue
        self._rt = RTClient(self._base, token.strip(), self._open_session(session, extra_ca_file),
                            page_size)
        self._lookback = timedelta(days=key_lookback_days)
        self._announcements = rta.AnnouncementClass(announcement_class)
        self._me: UserInfo | None = None
        self._reader = ConversationReader(self._rt)

    def _search_tickets(
        self, query: str, *, orderby: str = "LastUpdated", order: str = "DESC", limit: int = 0
    ) -> list[Ticket]:
        params = {"query": query, "orderby": orderby, "order": order, **rtm.TICKET_FIELDS}
        seen: set[str] = set()
        tickets: list[Ticket] = []
        for item in self._rt.collect("tickets", params, limit):
            ticket = rtm.ticket_from_item(item, self._base)
            if ticket.id not in seen:  # paging while tickets change can repeat one
                seen.add(ticket.id)
                tickets.append(ticket)
        return tickets

    @staticmethod
    def _ticket_path(ticket_id: str) -> str:
        return f"ticket/{id_number(ticket_id, 'ticket')}"

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The token's owner, read from their own user record (see the module docstring)."""
        if self._token_user_id is None:
            raise AuthError(
                "This does not look like a Request Tracker authentication token. "
                "Copy the whole token from RT (Logged in as → Settings → Auth Tokens)."
            )
        self._me = rtm.user_from_record(self._rt.call("GET", f"user/{self._token_user_id}"))
        return self._me

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """Create the ticket in the configured queue with the user as its requestor.

        RT does not make the creator a requestor by itself, and unprivileged users only see
        tickets they are requestors of, so the requestor is always set explicitly."""
        requestor = ticket.requestor_email
        if not requestor:
            me = self._me or self.whoami()
            requestor = me.email or me.login
        payload: dict[str, Any] = {
            "Queue": self._queue,
            "Subject": ticket.subject,
            "Content": body_with_key(ticket.body, ticket.idempotency_key),
            "ContentType": "text/plain",
            "Requestor": requestor,
        }
        if ticket.priority is not None:
            payload["Priority"] = ticket.priority
        created = self._rt.send_message("ticket", payload, ticket.attachments, progress)
        ticket_id = records.created_id(created)
        log.info("created RT ticket %s", ticket_id)
        return self.get_ticket(ticket_id)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's ticket whose text carries the key's marker line, if any: among those
        created after ``since`` (when the report was queued; oldest first, since an
        interrupted attempt came soon after), else among the recent ones (newest first)."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        order = "ASC" if since is not None else "DESC"
        recent = self._search_tickets(
            f"Requestor = '__CurrentUser__' AND Created > '{rtm.ticketsql_lower_bound(bound)}'",
            orderby="Created",
            order=order,
            limit=_KEY_CANDIDATES,
        )
        for ticket in recent:
            if ticket.created < bound:  # RT's window is wider (time zones): filter exactly
                continue
            if self._carries_key(ticket.id, idempotency_key, "the report's marker"):
                return ticket
        return None

    def _carries_key(self, ticket_id: str, key: str, what: str) -> bool:
        """Whether one of the ticket's messages holds the key's marker (one request)."""
        needle = json.dumps([{"field": "Content", "operator": "LIKE", "value": key_marker(key)}])
        hits = self._rt.call("GET", f"{self._ticket_path(ticket_id)}/attachments",
                             params={"query": needle, "per_page": 1})
        return records.has_items(hits, f"the search for {what}")

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """Tickets the user is a requestor of, newest change first; with ``changed_since``, only
        those updated at or after it (inclusive: RT dates have one-second resolution)."""
        query = "Requestor = '__CurrentUser__'"
        if changed_since is not None:
            if changed_since.tzinfo is None:
                changed_since = changed_since.replace(tzinfo=UTC)
            query += f" AND LastUpdated > '{rtm.ticketsql_lower_bound(changed_since)}'"
        tickets = self._search_tickets(query)
        if changed_since is not None:
            tickets = [t for t in tickets if t.updated >= changed_since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket, as listed."""
        path = self._ticket_path(ticket_id)
        found = self._search_tickets(f"id = {path.rsplit('/', 1)[1]}", limit=1)
        if not found:
            raise NotFound(f"Ticket {ticket_id} does not exist or you cannot see it.")
        return found[0]

    def conversation(self, ticket_id: str) -> list[Message]:
        """Creation, replies and status changes, oldest first; comments are never included."""
        return self._reader.conversation(id_number(ticket_id, "ticket"))

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public reply (RT "correspond") from the user, with files; the key goes in the same
        hidden marker line as a ticket's."""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        payload = {"Content": body_with_key(body, idempotency_key),
                   "ContentType": "text/plain"}
        self._rt.send_message(f"{self._ticket_path(ticket_id)}/correspond", payload, attachments,
                              progress)

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the ticket's messages carries the key's marker line (one request)."""
        if not idempotency_key:
            return False
        return self._carries_key(ticket_id, idempotency_key, "the reply's marker")

    def _verify_status(self, ticket_id: str, wanted: str, answer: Any) -> None:
        # RT reports a refused status change as HTTP 200 with a (translated) message, so the
        # only reliable check is to read the ticket back.
        ticket = self.get_ticket(ticket_id)
        if ticket.raw_status != wanted:
            said = "; ".join(records.answer_messages(answer))
            raise Rejected(
                f"Request Tracker did not change ticket {ticket_id} to “{wanted}”"
                + (f": {said}" if said else ".")
            )

    def solve(self, ticket_id: str) -> None:
        """Set the status to "resolved"."""
        require(self, Capability.SOLVE, "mark requests solved")
        answer = self._rt.call(
            "PUT", self._ticket_path(ticket_id), json_body={"Status": "resolved"}
        )
        self._verify_status(ticket_id, "resolved", answer)

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Reply with the reason and set the status back to "open" in the same request."""
        require(self, Capability.REOPEN, "reopen requests")
        payload = {"Content": reason, "ContentType": "text/plain", "Status": "open"}
        answer = self._rt.call(
            "POST", f"{self._ticket_path(ticket_id)}/correspond", json_body=payload
        )
        self._verify_status(ticket_id, "open", answer)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Request Tracker has no satisfaction ratings (no ``Capability.CSAT``): the UI never
        offers one, and a caller that tries anyway is told so."""
        raise Rejected("Request Tracker does not collect satisfaction ratings.")

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Articles whose title, summary or content contains ``query`` (RT's substring match,
        case-sensitive for non-ASCII on SQLite). Bodies are not included."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        found: dict[str, Article] = {}
        # One search per field: REST2's JSON filters AND different fields together.
        for field in ("Name", "Summary", "CF.{Content}"):
            filters = [{"field": field, "operator": "LIKE", "value": text}]
            data = self._rt.call(
                "POST",
                "articles",
                params={"per_page": limit, **rta.ARTICLE_FIELDS},
                json_body=filters,
            )
            items = records.page_items(data, "the article search")
            for item in self._announcements.leave_out(items):
                article = rtm.article_from_record(item, self._base, with_body=False)
                found.setdefault(article.id, article)
            if len(found) >= limit:
                break
        return list(found.values())[:limit]

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Every article the user may read (disabled, i.e. deleted, ones are left out by RT),
        or only those changed after ``changed_since``; without bodies (one light listing: a
        sync compares the ``updated`` times and fetches only the changed bodies)."""
        if changed_since is None:
            filters: list[dict[str, Any]] = [{"field": "id", "operator": ">", "value": 0}]
        else:
            filters = [{"field": "LastUpdated", "operator": ">",
                        "value": rtm.ticketsql_lower_bound(changed_since)}]
        found: dict[str, Article] = {}
        for page in range(1, 1000):
            data = self._rt.call(
                "POST", "articles",
                params={"per_page": self._rt.page_size, "page": page, "orderby": "id",
                        **rta.ARTICLE_FIELDS},
                json_body=filters)
            items = records.page_items(data, "the article list")
            for item in self._announcements.leave_out(items):
                article = rtm.article_from_record(item, self._base, with_body=False)
                found.setdefault(article.id, article)
            # total/pages are null for unprivileged users: a short page is the end
            if len(items) < self._rt.page_size:
                break
        articles = list(found.values())
        if changed_since is not None:  # the filter was widened for time zones: narrow it here
            since = changed_since if changed_since.tzinfo else changed_since.replace(tzinfo=UTC)
            articles = [a for a in articles if a.updated is None or a.updated > since]
        return articles

    def announcements(self) -> list[Announcement] | None:
        """IT's announcements of known problems: the articles of the announcement class
        (None when none is configured; an empty list while the class does not exist)."""
        return self._announcements.announcements(self._rt, self._base)

    def get_article(self, article_id: str) -> Article:
        """One article with its body (the "Content" custom field)."""
        data = self._rt.call("GET", f"article/{id_number(article_id, 'article')}")
        return rtm.article_from_record(data, self._base, with_body=True)

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's bytes in chunks. The request is made before this returns, so errors
        are raised here rather than on the first chunk."""
        return self._reader.download(id_number(attachment_id, "attachment"))
