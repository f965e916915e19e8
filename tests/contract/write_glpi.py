"""Write GLPI's scenario files for the contract suite from GLPI's documentation.

    .venv/bin/python tests/contract/write_glpi.py

GLPI cannot run here, so its exchanges are not recorded: each scenario below says, step by step,
what the connector asks (as ``apirest.md`` tells a client to) and what GLPI 10 answers (as the
documentation and ``src/Api/API.php`` say it does) — see ``glpi_docs.py``. The files it writes,
``exchanges/glpi/*.json``, are committed: read their diff like a recording's. GLPI-specific
scenarios (``test_glpi_*``) come from ``write_glpi_specific.py``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import glpi_docs as d
import glpi_operations as op
from content import BINARY, HOSTILE_NAME, LOG_TEXT, PHOTO
from glpi_world import World, restart_numbers

HERE = Path(__file__).resolve().parent
FOLDER = HERE / "exchanges" / "glpi"
S0, S1 = d.SESSION_TOKENS[0], d.SESSION_TOKENS[1]
REPORT_KEY, FIND_KEY = "contract-report-7d3f0c1e", "contract-find-52b9e4a0"
REPLY_KEY = "contract-reply-19c4ab72"
HTML_PAGE = ("<!doctype html><html><head><title>Sign in</title></head><body><form "
             "action=\"/login\"><input name=\"user\"></form></body></html>")


def _with_old_tickets(world: World) -> list[op.Ticket]:
    """Two requests the user had before (newest first)."""
    return [world.old_ticket("Outlook asks for the password again", 2, "2026-12-04 16:20:11"),
            world.old_ticket("New mouse, please", 6, "2026-12-01 09:02:45")]


def whoami(w: World) -> None:
    w.add(d.init_session(), d.kill_session())


def create_with_attachments(w: World) -> None:
    old = _with_old_tickets(w)
    w.add(d.init_session())
    ticket = op.create(w, S0, "Laptop disk full", "The disk is full.\nНе могу сохранить файл.",
                       key=REPORT_KEY, files=[
                           ("dump.bin", BINARY, "application/octet-stream",
                            "application/octet-stream"),
                           ("журнал.txt", LOG_TEXT, "text/plain", "text/plain")])
    op.search_tickets(w, S0, [ticket, *old])
    op.conversation(w, S0, ticket)
    for doc in ticket.files:
        op.download(w, S0, doc)
    w.add(d.kill_session())


def find_by_key(w: World) -> None:
    w.add(d.init_session())
    ticket = op.create(w, S0, "Printer offline", "It says offline.", key=FIND_KEY)
    # since = when the report was queued (a minute before), less a day for this clock
    opened = datetime.fromisoformat(ticket.opened)
    bound = (opened - timedelta(minutes=1, days=1)).strftime("%Y-%m-%d %H:%M:%S")
    for key, found in ((FIND_KEY, [ticket]), ("contract-key-never-used", [])):
        extra = {"criteria[2][link]": "AND", "criteria[2][field]": "21",
                 "criteria[2][searchtype]": "contains",
                 "criteria[2][value]": f"HelpClient-Report: {key}",
                 "criteria[3][link]": "AND", "criteria[3][field]": "15",
                 "criteria[3][searchtype]": "morethan", "criteria[3][value]": bound}
        op.search_tickets(w, S0, found, extra=extra, sort="15", order="ASC", limit=1)
    w.add(d.kill_session())


def get_ticket(w: World) -> None:
    w.add(d.init_session())
    ticket = op.create(w, S0, "Mouse lags", "Every few seconds.")
    op.get_ticket(w, S0, ticket)
    w.add(d.kill_session())


def list_all_pages(w: World) -> None:
    old = _with_old_tickets(w)
    w.add(d.init_session())
    new = [op.create(w, S0, f"Paging ticket {n}", "For paging.") for n in range(1, 4)]
    everything = [*new[::-1], *old]
    op.search_tickets(w, S0, everything)
    w.add(d.init_session(S1))  # the connector with two tickets a page: its own session
    op.search_tickets(w, S1, everything, size=2)
    w.add(d.kill_session(S1), d.kill_session(S0))


def list_changed_since(w: World) -> None:
    old = _with_old_tickets(w)
    w.add(d.init_session())
    op.search_tickets(w, S0, old)
    # cutoff = the newest update + 1 s; the search starts a second before, at the newest update
    newest = max(t.updated for t in old)
    fresh = [op.create(w, S0, f"Changed after the cutoff {n}", "New.") for n in range(1, 4)]
    w.add(d.init_session(S1))
    op.search_tickets(w, S1, fresh[::-1], since=newest, size=2)
    w.add(d.kill_session(S1), d.kill_session(S0))


def conversation_public_only(w: World) -> None:
    w.add(d.init_session())
    ticket = op.create(w, S0, "VPN drops every hour", "Hourly.")
    # written in GLPI's editor; a script (from a mail, an API client) is stored as sent
    op.support_reply(w, ticket, "Please update the VPN client.",
                     "<p>Please update the VPN client.</p><script>alert(document.cookie)"
                     "</script>")
    op.support_reply(w, ticket, "INTERNAL: user is on the old laptop", private=True, files=[
        ("internal-inventory.txt", b"asset 4711, out of warranty\n", "text/plain",
         "text/plain")])
    op.conversation(w, S0, ticket)
    w.add(d.kill_session())


def reply_with_a_file(w: World) -> None:
    w.add(d.init_session())
    ticket = op.create(w, S0, "Printer jams", "Tray 2.")
    entry = op.reply(w, S0, ticket, "Here is a photo.", key=REPLY_KEY,
                     files=[("jam.jpg", PHOTO, "image/jpeg", "image/jpeg")])
    op.conversation(w, S0, ticket)
    op.download(w, S0, entry.files[0])
    op.entries(w, S0, ticket, "ITILFollowup")  # find_reply_by_key(REPLY_KEY)
    op.entries(w, S0, ticket, "ITILFollowup")  # … and a key never sent
    w.add(d.kill_session())


def hostile_file_name(w: World) -> None:
    w.add(d.init_session())
    ticket = op.create(w, S0, "Invoice tool crashes", "On save.")
    payload = b"MZ this would run if it were saved as it is named\n"
    entry = op.support_reply(w, ticket, "Run the attached fix.", files=[
        (HOSTILE_NAME, payload, "application/octet-stream", "application/x-dosexec")])
    op.conversation(w, S0, ticket)
    op.download(w, S0, entry.files[0])
    w.add(d.kill_session())


def solve_then_reopen(w: World) -> None:
    # a requester cannot solve a new ticket in GLPI: the ticket says so and the test stops
    w.add(d.init_session())
    op.create(w, S0, "Screen flickers", "Since Monday.")
    w.add(d.kill_session())


def wrong_credentials(w: World) -> None:
    wrong = d.USER_TOKEN[:-8] + "0" * 8
    w.add(d.refused_sign_in(wrong), d.refused_sign_in(wrong))


def someone_elses_ticket(w: World) -> None:
    foreign = w.old_ticket("The manager's laptop order", 1, "2026-12-07 10:58:02")
    w.support("foreign_ticket", {"subject": "The manager's laptop order"}, str(foreign.id))
    w.add(d.init_session(),
          d.step("GET", f"Ticket/{foreign.id}", S0,
                 d.error(403, "ERROR_RIGHT_MISSING",
                         "You don't have permission to perform this action."),
                 query={"get_hateoas": "false", "add_keys_names[]": "users_id_recipient"}),
          d.kill_session())


def not_found(w: World) -> None:
    missing = d.error(404, "ERROR_ITEM_NOT_FOUND", "Item not found")
    w.add(d.init_session(),
          d.step("GET", "Ticket/999999", S0, missing, query={"get_hateoas": "false"}),
          d.step("GET", "Ticket/999999", S0, missing,
                 query={"get_hateoas": "false", "add_keys_names[]": "users_id_recipient"}),
          d.step("GET", "Document/999999", S0, missing, accept="application/octet-stream"),
          d.kill_session())


#: the faults of test_contract_errors.py as GLPI (or what stands in front of it) answers them
FAULTS: dict[str, dict] = {
    # nginx in front of GLPI (limit_req_status 429; add_header Retry-After 7 always)
    "rate_limited": {"status": 429, "headers": {"Content-Type": "text/html",
                                                "Retry-After": "7"},
                     "text": "<html>\r\n<head><title>429 Too Many Requests</title></head>\r\n"
                             "<body>\r\n<center><h1>429 Too Many Requests</h1></center>\r\n"
                             "</body>\r\n</html>\r\n"},
    # GLPI's own answer when the search engine's SQL fails (API.php, searchItems)
    "server_error": d.error(500, "ERROR_SQL", "Unexpected SQL Error : MySQL server has gone "
                                              "away"),
    "bad_gateway": {"status": 502, "headers": {"Content-Type": "text/html"},
                    "text": "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>"
                            "\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n"
                            "</html>\r\n"},
    "unavailable": {"status": 503, "headers": {"Content-Type": "text/html; charset=utf-8",
                                               "Retry-After": "120"},
                    "text": "<!doctype html><html><body><h1>GLPI maintenance</h1><p>Back in "
                            "two minutes.</p></body></html>"},
    # the search answer cut off mid-way, sent as complete
    "truncated": {"status": 200, "headers": {"Content-Type": d.JSON_TYPE},
                  "text": "{\"totalcount\":1,\"count\":1,\"sort\":[19],\"order\":[\"DESC\"],"
                          "\"data\":[{\"2\":101,\"1\":\"VPN"},
    # valid JSON of the wrong shape: the rows as text
    "wrong_shape": d.answer(200, {"totalcount": 1, "count": 1, "data": "1 ticket"}),
    "html_page": {"status": 200, "headers": {"Content-Type": "text/html; charset=utf-8"},
                  "text": HTML_PAGE},
}


def fault(case: str) -> Callable[[World], None]:
    def scenario(w: World) -> None:
        w.add(d.init_session())
        op.search_tickets(w, S0, [])
        w.steps[-1]["response"] = FAULTS[case]
        w.add(d.kill_session())
    return scenario


def nothing(w: World) -> None:
    """No request reaches the server (refused before, or another address)."""


SCENARIOS: dict[str, Callable[[World], None]] = {
    "test_whoami_is_the_signed_in_user": whoami,
    "test_create_with_attachments_and_key_reads_back": create_with_attachments,
    "test_find_by_key": find_by_key,
    "test_get_ticket": get_ticket,
    "test_list_all_pages_newest_first": list_all_pages,
    "test_list_changed_since_across_pages": list_changed_since,
    "test_conversation_is_public_only": conversation_public_only,
    "test_reply_with_a_file": reply_with_a_file,
    "test_download_with_a_hostile_file_name": hostile_file_name,
    "test_solve_then_reopen_with_a_reason": solve_then_reopen,
    "test_wrong_credentials_are_an_auth_error": wrong_credentials,
    "test_someone_elses_ticket_is_permission_denied": someone_elses_ticket,
    "test_what_does_not_exist_is_not_found": not_found,
    **{f"test_a_fault_is_a_typed_error-{case}": fault(case) for case in FAULTS},
    "test_a_server_that_is_not_there_is_unreachable": nothing,
    "test_an_unknown_host_is_host_not_found": nothing,
    **{f"test_an_undeclared_action_is_refused_unsent-{action}": nothing
       for action in ("solve", "reopen", "reply", "reply_files", "rate")},
}

ACCOUNT = {"source": d.SOURCE, "token": d.USER_TOKEN,
           "user": {"login": d.USER_LOGIN, "name": d.USER_NAME, "email": ""},
           "settings": {"app_token": d.APP_TOKEN}}


def write(scenarios: dict[str, Callable[[World], None]], folder: Path = FOLDER, *,
          fresh_numbers: bool = False) -> None:
    """Run each scenario on a fresh world and write its file; ``fresh_numbers``: each
    scenario's tickets are numbered from 101 (else numbers go on from one to the next)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, scenario in scenarios.items():
        if fresh_numbers:
            restart_numbers()
        world = World()
        scenario(world)
        document = {"scenario": name, "source": d.SOURCE, "steps": world.steps}
        (folder / f"{name}.json").write_text(d.dump(document), encoding="utf-8")


def main() -> int:
    write(SCENARIOS)
    (FOLDER / "account.json").write_text(d.dump(ACCOUNT), encoding="utf-8")
    print(f"wrote {len(SCENARIOS)} scenarios to {FOLDER.relative_to(HERE.parents[1])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
