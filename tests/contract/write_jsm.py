"""Write Jira Service Management's scenario files for the contract suite from Atlassian's
documentation.

    .venv/bin/python tests/contract/write_jsm.py

Jira Service Management runs in Atlassian's cloud, out of reach here, so each scenario of the
suite is written out as it answers according to its REST API reference (the pieces are in
``jsm_docs.py``): the exact requests a customer's client makes — method, path, query, headers,
JSON body, file digests — and Jira's answers, errors included. ``exchanges/jsm/faults.json``
holds the fault answers (written by hand, each with its source).
``test_contract_jsm_exchanges.py`` fails when the committed files differ from what this script
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

import jsm_docs as j  # noqa: E402
import scenario_files as files  # noqa: E402
from content import BINARY, HOSTILE_NAME, LOG_TEXT, PHOTO  # noqa: E402
from exchanges import EXCHANGES  # noqa: E402

FOLDER = EXCHANGES / "jsm"
Steps = list[dict[str, Any]]
File = tuple[str, bytes, str]
REPORT_KEY, FIND_KEY, REPLY_KEY = ("contract-report-7d3f0c1e", "contract-find-52b9e4a0",
                                   "contract-reply-19c4ab72")
FIX = b"MZ this would run if it were saved as it is named\n"
WAITING = ("Waiting for support", "NEW")


def marked(text: str, key: str) -> str:
    """The text a client sends with its idempotency key as the last line."""
    return f"{text.rstrip()}\n\nHelpClient-Report: {key}\n"


def rendered(text: str) -> str:
    """Jira's rendering of plain text: a paragraph per block, line breaks kept."""
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(f"<p>{'<br/>'.join(b.split(chr(10)))}</p>" for b in blocks)


class Helpdesk:
    """One scenario's service desk: hands out numbers and moves its clock."""

    def __init__(self, first: int = 31) -> None:
        self.next_request, self.next_comment, self.next_file = first, 100, 10001
        self.now = j.START
        self.requests: dict[int, dict[str, Any]] = {}
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.files: dict[int, list[dict[str, Any]]] = {}
        self.discovered = False

    def tick(self, seconds: float = 2.5) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now

    def key(self, number: int) -> str:
        return f"{j.PROJECT}-{number}"

    def discovery(self) -> Steps:
        """Where a report goes, asked once per connection."""
        if self.discovered:
            return []
        self.discovered = True
        page = {"start": "0", "limit": "50"}
        return [j.step("GET", "servicedesk", query=page, answer=j.service_desks()),
                j.step("GET", f"servicedesk/{j.DESK}/requesttype", query=page,
                       answer=j.request_types()),
                j.step("GET", f"servicedesk/{j.DESK}/requesttype/10/field",
                       answer=j.request_type_fields())]

    def _file(self, name: str, content: bytes, mime: str, agent: bool = False) -> dict:
        found = j.attachment(self.next_file, name, content, mime, self.now, agent)
        self.next_file += 1
        return found

    def upload(self, files: tuple[File, ...]) -> dict[str, Any]:
        """``POST servicedesk/{id}/attachTemporaryFile``."""
        parts = [{"name": "file", "filename": n, "content_type": m, "sha256": j.sha256(c),
                  "size": len(c)} for n, c, m in files]
        answer = {"temporaryAttachments": [
            {"temporaryAttachmentId": f"temp{9100 + i}{self.next_file}", "fileName": n}
            for i, (n, _, _) in enumerate(files)]}
        self.temporary = [t["temporaryAttachmentId"] for t in answer["temporaryAttachments"]]
        return j.step("POST", f"servicedesk/{j.DESK}/attachTemporaryFile", status=201,
                      answer=answer, body={"multipart": parts}, request_headers={
                          **j.headers(), "Content-Type": {"$regex": r"multipart/form-data; "
                                                                    r"boundary=\S+"},
                          "X-Atlassian-Token": "no-check"})

    def create(self, summary: str, body: str, key: str = "",
               files: tuple[File, ...] = ()) -> Steps:
        """``POST request`` (after discovery, and the files' upload), then the files."""
        steps = self.discovery()
        if files:
            steps.append(self.upload(files))
        number = self.next_request
        self.next_request += 1
        text = marked(body, key) if key else body
        created = self.tick()
        self.requests[number] = j.customer_request(number, summary, text, created,
                                                   j.status(*WAITING, created))
        self.comments[number], self.files[number] = [], []
        steps.append(j.step("POST", "request", status=201,
                            answer=copy.deepcopy(self.requests[number]),
                            body={"json": {"serviceDeskId": j.DESK, "requestTypeId": "10",
                                           "requestFieldValues": {"summary": summary,
                                                                  "description": text}}}))
        if files:
            made = [self._file(n, c, m) for n, c, m in files]
            self.files[number] += made
            steps.append(j.step("POST", f"request/{self.key(number)}/attachment", status=201,
                                body={"json": {"temporaryAttachmentIds": self.temporary,
                                               "public": True}},
                                answer={"attachments": j.paged(made, "attachment")}))
        return steps

    def comment(self, number: int, text: str, *, agent: bool = False, public: bool = True,
                files: tuple[File, ...] = ()) -> dict[str, Any]:
        made = tuple(self._file(n, c, m, agent) for n, c, m in files)
        self.files[number] += [f for f in made if public]
        found = j.comment(self.next_comment, self.key(number), text, rendered(text),
                          self.tick(0.5), agent=agent, public=public, files=made)
        self.next_comment += 1
        self.comments[number].append(found)
        return found

    def _support(self, action: str, number: int, text: str, files: tuple[File, ...]) -> dict:
        return {"support": action, "args": {
            "ticket": self.key(number), "text": text,
            "files": [{"filename": n, "content_type": m, "sha256": j.sha256(c)}
                      for n, c, m in files]}}

    def support_reply(self, number: int, text: str, files: tuple[File, ...] = ()) -> dict:
        """An agent's public reply (support's step; what Jira then lists)."""
        self.comment(number, text, agent=True, files=files)
        return self._support("public_reply", number, text, files)

    def support_note(self, number: int, text: str, files: tuple[File, ...]) -> dict:
        """An internal comment: never listed to a customer (``public=false``)."""
        self.comment(number, text, agent=True, public=False, files=files)
        return self._support("internal_note", number, text, files)

    def set_status(self, number: int, name: str, category: str) -> None:
        self.requests[number]["currentStatus"] = j.status(name, category, self.tick())

    def activity(self, number: int) -> int:
        record = self.requests[number]
        moments = [record["createdDate"]["epochMillis"],
                   record["currentStatus"]["statusDate"]["epochMillis"],
                   *(c["created"]["epochMillis"] for c in self.comments[number] if c["public"])]
        return max(moments)

    def newest_first(self) -> list[int]:
        return sorted(self.requests, key=self.activity, reverse=True)

    def listed(self, number: int) -> dict[str, Any]:
        """A request as ``GET request?expand=comment`` lists it."""
        found = copy.deepcopy(self.requests[number])
        found["comments"] = j.paged([self._plain(c) for c in self.comments[number]
                                     if c["public"]], f"request/{self.key(number)}/comment")
        return found

    @staticmethod
    def _plain(comment: dict[str, Any]) -> dict[str, Any]:
        found = {k: v for k, v in comment.items() if k not in ("renderedBody", "attachments")}
        return copy.deepcopy(found)

    def mine(self, numbers: list[int], *, limit: int = 50, start: int = 0, last: bool = True,
             expand: bool = True) -> dict[str, Any]:
        query = {**j.MINE, **({"expand": "comment"} if expand else {}), "start": str(start),
                 "limit": str(limit)}
        values = [self.listed(n) if expand else copy.deepcopy(self.requests[n])
                  for n in numbers]
        return j.step("GET", "request", query=query,
                      answer=j.paged(values, "request", start, limit, last))

    def show(self, number: int) -> dict[str, Any]:
        return j.step("GET", f"request/{self.key(number)}", query={"expand": "comment"},
                      answer=self.listed(number))

    def conversation(self, number: int) -> Steps:
        """``conversation``: the request, its public comments, its attachments."""
        key = self.key(number)
        return [j.step("GET", f"request/{key}", answer=copy.deepcopy(self.requests[number])),
                self.comment_page(number),
                j.step("GET", f"request/{key}/attachment", query={"start": "0", "limit": "50"},
                       answer=j.paged(copy.deepcopy(self.files[number]),
                                      f"request/{key}/attachment"))]

    def comment_page(self, number: int) -> dict[str, Any]:
        key = self.key(number)
        public = [copy.deepcopy(c) for c in self.comments[number] if c["public"]]
        return j.step("GET", f"request/{key}/comment",
                      query={**j.COMMENTS, "start": "0", "limit": "50"},
                      answer=j.paged(public, f"request/{key}/comment"))

    def download(self, number: int, attachment: dict[str, Any], content: bytes) -> dict:
        ident = attachment["_links"]["jiraRest"].rsplit("/", 1)[1]
        return j.step("GET", f"request/{self.key(number)}/attachment/{ident}",
                      response=j.download(content, attachment["mimeType"]),
                      request_headers=j.headers(accept="*/*"))


def test_whoami_is_the_signed_in_user() -> Steps:
    return [j.step("GET", "myself", api="api/2", answer=j.myself())]


def test_create_with_attachments_and_key_reads_back() -> Steps:
    jsm = Helpdesk()
    files = (("dump.bin", BINARY, "application/octet-stream"),
             ("журнал.txt", LOG_TEXT, "text/plain"))
    steps = jsm.create("Laptop disk full", "The disk is full.\nНе могу сохранить файл.",
                       REPORT_KEY, files)
    return [*steps, jsm.mine([31]), *jsm.conversation(31),
            jsm.download(31, jsm.files[31][0], BINARY),
            jsm.download(31, jsm.files[31][1], LOG_TEXT)]


def test_find_by_key() -> Steps:
    jsm = Helpdesk()
    steps = jsm.create("Printer offline", "It says offline.", FIND_KEY)
    return [*steps, jsm.mine([31], expand=False), jsm.mine([31], expand=False)]


def test_get_ticket() -> Steps:
    jsm = Helpdesk()
    return [*jsm.create("Mouse lags", "Every few seconds."), jsm.show(31)]


def test_list_all_pages_newest_first() -> Steps:
    jsm = Helpdesk()
    steps = [s for n in range(1, 4) for s in jsm.create(f"Paging ticket {n}", "For paging.")]
    newest = jsm.newest_first()
    return [*steps, jsm.mine(newest), jsm.mine(newest[:2], limit=2, last=False),
            jsm.mine(newest[2:], limit=2, start=2)]


def test_list_changed_since_across_pages() -> Steps:
    jsm = Helpdesk(first=28)
    jsm.create("Older request", "From last week.")  # there before the scenario starts
    jsm.create("Another older request", "From yesterday.")
    jsm.discovered = False  # the connector asks when it first creates one
    before = jsm.mine(jsm.newest_first())
    jsm.tick(60)
    made = [s for n in range(1, 4) for s in jsm.create(f"Changed after the cutoff {n}", "New.")]
    newest = jsm.newest_first()
    # a fresh connection (page size 2): the second page reaches back before the cutoff
    return [before, *made, jsm.mine(newest[:2], limit=2, last=False),
            jsm.mine(newest[2:4], limit=2, start=2, last=False)]


def test_conversation_is_public_only() -> Steps:
    jsm = Helpdesk()
    return [*jsm.create("VPN drops every hour", "Hourly."),
            jsm.support_reply(31, "Please update the VPN client."),
            jsm.support_note(31, "INTERNAL: user is on the old laptop", (
                ("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain"),)),
            *jsm.conversation(31)]


def test_reply_with_a_file() -> Steps:
    jsm = Helpdesk()
    steps = jsm.create("Printer jams", "Tray 2.")
    text = marked("Here is a photo.", REPLY_KEY)
    shown = j.step("GET", "request/ITHELP-31", answer=copy.deepcopy(jsm.requests[31]))
    upload = jsm.upload((("jam.jpg", PHOTO, "image/jpeg"),))
    reply = jsm.comment(31, text, files=(("jam.jpg", PHOTO, "image/jpeg"),))
    attached = j.step("POST", "request/ITHELP-31/attachment", status=201,
                      body={"json": {"temporaryAttachmentIds": jsm.temporary, "public": True,
                                     "additionalComment": {"body": text}}},
                      answer={"attachments": j.paged(list(reply["attachments"]["values"]),
                                                     "attachment"),
                              "comment": copy.deepcopy(reply)})
    return [*steps, shown, upload, attached, *jsm.conversation(31),
            jsm.download(31, reply["attachments"]["values"][0], PHOTO),
            jsm.comment_page(31), jsm.comment_page(31)]


def test_download_with_a_hostile_file_name() -> Steps:
    jsm = Helpdesk()
    steps = [*jsm.create("Invoice tool crashes", "On save."),
             jsm.support_reply(31, "Run the attached fix.",
                               ((HOSTILE_NAME, FIX, "application/octet-stream"),))]
    return [*steps, *jsm.conversation(31), jsm.download(31, jsm.files[31][-1], FIX)]


def transitions(*offered: tuple[str, str]) -> dict[str, Any]:
    """``GET request/{key}/transition``: the customer transitions of its workflow now."""
    return j.step("GET", "request/ITHELP-31/transition",
                  answer=j.paged([{"id": i, "name": n} for i, n in offered],
                                 "request/ITHELP-31/transition"))


def test_solve_then_reopen_with_a_reason() -> Steps:
    jsm = Helpdesk()
    steps = jsm.create("Screen flickers", "Since Monday.")
    offered = transitions(("881", "Cancel request"), ("761", "Resolve this issue"))
    solved = j.step("POST", "request/ITHELP-31/transition", status=204,
                    body={"json": {"id": "761"}})
    jsm.set_status(31, "Resolved", "DONE")
    shown_solved = jsm.show(31)
    reason = "It flickers again after the update."
    reopen_offered = transitions(("891", "Reopen"))
    reopened = j.step("POST", "request/ITHELP-31/transition", status=204,
                      body={"json": {"id": "891", "additionalComment": {"body": reason}}})
    jsm.comment(31, reason)
    jsm.set_status(31, *WAITING)
    return [*steps, offered, solved, shown_solved, reopen_offered, reopened, jsm.show(31),
            *jsm.conversation(31)]


def test_wrong_credentials_are_an_auth_error() -> Steps:
    query = {**j.MINE, "expand": "comment", "start": "0", "limit": "50"}
    return [j.step("GET", "myself", api="api/2", status=401, token=j.WRONG_TOKEN,
                   answer={"errorMessages": ["You are not authenticated. Authentication "
                                             "required to perform this operation."],
                           "errors": {}}),
            j.step("GET", "request", query=query, status=401, token=j.WRONG_TOKEN,
                   answer=j.error("You are not authenticated. Authentication required to "
                                  "perform this operation."))]


def test_someone_elses_ticket_is_permission_denied() -> Steps:
    return [{"support": "foreign_ticket", "args": {"subject": "The manager's laptop order"},
             "result": "ITHELP-9"},
            j.step("GET", "request/ITHELP-9", status=403,
                   answer=j.error("You do not have permission to view this request."))]


def test_what_does_not_exist_is_not_found() -> Steps:
    # the download of "999999" names no request (HelpClient's file ids are "KEY/number"):
    # refused before any request
    missing = j.error("The request 999999 does not exist.")
    return [j.step("GET", "request/999999", query={"expand": "comment"}, status=404,
                   answer=missing),
            j.step("GET", "request/999999", status=404, answer=missing)]


def faults() -> Iterator[tuple[str, Steps]]:
    """Each fault of ``faults.json`` as the answer to the first page of the user's list."""
    for case, fault in files.fault_cases(FOLDER):
        query = {**j.MINE, "expand": "comment", "start": "0", "limit": "50"}
        asked = j.step("GET", "request", query=query, response=fault["response"])
        yield f"test_a_fault_is_a_typed_error-{case}", [asked]


def scenarios() -> dict[str, Steps]:
    """Every scenario file's steps, by scenario name."""
    return files.collect(globals(), faults())


def written() -> dict[str, str]:
    """Every file this writer writes, by name."""
    return files.expected_files(scenarios(), j.SOURCE, account())


def account() -> str:
    """``account.json``: who the replay signs in as."""
    user = {"login": j.EMAIL, "name": "Nicole Braun", "email": j.EMAIL}
    return json.dumps({"source": j.SOURCE, "token": j.TOKEN, "user": user,
                       "settings": {"email": j.EMAIL, "service_desk": j.PROJECT}},
                      indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    files.write(FOLDER, written())
    return 0


if __name__ == "__main__":
    sys.exit(main())
