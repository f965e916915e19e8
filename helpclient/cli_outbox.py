"""``helpclient submit`` and ``helpclient outbox``: the outbox from a terminal or a script.

They share the app's outbox (same data dir, same lock), so a report queued here is sent by the
app later, and the other way round. No Qt is imported.

Exit codes: 0 sent (or listed), 2 error (nothing queued), 3 queued and will be retried,
4 kept but needs the user (sign in again, or the helpdesk refused it).
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
import time
from pathlib import Path
from typing import Any

from helpclient.core.delivery.outbox import Entry, Outbox, OutboxError, State
from helpclient.core.i18n import Translate, identity
from helpclient.core.report.problem import Category, ProblemReport, Urgency
from helpclient.core.settings import Settings

EXIT_QUEUED = 3
EXIT_NEEDS_USER = 4


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``submit`` and ``outbox`` on the CLI's subparsers."""
    submit = sub.add_parser("submit", help="queue a problem report and send it")
    submit.add_argument("--summary", required=True, help="one line: what is wrong")
    submit.add_argument("--details", metavar="FILE|-",
                        help="details (error text) from a file, or - for standard input")
    submit.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE",
                        help="attach a file (repeat for several)")
    submit.add_argument("--id", dest="report_id", metavar="KEY",
                        help="the report's idempotency key (letters and digits); running the "
                        "command again with the same key never makes a second ticket")
    submit.add_argument("--wait", type=float, default=30.0, metavar="SECONDS",
                        help="how long to keep retrying before leaving the report queued "
                        "(default 30)")
    submit.add_argument("--json", action="store_true", help="print JSON")
    outbox = sub.add_parser("outbox", help="list reports waiting to be sent")
    outbox.add_argument("--send", action="store_true", help="try to send them now")
    outbox.add_argument("--cancel", metavar="ID", help="remove a report that was not sent")
    outbox.add_argument("--export", nargs=2, metavar=("ID", "ZIP"),
                        help="save a queued report with its files to a ZIP file")
    outbox.add_argument("--json", action="store_true", help="print JSON")


def _entry_json(entry: Entry) -> dict[str, Any]:
    return {"id": entry.id, "state": entry.state.value, "summary": entry.report.summary,
            "created": entry.created, "attempts": entry.attempts,
            "next_attempt": entry.next_attempt if entry.state is State.QUEUED else None,
            "last_error": entry.last_error, "ticket_id": entry.ticket_id or None,
            "ticket_url": entry.ticket_url or None, "bytes": entry.total_bytes,
            "kind": entry.kind, "reply_to": entry.reply_ticket or None}


def _read_details(source: str | None) -> str:
    if source is None:
        return ""
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8", errors="replace")


def cmd_submit(args: argparse.Namespace) -> int:
    """Queue the report durably, then try to send it (and anything else waiting)."""
    from helpclient.core.delivery.submit import submit_report  # noqa: PLC0415
    from helpclient.core.report.userinfo import saved_contact  # noqa: PLC0415
    from helpclient.services import Services  # noqa: PLC0415

    if args.report_id is not None and not (args.report_id.isalnum()
                                           and len(args.report_id) <= 64):
        print("helpclient: --id takes letters and digits only (at most 64)", file=sys.stderr)
        return 2
    for path in args.attach:
        if not path.is_file():
            print(f"helpclient: cannot attach {path}: no such file", file=sys.stderr)
            return 2
    services = Services.for_user()
    contact = saved_contact(services.settings)
    details = _read_details(args.details)
    fields: dict[str, Any] = {
        "summary": args.summary.strip(), "category": Category.OTHER,
        "error_text": details.strip(), "no_error_message": not details.strip(),
        "not_software_specific": True, "urgency": Urgency.NORMAL, "contact": contact,
        "attachments": tuple(p.resolve() for p in args.attach),
    }
    if args.report_id:
        fields["report_id"] = args.report_id
    report = ProblemReport(**fields)

    def queued(entry: Entry) -> None:
        if not args.json:
            print(f"Queued as {entry.id}.", flush=True)

    ticket_translate = _ticket_translate(services.settings)
    try:
        outbox = services.outbox
        submit_report(outbox, services.sender(outbox, tr=ticket_translate), report,
                      tr=ticket_translate, deliver_for=args.wait, on_queued=queued)
    except OutboxError as exc:
        print(f"helpclient: {exc.message}", file=sys.stderr)
        return 2
    return _print_outcome(outbox, report.report_id, as_json=args.json)


def _ticket_translate(settings: Settings) -> Translate:
    """The translation of ticket text (the ``ticket.language`` setting, else the interface's,
    else the system's). English is the source text, so Qt's translator loads only for another
    language: terminal commands start without Qt."""
    code = str(settings.get("ticket.language")) or str(settings.get("ui.language")) \
        or next((os.environ[v] for v in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(v)),
                locale.getlocale()[0] or "")
    if code.split("_")[0].split(".")[0] in ("", "en", "C", "POSIX"):
        return identity
    from helpclient.ui.shell.i18n import TicketLanguage  # noqa: PLC0415 (Qt only when needed)

    return TicketLanguage(settings).translate()


def _print_outcome(outbox: Outbox, report_id: str, *, as_json: bool) -> int:
    entry = outbox.get(report_id)
    if entry is None:  # cancelled by someone else meanwhile
        print(f"helpclient: report {report_id} was removed from the outbox", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(_entry_json(entry), ensure_ascii=False))
    elif entry.state is State.SENT:
        url = f" {entry.ticket_url}" if entry.ticket_url else ""
        print(f"Request #{entry.ticket_id} sent.{url}")
    elif entry.state is State.QUEUED:
        when = time.strftime("%H:%M:%S", time.localtime(entry.next_attempt))
        print(f"Not sent yet: {entry.last_error}\nThe report is kept in the outbox and will be "
              f"tried again (next after {when}) by HelpClient or `helpclient outbox --send`.")
    else:
        print(f"Not sent: {entry.last_error}\nThe report is kept in the outbox: "
              "`helpclient outbox` lists it.")
    return {State.SENT: 0, State.QUEUED: EXIT_QUEUED}.get(entry.state, EXIT_NEEDS_USER)


def cmd_outbox(args: argparse.Namespace) -> int:
    """List, send, cancel or export what waits in the outbox."""
    from helpclient.core.report.export import export_zip  # noqa: PLC0415
    from helpclient.services import Services  # noqa: PLC0415

    services = Services.for_user()
    try:
        outbox = services.outbox
    except OutboxError as exc:
        print(f"helpclient: {exc.message}", file=sys.stderr)
        return 2
    if args.cancel:
        if not outbox.cancel(args.cancel):
            print(f"helpclient: no unsent report {args.cancel}", file=sys.stderr)
            return 2
        print(f"Removed {args.cancel}.")
        return 0
    if args.export:
        entry = outbox.get(args.export[0])
        if entry is None:
            print(f"helpclient: no report {args.export[0]}", file=sys.stderr)
            return 2
        if entry.is_reply:
            print(f"helpclient: {args.export[0]} is a reply; only reports are saved to a ZIP",
                  file=sys.stderr)
            return 2
        print(f"Saved to {export_zip(entry.report, Path(args.export[1]))}.")
        return 0
    if args.send:
        outbox.retry_now()
        services.sender(outbox).drain(max_wait=0)
    entries = outbox.pending()
    if args.json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=2))
    elif not entries:
        print("The outbox is empty: every report was sent.")
    else:
        for e in entries:
            what = f"Reply to request #{e.reply_ticket}: " if e.is_reply else ""
            print(f"{e.id}  {e.state.value:<10} {what}{e.report.summary}")
            if e.last_error:
                print(f"    {e.last_error}")
    return 0 if not entries else EXIT_QUEUED
