"""The exchanges each connector operation takes with a documented GLPI 10, and what support
does there meanwhile (for ``write_glpi.py``)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import glpi_docs as d
from glpi_world import TICKET_COLUMNS, Doc, Entry, Ticket, World, mine

#: (file name, content, Content-Type sent, the MIME type GLPI detects and stores)
File = tuple[str, bytes, str, str]


def _upload_result(files: Sequence[File]) -> dict[str, Any]:
    prefix = "6567bd27a4b8c4.1"
    return {"filename": [{
        "name": f"{prefix}{name}", "size": len(content), "type": sent,
        "url": f"@@BASE@@/files/_tmp/{prefix}{name}", "deleteUrl": "", "deleteType": "DELETE",
        "prefix": prefix, "display": name, "filesize": f"{len(content)} B", "id": f"doc{i}"}
        for i, (name, content, sent, _mime) in enumerate(files)]}


def _post(world: World, session: str, itemtype: str, payload: dict[str, Any],
          files: Sequence[File], created: int, message: str) -> None:
    answer: dict[str, Any] = {"id": created, "message": message}
    if files:
        payload = {**payload, "_filename": [f[0] for f in files]}
        parts = [d.manifest(payload), *(d.upload_part(i, name, content, sent)
                                        for i, (name, content, sent, _) in enumerate(files))]
        body: dict[str, Any] = {"multipart": parts}
        content_type: Any = d.multipart_type()
        answer["upload_result"] = _upload_result(files)
    else:
        body, content_type = {"json": {"input": payload}}, "application/json"
    world.add(d.step("POST", itemtype, session,
                     d.answer(201, answer, Location=f"@@BASE@@/apirest.php/{itemtype}/{created}"),
                     body=body, content=content_type))


def get_ticket(world: World, session: str, ticket: Ticket) -> None:
    world.add(d.item(session, f"Ticket/{ticket.id}", ticket.record()))


def create(world: World, session: str, subject: str, body: str, *, key: str = "",
           files: Sequence[File] = ()) -> Ticket:
    """``create_ticket``: POST Ticket (multipart with files), then the ticket read back."""
    ticket = world.new_ticket(subject, body, key)
    for name, content, _sent, mime in files:
        ticket.files.append(world.attach(d.USER_ID, ticket, name, content, mime))
    payload = {"name": subject, "content": d.sent_html(body, key),
               "_users_id_requester": d.USER_ID, "type": 1}
    _post(world, session, "Ticket", payload, files, ticket.id,
          f"Your ticket has been registered. (Ticket: {ticket.id})")
    get_ticket(world, session, ticket)
    return ticket


def search_tickets(world: World, session: str, found: Sequence[Ticket], *, since: str = "",
                   size: int = 50, extra: dict[str, str] | None = None, sort: str = "19",
                   order: str = "DESC", limit: int = 0) -> None:
    """``search/Ticket`` for the user's tickets, page after page (``found`` in GLPI's
    order)."""
    query = mine("all")
    if since:
        query.update({"criteria[2][link]": "AND", "criteria[2][field]": "19",
                      "criteria[2][searchtype]": "morethan", "criteria[2][value]": since})
    query.update(extra or {})
    query.update({**TICKET_COLUMNS, "sort": sort, "order": order})
    columns = (21,) if extra and "21" in extra.values() else ()
    size = min(size, limit) if limit else size
    first, total = 0, len(found)
    while True:
        page = found[first:first + size]
        answer = d.ranged([t.row(*columns) for t in page], first, size, total, "Ticket",
                          search=True)
        answer["json"]["sort"], answer["json"]["order"] = [int(sort)], [order]
        world.add(d.step("GET", "search/Ticket", session, answer,
                         query={**query, "range": f"{first}-{first + size - 1}"}))
        if limit or first + size >= total:
            return
        first += size


def _documents(world: World, session: str, path: str, itemtype: str, item_id: int,
               files: Sequence[Doc]) -> None:
    world.add(d.sub_items(session, path, [f.link_record(itemtype, item_id) for f in files]))
    seen = world.seen_documents.setdefault(session, set())
    for doc in files:
        if doc.id not in seen:
            seen.add(doc.id)
            world.add(d.item(session, f"Document/{doc.id}", doc.record()))


def entries(world: World, session: str, ticket: Ticket, itemtype: str, *,
            sends_private: bool = False) -> list[Entry]:
    """The ticket's follow-ups or solutions. GLPI 10 leaves out private follow-ups for a
    profile without the "see private" right (``Search::addDefaultWhere``);
    ``sends_private``: a server that sends them anyway (an older GLPI, another profile)."""
    found = [e for e in ticket.entries if e.itemtype == itemtype
             and (sends_private or not e.private)]
    world.add(d.sub_items(session, f"Ticket/{ticket.id}/{itemtype}",
                          [e.record(ticket.id) for e in found], names="users_id"))
    return found


def conversation(world: World, session: str, ticket: Ticket, *,
                 sends_private: bool = False) -> None:
    """``conversation``: the ticket, its follow-ups and solutions, then the files of the
    ticket and of each public entry (those of an entry or document once per connector)."""
    world.add(d.item(session, f"Ticket/{ticket.id}", ticket.record(names=True),
                     names="users_id_recipient"))
    followups = [e for e in entries(world, session, ticket, "ITILFollowup",
                                    sends_private=sends_private) if not e.private]
    solutions = entries(world, session, ticket, "ITILSolution")
    _documents(world, session, f"Ticket/{ticket.id}/Document_Item", "Ticket", ticket.id,
               ticket.files)
    seen = world.seen_entries.setdefault(session, set())
    for entry in [*followups, *solutions]:
        if (entry.itemtype, entry.id) not in seen:
            seen.add((entry.itemtype, entry.id))
            _documents(world, session, f"{entry.itemtype}/{entry.id}/Document_Item",
                       entry.itemtype, entry.id, entry.files)


def download(world: World, session: str, doc: Doc) -> None:
    world.add(d.step("GET", f"Document/{doc.id}", session,
                     d.file_answer(doc.content, doc.filename, doc.mime),
                     accept="application/octet-stream"))


def reply(world: World, session: str, ticket: Ticket, body: str, *, key: str = "",
          files: Sequence[File] = ()) -> Entry:
    """``reply``: a public follow-up (multipart with files)."""
    entry = world.entry(ticket, "ITILFollowup", d.USER_ID, d.stored(d.sent_html(body, key)))
    for name, content, _sent, mime in files:
        entry.files.append(world.attach(d.USER_ID, ticket, name, content, mime))
    payload = {"itemtype": "Ticket", "items_id": ticket.id, "content": d.sent_html(body, key),
               "is_private": 0}
    _post(world, session, "ITILFollowup", payload, files, entry.id, "")
    return entry


def _file_args(files: Sequence[File]) -> list[dict[str, str]]:
    return [{"filename": name, "content_type": sent,
             "sha256": hashlib.sha256(content).hexdigest()}
            for name, content, sent, _mime in files]


def support_reply(world: World, ticket: Ticket, text: str, markup: str = "", *,
                  files: Sequence[File] = (), private: bool = False) -> Entry:
    """Support writes in GLPI's editor: a follow-up (``markup``: its HTML, else ``text`` as a
    paragraph), public or private, with files."""
    entry = world.entry(ticket, "ITILFollowup", d.TECH_ID,
                        d.stored(markup or f"<p>{text}</p>"), private=private)
    for name, content, _sent, mime in files:
        entry.files.append(world.attach(d.TECH_ID, ticket, name, content, mime))
    world.support("internal_note" if private else "public_reply",
                  {"ticket": str(ticket.id), "text": text, "files": _file_args(files)})
    return entry
