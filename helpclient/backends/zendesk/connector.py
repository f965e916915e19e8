"""Zendesk as a HelpdeskBackend, signed in as an end user through the Requests API (see the
package docstring for the documentation it follows).

What this connector relies on:

* The user's requests come from ``GET requests?sort_by=updated_at&sort_order=desc`` with
  cursor paging (``page[size]``, ``page[after]`` from ``meta.after_cursor`` while
  ``meta.has_more``). Requests has no "changed since" filter, so "what changed since T" reads
  pages, newest change first, until one holds a request changed before T: normally one request
  per poll. (Zendesk's community reports cursor pages that ignored the order; the app's daily
  full list, which reads every page, catches what that would miss.) ``requests/search`` is not
  used: it answers from Zendesk's search index, which trails changes by minutes.
* A request is created with its text as the first comment, the files uploaded first
  (:mod:`.files`), ``type: "incident"`` (a "problem" could never be solved by its requester)
  and the report's urgency as the priority.
* The idempotency key is the last line of the request's first comment, which every listed
  request carries as ``description``: finding a retried report's request reads the newest
  created requests until they are older than the bound — no comment is fetched.
* What a request allows now is Zendesk's to say (``Ticket.capabilities``): solving only while
  ``can_be_solved_by_me``; a comment reopens a solved request; a closed one cannot change, and
  "reopening" it files a follow-up request (``via_followup_source_id``); a solved one can be
  rated good or bad (``tickets/{id}/satisfaction_rating``).
* Files are downloaded from their ``content_url``; credentials go along only to the Zendesk
  address itself (the docs warn that files may be hosted elsewhere), never across a redirect.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from helpclient.backends.base import (
    ConnectorBase,
    in_chunks,
    key_search_bound,
    positive_number,
)
from helpclient.backends.capabilities import require
from helpclient.backends.report_key import body_with_key, has_key
from helpclient.backends.zendesk import files, records
from helpclient.backends.zendesk import mapping as zm
from helpclient.backends.zendesk.auth import auth_for
from helpclient.backends.zendesk.client import ZendeskClient, normalize_base_url, zendesk_error
from helpclient.core.credentials import Credentials
from helpclient.core.errors import AuthError, CredentialsRefused, NotFound, Rejected
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

_MAX_PAGES = 200  # a runaway-paging guard: 200 pages of 100 is far beyond one user's requests
_ADMIN_REFUSED = (
    "This is a Zendesk administrator's account. HelpClient signs in as the employee who asks "
    "for help: an administrator's sign-in can act for every user, and would be kept on this "
    "computer. Sign in with your own end-user account.")
_ANONYMOUS = (
    "Zendesk did not take this e-mail address and password (it answered as to an anonymous "
    "visitor). Check them; if they work on Zendesk's web page, its administrator may have "
    "switched off API password access for end users.")



def _help_center_locale(language: str) -> str:
    """Zendesk's locale for a language setting: ``en`` is ``en-us`` there (the help center's
    English), others keep their code (``ru``, ``de``; ``pt_BR`` → ``pt-br``)."""
    code = language.strip().lower().replace("_", "-")
    return "en-us" if code == "en" else code


def _priority(priority: int | None) -> str | None:
    """Zendesk's priority for HelpClient's 0–100 one."""
    if priority is None:
        return None
    for bound, level in ((20, "low"), (45, "normal"), (75, "high")):
        if priority < bound:
            return level
    return "urgent"


class ZendeskBackend(ConnectorBase):
    """HelpdeskBackend for Zendesk (Requests API). Methods block: run them off the GUI."""

    PRODUCT = "Zendesk"

    #: Everything: replies with files, solving and reopening, good/bad ratings, the
    #: knowledge base, the report's urgency as the priority — narrowed per request as Zendesk
    #: allows it (``mapping.request_capabilities``).
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.CSAT
                    | Capability.FIND_BY_KEY | Capability.PRIORITY)

    def __init__(self, base_url: str, credentials: Credentials | None, *,
                 session: requests.Session | None = None, extra_ca_file: Path | None = None,
                 page_size: int = 100, key_lookback_days: int = 14, locale: str = "",
                 clock: Callable[[], float] = time.monotonic,
                 oauth_client: tuple[str, str] = ("", ""),
                 on_tokens: Callable[[Credentials], None] | None = None) -> None:
        """``credentials`` None: only the knowledge base (public) answers; ``page_size``
        (1-100) pages the lists; ``key_lookback_days`` bounds :meth:`find_ticket_by_key`
        without a ``since``; ``locale`` (``en-us``, ``ru``; ``en`` means ``en-us``) chooses
        the articles' language ("" for every language); ``clock`` times the rate-limit pause.
        An OAuth sign-in renews its tokens with the client ``oauth_client`` (id, secret) and
        hands renewed ones to ``on_tokens``."""
        self._base = normalize_base_url(base_url)
        http = self._open_session(session, extra_ca_file)
        self._api = ZendeskClient(self._base, auth_for(
            credentials, base_url=self._base, requester=http, oauth_client=oauth_client,
            on_tokens=on_tokens), http, clock)
        self._page_size = max(1, min(page_size, 100))
        self._lookback = timedelta(days=key_lookback_days)
        self._locale = _help_center_locale(locale)
        self._me: str | None = None  # the user's id, once asked

    # -- reading requests ------------------------------------------------------------------------

    def _pages(self, path: str, key: str, params: Mapping[str, str]) -> Iterator[Any]:
        """The answers of a cursor-paged list of ``key``, page by page."""
        after = ""
        for _ in range(_MAX_PAGES):
            query = {**params, "page[size]": str(self._page_size),
                     **({"page[after]": after} if after else {})}
            answer = self._api.call("GET", path, params=query)
            yield answer
            after = records.page_of(answer, key, key).after
            if not after:
                return

    def _requests(self, sort_by: str, stop: Callable[[records.ZRequest], bool]
                  ) -> list[records.ZRequest]:
        """The user's requests, newest first by ``sort_by``, until a page holds one that
        ``stop`` says ends the list."""
        found: dict[str, records.ZRequest] = {}
        order = {"sort_by": sort_by, "sort_order": "desc"}
        for answer in self._pages("requests", "requests", order):
            batch = records.requests_page(answer)[0]
            for request in batch:  # paging while requests change can repeat one
                found.setdefault(request.id, request)
            if any(stop(r) for r in batch):
                break
        return list(found.values())

    def _model(self, request: records.ZRequest) -> Ticket:
        return zm.to_ticket(request, self._base, self.capabilities)

    def _fetch(self, number: str) -> records.ZRequest:
        return records.one_request(self._api.call("GET", f"requests/{number}"))

    def _comments(self, number: str) -> tuple[list[records.ZComment],
                                              dict[str, tuple[str, bool]]]:
        comments: list[records.ZComment] = []
        authors: dict[str, tuple[str, bool]] = {}
        for answer in self._pages(f"requests/{number}/comments", "comments", {}):
            batch, people, _ = records.comments_page(answer)
            comments += batch
            authors.update(people)
        return comments, authors

    # -- the protocol ----------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The signed-in user (``users/me``); an administrator, or the anonymous user Zendesk
        answers with when it did not take the password, is refused (CredentialsRefused,
        AuthError)."""
        me = records.user_from(self._api.call("GET", "users/me"))
        if not me.id:
            raise AuthError(_ANONYMOUS)
        if me.role == "admin":
            raise CredentialsRefused(_ADMIN_REFUSED)
        return UserInfo(login=me.email or me.id, name=me.name, email=me.email, phone=me.phone)

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """A request from the user, its text the first comment with the files."""
        self._api.require_sign_in()
        comment: dict[str, Any] = {"body": body_with_key(ticket.body, ticket.idempotency_key)}
        tokens = files.upload(self._api, ticket.attachments, progress)
        if tokens:
            comment["uploads"] = tokens
        request: dict[str, Any] = {"subject": ticket.subject, "comment": comment,
                                   "type": "incident"}
        priority = _priority(ticket.priority) if Capability.PRIORITY in self.capabilities \
            else None
        if priority:
            request["priority"] = priority
        created = records.one_request(
            self._api.call("POST", "requests", json_body={"request": request}))
        log.info("created Zendesk request %s", created.id)
        return self._model(created)

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's request whose first comment ends with the key's marker line, among those
        created after ``since`` (a day's margin for this computer's clock) or within the
        look-back window: read in ``description``, newest created first."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)

        def older(request: records.ZRequest) -> bool:
            return request.created is not None and request.created < bound

        for request in self._requests("created_at", older):
            if not older(request) and has_key(request.description, idempotency_key):
                return self._model(request)
        return None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The user's requests, newest change first; with ``changed_since``, those updated at
        or after it."""
        if changed_since is not None and changed_since.tzinfo is None:
            changed_since = changed_since.replace(tzinfo=UTC)
        since = changed_since

        def before(request: records.ZRequest) -> bool:
            return since is not None and (request.updated or zm.EPOCH) < since

        tickets = [self._model(r) for r in self._requests("updated_at", before)]
        if since is not None:
            tickets = [t for t in tickets if t.updated >= since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One request, with what it allows now."""
        return self._model(self._fetch(positive_number(ticket_id, "request")))

    def conversation(self, ticket_id: str) -> list[Message]:
        """The public comments, oldest first (``requests/{id}/comments``). Their authors come
        sideloaded as ``users`` (name, agent or not); for one left out, the user's own id
        tells theirs from support's."""
        number = positive_number(ticket_id, "request")
        comments, authors = self._comments(number)
        unknown = any(c.public and c.author_id not in authors for c in comments)
        return zm.conversation(comments, number, authors, self._my_id() if unknown else "")

    def _my_id(self) -> str:
        """The user's own id (``users/me``, asked once): who is not the user is support."""
        if self._me is None:
            self._me = records.user_from(self._api.call("GET", "users/me")).id
        return self._me

    def _comment(self, number: str, body: str, attachments: Sequence[NewAttachment],
                 progress: Callable[[int, int], None] | None) -> records.ZRequest:
        comment: dict[str, Any] = {"body": body}
        tokens = files.upload(self._api, attachments, progress)
        if tokens:
            comment["uploads"] = tokens
        return records.one_request(self._api.call(
            "PUT", f"requests/{number}", json_body={"request": {"comment": comment}}))

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "",
              progress: Callable[[int, int], None] | None = None) -> None:
        """A public comment from the user, with files; the key as the text's last line. (On a
        solved request it reopens it, as Zendesk does; a closed one refuses it.)"""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        self._comment(positive_number(ticket_id, "request"), body_with_key(body, idempotency_key),
                      attachments, progress)

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the request's comments ends with the key's marker line."""
        if not idempotency_key:
            return False
        comments, _ = self._comments(positive_number(ticket_id, "request"))
        return any(has_key(c.body, idempotency_key) for c in comments)

    def solve(self, ticket_id: str) -> None:
        """Mark the request solved (``{"request": {"solved": true}}``), which Zendesk allows
        only while it says ``can_be_solved_by_me``: asked first, so a refusal is explained
        instead of Zendesk's silent no-change."""
        require(self, Capability.SOLVE, "mark requests solved")
        number = positive_number(ticket_id, "request")
        current = self._fetch(number)
        if zm.status_of(current.status) in (TicketStatus.SOLVED, TicketStatus.CLOSED):
            return
        if not current.can_be_solved_by_me:
            raise Rejected("Zendesk does not let you mark this request solved yet (only once "
                           "an agent has taken it on). Reply to tell support it is solved.")
        answer = self._api.call("PUT", f"requests/{number}",
                                json_body={"request": {"solved": True}})
        changed = records.one_request(answer)
        if zm.status_of(changed.status) is not TicketStatus.SOLVED:
            raise Rejected(f"Zendesk did not mark request {number} solved (it is "
                           f"“{changed.status}”).")

    def reopen(self, ticket_id: str, reason: str) -> None:
        """A solved request: the reason as a comment, which reopens it. A closed one cannot
        change: a follow-up request with the reason continues it."""
        require(self, Capability.REOPEN, "reopen requests")
        number = positive_number(ticket_id, "request")
        current = self._fetch(number)
        if zm.status_of(current.status) is not TicketStatus.CLOSED:
            self._comment(number, reason, (), None)
            return
        follow_up = {"subject": current.subject, "comment": {"body": reason},
                     "type": "incident", "via_followup_source_id": int(number)}
        created = records.one_request(
            self._api.call("POST", "requests", json_body={"request": follow_up}))
        log.info("Zendesk request %s is closed: follow-up %s filed", number, created.id)

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Good or bad, with the comment, for a solved request (only its requester may)."""
        require(self, Capability.CSAT, "rate requests")
        rating: dict[str, str] = {"score": "good" if satisfied else "bad"}
        if comment.strip():
            rating["comment"] = comment.strip()
        number = positive_number(ticket_id, "request")
        self._api.call("POST", f"tickets/{number}/satisfaction_rating",
                       json_body={"satisfaction_rating": rating})

    # -- knowledge base --------------------------------------------------------------------------

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Help-center articles matching ``query`` in the configured language (Zendesk's
        search answers anonymous users too: with credentials it also finds what only signed-in
        users may read)."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        params: dict[str, str | int] = {"query": text, "per_page": min(limit, 100)}
        if self._locale:
            params["locale"] = self._locale
        answer = self._api.call("GET", "help_center/articles/search", params=params,
                                anonymous=not self._api.signed_in)
        return [zm.to_article(hit) for hit in records.kb_hits(answer)][:limit]

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Nothing copied ahead: articles come from :meth:`search_articles` when asked."""
        return []

    def get_article(self, article_id: str) -> Article:
        """One article (``help_center/articles/{id}``)."""
        number = positive_number(article_id, "article")
        answer = self._api.call("GET", f"help_center/articles/{number}",
                                anonymous=not self._api.signed_in)
        hit = records.one_article(answer)
        if hit is None:
            raise NotFound(f"There is no article “{article_id}”.")
        return zm.to_article(hit)

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes in chunks: the comment is read for the file's ``content_url``,
        which is then fetched (with credentials only on the Zendesk address itself). The
        requests are made before this returns, so errors are raised here."""
        parts = str(attachment_id).split("/")
        if len(parts) != 3:
            raise NotFound(f"There is no attachment “{attachment_id}”.")
        request, comment_id, file_id = (positive_number(p, "attachment") for p in parts)
        comment = records.one_comment(
            self._api.call("GET", f"requests/{request}/comments/{comment_id}"))
        if not comment.public:
            raise NotFound(f"There is no attachment “{attachment_id}”.")
        found = next((a for a in comment.attachments if a.id == file_id), None)
        if found is None or not found.content_url:
            raise NotFound(f"There is no attachment “{attachment_id}”.")
        url = found.content_url
        if urlsplit(url).scheme not in ("http", "https"):
            raise NotFound(f"The attachment “{found.filename}” has no address to fetch.")
        ours = urlsplit(url).netloc.lower() == urlsplit(self._base).netloc.lower()
        response, content = self._api.send("GET", url, anonymous=not ours)
        if response.status_code >= 400:
            raise zendesk_error(response)
        return in_chunks(content)
