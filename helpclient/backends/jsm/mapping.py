"""Pure translations from Jira Service Management's records to HelpClient's models (no I/O):
statuses, tickets, the public conversation, knowledge-base results with their highlights.

Statuses: Jira puts every status in a category — NEW ("To Do"), INDETERMINATE ("In Progress"),
DONE — and the service desk's workflows name them ("Waiting for support", "Waiting for
customer", "Pending", "Resolved", "Closed", "Canceled", …). The category decides, except where a
name says more: a request waiting for the customer waits for *you*; one pending elsewhere
(an approval, a vendor) is on hold; a done request that was closed, canceled or declined is
closed rather than solved (nothing to confirm or rate).
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime

from helpclient.backends.jsm.records import JAttachment, JComment, JRequest, KBHit
from helpclient.backends.report_key import KEY_MARKER, strip_key_marker
from helpclient.core.kb.sanitize import sanitize_html
from helpclient.core.models import Article, AttachmentInfo, Message, Ticket, TicketStatus

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PRODUCT = "Jira Service Management"

#: the categories of Jira's statuses (``CustomerRequestStatus.statusCategory``)
CATEGORIES: Mapping[str, TicketStatus] = {
    "NEW": TicketStatus.NEW,
    "INDETERMINATE": TicketStatus.OPEN,
    "DONE": TicketStatus.SOLVED,
    "UNDEFINED": TicketStatus.OPEN,
}
_WAITING_FOR_YOU = re.compile(
    r"waiting (?:for|on) (?:the )?(?:customer|reporter|requester|requestor|you)|"
    r"awaiting (?:customer|reporter|your)|pending (?:customer|reporter|requester)|"
    r"more info(?:rmation)? (?:needed|required)", re.IGNORECASE)
_ON_HOLD = re.compile(r"pending|on hold|waiting for (?:approval|vendor|third|3rd|partner)|"
                      r"awaiting (?:approval|cab|vendor|implementation)|escalated to vendor|"
                      r"suspended|deferred", re.IGNORECASE)
_ENDED = re.compile(r"closed|cancel+ed|declined|rejected|withdrawn|won't do|duplicate",
                    re.IGNORECASE)

HL_OPEN, HL_CLOSE = "@@@hl@@@", "@@@endhl@@@"
_MARKER_HTML = re.compile(r"<p>(?:\s|&nbsp;|<br\s*/?>)*" + re.escape(KEY_MARKER)
                          + r"[^<]*</p>|(?:<br\s*/?>)?\s*" + re.escape(KEY_MARKER)
                          + r"\s*[^\s<]+", re.IGNORECASE)


def status_of(name: str, category: str) -> TicketStatus:
    """The common status of a Jira status ``name`` in ``category`` (see the module docstring);
    an unknown category counts as OPEN: support still works on it."""
    meaning = CATEGORIES.get(category.strip().upper(), TicketStatus.OPEN)
    if meaning is TicketStatus.SOLVED:
        return TicketStatus.CLOSED if _ENDED.search(name) else TicketStatus.SOLVED
    if _WAITING_FOR_YOU.search(name):
        return TicketStatus.WAITING_FOR_YOU
    if _ON_HOLD.search(name):
        return TicketStatus.ON_HOLD
    return meaning


def last_activity(request: JRequest) -> datetime:
    """When the request last changed, as far as a customer can see: created, its status set,
    or its newest public comment (with ``expand=comment``)."""
    moments = [request.created, request.status_date,
               *(c.created for c in request.comments if c.public)]
    return max((m for m in moments if m is not None), default=EPOCH)


def to_ticket(request: JRequest, base_url: str) -> Ticket:
    """The model of a request; its address is the portal's page when Jira gave one."""
    created = request.created or EPOCH
    return Ticket(id=request.key, subject=request.summary,
                  status=status_of(request.status, request.category),
                  raw_status=request.status, created=created,
                  updated=max(last_activity(request), created),
                  queue=request.request_type,
                  url=request.web_url or f"{base_url}/browse/{request.key}")


def attachment_id(key: str, attachment: JAttachment) -> str:
    """HelpClient's id of a file: the request's key and the file's number (the download path
    needs both)."""
    return f"{key}/{attachment.id}"


def _info(key: str, files: Iterable[JAttachment]) -> tuple[AttachmentInfo, ...]:
    return tuple(AttachmentInfo(attachment_id(key, a), a.filename, a.mime_type, a.size)
                 for a in files)


def comment_html(comment: JComment) -> tuple[str, bool]:
    """A comment's text without the key marker: sanitized HTML when Jira rendered it, else
    its plain text."""
    if comment.html.strip():
        return _MARKER_HTML.sub("", sanitize_html(comment.html)).strip(), True
    return strip_key_marker(comment.body), False


def conversation(request: JRequest, comments: Sequence[JComment],
                 files: Sequence[JAttachment]) -> list[Message]:
    """The request's text (with the files no comment carries) and its public comments, oldest
    first. Internal comments never appear, nor their files."""
    public = [c for c in comments if c.public]
    hidden = {a.id for c in comments if not c.public for a in c.attachments}
    on_comments = {a.id for c in public for a in c.attachments} | hidden
    messages = [Message(id=request.key, author="", created=request.created or EPOCH,
                        body=strip_key_marker(request.description),
                        attachments=_info(request.key, (a for a in files
                                                        if a.id not in on_comments)))]
    for comment in public:
        body, is_html = comment_html(comment)
        messages.append(Message(
            id=comment.id, author=comment.author, created=comment.created or EPOCH,
            body=body, is_html=is_html,
            from_support=bool(comment.author_id) and comment.author_id != request.reporter_id,
            attachments=_info(request.key, comment.attachments)))
    messages.sort(key=lambda m: m.created)
    return messages


def highlighted(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text with Atlassian's ``@@@hl@@@…@@@endhl@@@`` markers taken out, and the ranges they
    marked (unbalanced markers are dropped, not shown)."""
    plain: list[str] = []
    ranges: list[tuple[int, int]] = []
    length, start = 0, None
    for part in re.split(f"({re.escape(HL_OPEN)}|{re.escape(HL_CLOSE)})", text):
        if part == HL_OPEN:
            start = length
        elif part == HL_CLOSE:
            if start is not None and length > start:
                ranges.append((start, length))
            start = None
        else:
            plain.append(part)
            length += len(part)
    return "".join(plain), tuple(ranges)


def _one_line(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", text)).split())


def article_id(hit: KBHit) -> str:
    """A stable id for a search result (the API gives articles none): of its page's address
    and title."""
    title, _ = highlighted(hit.title)  # the same article whatever the query marked
    return hashlib.sha256(f"{hit.url}\n{title}".encode()).hexdigest()[:24]


def to_article(hit: KBHit) -> Article:
    """A knowledge-base result: title, the excerpt with its highlights, and its page (the body
    is the excerpt and a link: Confluence pages open in the browser)."""
    title, _ = highlighted(hit.title)
    excerpt, ranges = highlighted(_one_line(hit.excerpt))
    body = "<p>" + "".join(
        (f"<b>{html.escape(excerpt[s:e])}</b>" if mark else html.escape(excerpt[s:e]))
        for s, e, mark in _segments(len(excerpt), ranges)) + "</p>"
    if hit.url:
        body += f'<p><a href="{html.escape(hit.url, quote=True)}">{html.escape(hit.url)}</a></p>'
    return Article(id=article_id(hit), title=_one_line(title), body=body, is_html=True,
                   summary=excerpt, summary_highlights=ranges, source=PRODUCT, url=hit.url)


def _segments(length: int, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    found, pos = [], 0
    for start, end in ranges:
        found.append((pos, start, False))
        found.append((start, end, True))
        pos = end
    found.append((pos, length, False))
    return [(s, e, m) for s, e, m in found if e > s]
