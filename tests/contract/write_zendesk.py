"""Write Zendesk's scenario files for the contract suite from the vendor's documentation.

    .venv/bin/python tests/contract/write_zendesk.py

Zendesk is a cloud service this machine cannot reach, so each scenario of the suite is written
out as Zendesk answers it according to its API reference (the pieces are in
``zendesk_docs.py``): the exact requests an end user's client makes for that behaviour —
method, path, query, headers, JSON body, file digests — and Zendesk's answers, errors, pages
and rate-limit headers included. ``exchanges/zendesk/faults.json`` holds the fault answers
(written by hand, each with its source). ``test_contract_zendesk_exchanges.py`` fails when the
committed files differ from what this script writes.
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
import zendesk_docs as z  # noqa: E402
from content import BINARY, HOSTILE_NAME, LOG_TEXT, PHOTO  # noqa: E402
from exchanges import EXCHANGES  # noqa: E402

FOLDER = EXCHANGES / "zendesk"
Steps = list[dict[str, Any]]
Files = tuple[tuple[str, bytes, str], ...]
REPORT_KEY, FIND_KEY, REPLY_KEY = ("contract-report-7d3f0c1e", "contract-find-52b9e4a0",
                                   "contract-reply-19c4ab72")
FIX = b"MZ this would run if it were saved as it is named\n"
NEWEST_UPDATED = {"sort_by": "updated_at", "sort_order": "desc"}
NEWEST_CREATED = {"sort_by": "created_at", "sort_order": "desc"}


def marked(text: str, key: str) -> str:
    """The text a client sends with its idempotency key as the last line."""
    return f"{text.rstrip()}\n\nHelpClient-Report: {key}\n"


class Helpdesk:
    """One scenario's Zendesk: hands out numbers and upload tokens, moves its clock, counts
    the account's rate limit."""

    def __init__(self, first_request: int = 31) -> None:
        self.next_request, self.next_comment, self.next_file = first_request, 101, 41
        self.uploads = 0
        self.now = z.START
        self.limits = z.Limits()
        self.requests: dict[int, dict[str, Any]] = {}
        self.comments: dict[int, list[dict[str, Any]]] = {}

    def tick(self, seconds: float = 3) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def step(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        return z.step(self.limits, method, path, **kwargs)

    def _files(self, files: Files, token: str) -> tuple[dict[str, Any], ...]:
        made = []
        for name, content, mime in files:
            made.append(z.attachment(self.next_file, name, content, mime, token))
            self.next_file += 1
        return tuple(made)

    def upload(self, files: Files) -> tuple[Steps, str, tuple[dict[str, Any], ...]]:
        """``POST uploads`` for each file, the later ones joining the first's token."""
        self.uploads += 1
        token = f"6bk3gql82em5nmf{self.uploads}"
        made = self._files(files, token)
        steps = []
        for index, (name, content, mime) in enumerate(files):
            query = {"filename": name, **({"token": token} if index else {})}
            answer = {"upload": {"token": token, "expires_at": z.iso(self.now + timedelta(days=3)),
                                 "attachments": copy.deepcopy(list(made[:index + 1])),
                                 "attachment": copy.deepcopy(made[index])}}
            steps.append(self.step("POST", "uploads", query=query, status=201, answer=answer,
                                   content_type=mime,
                                   body={"sha256": z.sha256(content), "size": len(content)}))
        return steps, token, made

    def _comment(self, request_id: int, text: str, *, agent: bool = False,
                 files: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
        found = z.comment(self.next_comment, request_id, text, self.tick(1), agent=agent,
                          files=files)
        self.next_comment += 1
        self.comments.setdefault(request_id, []).append(found)
        self.requests[request_id]["updated_at"] = found["created_at"]
        return found

    def create(self, subject: str, body: str, key: str = "", files: Files = ()) -> Steps:
        """The uploads, then ``POST requests`` (Create Request) as the end user."""
        steps, token, made = self.upload(files) if files else ([], "", ())
        number = self.next_request
        self.next_request += 1
        text = marked(body, key) if key else body
        self.requests[number] = z.request(number, subject, text.rstrip("\n"), self.tick())
        self._comment(number, text, files=made)
        self.requests[number]["updated_at"] = self.requests[number]["created_at"]
        comment: dict[str, Any] = {"body": text, **({"uploads": [token]} if token else {})}
        sent = {"request": {"subject": subject, "comment": comment, "type": "incident"}}
        return [*steps, self.step("POST", "requests", status=201, body={"json": sent},
                                  answer={"request": copy.deepcopy(self.requests[number])})]

    def support_reply(self, request_id: int, text: str, files: Files = ()) -> dict[str, Any]:
        """An agent's public reply (support's step; what Zendesk then lists)."""
        self._comment(request_id, text, agent=True, files=self._files(files, "agentfile1"))
        self.requests[request_id]["status"] = "open"
        return {"support": "public_reply", "args": {
            "ticket": str(request_id), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": z.sha256(c)}
                      for n, c, m in files]}}

    def support_note(self, request_id: int, text: str, files: Files) -> dict[str, Any]:
        """An internal note: Zendesk never lists it to the requester."""
        self.tick(1)
        return {"support": "internal_note", "args": {
            "ticket": str(request_id), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": z.sha256(c)}
                      for n, c, m in files]}}

    def show(self, request_id: int) -> dict[str, Any]:
        return self.step("GET", f"requests/{request_id}",
                         answer={"request": copy.deepcopy(self.requests[request_id])})

    def listed(self, ids: list[int], size: int = 100, after: str = "", more: str = "",
               order: dict[str, str] | None = None) -> dict[str, Any]:
        """One page of ``GET requests`` (List Requests, cursor paging)."""
        query = {**(order or NEWEST_UPDATED), "page[size]": str(size),
                 **({"page[after]": after} if after else {})}
        items = [copy.deepcopy(self.requests[i]) for i in ids]
        return self.step("GET", "requests", query=query, answer=z.page("requests", items, more),
                         listing=True)

    def newest(self, key: str = "updated_at") -> list[int]:
        return sorted(self.requests, key=lambda i: (self.requests[i][key], i), reverse=True)

    def comments_of(self, request_id: int) -> dict[str, Any]:
        answer = {**z.page("comments", copy.deepcopy(self.comments[request_id])),
                  "users": z.users()}
        return self.step("GET", f"requests/{request_id}/comments",
                         query={"page[size]": "100"}, answer=answer, listing=True)

    def download(self, request_id: int, comment: dict[str, Any], index: int,
                 content: bytes) -> Steps:
        """Getting Comments for the file's address, then the file at its ``content_url``."""
        found = comment["attachments"][index]
        token = found["content_url"].split("/token/")[1].split("/")[0]
        asked = self.step("GET", f"requests/{request_id}/comments/{comment['id']}",
                          answer={"comment": copy.deepcopy(comment)})
        fetched = {"request": {"method": "GET", "path": f"/attachments/token/{token}/",
                               "query": {"name": found["file_name"]},
                               "headers": z.headers()},
                   "response": z.download(content, found["content_type"], found["file_name"])}
        return [asked, fetched]


def test_whoami_is_the_signed_in_user() -> Steps:
    return [Helpdesk().step("GET", "users/me", answer=z.me())]


def test_create_with_attachments_and_key_reads_back() -> Steps:
    zendesk = Helpdesk()
    files = (("dump.bin", BINARY, "application/octet-stream"),
             ("журнал.txt", LOG_TEXT, "text/plain"))
    created = zendesk.create("Laptop disk full", "The disk is full.\nНе могу сохранить файл.",
                             REPORT_KEY, files)
    first = zendesk.comments[31][0]
    return [*created, zendesk.listed([31]), zendesk.comments_of(31),
            *zendesk.download(31, first, 0, BINARY), *zendesk.download(31, first, 1, LOG_TEXT)]


def test_find_by_key() -> Steps:
    zendesk = Helpdesk()
    created = zendesk.create("Printer offline", "It says offline.", FIND_KEY)
    return [*created, zendesk.listed([31], order=NEWEST_CREATED),
            zendesk.listed([31], order=NEWEST_CREATED)]


def test_get_ticket() -> Steps:
    zendesk = Helpdesk()
    return [*zendesk.create("Mouse lags", "Every few seconds."), zendesk.show(31)]


def test_list_all_pages_newest_first() -> Steps:
    zendesk = Helpdesk()
    steps = [s for n in range(1, 4) for s in zendesk.create(f"Paging ticket {n}", "For paging.")]
    newest = zendesk.newest()
    cursor = "eyJvIjoiLXVwZGF0ZWRfYXQiLCJ2IjoiYVEwMzJ3QUFBQUFBIn0="
    return [*steps, zendesk.listed(newest), zendesk.listed(newest[:2], 2, more=cursor),
            zendesk.listed(newest[2:], 2, after=cursor)]


def test_list_changed_since_across_pages() -> Steps:
    zendesk = Helpdesk(first_request=28)
    zendesk.create("Older request", "From last week.")  # there before the test
    zendesk.create("Another older request", "From yesterday.")
    before = zendesk.listed(zendesk.newest())
    zendesk.tick(60)
    fresh = [s for n in range(1, 4)
             for s in zendesk.create(f"Changed after the cutoff {n}", "New.")]
    newest = zendesk.newest()
    cursor = "eyJvIjoiLXVwZGF0ZWRfYXQiLCJ2IjoiYVEweU5Ua0FBQUFBIn0="
    # the second page holds a request changed before the cutoff: no page after it is read
    return [before, *fresh, zendesk.listed(newest[:2], 2, more=cursor),
            zendesk.listed(newest[2:4], 2, after=cursor, more="eyJuZXh0IjoiZW5kIn0=")]


def test_conversation_is_public_only() -> Steps:
    zendesk = Helpdesk()
    return [*zendesk.create("VPN drops every hour", "Hourly."),
            zendesk.support_reply(31, "Please update the VPN client."),
            zendesk.support_note(31, "INTERNAL: user is on the old laptop", (
                ("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain"),)),
            zendesk.comments_of(31)]


def test_reply_with_a_file() -> Steps:
    zendesk = Helpdesk()
    created = zendesk.create("Printer jams", "Tray 2.")
    text = marked("Here is a photo.", REPLY_KEY)
    uploaded, token, made = zendesk.upload((("jam.jpg", PHOTO, "image/jpeg"),))
    reply = zendesk._comment(31, text, files=made)
    replied = zendesk.step("PUT", "requests/31",
                           body={"json": {"request": {"comment": {"body": text,
                                                                  "uploads": [token]}}}},
                           answer={"request": copy.deepcopy(zendesk.requests[31])})
    return [*created, *uploaded, replied, zendesk.comments_of(31),
            *zendesk.download(31, reply, 0, PHOTO), zendesk.comments_of(31),
            zendesk.comments_of(31)]


def test_download_with_a_hostile_file_name() -> Steps:
    zendesk = Helpdesk()
    steps = [*zendesk.create("Invoice tool crashes", "On save."),
             zendesk.support_reply(31, "Run the attached fix.",
                                   ((HOSTILE_NAME, FIX, "application/octet-stream"),))]
    return [*steps, zendesk.comments_of(31),
            *zendesk.download(31, zendesk.comments[31][-1], 0, FIX)]


def test_solve_then_reopen_with_a_reason() -> Steps:
    zendesk = Helpdesk()
    created = zendesk.create("Screen flickers", "Since Monday.")
    record = zendesk.requests[31]
    asked = zendesk.show(31)
    record.update(status="solved", can_be_solved_by_me=False, updated_at=z.iso(zendesk.tick()))
    solved = zendesk.step("PUT", "requests/31", body={"json": {"request": {"solved": True}}},
                          answer={"request": copy.deepcopy(record)})
    shown_solved = zendesk.show(31)
    asked_again = zendesk.show(31)
    reason = "It flickers again after the update."
    zendesk._comment(31, reason)
    record.update(status="open", can_be_solved_by_me=True)
    reopened = zendesk.step("PUT", "requests/31",
                            body={"json": {"request": {"comment": {"body": reason}}}},
                            answer={"request": copy.deepcopy(record)})
    return [*created, asked, solved, shown_solved, asked_again, reopened, zendesk.show(31),
            zendesk.comments_of(31)]


def test_wrong_credentials_are_an_auth_error() -> Steps:
    zendesk = Helpdesk()
    refused = z.error("Couldn't authenticate you")
    return [zendesk.step("GET", "users/me", status=401, answer=refused,
                         password=z.WRONG_PASSWORD),
            zendesk.step("GET", "requests", status=401, answer=refused,
                         password=z.WRONG_PASSWORD,
                         query={**NEWEST_UPDATED, "page[size]": "100"})]


def test_someone_elses_ticket_is_permission_denied() -> Steps:
    zendesk = Helpdesk()
    forbidden = z.error("Forbidden", "You do not have access to this page. Please contact the "
                        "account owner of this help desk for further help.")
    return [{"support": "foreign_ticket", "args": {"subject": "The manager's laptop order"},
             "result": "9"},
            zendesk.step("GET", "requests/9/comments", query={"page[size]": "100"},
                         status=403, answer=forbidden)]


def test_what_does_not_exist_is_not_found() -> Steps:
    # the third part of the test, a download of "999999", is no id of a file (request/
    # comment/attachment): refused before any request
    zendesk = Helpdesk()
    missing = z.error("RecordNotFound", "Not found")
    return [zendesk.step("GET", "requests/999999", status=404, answer=missing),
            zendesk.step("GET", "requests/999999/comments", query={"page[size]": "100"},
                         status=404, answer=missing)]


def faults() -> Iterator[tuple[str, Steps]]:
    """Each fault of ``faults.json`` as the answer to the first request of the list."""
    for case, fault in files.fault_cases(FOLDER):
        asked = Helpdesk().step("GET", "requests", query={**NEWEST_UPDATED, "page[size]": "100"})
        asked["response"] = fault["response"]
        yield f"test_a_fault_is_a_typed_error-{case}", [asked]


def scenarios() -> dict[str, Steps]:
    """Every scenario file's steps, by scenario name."""
    return files.collect(globals(), faults())


def written() -> dict[str, str]:
    """Every file this writer writes, by name."""
    return files.expected_files(scenarios(), z.SOURCE, account())


def account() -> str:
    """``account.json``: who the replay signs in as (its password in ``token``)."""
    user = {"login": z.EMAIL, "name": z.USER["name"], "email": z.EMAIL}
    return json.dumps({"source": z.SOURCE, "token": z.PASSWORD, "user": user,
                       "settings": {"locale": "en-us"}}, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    files.write(FOLDER, written())
    return 0


if __name__ == "__main__":
    sys.exit(main())
