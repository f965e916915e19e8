"""Write Freshservice's scenario files for the contract suite from the vendor's documentation.

    .venv/bin/python tests/contract/write_freshservice.py

Freshservice is a cloud service that cannot be reached from here, so each scenario of the suite
is written out as Freshservice answers it according to its API v2 reference (the pieces are in
``freshservice_docs.py``): the exact requests a requester's client makes for that behaviour —
method, path, query, headers, JSON or multipart body, file digests — and Freshservice's answers,
errors, ``Link`` pages and rate-limit headers included. ``exchanges/freshservice/faults.json``
holds the fault answers (written by hand, each with its source).
``test_contract_freshservice_exchanges.py`` fails when the committed files differ from what
this script writes.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import freshservice_docs as f  # noqa: E402
import scenario_files as files  # noqa: E402
from content import BINARY, HOSTILE_NAME, LOG_TEXT, PHOTO  # noqa: E402
from exchanges import EXCHANGES  # noqa: E402

FOLDER = EXCHANGES / "freshservice"
Steps = list[dict[str, Any]]
File = tuple[str, bytes, str]
REPORT_KEY, FIND_KEY, REPLY_KEY = ("contract-report-7d3f0c1e", "contract-find-52b9e4a0",
                                   "contract-reply-19c4ab72")
FIX = b"MZ this would run if it were saved as it is named\n"
TEXT_PART = "text/plain; charset=utf-8"


def marker(key: str) -> str:
    """The key's line a client adds last."""
    return f"HelpClient-Report: {key}"


def field(name: str, value: str) -> dict[str, Any]:
    """A form field of a multipart request."""
    return {"name": name, "content_type": TEXT_PART, "text": value}


def file_part(name: str, content: bytes, content_type: str) -> dict[str, Any]:
    """An ``attachments[]`` part: the file, checked by its digest."""
    return {"name": "attachments[]", "filename": name, "content_type": content_type,
            "sha256": f.sha256(content), "size": len(content)}


class Helpdesk:
    """One scenario's Freshservice: hands out numbers and moves its clock."""

    def __init__(self, first_ticket: int = 31) -> None:
        self.next_ticket, self.next_conversation, self.next_file = first_ticket, 101, 41
        self.now = f.START
        self.tickets: dict[int, dict[str, Any]] = {}
        self.conversations: dict[int, list[dict[str, Any]]] = {}

    def tick(self, seconds: int = 3) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def _files(self, files: tuple[File, ...]) -> tuple[dict[str, Any], ...]:
        made = []
        for name, content, mime in files:
            made.append(f.attachment(self.next_file, name, content, mime, self.now))
            self.next_file += 1
        return tuple(made)

    def create(self, subject: str, body: str, key: str = "",
               files: tuple[File, ...] = ()) -> dict[str, Any]:
        """``POST tickets`` ("Create a Ticket"; with files "Create Ticket with attachment")."""
        number = self.next_ticket
        self.next_ticket += 1
        lines = [body, marker(key)] if key else [body]
        description = f.paragraphs(*lines)
        created = self.tick()
        self.tickets[number] = f.ticket(number, subject, description, f.plain(*lines), created,
                                        files=self._files(files))
        self.conversations[number] = []
        values = {"email": f.EMAIL, "subject": subject, "description": description,
                  "priority": 1, "urgency": 1, "status": 2, "source": 2}
        if files:
            sent: dict[str, Any] = {"multipart": [
                *(field(k, str(v)) for k, v in values.items()),
                *(file_part(*file) for file in files)]}
        else:
            sent = {"json": values}
        return f.step("POST", "tickets", status=201, body=sent,
                      answer={"ticket": copy.deepcopy(self.tickets[number])})

    def _converse(self, ticket_id: int, text: str, *, agent: bool, private: bool = False,
                  files: tuple[File, ...] = (), key: str = "") -> dict[str, Any]:
        lines = [text, marker(key)] if key else [text]
        body = f.paragraphs(*lines) if not agent else f"<div>{text}</div>"
        when = self.tick(1)
        found = f.conversation(self.next_conversation, ticket_id, body, f.plain(*lines), when,
                               agent=agent, private=private, files=self._files(files))
        self.next_conversation += 1
        self.conversations[ticket_id].append(found)
        self.tickets[ticket_id]["updated_at"] = f.iso(when)
        return found

    def note(self, ticket_id: int, text: str, files: tuple[File, ...] = (),
             key: str = "") -> dict[str, Any]:
        """The requester's public note (``POST tickets/{id}/notes``, "Create a Note")."""
        made = self._converse(ticket_id, text, agent=False, files=files, key=key)
        values = {"body": made["body"], "private": False, "incoming": True}
        if files:
            sent: dict[str, Any] = {"multipart": [
                field("body", made["body"]), field("private", "false"),
                field("incoming", "true"), *(file_part(*file) for file in files)]}
        else:
            sent = {"json": values}
        return f.step("POST", f"tickets/{ticket_id}/notes", status=201, body=sent,
                      answer={"conversation": copy.deepcopy(made)})

    def support(self, ticket_id: int, text: str, files: tuple[File, ...] = (), *,
                private: bool = False) -> dict[str, Any]:
        """An agent's reply, or a private note (support's step)."""
        self._converse(ticket_id, text, agent=True, private=private, files=files)
        return {"support": "internal_note" if private else "public_reply", "args": {
            "ticket": str(ticket_id), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": f.sha256(c)}
                      for n, c, m in files]}}

    def show(self, ticket_id: int) -> dict[str, Any]:
        return f.step("GET", f"tickets/{ticket_id}",
                      answer={"ticket": copy.deepcopy(self.tickets[ticket_id])})

    def talk(self, ticket_id: int) -> dict[str, Any]:
        return f.step("GET", f"tickets/{ticket_id}/conversations", query={"per_page": "100"},
                      answer={"conversations": copy.deepcopy(self.conversations[ticket_id])})

    def read(self, ticket_id: int) -> list[dict[str, Any]]:
        """What ``conversation`` asks: the ticket, then its conversations."""
        return [self.show(ticket_id), self.talk(ticket_id)]

    def listing(self, ids: list[int], per_page: int = 100, since: str = f.EVERYTHING,
                page: int = 0, more: bool = False) -> dict[str, Any]:
        query = f.mine(per_page, since, page)
        following = f.page_link("tickets", f.mine(per_page, since, (page or 1) + 1)) \
            if more else None
        return f.step("GET", "tickets", query=query, next_page=following,
                      answer={"tickets": [copy.deepcopy(self.tickets[i]) for i in ids]})

    def newest_first(self) -> list[int]:
        return sorted(self.tickets, key=lambda i: self.tickets[i]["created_at"], reverse=True)

    def download(self, found: dict[str, Any], content: bytes) -> list[dict[str, Any]]:
        """"Download Attachment": the redirect, then the file from storage."""
        redirect, stored = f.redirect_to_file(found["id"])
        return [f.step("GET", f"attachments/{found['id']}", response=redirect),
                f.stored_file(stored, content, found["content_type"])]


def test_whoami_is_the_signed_in_user() -> Steps:
    return [f.step("GET", "tickets", query={"email": f.EMAIL, "per_page": "1"},
                   answer={"tickets": []})]


def test_create_with_attachments_and_key_reads_back() -> Steps:
    desk = Helpdesk()
    files = (("dump.bin", BINARY, "application/octet-stream"),
             ("журнал.txt", LOG_TEXT, "text/plain"))
    created = desk.create("Laptop disk full", "The disk is full.\nНе могу сохранить файл.",
                          REPORT_KEY, files)
    stored = desk.tickets[31]["attachments"]
    return [created, desk.listing([31]), *desk.read(31), *desk.download(stored[0], BINARY),
            *desk.download(stored[1], LOG_TEXT)]


def test_find_by_key() -> Steps:
    desk = Helpdesk()
    created = desk.create("Printer offline", "It says offline.", FIND_KEY)
    since = datetime.fromisoformat(desk.tickets[31]["created_at"]) - timedelta(minutes=1)
    bound = f.iso(since - timedelta(days=1))
    return [created, desk.listing([31], since=bound), desk.listing([31], since=bound)]


def test_get_ticket() -> Steps:
    desk = Helpdesk()
    return [desk.create("Mouse lags", "Every few seconds."), desk.show(31)]


def test_list_all_pages_newest_first() -> Steps:
    desk = Helpdesk()
    steps = [desk.create(f"Paging ticket {n}", "For paging.") for n in range(1, 4)]
    newest = desk.newest_first()
    return [*steps, desk.listing(newest), desk.listing(newest[:2], 2, more=True),
            desk.listing(newest[2:], 2, page=2)]


def test_list_changed_since_across_pages() -> Steps:
    desk = Helpdesk(first_ticket=28)
    desk.create("Older request", "From last week.")
    desk.create("Another older request", "From yesterday.")
    before = desk.listing(desk.newest_first())
    cutoff = f.iso(max(datetime.fromisoformat(t["updated_at"]) for t in desk.tickets.values())
                   + timedelta(seconds=1))
    desk.tick(60)
    made = [desk.create(f"Changed after the cutoff {n}", "New.") for n in range(1, 4)]
    fresh = desk.newest_first()[:3]
    return [before, *made, desk.listing(fresh[:2], 2, cutoff, more=True),
            desk.listing(fresh[2:], 2, cutoff, page=2)]


def test_conversation_is_public_only() -> Steps:
    desk = Helpdesk()
    return [desk.create("VPN drops every hour", "Hourly."),
            desk.support(31, "Please update the VPN client."),
            desk.support(31, "INTERNAL: user is on the old laptop", (
                ("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain"),),
                private=True),
            *desk.read(31)]


def test_reply_with_a_file() -> Steps:
    desk = Helpdesk()
    created = desk.create("Printer jams", "Tray 2.")
    replied = desk.note(31, "Here is a photo.", (("jam.jpg", PHOTO, "image/jpeg"),), REPLY_KEY)
    photo = desk.conversations[31][-1]["attachments"][0]
    return [created, replied, *desk.read(31), *desk.download(photo, PHOTO), desk.talk(31),
            desk.talk(31)]


def test_download_with_a_hostile_file_name() -> Steps:
    desk = Helpdesk()
    steps = [desk.create("Invoice tool crashes", "On save."),
             desk.support(31, "Run the attached fix.",
                          ((HOSTILE_NAME, FIX, "application/octet-stream"),))]
    fix = desk.conversations[31][-1]["attachments"][0]
    return [*steps, *desk.read(31), *desk.download(fix, FIX)]


def test_solve_then_reopen_with_a_reason() -> Steps:
    desk = Helpdesk()
    created = desk.create("Screen flickers", "Since Monday.")
    record = desk.tickets[31]
    record.update(status=4, updated_at=f.iso(desk.tick()))
    solved = f.step("PUT", "tickets/31", body={"json": {"status": 4}},
                    answer={"ticket": copy.deepcopy(record)})
    shown_solved = desk.show(31)
    record.update(status=2, updated_at=f.iso(desk.tick()))
    reopened = f.step("PUT", "tickets/31", body={"json": {"status": 2}},
                      answer={"ticket": copy.deepcopy(record)})
    reason = desk.note(31, "It flickers again after the update.")
    return [created, solved, shown_solved, reopened, reason, desk.show(31), *desk.read(31)]


def test_wrong_credentials_are_an_auth_error() -> Steps:
    refused = f.error("invalid_credentials", "You have to be logged in to perform this action.")
    return [f.step("GET", "tickets", query={"email": f.EMAIL, "per_page": "1"}, status=401,
                   answer=refused, key=f.WRONG_KEY),
            f.step("GET", "tickets", query=f.mine(100), status=401, answer=refused,
                   key=f.WRONG_KEY)]


def test_someone_elses_ticket_is_permission_denied() -> Steps:
    return [{"support": "foreign_ticket", "args": {"subject": "The manager's laptop order"},
             "result": "9"},
            f.step("GET", "tickets/9", status=403, answer=f.error(
                "access_denied", "You are not authorized to perform this action."))]


def test_what_does_not_exist_is_not_found() -> Steps:
    return [f.step("GET", "tickets/999999", status=404),
            f.step("GET", "tickets/999999", status=404),
            f.step("GET", "attachments/999999", status=404)]


def faults() -> Iterator[tuple[str, Steps]]:
    """Each fault of ``faults.json`` as the answer to the first request of the list."""
    for case, fault in files.fault_cases(FOLDER):
        asked = f.step("GET", "tickets", query=f.mine(100), response=fault["response"])
        yield f"test_a_fault_is_a_typed_error-{case}", [asked]


def scenarios() -> dict[str, Steps]:
    """Every scenario file's steps, by scenario name."""
    return files.collect(globals(), faults())


def written() -> dict[str, str]:
    """Every file this writer writes, by name."""
    return files.expected_files(scenarios(), f.SOURCE, account())


def account() -> str:
    """``account.json``: who the replay signs in as."""
    user = {"login": f.EMAIL, "name": "", "email": f.EMAIL}
    return json.dumps({"source": f.SOURCE, "token": f.KEY, "user": user, "settings": {}},
                      indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    files.write(FOLDER, written())
    return 0


if __name__ == "__main__":
    sys.exit(main())
