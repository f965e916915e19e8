"""GLPI's search engine over the API (``search/<itemtype>``): query parameters and answers.

Criteria travel as PHP array parameters (``criteria[0][field]=4&criteria[0][searchtype]=…``),
columns to return as ``forcedisplay[n]``. The answer is ``{"totalcount", "count", "data":
[rows]}`` where each row maps search-option numbers (as text) to raw values; ``data`` is left out
when nothing matched, and is an object keyed by item id with ``withindexes``.

The search options used (``Ticket::rawSearchOptions`` and ``CommonITILObject``'s in GLPI 10):
1 title, 2 id, 4 requester, 12 status, 15 opening date, 19 last update, 21 description;
``KnowbaseItem``: 2 id, 6 subject (1 in GLPI 11), 7 content, 19 last update.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from helpclient.backends import shapes
from helpclient.core.errors import BadResponse

Params = list[tuple[str, str]]

TICKET_ID, TICKET_TITLE, TICKET_REQUESTER, TICKET_STATUS = 2, 1, 4, 12
TICKET_OPENED, TICKET_UPDATED, TICKET_DESCRIPTION = 15, 19, 21
#: the columns a ticket row needs (see :func:`records.ticket_row`)
TICKET_COLUMNS = (TICKET_ID, TICKET_TITLE, TICKET_STATUS, TICKET_OPENED, TICKET_UPDATED)

ARTICLE_ID, ARTICLE_CONTENT, ARTICLE_UPDATED = 2, 7, 19
#: GLPI 10 numbers an article's subject 6; GLPI 11 renumbered it 1 (and has no 6)
ARTICLE_SUBJECT, ARTICLE_SUBJECT_11 = 6, 1


@dataclass(frozen=True)
class Criterion:
    """One search criterion; ``link`` joins it to the previous one (AND, OR, AND NOT…)."""

    field: int
    searchtype: str
    value: str
    link: str = "AND"


def mine(status: str = "all") -> list[Criterion]:
    """Tickets the signed-in user is a requester of, in ``status`` (``all``, ``notold``…)."""
    return [Criterion(TICKET_REQUESTER, "equals", "myself"),
            Criterion(TICKET_STATUS, "equals", status)]


def params(criteria: Sequence[Criterion], columns: Sequence[int], *,
           sort: int | None = None, order: str = "") -> Params:
    """The query parameters of a search (paging added by the caller)."""
    found: Params = []
    for index, criterion in enumerate(criteria):
        if index:
            found.append((f"criteria[{index}][link]", criterion.link))
        found += [(f"criteria[{index}][field]", str(criterion.field)),
                  (f"criteria[{index}][searchtype]", criterion.searchtype),
                  (f"criteria[{index}][value]", criterion.value)]
    found += [(f"forcedisplay[{i}]", str(column)) for i, column in enumerate(columns)]
    if sort is not None:
        found.append(("sort", str(sort)))
    if order:
        found.append(("order", order))
    return found


def rows(data: Any, what: str) -> list[Any]:
    """The rows of one page of a search answer."""
    answer = shapes.expect_object(data, what)
    if "totalcount" not in answer:
        raise BadResponse(f"The helpdesk sent an answer HelpClient cannot use: {what} has no "
                          "total count.")
    found = answer.get("data")
    if isinstance(found, dict):  # withindexes: {"<id>": row}
        return list(found.values())
    return shapes.expect_list(found, f"the rows of {what}")

