"""Zammad as a HelpdeskBackend, signed in as a customer (see the package docstring for the API
version and documentation it follows).

What this connector relies on:

* The customer's tickets come from ``POST tickets/search`` with a ``condition`` (the customer is
  the current user; changed since T: ``updated_at`` after T), sorted by ``updated_at``, paged by
  ``page``/``per_page`` until a short page. Without a ``query`` Zammad answers from its database,
  not from Elasticsearch, so a ticket made a second ago is found. ``GET tickets`` would list the
  customer's organisation's tickets too, oldest first: every page, every poll.
* "What changed since T" costs one request per 100 changed tickets (normally one request), plus
  one for each ticket merged into another since (its link to the target) — the poller's cost.
* Articles are created as the customer (``type: "web"``; Zammad forces ``internal: false`` and
  sender "Customer" for customers anyway); internal ones never reach a customer, and are dropped
  here too if they did. HTML bodies are sanitized.
* The idempotency key is the last line of the first article (``report_key``); a search with an
  ``article.body`` condition finds its ticket, and reading that ticket's articles confirms it.
* Solving and reopening set the state ("closed", "open": what a customer may set), the reason
  going along as an article of the same request. Zammad has no satisfaction ratings.
* A ticket merged into another has state "merged" and a link naming its target as parent
  (``tickets/{id}?all=true``): it is shown with the target's status, and its conversation, which
  Zammad moved to the target, is the target's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from helpclient.backends.base import (
    ConnectorBase,
    in_chunks,
    key_search_bound,
    positive_number,
)
from helpclient.backends.capabilities import require
from helpclient.backends.report_key import body_with_key, has_key, key_marker
from helpclient.backends.zammad import mapping as zm
from helpclient.backends.zammad import records
from helpclient.backends.zammad.auth import auth_for
from helpclient.backends.zammad.client import ZammadClient, normalize_base_url
from helpclient.backends.zammad.files import INLINE_LIMIT, send_with_files
from helpclient.core.credentials import Credentials
from helpclient.core.errors import NotFound, PermissionDenied, Rejected
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

#: Zammad's default group for customers' tickets
DEFAULT_GROUP = "Users"
_MAX_PAGES = 200  # a runaway-paging guard: 200 pages of 100 is far beyond one user's tickets
_KEY_CANDIDATES = 5  # find_ticket_by_key reads at most this many tickets' articles
_MERGE_HOPS = 5  # a ticket merged into one that was merged again…
_EXPAND = {"expand": "true"}
_MINE = {"ticket.customer_id": {"operator": "is", "pre_condition": "current_user.id",
                                "value": []}}


def _iso(moment: datetime) -> str:
    """A time as Zammad's conditions take it (UTC, milliseconds)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")



class ZammadBackend(ConnectorBase):
    """HelpdeskBackend for Zammad (REST API v1). Methods block: run them off the GUI."""

    PRODUCT = "Zammad"

    def __init__(self, base_url: str, credentials: Credentials, *, group: str = DEFAULT_GROUP,
                 session: requests.Session | None = None, extra_ca_file: Path | None = None,
                 page_size: int = 100, key_lookback_days: int = 14,
                 inline_limit: int = INLINE_LIMIT, oauth_client: tuple[str, str] = ("", ""),
                 on_tokens: Callable[[Credentials], None] | None = None) -> None:
        """``group`` receives new tickets; ``extra_ca_file`` adds a CA to the trusted ones
        when no ``session`` is given; ``page_size`` (1-100) pages the ticket search;
        ``key_lookback_days`` bounds :meth:`find_ticket_by_key` without a ``since``; files
        above ``inline_limit`` bytes go through the upload cache. An OAuth sign-in renews
        its tokens with the client ``oauth_client`` (id, secret) and hands renewed ones to
        ``on_tokens``."""
        self._base = normalize_base_url(base_url)
        self._group = group.strip() or DEFAULT_GROUP
        http = self._open_session(session, extra_ca_file)
        self._api = ZammadClient(self._base, auth_for(
            credentials, base_url=self._base, requester=http, oauth_client=oauth_client,
            on_tokens=on_tokens), http)
        self._page_size = max(1, min(page_size, 100))
        self._lookback = timedelta(days=key_lookback_days)
        self._inline_limit = inline_limit
        self._states: list[records.ZState] | None = None  # ticket_states, read when needed
        self._merged: dict[str, str] = {}  # merged ticket → its target (merging is final)
        self._answers: dict[str, Article] = {}  # knowledge-base answers seen in a search

    #: Everything but satisfaction ratings (Zammad has none) and setting the priority, which
    #: Zammad keeps for agents (the urgency stays in the ticket's text).
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.FIND_BY_KEY)

    # -- reading tickets -------------------------------------------------------------------------

    def _search(self, condition: Mapping[str, Any], *, sort_by: str, order_by: str,
                limit: int = 0) -> list[records.ZTicket]:
        per_page = min(limit, self._page_size) if limit else self._page_size
        found: dict[str, records.ZTicket] = {}
        for page in range(1, _MAX_PAGES + 1):
            params: dict[str, str | int] = {**_EXPAND, "page": page, "per_page": per_page,
                                            "sort_by": sort_by, "order_by": order_by}
            batch = records.tickets_from(
                self._api.call("POST", "tickets/search", params=params,
                               json_body={"condition": condition}), "a page of tickets")
            for ticket in batch:  # paging while tickets change can repeat one
                found.setdefault(ticket.id, ticket)
            if (limit and len(found) >= limit) or len(batch) < per_page:
                break
        tickets = list(found.values())
        return tickets[:limit] if limit else tickets

    def _fetch(self, ticket_id: str) -> records.ZTicket:
        return records.ticket_from(self._api.call("GET", f"tickets/{ticket_id}", params=_EXPAND))

    def _meaning(self, state: str) -> zm.Meaning:
        if zm.is_default_state(state):
            return zm.state_meaning(state)
        if self._states is None:  # a custom state: its type says what it means
            try:
                self._states = records.states_from(self._api.call("GET", "ticket_states"))
            except (PermissionDenied, NotFound):
                self._states = []
        return zm.state_meaning(state, self._states)

    def _merge_target(self, ticket_id: str) -> str | None:
        if ticket_id not in self._merged:
            answer = self._api.call("GET", f"tickets/{ticket_id}", params={"all": "true"})
            targets = [t for t in records.merge_targets(answer) if t != ticket_id]
            if not targets:
                return None
            self._merged[ticket_id] = targets[0]
        return self._merged[ticket_id]

    def _model(self, ticket: records.ZTicket,
               listed: Mapping[str, records.ZTicket] | None = None) -> Ticket:
        """The model of ``ticket``; a merged one follows its links to the target (found in
        ``listed`` when there, else read), whose status it shows."""
        current, shown = ticket, None
        for _ in range(_MERGE_HOPS):
            meaning = self._meaning(current.state)
            if not isinstance(meaning, zm.Merged):
                return zm.to_ticket(ticket, self._base, meaning, shown)
            try:
                target = self._merge_target(current.id)
                if target is None:
                    break
                current = (listed or {}).get(target) or self._fetch(target)
            except (PermissionDenied, NotFound):  # the target is someone else's
                break
            shown = current
        return zm.to_ticket(ticket, self._base, TicketStatus.CLOSED, None)

    def _followed(self, number: str) -> str:
        """The ticket that holds ``number``'s conversation now: itself, or where it was
        merged (and that one's target, when it was merged again)."""
        for _ in range(_MERGE_HOPS):
            if number not in self._merged:
                break
            number = self._merged[number]
        return number

    def _articles(self, ticket_id: str) -> list[records.ZArticle]:
        return records.articles_from(
            self._api.call("GET", f"ticket_articles/by_ticket/{ticket_id}"))

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The signed-in user (``users/me``)."""
        me = records.user_from(self._api.call("GET", "users/me"))
        return UserInfo(login=me.login, name=me.name, email=me.email, phone=me.phone)

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """A ticket in the configured group, from the user as its customer (Zammad makes a
        customer's ticket theirs), its text the first article with the files."""
        def payload(files: Mapping[str, Any]) -> Mapping[str, Any]:
            article = {"subject": ticket.subject,
                       "body": body_with_key(ticket.body, ticket.idempotency_key),
                       "content_type": "text/plain", "type": "web", "internal": False, **files}
            return {"title": ticket.subject, "group": self._group, "article": article}

        answer = send_with_files(self._api, ("POST", "tickets"), payload, ticket.attachments,
                                 progress, params=_EXPAND, inline_limit=self._inline_limit)
        created = records.ticket_from(answer)
        log.info("created Zammad ticket %s", created.id)
        return self._model(created)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's ticket whose first text ends with the key's marker line: searched by that
        line among those created after ``since`` (a day's margin for this computer's clock)
        or within the look-back window, then confirmed in the ticket's articles."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        condition = {**_MINE,
                     "ticket.created_at": {"operator": "after (absolute)", "value": _iso(bound)},
                     "article.body": {"operator": "contains",
                                      "value": key_marker(idempotency_key)}}
        for candidate in self._search(condition, sort_by="created_at", order_by="asc",
                                      limit=_KEY_CANDIDATES):
            if candidate.created is not None and candidate.created < bound:
                continue
            if any(has_key(a.body, idempotency_key) for a in self._articles(candidate.id)):
                return self._model(candidate)
        return None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The tickets the user is the customer of, newest change first; with
        ``changed_since``, those updated at or after it."""
        condition: dict[str, Any] = dict(_MINE)
        if changed_since is not None:
            if changed_since.tzinfo is None:
                changed_since = changed_since.replace(tzinfo=UTC)
            condition["ticket.updated_at"] = {"operator": "after (absolute)",
                                              "value": _iso(changed_since)}
        found = self._search(condition, sort_by="updated_at", order_by="desc")
        listed = {t.id: t for t in found}
        tickets = [self._model(t, listed) for t in found]
        if changed_since is not None:
            tickets = [t for t in tickets if t.updated >= changed_since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket, as listed."""
        return self._model(self._fetch(positive_number(ticket_id, "ticket")))

    def conversation(self, ticket_id: str) -> list[Message]:
        """The public articles, oldest first. A merged ticket's conversation is its target's:
        Zammad moved the articles there and left the note "merged" behind."""
        number = positive_number(ticket_id, "ticket")
        holder = self._followed(number)
        articles = self._articles(holder)
        public = [a for a in articles if zm.is_public(a)]
        if len(public) == 1 and public[0].body.strip() == "merged":
            self._model(self._fetch(holder))  # learns where it went, if it was merged
            if self._followed(holder) != holder:
                articles = self._articles(self._followed(holder))
        return zm.conversation(articles, number)

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public article from the user, with files; the key as the text's last line."""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        target = int(self._followed(positive_number(ticket_id, "ticket")))

        def payload(files: Mapping[str, Any]) -> Mapping[str, Any]:
            return {"ticket_id": target, "body": body_with_key(body, idempotency_key),
                    "content_type": "text/plain", "type": "web", "internal": False, **files}

        send_with_files(self._api, ("POST", "ticket_articles"), payload, attachments, progress,
                        inline_limit=self._inline_limit)

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the ticket's articles ends with the key's marker line."""
        if not idempotency_key:
            return False
        holder = self._followed(positive_number(ticket_id, "ticket"))
        return any(has_key(a.body, idempotency_key) for a in self._articles(holder))

    def _set_state(self, ticket_id: str, payload: Mapping[str, Any],
                   done: Callable[[Ticket], bool]) -> None:
        number = positive_number(ticket_id, "ticket")
        answer = self._api.call("PUT", f"tickets/{number}", params=_EXPAND, json_body=payload)
        changed = self._model(records.ticket_from(answer))
        if not done(changed):
            raise Rejected(f"Zammad did not change ticket {ticket_id} to “{payload['state']}” "
                           f"(it is “{changed.raw_status}”).")

    def solve(self, ticket_id: str) -> None:
        """Set the state "closed" (Zammad's end of a solved request)."""
        require(self, Capability.SOLVE, "mark requests solved")
        self._set_state(ticket_id, {"state": "closed"},
                        lambda t: t.status is TicketStatus.SOLVED)

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Set the state "open" with the reason as the user's article, in one request."""
        require(self, Capability.REOPEN, "reopen requests")
        article = {"body": reason, "content_type": "text/plain", "type": "web",
                   "internal": False}
        self._set_state(ticket_id, {"state": "open", "article": article},
                        lambda t: t.status.is_active)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Zammad has no satisfaction ratings (no ``Capability.CSAT``)."""
        raise Rejected("Zammad does not collect satisfaction ratings.")

    # -- knowledge base --------------------------------------------------------------------------

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Published answers matching ``query``, in every knowledge base and language the
        server has (a customer cannot list them: without ``knowledge_base_id`` and ``locale``
        Zammad searches them all). Each has the search's snippet and its help-center page."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        answer = self._api.call("POST", "knowledge_bases/search", json_body={
            "query": text, "flavor": "public", "index": "KnowledgeBase::Answer::Translation",
            "limit": limit, "highlight_enabled": False})
        found = [zm.to_article(hit, self._base) for hit in records.kb_hits(answer)][:limit]
        self._answers.update((a.id, a) for a in found)
        return found

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Nothing to copy: Zammad lists answers only to users with ``knowledge_base.reader``,
        which customers do not have; published answers come from :meth:`search_articles`."""
        return []

    def get_article(self, article_id: str) -> Article:
        """An answer a search found (customers cannot read an answer's body through the API:
        the article links to its page in the help center)."""
        found = self._answers.get(str(article_id))
        if found is None:
            raise NotFound("Open this answer from a knowledge-base search.")
        return found

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes in chunks (``ticket_attachment/{ticket}/{article}/{file}``). The
        request is made before this returns, so errors are raised here."""
        parts = str(attachment_id).split("/")
        if len(parts) != 3:
            raise NotFound(f"There is no attachment “{attachment_id}”.")
        path = "/".join(positive_number(p, "attachment") for p in parts)
        content = self._api.download(f"ticket_attachment/{path}")
        return in_chunks(content)
