"""A documented GLPI 10 for one scenario: its tickets, follow-ups and files, and the exchanges
the connector's operations take there (see ``glpi_docs.py`` for the sources).

``write_glpi.py`` drives it scenario by scenario; what it writes is committed and read in review
(``exchanges/glpi/``): a replay then holds the connector to exactly these requests.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import glpi_docs as d

#: the numbers GLPI hands out, across all scenarios of a run (a server that keeps going)
_TICKETS = itertools.count(101)
_ENTRIES = itertools.count(301)
_DOCUMENTS = itertools.count(501)
_LINKS = itertools.count(801)


def restart_numbers() -> None:
    """Number from the start again (a scenario on a fresh server)."""
    global _TICKETS, _ENTRIES, _DOCUMENTS, _LINKS
    _TICKETS, _ENTRIES = itertools.count(101), itertools.count(301)
    _DOCUMENTS, _LINKS = itertools.count(501), itertools.count(801)

TICKET_COLUMNS = {"forcedisplay[0]": "2", "forcedisplay[1]": "1", "forcedisplay[2]": "12",
                  "forcedisplay[3]": "15", "forcedisplay[4]": "19"}


def mine(status: str = "all") -> dict[str, str]:
    """The criteria "I am a requester" and "status is …"."""
    return {"criteria[0][field]": "4", "criteria[0][searchtype]": "equals",
            "criteria[0][value]": "myself", "criteria[1][link]": "AND",
            "criteria[1][field]": "12", "criteria[1][searchtype]": "equals",
            "criteria[1][value]": status}


@dataclass
class Doc:
    id: int
    filename: str
    content: bytes
    mime: str
    owner: int
    ticket: int
    when: str
    link: int  # its Document_Item

    def link_record(self, itemtype: str, item_id: int) -> dict[str, Any]:
        return {"id": self.link, "documents_id": self.id, "items_id": item_id,
                "itemtype": itemtype, "entities_id": 0, "is_recursive": 0,
                "date_mod": self.when, "users_id": self.owner, "timeline_position": 1,
                "date_creation": self.when, "date": self.when}

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "entities_id": 0, "is_recursive": 0,
                "name": f"Document Ticket {self.ticket}", "filename": self.filename,
                "filepath": f"{self.filename.rsplit('.', 1)[-1].upper()[:4]}/{self.id:02d}/"
                            f"{self.id}.bin", "documentcategories_id": 0, "mime": self.mime,
                "date_mod": self.when, "comment": None, "is_deleted": 0, "link": None,
                "users_id": self.owner, "tickets_id": self.ticket,
                "sha1sum": "0" * 40, "is_blacklisted": 0, "tag": f"{self.id:08x}",
                "date_creation": self.when}


@dataclass
class Entry:
    id: int
    itemtype: str  # ITILFollowup or ITILSolution
    author: int
    text: str  # as GLPI returns it
    when: str
    private: bool = False
    status: int = 2
    files: list[Doc] = field(default_factory=list)

    def record(self, ticket: int) -> dict[str, Any]:
        names = {"users_id": d.USER_NAME if self.author == d.USER_ID else d.TECH_NAME}
        if self.itemtype == "ITILSolution":
            return {"id": self.id, "itemtype": "Ticket", "items_id": ticket,
                    "solutiontypes_id": 0, "solutiontype_name": None, "content": self.text,
                    "date_creation": self.when, "date_mod": self.when, "date_approval": None,
                    "users_id": self.author, "user_name": None, "users_id_editor": 0,
                    "users_id_approval": 0, "user_name_approval": None,
                    "status": self.status, "itilfollowups_id": None, "_keys_names": names}
        return {"id": self.id, "itemtype": "Ticket", "items_id": ticket, "date": self.when,
                "users_id": self.author, "users_id_editor": 0, "content": self.text,
                "is_private": int(self.private), "requesttypes_id": 1, "date_mod": self.when,
                "date_creation": self.when, "timeline_position": 1 if self.author == d.USER_ID
                else 4, "sourceitems_id": 0, "sourceof_items_id": 0, "_keys_names": names}


@dataclass
class Ticket:
    id: int
    name: str
    content: str  # as GLPI returns it
    opened: str
    updated: str
    status: int = 1
    requester: int = d.USER_ID
    closed: str | None = None
    files: list[Doc] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)

    def record(self, names: bool = False) -> dict[str, Any]:
        found = {
            "id": self.id, "entities_id": 0, "name": d.stored(self.name), "date": self.opened,
            "closedate": self.closed, "solvedate": None, "takeintoaccountdate": None,
            "date_mod": self.updated, "users_id_lastupdater": self.requester,
            "status": self.status, "users_id_recipient": self.requester,
            "requesttypes_id": 1, "content": self.content, "urgency": 3, "impact": 3,
            "priority": 3, "itilcategories_id": 0, "type": 1, "global_validation": 1,
            "slas_id_ttr": 0, "slas_id_tto": 0, "slalevels_id_ttr": 0, "time_to_resolve": None,
            "time_to_own": None, "begin_waiting_date": None, "sla_waiting_duration": 0,
            "ola_waiting_duration": 0, "olas_id_tto": 0, "olas_id_ttr": 0,
            "olalevels_id_ttr": 0, "ola_ttr_begin_date": None,
            "internal_time_to_resolve": None, "internal_time_to_own": None,
            "waiting_duration": 0, "close_delay_stat": 0, "solve_delay_stat": 0,
            "takeintoaccount_delay_stat": 0, "actiontime": 0, "is_deleted": 0,
            "locations_id": 0, "validation_percent": 0, "date_creation": self.opened}
        if names:
            found["_keys_names"] = {"users_id_recipient": d.USER_NAME
                                    if self.requester == d.USER_ID else "Mary Manager"}
        return found

    def row(self, *extra: int) -> dict[str, Any]:
        """The search row with the columns asked for (and the criteria's columns)."""
        found: dict[str, Any] = {"2": self.id, "1": d.stored(self.name), "12": self.status,
                                 "15": self.opened, "19": self.updated, "4": self.requester,
                                 "80": "Root entity"}
        if 21 in extra:
            found["21"] = self.content
        return found


class World:
    """The server side of one scenario; :attr:`steps` is what the scenario file holds."""

    def __init__(self, start: str = "2026-12-07 11:05:00") -> None:
        self.steps: list[dict[str, Any]] = []
        self.now = datetime.fromisoformat(start)
        self.tickets: dict[int, Ticket] = {}
        # per session (one connector each): entries whose files, and documents whose records,
        # the connector has already asked for (it caches them)
        self.seen_entries: dict[str, set[tuple[str, int]]] = {}
        self.seen_documents: dict[str, set[int]] = {}

    def tick(self, seconds: int = 1) -> str:
        self.now += timedelta(seconds=seconds)
        return self.now.strftime("%Y-%m-%d %H:%M:%S")

    def add(self, *steps: dict[str, Any]) -> None:
        self.steps.extend(steps)

    def support(self, action: str, args: dict[str, Any], result: Any = None) -> None:
        self.steps.append({"support": action, "args": args, "result": result})

    def old_ticket(self, name: str, status: int, updated: str) -> Ticket:
        """A ticket the user had before the scenario."""
        ticket = Ticket(next(_TICKETS), name, d.stored(d.sent_html(name)), updated, updated,
                        status=status)
        self.tickets[ticket.id] = ticket
        return ticket

    def new_ticket(self, subject: str, body: str, key: str = "") -> Ticket:
        when = self.tick(7)
        ticket = Ticket(next(_TICKETS), subject, d.stored(d.sent_html(body, key)), when, when)
        self.tickets[ticket.id] = ticket
        return ticket

    def attach(self, owner: int, ticket: Ticket, filename: str, content: bytes,
               mime: str) -> Doc:
        return Doc(next(_DOCUMENTS), filename, content, mime, owner, ticket.id, ticket.updated,
                   next(_LINKS))

    def entry(self, ticket: Ticket, itemtype: str, author: int, text: str, *,
              private: bool = False) -> Entry:
        found = Entry(next(_ENTRIES), itemtype, author, text, self.tick(5), private)
        ticket.entries.append(found)
        ticket.updated = found.when
        return found
