"""Write the scenarios of what is particular to GLPI (``test_glpi_specific.py`` replays them):
the session ending and being opened again, a requester's approval or refusal of a solution, the
satisfaction survey, every status, rich text as GLPI 10 stores it, the knowledge base (and GLPI
11's renumbered subject), signing in with a login and password, and the probe.

    .venv/bin/python tests/contract/write_glpi_specific.py

Same sources and format as ``write_glpi.py``; the files are ``exchanges/glpi/glpi-*.json``.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Callable

import glpi_docs as d
import glpi_operations as op
from glpi_world import World
from write_glpi import FOLDER, S0, S1, write

PASSWORD_AUTH = "Basic " + base64.b64encode("alice:pâss wörd".encode()).decode()
KB_COLUMNS = {"forcedisplay[0]": "2", "forcedisplay[2]": "19"}


def session_expires(w: World) -> None:
    old = w.old_ticket("Outlook asks for the password again", 2, "2026-12-04 16:20:11")
    w.add(d.init_session())
    op.search_tickets(w, S0, [old])
    w.steps[-1]["response"] = d.error(401, "ERROR_SESSION_TOKEN_INVALID",
                                      "session_token seems invalid")
    w.add(d.init_session(S1))  # signed in again, the same search once more
    op.search_tickets(w, S1, [old])
    w.add(d.kill_session(S1))


def _solved(w: World) -> op.Ticket:
    ticket = w.old_ticket("Screen flickers", 5, "2026-12-07 10:40:00")
    w.entry(ticket, "ITILSolution", d.TECH_ID, d.stored("<p>Driver updated.</p>"))
    return ticket


def solution_approved(w: World) -> None:
    ticket = _solved(w)
    w.add(d.init_session())
    op.get_ticket(w, S0, ticket)  # get_ticket: what may be done now
    op.get_ticket(w, S0, ticket)  # solve: still solved?
    w.add(d.step("POST", "ITILFollowup", S0, d.answer(201, {"id": 390, "message": ""}),
                 body={"json": {"input": {"itemtype": "Ticket", "items_id": ticket.id,
                                          "content": "", "is_private": 0, "add_close": 1}}}))
    ticket.status, ticket.closed = 6, w.tick(1)
    op.get_ticket(w, S0, ticket)
    w.add(d.kill_session())


def solution_refused(w: World) -> None:
    ticket = _solved(w)
    w.add(d.init_session())
    op.get_ticket(w, S0, ticket)
    w.add(d.step("POST", "ITILFollowup", S0, d.answer(201, {"id": 391, "message": ""}),
                 body={"json": {"input": {"itemtype": "Ticket", "items_id": ticket.id,
                                          "content": "<p>It flickers again.</p>",
                                          "is_private": 0, "add_reopen": 1}}}))
    ticket.status = 2
    op.get_ticket(w, S0, ticket)
    w.add(d.kill_session())


def not_solved_yet(w: World) -> None:
    ticket = w.old_ticket("Screen flickers", 2, "2026-12-07 10:40:00")
    w.add(d.init_session())
    op.get_ticket(w, S0, ticket)  # solve refused: nothing is posted
    w.add(d.kill_session())


def _survey(w: World, ticket: op.Ticket, answered: str | None) -> dict:
    survey = {"id": 9, "tickets_id": ticket.id, "type": 1, "date_begin": "2026-12-07 10:30:00",
              "date_answered": answered, "satisfaction": None if answered is None else 4,
              "comment": None}
    return d.sub_items(S0, f"Ticket/{ticket.id}/TicketSatisfaction", [survey], size=1)


def satisfaction(w: World) -> None:
    ticket = w.old_ticket("New mouse, please", 6, "2026-12-07 10:30:00")
    ticket.closed = ticket.updated
    w.add(d.init_session())
    op.get_ticket(w, S0, ticket)
    w.add(_survey(w, ticket, None))
    w.add(_survey(w, ticket, None))  # rate: the survey again
    w.add(d.step("PUT", "TicketSatisfaction/9", S0, d.answer(200, [{"9": True, "message": ""}]),
                 body={"json": {"input": {"satisfaction": 5, "comment": "Quick, thanks!"}}}))
    op.get_ticket(w, S0, ticket)
    w.add(_survey(w, ticket, "2026-12-07 11:06:00"))
    w.add(d.kill_session())


def every_status(w: World) -> None:
    tickets = [w.old_ticket(f"Status {n}", n, f"2026-12-0{7 - n} 09:00:00")
               for n in range(1, 7)]
    w.add(d.init_session())
    op.search_tickets(w, S0, tickets)
    w.add(d.kill_session())


def rich_text(w: World) -> None:
    ticket = w.old_ticket("VPN drops", 2, "2026-12-07 10:00:00")
    # a reply from a mail, stored as sent: entities, a script, an event handler, a remote image
    w.entry(ticket, "ITILFollowup", d.TECH_ID, d.stored(
        "<p>Try <b>this</b> &amp; that&nbsp;now.</p><script>alert(1)</script><img "
        "src=\"https://evil.example/x.png\" onerror=\"alert(2)\"><p><a "
        "href=\"javascript:alert(3)\">click</a></p>"))
    w.entry(ticket, "ITILFollowup", d.TECH_ID,
            d.stored("<p>INTERNAL: reboot the VPN concentrator</p>"), private=True)
    w.entry(ticket, "ITILSolution", d.TECH_ID, d.stored("<p>Client updated.</p>"))
    w.add(d.init_session())
    op.conversation(w, S0, ticket, sends_private=True)  # an older GLPI sends private ones too
    w.add(d.kill_session())


def _article(number: int, title: str, answer: str, updated: str) -> dict:
    return {"id": number, "name": d.stored(title), "answer": d.stored(answer), "is_faq": 1,
            "view": 12, "date": updated, "date_mod": updated, "date_creation": updated,
            "users_id": d.TECH_ID, "begin_date": None, "end_date": None}


def _kb_search(subject: str, text: str, first: int, size: int, rows: list, total: int,
               order: dict | None = None, criteria: dict | None = None) -> dict:
    query = dict(criteria if criteria is not None else {
        "criteria[0][field]": subject, "criteria[0][searchtype]": "contains",
        "criteria[0][value]": text, "criteria[1][link]": "OR", "criteria[1][field]": "7",
        "criteria[1][searchtype]": "contains", "criteria[1][value]": text})
    query.update({**KB_COLUMNS, "forcedisplay[1]": subject, **(order or {}),
                  "range": f"{first}-{first + size - 1}"})
    return d.step("GET", "search/KnowbaseItem", S0,
                  d.ranged(rows, first, size, total, "KnowbaseItem", search=True), query=query)


def knowledge_base(w: World) -> None:
    vpn = _article(11, "VPN & Wi-Fi: connect", "<p>Open <b>FortiClient</b>.</p>"
                   "<script>alert(1)</script>", "2026-12-03 08:00:00")
    row = {"2": 11, "6": vpn["name"], "19": vpn["date_mod"], "7": vpn["answer"], "80": "Root"}
    w.add(d.init_session(),
          _kb_search("6", "VPN", 0, 10, [row], 1),
          d.item(S0, "KnowbaseItem/11", vpn))
    since = {"criteria[0][field]": "19", "criteria[0][searchtype]": "morethan",
             "criteria[0][value]": "2026-12-01 00:59:59"}
    rows = [{"2": n, "6": f"Article {n}", "19": f"2026-12-0{n - 9} 08:00:00", "80": "Root"}
            for n in (11, 12, 13)]
    order = {"sort": "2", "order": "ASC"}
    w.add(_kb_search("6", "", 0, 50, rows, 3, order, since), d.kill_session())


def kb_glpi_11(w: World) -> None:
    refused = _kb_search("6", "VPN", 0, 10, [], 0)
    refused["response"] = d.error(400, "ERROR", "Bad field ID in search criteria")
    row = {"2": 11, "1": "VPN", "19": "2026-12-03 08:00:00"}
    w.add(d.init_session(), refused, _kb_search("1", "VPN", 0, 10, [row], 1),
          _kb_search("1", "mouse", 0, 10, [], 0), d.kill_session())


def password_sign_in(w: World) -> None:
    signed = d.init_session()
    signed["request"]["headers"]["Authorization"] = PASSWORD_AUTH
    w.add(signed, d.step("GET", "getFullSession", S0,
                         d.answer(200, {"session": d.full_session(S0)}, Date=d.DATE_HEADER)),
          d.kill_session())


def credentials_disabled(w: World) -> None:
    refused = d.init_session()
    refused["request"]["headers"]["Authorization"] = PASSWORD_AUTH
    refused["response"] = d.error(400, "ERROR_LOGIN_WITH_CREDENTIALS_DISABLED",
                                  "usage of initSession resource with credentials is disabled")
    w.add(refused)


def app_token_missing(w: World) -> None:
    refused = d.init_session()
    refused["response"] = d.error(400, "ERROR_APP_TOKEN_PARAMETERS_MISSING",
                                  "missing parameter app_token; view documentation in your "
                                  "browser at @@BASE@@/apirest.php/#ERROR_APP_TOKEN_PARAMETERS_"
                                  "MISSING")
    w.add(refused)


def _probe(session: str | None, response: dict, path: str = "initSession",
           auth: str | None = None) -> dict:
    found = d.step("GET", path, session, response, auth=auth)
    found["request"]["headers"]["App-Token"] = None  # check-config knows no App-Token
    return found


def probe(w: World) -> None:
    w.add(_probe(None, d.error(400, "ERROR_LOGIN_PARAMETERS_MISSING",
                               "parameter(s) login, password or user_token are missing")),
          _probe(None, d.answer(200, {"session_token": S1}),
                 auth=f"user_token {d.USER_TOKEN}"),
          _probe(S1, d.answer(200, {"cfg_glpi": {"version": "10.0.10", "language": "en_GB",
                                                 "url_base": "@@BASE@@"}}), "getGlpiConfig"),
          _probe(S1, d.answer(200, True), "killSession"),
          _probe(None, d.error(400, "ERROR", "API disabled")))


SCENARIOS: dict[str, Callable[[World], None]] = {
    "glpi-session_expires": session_expires,
    "glpi-solution_approved": solution_approved,
    "glpi-solution_refused": solution_refused,
    "glpi-not_solved_yet": not_solved_yet,
    "glpi-satisfaction": satisfaction,
    "glpi-every_status": every_status,
    "glpi-rich_text": rich_text,
    "glpi-knowledge_base": knowledge_base,
    "glpi-kb_glpi_11": kb_glpi_11,
    "glpi-password_sign_in": password_sign_in,
    "glpi-credentials_disabled": credentials_disabled,
    "glpi-app_token_missing": app_token_missing,
    "glpi-probe": probe,
}


def main() -> int:
    write(SCENARIOS, fresh_numbers=True)
    print(f"wrote {len(SCENARIOS)} GLPI-specific scenarios to {FOLDER.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
