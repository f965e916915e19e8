"""Write Zammad's scenario files for the contract suite from the vendor's documentation.

    .venv/bin/python tests/contract/write_zammad.py

Zammad cannot be installed here, so each scenario of the suite is written out as Zammad answers
it according to its REST API documentation (the pieces are in ``zammad_docs.py``): the exact
requests a customer's client makes for that behaviour — method, path, query, headers, JSON body,
file digests — and Zammad's answers, errors and pages included. ``exchanges/zammad/faults.json``
holds the fault answers (written by hand, each with its source).
``test_contract_zammad_exchanges.py`` fails when the committed files differ from what this script
writes.
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

import scenario_files as files  # noqa: E402
import zammad_docs as z  # noqa: E402
from content import BINARY, HOSTILE_NAME, LOG_TEXT, PHOTO  # noqa: E402
from exchanges import EXCHANGES  # noqa: E402

FOLDER = EXCHANGES / "zammad"
Steps = list[dict[str, Any]]
REPORT_KEY, FIND_KEY, REPLY_KEY = ("contract-report-7d3f0c1e", "contract-find-52b9e4a0",
                                   "contract-reply-19c4ab72")
FIX = b"MZ this would run if it were saved as it is named\n"


def marked(text: str, key: str) -> str:
    """The text a client sends with its idempotency key as the last line."""
    return f"{text.rstrip()}\n\nHelpClient-Report: {key}\n"


class Helpdesk:
    """One scenario's Zammad: hands out ticket and article numbers and moves its clock."""

    def __init__(self, first_ticket: int = 31, first_article: int = 101) -> None:
        self.next_ticket, self.next_article, self.next_file = first_ticket, first_article, 41
        self.now = z.START
        self.tickets: dict[int, dict[str, Any]] = {}
        self.articles: dict[int, list[dict[str, Any]]] = {}

    def tick(self, seconds: float = 2.5) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def _article(self, ticket_id: int, body: str, *, agent: bool = False, kind: str = "web",
                 files: tuple[tuple[str, bytes, str], ...] = ()) -> dict[str, Any]:
        made = []
        for name, content, mime in files:
            made.append(z.attachment(self.next_file, name, content, mime))
            self.next_file += 1
        found = z.article(self.next_article, ticket_id, body, self.tick(0.04), agent=agent,
                          kind=kind, files=tuple(made))
        self.next_article += 1
        self.articles.setdefault(ticket_id, []).append(found)
        record = self.tickets[ticket_id]
        record["article_ids"].append(found["id"])
        record["article_count"] += 1
        record["updated_at"] = found["created_at"]
        return found

    def create(self, title: str, body: str, key: str = "",
               files: tuple[tuple[str, bytes, str], ...] = ()) -> dict[str, Any]:
        """``POST tickets`` (api/ticket/index, "Create") as the customer, with the answer."""
        number = self.next_ticket
        self.next_ticket += 1
        self.tickets[number] = z.ticket(number, title, self.tick())
        text = marked(body, key) if key else body
        self._article(number, text, files=files)
        article: dict[str, Any] = {"subject": title, "body": text, "content_type": "text/plain",
                                   "type": "web", "internal": False}
        if files:
            article["attachments"] = [z.inline_file(*f) for f in files]
        return z.step("POST", "tickets", query={"expand": "true"}, status=201,
                      body={"json": {"title": title, "group": z.GROUP, "article": article}},
                      answer=copy.deepcopy(self.tickets[number]))

    def support_reply(self, ticket_id: int, text: str,
                      files: tuple[tuple[str, bytes, str], ...] = ()) -> dict[str, Any]:
        """An agent's public reply (support's step; what Zammad then lists)."""
        self._article(ticket_id, f"<div>{text}</div>", agent=True, kind="email", files=files)
        return {"support": "public_reply", "args": {
            "ticket": str(ticket_id), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": z.sha256(c)}
                      for n, c, m in files]}}

    def support_note(self, ticket_id: int, text: str,
                     files: tuple[tuple[str, bytes, str], ...]) -> dict[str, Any]:
        """An internal note: Zammad never lists it to the customer (ArticlePolicy)."""
        self.tick(0.04)
        return {"support": "internal_note", "args": {
            "ticket": str(ticket_id), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": z.sha256(c)}
                      for n, c, m in files]}}

    def by_ticket(self, ticket_id: int) -> dict[str, Any]:
        return z.step("GET", f"ticket_articles/by_ticket/{ticket_id}",
                      answer=copy.deepcopy(self.articles[ticket_id]))

    def show(self, ticket_id: int) -> dict[str, Any]:
        return z.step("GET", f"tickets/{ticket_id}", query={"expand": "true"},
                      answer=copy.deepcopy(self.tickets[ticket_id]))

    def search(self, ids: list[int], per_page: int = 100, page: int = 1,
               condition: dict[str, Any] | None = None, **order: str) -> dict[str, Any]:
        return z.step("POST", "tickets/search", query=z.search_query(per_page, page, **order),
                      body={"json": {"condition": condition or z.MINE}},
                      answer=[copy.deepcopy(self.tickets[i]) for i in ids])

    def newest_first(self) -> list[int]:
        return sorted(self.tickets, key=lambda i: self.tickets[i]["updated_at"], reverse=True)

    def download(self, ticket_id: int, article: dict[str, Any], index: int,
                 content: bytes) -> dict[str, Any]:
        found = article["attachments"][index]
        mime = found["preferences"]["Mime-Type"]
        return z.step("GET", f"ticket_attachment/{ticket_id}/{article['id']}/{found['id']}",
                      response=z.download(content, mime, found["filename"]))


def test_whoami_is_the_signed_in_user() -> Steps:
    return [z.step("GET", "users/me", answer=z.me())]


def test_create_with_attachments_and_key_reads_back() -> Steps:
    zammad = Helpdesk()
    files = (("dump.bin", BINARY, "application/octet-stream"),
             ("журнал.txt", LOG_TEXT, "text/plain"))
    created = zammad.create("Laptop disk full", "The disk is full.\nНе могу сохранить файл.",
                            REPORT_KEY, files)
    first = zammad.articles[31][0]
    return [created, zammad.search([31]), zammad.by_ticket(31),
            zammad.download(31, first, 0, BINARY), zammad.download(31, first, 1, LOG_TEXT)]


def test_find_by_key() -> Steps:
    zammad = Helpdesk()
    created = zammad.create("Printer offline", "It says offline.", FIND_KEY)
    since = datetime.fromisoformat(zammad.tickets[31]["created_at"]) - timedelta(minutes=1)
    bound = z.iso(since - timedelta(days=1))

    def looking_for(key: str) -> dict[str, Any]:
        return {**z.MINE, "ticket.created_at": {"operator": "after (absolute)", "value": bound},
                "article.body": {"operator": "contains", "value": f"HelpClient-Report: {key}"}}

    return [created,
            zammad.search([31], 5, condition=looking_for(FIND_KEY), sort_by="created_at",
                          order_by="asc"),
            zammad.by_ticket(31),
            zammad.search([], 5, condition=looking_for("contract-key-never-used"),
                          sort_by="created_at", order_by="asc")]


def test_get_ticket() -> Steps:
    zammad = Helpdesk()
    return [zammad.create("Mouse lags", "Every few seconds."), zammad.show(31)]


def test_list_all_pages_newest_first() -> Steps:
    zammad = Helpdesk()
    steps = [zammad.create(f"Paging ticket {n}", "For paging.") for n in range(1, 4)]
    newest = zammad.newest_first()
    return [*steps, zammad.search(newest), zammad.search(newest[:2], 2, 1),
            zammad.search(newest[2:], 2, 2)]


def test_list_changed_since_across_pages() -> Steps:
    zammad = Helpdesk(first_ticket=28)
    zammad.create("Older request", "From last week.")
    zammad.create("Another older request", "From yesterday.")
    before = zammad.search(zammad.newest_first())
    cutoff = datetime.fromisoformat(before["response"]["json"][0]["updated_at"])
    cutoff += timedelta(seconds=1)
    zammad.tick(60)
    made = [zammad.create(f"Changed after the cutoff {n}", "New.") for n in range(1, 4)]
    fresh = zammad.newest_first()[:3]
    condition = {**z.MINE, "ticket.updated_at": {"operator": "after (absolute)",
                                                  "value": z.iso(cutoff)}}
    return [before, *made, zammad.search(fresh[:2], 2, 1, condition),
            zammad.search(fresh[2:], 2, 2, condition)]


def test_conversation_is_public_only() -> Steps:
    zammad = Helpdesk()
    return [zammad.create("VPN drops every hour", "Hourly."),
            zammad.support_reply(31, "Please update the VPN client."),
            zammad.support_note(31, "INTERNAL: user is on the old laptop", (
                ("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain"),)),
            zammad.by_ticket(31)]


def test_reply_with_a_file() -> Steps:
    zammad = Helpdesk()
    created = zammad.create("Printer jams", "Tray 2.")
    text = marked("Here is a photo.", REPLY_KEY)
    reply = zammad._article(31, text, files=(("jam.jpg", PHOTO, "image/jpeg"),))
    replied = z.step("POST", "ticket_articles", status=201, answer=copy.deepcopy(reply),
                     body={"json": {"ticket_id": 31, "body": text, "content_type": "text/plain",
                                    "type": "web", "internal": False, "attachments": [
                                        z.inline_file("jam.jpg", PHOTO, "image/jpeg")]}})
    return [created, replied, zammad.by_ticket(31), zammad.download(31, reply, 0, PHOTO),
            zammad.by_ticket(31), zammad.by_ticket(31)]


def test_download_with_a_hostile_file_name() -> Steps:
    zammad = Helpdesk()
    steps = [zammad.create("Invoice tool crashes", "On save."),
             zammad.support_reply(31, "Run the attached fix.",
                                  ((HOSTILE_NAME, FIX, "application/octet-stream"),))]
    return [*steps, zammad.by_ticket(31),
            zammad.download(31, zammad.articles[31][-1], 0, FIX)]


def test_solve_then_reopen_with_a_reason() -> Steps:
    zammad = Helpdesk()
    created = zammad.create("Screen flickers", "Since Monday.")
    record = zammad.tickets[31]
    record.update(state="closed", state_id=4, updated_at=z.iso(zammad.tick()))
    solved = z.step("PUT", "tickets/31", query={"expand": "true"},
                    body={"json": {"state": "closed"}}, answer=copy.deepcopy(record))
    shown_solved = zammad.show(31)
    reason = "It flickers again after the update."
    zammad._article(31, reason)
    record.update(state="open", state_id=2)
    reopened = z.step("PUT", "tickets/31", query={"expand": "true"},
                      answer=copy.deepcopy(record),
                      body={"json": {"state": "open", "article": {
                          "body": reason, "content_type": "text/plain", "type": "web",
                          "internal": False}}})
    return [created, solved, shown_solved, reopened, zammad.show(31), zammad.by_ticket(31)]


def test_wrong_credentials_are_an_auth_error() -> Steps:
    refused = z.error("Can't find User for Token")
    return [z.step("GET", "users/me", status=401, answer=refused, token=z.WRONG_TOKEN),
            {**z.step("POST", "tickets/search", query=z.search_query(100), status=401,
                      answer=refused, token=z.WRONG_TOKEN, body={"json": {"condition": z.MINE}})}]


def test_someone_elses_ticket_is_permission_denied() -> Steps:
    return [{"support": "foreign_ticket", "args": {"subject": "The manager's laptop order"},
             "result": "9"},
            z.step("GET", "ticket_articles/by_ticket/9", status=403,
                   answer=z.error("Not authorized"))]


def test_what_does_not_exist_is_not_found() -> Steps:
    # the third part of the test, a download of "999999", is no id Zammad hands out
    # (``ticket/article/file``): refused before any request
    return [z.step("GET", "tickets/999999", query={"expand": "true"}, status=404,
                   answer=z.error("Couldn't find Ticket with 'id'=999999")),
            z.step("GET", "ticket_articles/by_ticket/999999", status=404,
                   answer=z.error("Couldn't find Ticket with 'id'=999999"))]


def faults() -> Iterator[tuple[str, Steps]]:
    """Each fault of ``faults.json`` as the answer to the first request of the list."""
    for case, fault in files.fault_cases(FOLDER):
        asked = z.step("POST", "tickets/search", query=z.search_query(100),
                       body={"json": {"condition": z.MINE}}, response=fault["response"])
        yield f"test_a_fault_is_a_typed_error-{case}", [asked]


def scenarios() -> dict[str, Steps]:
    """Every scenario file's steps, by scenario name."""
    return files.collect(globals(), faults())


def written() -> dict[str, str]:
    """Every file this writer writes, by name."""
    return files.expected_files(scenarios(), z.SOURCE, account())


def account() -> str:
    """``account.json``: who the replay signs in as."""
    user = {"login": z.CUSTOMER["login"], "name": "Nicole Braun", "email": z.CUSTOMER["email"]}
    return json.dumps({"source": z.SOURCE, "token": z.TOKEN, "user": user,
                       "settings": {"group": z.GROUP}}, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    files.write(FOLDER, written())
    return 0


if __name__ == "__main__":
    sys.exit(main())
