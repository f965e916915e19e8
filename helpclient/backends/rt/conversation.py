"""Reading a ticket's conversation and its files from Request Tracker (REST2).

RT pages the raw rows and only then drops those the user may not see (the EmailRecord of every
mail RT sends, internal comments): an unfiltered page comes back short while more follow, and a
short page is the only end mark an unprivileged user gets. So a conversation is asked for by
transaction type and its parts by transaction, leaving no hidden rows to cut it short.
Attachments come from ``GET /attachment/<id>`` as base64 inside JSON (see the connector).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping

from helpclient.backends.base import in_chunks
from helpclient.backends.report_key import strip_key_marker
from helpclient.backends.rt import mapping as rtm
from helpclient.backends.rt import records
from helpclient.backends.rt.client import RTClient
from helpclient.core.errors import NotFound, Transient
from helpclient.core.models import Message

_HISTORY_FIELDS: Mapping[str, str] = {
    "fields": "Type,Creator,Created,Field,OldValue,NewValue",
    "fields[Creator]": "Name,RealName",
}
# What a conversation is made of (mapping.is_message, is_status_change): types a requestor with
# ShowTicket sees, so no row of a page is dropped after paging (see the module docstring).
_CONVERSATION_TYPES = ("Create", "Correspond", "Status", "Set")
# Transactions whose parts one request asks for (the ids travel in the query string).
_PARTS_PER_REQUEST = 100
# Not "Parent": RT 5.0.3 crashes (HTTP 500) expanding it for top-level parts.
_PART_FIELDS: Mapping[str, str] = {"fields": "TransactionId,Filename,ContentType,ContentLength"}

#: How many message bodies a backend keeps (typical replies are a few KB of text).
BODY_CACHE_SIZE = 2000


class ConversationReader:
    """A ticket's messages and files, through one backend's :class:`RTClient`."""

    def __init__(self, rt: RTClient) -> None:
        self._rt = rt
        # a message's content never changes in RT: a ticket's conversation, fetched again
        # after each change, only downloads the new messages' bodies
        self._body = functools.lru_cache(maxsize=BODY_CACHE_SIZE)(self._fetch_body)

    def conversation(self, number: int) -> list[Message]:
        """Creation, replies and status changes of ticket ``number``, oldest first; comments
        are never included."""
        path = f"ticket/{number}"
        requestors = records.requestor_logins(self._rt.call("GET", path))
        types = " OR ".join(f"Type = '{t}'" for t in _CONVERSATION_TYPES)
        query = f"ObjectType = 'RT::Ticket' AND ObjectId = {number} AND ({types})"
        history = [records.transaction_from_item(item) for item in self._rt.collect(
            "transactions", {**_HISTORY_FIELDS, "query": query, "orderby": "id",
                             "order": "ASC"})]
        messages = [txn.id for txn in history if rtm.is_message(txn)]
        parts_by_txn: dict[str, list[records.Part]] = {}
        for start in range(0, len(messages), _PARTS_PER_REQUEST):
            of_these = json.dumps([{"field": "TransactionId", "operator": "IN",
                                    "value": messages[start:start + _PARTS_PER_REQUEST]}])
            for item in self._rt.collect(f"{path}/attachments",
                                         {**_PART_FIELDS, "query": of_these}):
                part = records.part_from_item(item)
                parts_by_txn.setdefault(part.transaction_id, []).append(part)
        bodies: dict[str, tuple[str, bool]] = {}
        for txn in history:
            body = rtm.body_part(parts_by_txn.get(txn.id, ())) if rtm.is_message(txn) else None
            if body is not None:
                bodies[txn.id] = self._body(body.id, body.content_type)
        return rtm.build_conversation(history, parts_by_txn, bodies, requestors)

    def _fetch_body(self, attachment_id: str, content_type: str) -> tuple[str, bool]:
        """A message's text (without the key marker) and whether it is HTML."""
        raw = rtm.decode_content(self._rt.call("GET", f"attachment/{attachment_id}"))
        text = strip_key_marker(raw.decode("utf-8", errors="replace"))
        return text, content_type == "text/html"

    def _attachment_visible(self, number: int) -> bool:
        """Whether the attachment exists and the user may read it (one search request)."""
        needle = json.dumps([{"field": "id", "operator": "=", "value": number}])
        found = self._rt.call("GET", "attachments",
                              params={"query": needle, "per_page": 1, "fields": "id"})
        return records.has_items(found, "the search for an attachment")

    def download(self, number: int) -> Iterator[bytes]:
        """Attachment ``number``'s bytes in chunks. The request is made before this returns,
        so errors are raised here rather than on the first chunk."""
        try:
            data = self._rt.call("GET", f"attachment/{number}")
        except Transient as failed:
            # RT 5.0.3 fails with HTTP 500 (exactly Transient) rather than 404 for an attachment
            # that does not exist; its search tells the two apart, hiding what the user may not
            # see, so a missing file is not retried for ever
            if type(failed) is Transient and not self._attachment_visible(number):
                raise NotFound(
                    f"There is no attachment {number}, or you cannot see it.") from failed
            raise
        return in_chunks(rtm.decode_content(data))
