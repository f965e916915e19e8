"""The files of a GLPI conversation: ``Document_Item`` links and the ``Document`` they name.

A file sent with a ticket is linked to the ticket (``Ticket/<id>/Document_Item``); one sent
with a follow-up or a solution is linked to that follow-up or solution (GLPI ≥ 9.5 shows it in
the timeline there). Links of a follow-up or solution never change once written, and a
document's name and type do not either, so both are cached: a conversation fetched again after
a change asks only about its new entries. Private follow-ups are never asked about, so the
files of an internal note are never even listed.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from helpclient.backends import shapes
from helpclient.backends.glpi import records
from helpclient.backends.glpi.client import GlpiClient, Params
from helpclient.core.errors import NotFound, PermissionDenied

log = logging.getLogger(__name__)

#: links and documents kept per connector (a few hundred bytes each)
CACHE_SIZE = 2000
#: the parameters of every item request: no HATEOAS links (smaller answers)
ITEM: Params = [("get_hateoas", "false")]


class DocumentReader:
    """Finds the documents attached to a ticket, follow-up or solution."""

    def __init__(self, client: GlpiClient, page_size: int) -> None:
        self._glpi = client
        self._page = page_size
        self._entry_files: Callable[[str, str], tuple[records.DocumentRecord, ...]] = (
            functools.lru_cache(maxsize=CACHE_SIZE)(self._attached))
        self._document: Callable[[str], records.DocumentRecord | None] = (
            functools.lru_cache(maxsize=CACHE_SIZE)(self._fetch_document))

    def of_ticket(self, ticket_id: str) -> tuple[records.DocumentRecord, ...]:
        """The files linked to the ticket itself (asked each time: support may add some)."""
        return self._attached("Ticket", ticket_id)

    def of_entry(self, itemtype: str, entry_id: str) -> tuple[records.DocumentRecord, ...]:
        """The files of a public follow-up or a solution (cached)."""
        return self._entry_files(itemtype, entry_id)

    def _attached(self, itemtype: str, item_id: str) -> tuple[records.DocumentRecord, ...]:
        try:
            items = self._glpi.collect(f"{itemtype}/{item_id}/Document_Item", ITEM, self._page,
                                       _as_list)
        except PermissionDenied:
            # a profile without the right to list document links still sees the messages
            log.warning("GLPI refused the list of files of %s %s", itemtype, item_id)
            return ()
        found: list[records.DocumentRecord] = []
        for item in items:
            link = records.document_link(item)
            # the server filters by parent; a link elsewhere is not this entry's
            if link.itemtype != itemtype or link.item_id != item_id:
                continue
            document = self._document(link.document_id)
            if document is not None:
                found.append(document)
        return tuple(found)

    def _fetch_document(self, document_id: str) -> records.DocumentRecord | None:
        try:
            answer = self._glpi.call("GET", f"Document/{document_id}", params=ITEM)
        except (NotFound, PermissionDenied):
            return None  # deleted since, or hidden: nothing to offer
        return records.document(answer.data)


def _as_list(data: Any) -> list[Any]:
    return shapes.expect_list(data, "a list of attached documents")
