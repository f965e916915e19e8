"""GLPI 10 (and 11) through its legacy REST API, ``<base>/apirest.php/`` — see the package doc
for the documentation followed. HelpClient speaks as the requester (a Self-Service profile):

* ``whoami`` is the API session itself (``initSession?get_full_session=true``, then
  ``getFullSession``): GLPI lets a requester read no user record, their own included.
* Tickets are created with the requester set explicitly (``_users_id_requester``; glpi
  #11573), files in the same request (multipart: ``uploadManifest`` + ``filename[n]``).
* "Mine" is ``search/Ticket`` with requester = ``myself``; "changed since T" adds
  last update > T. A report's (or reply's) idempotency key is a last paragraph of its text,
  found again by a description search.
* The conversation is the description, the public follow-ups and the solutions; a private
  follow-up is left out even if the server sends it.
* A requester cannot solve a ticket in GLPI, only approve or refuse the solution support
  proposed: ``solve`` approves (the ticket closes), ``reopen`` refuses with the reason. Both
  are offered per ticket (``Ticket.capabilities``), as is the satisfaction survey.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import IO, Any

import requests

from helpclient.backends import shapes
from helpclient.backends.base import ConnectorBase, id_number, key_search_bound
from helpclient.backends.capabilities import require
from helpclient.backends.glpi import mapping, records, search
from helpclient.backends.glpi.client import Answer, GlpiClient, Params, normalize_base_url
from helpclient.backends.glpi.clock import glpi_date, local_zone
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.backends.glpi.documents import ITEM, DocumentReader
from helpclient.backends.glpi.errors import Refused
from helpclient.backends.glpi.text import has_key, to_html
from helpclient.backends.multipart import MultipartBody, Progress
from helpclient.backends.report_key import key_marker
from helpclient.core.errors import PermissionDenied, Rejected
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

_ONE_SECOND = timedelta(seconds=1)
_NAMES: Params = [("add_keys_names[]", "users_id")]
_INCIDENT = 1  # GLPI's ticket types: 1 incident, 2 request
_SATISFIED, _DISSATISFIED = 5, 1  # GLPI's default 0–5 stars


class GlpiBackend(ConnectorBase):
    """HelpdeskBackend for GLPI's legacy REST API. Methods block: run them off the GUI."""

    PRODUCT = "GLPI"
    #: Everything; narrowed per ticket as GLPI allows it (see ``mapping.ticket_capabilities``).
    #: The report's urgency becomes GLPI's urgency, from which GLPI computes the priority.
    CAPABILITIES = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
                    | Capability.SOLVE | Capability.REOPEN | Capability.CSAT
                    | Capability.FIND_BY_KEY | Capability.PRIORITY)

    def __init__(self, base_url: str, credentials: GlpiCredentials, *,
                 session: requests.Session | None = None, extra_ca_file: Path | None = None,
                 page_size: int = 50, key_lookback_days: int = 14,
                 zone: tzinfo | None = None, clock: Callable[[], float] = time.time) -> None:
        """``page_size`` is the range asked for at a time (GLPI's default is 50);
        ``key_lookback_days`` bounds how far back :meth:`find_ticket_by_key` looks without a
        ``since``; ``zone`` reads dates when the server does not tell its own (default: this
        computer's); ``clock`` (seconds) measures how long the API session was idle."""
        self._base = normalize_base_url(base_url)
        credentials.authorization()  # AuthError now rather than at the first call
        self._glpi = GlpiClient(self._base, credentials,
                                self._open_session(session, extra_ca_file),
                                zone or local_zone(), clock)
        self._page = max(1, page_size)
        self._lookback = timedelta(days=key_lookback_days)
        self._documents = DocumentReader(self._glpi, self._page)
        self._subject = search.ARTICLE_SUBJECT

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """End the API session (``killSession``) and close the HTTP session if it is ours."""
        self._glpi.close()
        super().close()

    # -- tickets ---------------------------------------------------------------------------------

    def whoami(self) -> UserInfo:
        """The signed-in user, as the API session knows them (GLPI tells requesters no
        e-mail address)."""
        info = self._glpi.refresh() if self._glpi.has_session else self._glpi.session()
        return UserInfo(login=info.login, name=info.name)

    def create_ticket(self, ticket: NewTicket, progress: Progress | None = None) -> Ticket:
        """An incident with the signed-in user as requester, its files in the same request."""
        me = self._glpi.session()
        payload: dict[str, Any] = {
            "name": ticket.subject,
            "content": to_html(ticket.body, ticket.idempotency_key),
            "_users_id_requester": int(me.user_id),
            "type": _INCIDENT,
        }
        urgency = mapping.urgency(ticket.priority)
        if urgency is not None:
            payload["urgency"] = urgency
        answer = self._add("Ticket", payload, ticket.attachments, progress)
        ticket_id = records.created_id(answer.data, "ticket")
        log.info("created GLPI ticket %s", ticket_id)
        return self.get_ticket(ticket_id)

    def _add(self, itemtype: str, payload: dict[str, Any],
             attachments: Sequence[NewAttachment], progress: Progress | None) -> Answer:
        """POST an item; with files, as multipart: the input in an ``uploadManifest`` part and
        one ``filename[n]`` part per file, streamed from disk."""
        if not attachments:
            return self._glpi.call("POST", itemtype, json_body={"input": payload})
        manifest = json.dumps({"input": {**payload,
                                         "_filename": [a.filename for a in attachments]}})

        def body(files: contextlib.ExitStack) -> MultipartBody:
            fields: list[tuple[str, str | None, bytes | IO[bytes], str]] = [
                ("uploadManifest", None, manifest.encode(), "application/json")]
            for index, attachment in enumerate(attachments):
                fields.append((f"filename[{index}]", attachment.filename,
                               _open(files, attachment), attachment.content_type))
            return MultipartBody(fields, progress)

        return self._glpi.call("POST", itemtype, body=body)

    def _search_tickets(self, criteria: list[search.Criterion], *, sort: int, order: str,
                        limit: int = 0) -> list[Ticket]:
        zone = self._glpi.session().zone
        rows = self._glpi.collect(
            "search/Ticket", search.params(criteria, search.TICKET_COLUMNS, sort=sort,
                                           order=order),
            self._page, lambda data: search.rows(data, "the list of your tickets"), limit)
        seen: dict[str, Ticket] = {}
        for row in rows:  # paging while tickets change can repeat one
            ticket = mapping.to_ticket(records.ticket_row(row, zone), self._base)
            seen.setdefault(ticket.id, ticket)
        return list(seen.values())

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The user's ticket whose description carries the key's marker, opened after
        ``since`` (a day's margin for this computer's clock) or in the recent past."""
        if not idempotency_key:
            return None
        bound = key_search_bound(since, self._lookback)
        zone = self._glpi.session().zone
        criteria = [*search.mine("all"),
                    search.Criterion(search.TICKET_DESCRIPTION, "contains",
                                     key_marker(idempotency_key)),
                    search.Criterion(search.TICKET_OPENED, "morethan", glpi_date(bound, zone))]
        found = self._search_tickets(criteria, sort=search.TICKET_OPENED, order="ASC", limit=1)
        return found[0] if found else None

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The tickets the user is a requester of, newest change first; with
        ``changed_since``, those updated at or after it (GLPI keeps whole seconds and its
        "more than" is strict, so the search starts a second earlier)."""
        criteria = search.mine("all")
        if changed_since is not None:
            if changed_since.tzinfo is None:
                changed_since = changed_since.replace(tzinfo=UTC)
            zone = self._glpi.session().zone
            criteria.append(search.Criterion(search.TICKET_UPDATED, "morethan",
                                             glpi_date(changed_since - _ONE_SECOND, zone)))
        tickets = self._search_tickets(criteria, sort=search.TICKET_UPDATED, order="DESC")
        if changed_since is not None:
            tickets = [t for t in tickets if t.updated >= changed_since]
        tickets.sort(key=lambda t: t.updated, reverse=True)
        return tickets

    def _ticket_record(self, number: int, params: Params = ITEM) -> records.TicketRecord:
        answer = self._glpi.call("GET", f"Ticket/{number}", params=params)
        return records.ticket_item(answer.data, self._glpi.session().zone)

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket, with what the user may do with it now (``Ticket.capabilities``)."""
        number = _number(ticket_id, "ticket")
        record = self._ticket_record(number)
        survey = self._survey(number) if record.status == mapping.CLOSED else None
        allowed = mapping.ticket_capabilities(
            self.capabilities, record.status,
            survey is not None and survey.internal and not survey.answered)
        return mapping.to_ticket(record, self._base, allowed)

    def _survey(self, number: int) -> records.Survey | None:
        """The ticket's satisfaction survey, if GLPI made one (and lets the user see it)."""
        try:
            items = self._glpi.collect(f"Ticket/{number}/TicketSatisfaction", ITEM, 1,
                                       lambda data: shapes.expect_list(data, "the survey"), 1)
        except PermissionDenied:
            return None
        return records.survey(items[0]) if items else None

    def _entries(self, number: int, itemtype: str, what: str) -> list[records.Entry]:
        zone = self._glpi.session().zone
        items = self._glpi.collect(f"Ticket/{number}/{itemtype}", [*ITEM, *_NAMES], self._page,
                                   lambda data: shapes.expect_list(data, f"the {what}s"))
        return [records.entry(item, zone, f"a {what}") for item in items]

    def conversation(self, ticket_id: str) -> list[Message]:
        """The description, public follow-ups and solutions with their files, oldest first;
        private follow-ups never."""
        number = _number(ticket_id, "ticket")
        me = self._glpi.session()
        ticket = self._ticket_record(
            number, [*ITEM, ("add_keys_names[]", "users_id_recipient")])
        followups = [f for f in self._entries(number, "ITILFollowup", "follow-up")
                     if not f.is_private]
        solutions = self._entries(number, "ITILSolution", "solution")
        files = {("Ticket", ticket.id): self._documents.of_ticket(ticket.id)}
        for itemtype, entries in (("ITILFollowup", followups), ("ITILSolution", solutions)):
            for entry in entries:
                files[(itemtype, entry.id)] = self._documents.of_entry(itemtype, entry.id)
        return mapping.build_conversation(ticket, me.user_id, followups, solutions,
                                          files=files, requester_name=me.name)

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "", progress: Progress | None = None) -> None:
        """A public follow-up from the user, with its files; the key as a last paragraph."""
        require(self, Capability.REPLY, "reply to requests")
        if attachments:
            require(self, Capability.REPLY_ATTACHMENTS, "attach files to replies")
        self._add("ITILFollowup", self._followup(ticket_id, to_html(body, idempotency_key)),
                  attachments, progress)

    @staticmethod
    def _followup(ticket_id: str, content: str, **extra: int) -> dict[str, Any]:
        return {"itemtype": "Ticket", "items_id": _number(ticket_id, "ticket"),
                "content": content, "is_private": 0, **extra}

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether one of the ticket's follow-ups carries the key's marker."""
        if not idempotency_key:
            return False
        followups = self._entries(_number(ticket_id, "ticket"), "ITILFollowup", "follow-up")
        return any(has_key(f.content, idempotency_key) for f in followups)

    def _solved_record(self, ticket_id: str, action: str) -> records.TicketRecord:
        record = self._ticket_record(_number(ticket_id, "ticket"))
        if record.status != mapping.SOLVED:
            raise Rejected(f"GLPI lets you {action} only while the request is solved, when "
                           "support has proposed a solution.")
        return record

    def _status_after(self, ticket_id: str, wanted: Callable[[int | None], bool],
                      action: str) -> None:
        record = self._ticket_record(_number(ticket_id, "ticket"))
        if not wanted(record.status):
            raise Rejected(f"GLPI did not {action} request {ticket_id}; it is now "
                           f"“{mapping.map_status(record.status)[1]}”.")

    def solve(self, ticket_id: str) -> None:
        """Approve the solution support proposed ("my problem is solved"): GLPI closes the
        ticket (a follow-up with ``add_close``)."""
        require(self, Capability.SOLVE, "mark requests solved")
        self._solved_record(ticket_id, "confirm a solution")
        self._glpi.call("POST", "ITILFollowup",
                        json_body={"input": self._followup(ticket_id, "", add_close=1)})
        self._status_after(ticket_id, lambda s: s == mapping.CLOSED, "close")

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Refuse the proposed solution with the user's reason (``add_reopen``, which GLPI
        requires a text for): the ticket goes back to support."""
        require(self, Capability.REOPEN, "reopen requests")
        if not reason.strip():
            raise Rejected("Say why the problem is not solved: GLPI needs a reason to reopen.")
        self._solved_record(ticket_id, "reopen a request")
        self._glpi.call("POST", "ITILFollowup", json_body={
            "input": self._followup(ticket_id, to_html(reason), add_reopen=1)})
        self._status_after(ticket_id, lambda s: s not in (mapping.SOLVED, mapping.CLOSED),
                           "reopen")

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Answer the ticket's satisfaction survey (5 stars, or 1), with the comment."""
        require(self, Capability.CSAT, "rate requests")
        survey = self._survey(_number(ticket_id, "ticket"))
        if survey is None or not survey.internal or survey.answered:
            raise Rejected("GLPI has no open satisfaction survey for this request.")
        answer = self._glpi.call("PUT", f"TicketSatisfaction/{survey.id}", json_body={
            "input": {"satisfaction": _SATISFIED if satisfied else _DISSATISFIED,
                      "comment": comment}})
        done, said = records.updated(answer.data, survey.id)
        if not done:
            raise Rejected(said or "GLPI did not save your rating.")

    # -- knowledge base --------------------------------------------------------------------------

    def _search_articles(self, criteria: Callable[[int], list[search.Criterion]],
                         limit: int = 0, **order: Any) -> list[Article]:
        """Articles found with ``criteria(subject_field)``; GLPI 11 renumbered the subject
        (a search on 6 is refused there), so a refusal switches to 1 once."""
        for _ in range(2):
            subject = self._subject
            zone = self._glpi.session().zone
            try:
                rows = self._glpi.collect(
                    "search/KnowbaseItem",
                    search.params(criteria(subject), (search.ARTICLE_ID, subject,
                                                      search.ARTICLE_UPDATED), **order),
                    self._page, lambda data: search.rows(data, "the articles"), limit)
            except Refused:
                if subject != search.ARTICLE_SUBJECT:
                    raise
                self._subject = search.ARTICLE_SUBJECT_11
                continue
            found: dict[str, Article] = {}
            for row in rows:
                article = mapping.to_article(records.article_row(row, zone, str(subject)),
                                             self._base, with_body=False)
                found.setdefault(article.id, article)
            return list(found.values())
        return []

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """FAQ/knowledge-base articles whose subject or content contains ``query``."""
        text = query.strip()
        if not text or limit <= 0:
            return []
        return self._search_articles(lambda subject: [
            search.Criterion(subject, "contains", text),
            search.Criterion(search.ARTICLE_CONTENT, "contains", text, link="OR")], limit)

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Every article the user may read, or those changed after ``changed_since``;
        without bodies."""
        criteria: list[search.Criterion] = []
        if changed_since is not None:
            since = changed_since if changed_since.tzinfo else changed_since.replace(tzinfo=UTC)
            criteria.append(search.Criterion(
                search.ARTICLE_UPDATED, "morethan",
                glpi_date(since - _ONE_SECOND, self._glpi.session().zone)))
        articles = self._search_articles(lambda _subject: criteria, sort=search.ARTICLE_ID,
                                         order="ASC")
        if changed_since is not None:
            articles = [a for a in articles if a.updated is None or a.updated > since]
        return articles

    def get_article(self, article_id: str) -> Article:
        """One article with its (sanitized HTML) body."""
        answer = self._glpi.call("GET", f"KnowbaseItem/{_number(article_id, 'article')}",
                                 params=ITEM)
        record = records.article_item(answer.data, self._glpi.session().zone)
        return mapping.to_article(record, self._base, with_body=True)

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """A document's bytes in chunks (errors are raised before this returns)."""
        return self._glpi.download(f"Document/{_number(attachment_id, 'attachment')}")


def _open(files: contextlib.ExitStack, attachment: NewAttachment) -> IO[bytes]:
    try:
        return files.enter_context(attachment.path.open("rb"))
    except OSError as exc:
        raise Rejected(f"The file “{attachment.filename}” could not be read ({exc.strerror}). "
                       "Remove it or attach it again.") from exc


def _number(item_id: str, kind: str) -> int:
    """The number in an id of ours (GLPI's ids are 32-bit); NotFound for anything else."""
    return id_number(item_id, kind, max_digits=9)
