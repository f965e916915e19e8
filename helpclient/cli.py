"""Command-line entry points: the GUI, and commands for terminals and IT scripts.

GUI-less commands never import Qt, so they work over SSH and in scripts; starting the GUI
builds no argument parser and imports none of the commands' modules (the tray icon comes first).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from helpclient import __version__
from helpclient.core.errors import HelpdeskError, Transient

if TYPE_CHECKING:
    import argparse

    from helpclient.core.connection import Connection
    from helpclient.core.models import Ticket

# the commands that open a window of the app, and what the running app is asked to open
GUI_COMMANDS = {"": "show", "report": "report", "settings": "settings", "kb-window": "kb",
                "requests-window": "requests"}

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    # imported here: starting the GUI needs none of the commands (see main)
    import argparse  # noqa: PLC0415

    from helpclient.cli_check import add_command as add_check_command  # noqa: PLC0415
    from helpclient.cli_outbox import add_commands as add_outbox_commands  # noqa: PLC0415
    from helpclient.cli_selfcheck import add_command as add_self_check_command  # noqa: PLC0415

    parser = argparse.ArgumentParser(
        prog="helpclient", description="HelpClient: report a problem to IT support and follow "
        "your requests.")
    parser.add_argument("--version", action="version", version=f"HelpClient {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("report", help="open the problem report wizard (in the running app)")
    sub.add_parser("settings", help="open the settings (in the running app)")
    sub.add_parser("kb-window", help="open the knowledge base browser (in the running app)")
    sub.add_parser("requests-window", help="open My requests (in the running app)")
    requests_cmd = sub.add_parser("requests", help="list your requests")
    requests_cmd.add_argument("--json", action="store_true", help="print JSON")
    requests_cmd.add_argument("--all", action="store_true", help="include solved and closed")
    add_outbox_commands(sub)
    kb = sub.add_parser("kb", help="search and maintain the local knowledge base")
    kb_sub = kb.add_subparsers(dest="kb_command", metavar="KB_COMMAND", required=True)
    kb_search = kb_sub.add_parser("search", help="search the local index (the app's ranking)")
    kb_search.add_argument("query")
    kb_search.add_argument("--limit", type=int, default=5, help="at most N results (5)")
    kb_search.add_argument("--json", action="store_true", help="print JSON")
    kb_import = kb_sub.add_parser("import", help="(re)index a folder of Markdown/HTML articles")
    kb_import.add_argument("path", type=Path)
    kb_sub.add_parser("sync", help="copy the helpdesk's articles into the local index")
    add_check_command(sub)
    add_self_check_command(sub)
    collect = sub.add_parser("collect", help="collect system information into a bundle ZIP "
                             "(what the report wizard attaches)")
    collect.add_argument("-o", "--output", type=Path, required=True, help="the ZIP to write")
    collect.add_argument("--json", action="store_true", help="print the manifest as JSON")
    collect.add_argument("--anonymize", action="store_true",
                         help="also replace user, host, home paths, e-mail and IP addresses")
    demo = sub.add_parser("demo", help="start a local Request Tracker with sample data and "
                          "run HelpClient against it")
    demo.add_argument("--no-gui", action="store_true",
                      help="set up and start the demo server only; stop with Ctrl+C")
    demo.add_argument("--dir", type=Path, help="where the demo server keeps its data")
    demo.add_argument("--backend", choices=("rt", "redmine"), default="rt",
                      help="the helpdesk to start: Request Tracker 5 (default) or Redmine 5")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``helpclient`` command."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) <= 1 and (given[0] if given else "") in GUI_COMMANDS:
        return _gui(given[0] if given else "")
    if given == ["_keyring"]:  # the app's keyring helper (helpclient.core.secrets_process)
        from helpclient.core.secrets_process import serve  # noqa: PLC0415

        return serve(sys.stdin, sys.stdout)
    args = _parser().parse_args(given)
    try:
        if args.command == "requests":
            return cmd_requests(as_json=args.json, include_all=args.all)
        if args.command == "submit":
            from helpclient.cli_outbox import cmd_submit  # noqa: PLC0415

            return cmd_submit(args)
        if args.command == "outbox":
            from helpclient.cli_outbox import cmd_outbox  # noqa: PLC0415

            return cmd_outbox(args)
        if args.command == "kb":
            return cmd_kb(args)
        if args.command == "check-config":
            from helpclient.cli_check import cmd_check_config  # noqa: PLC0415

            return cmd_check_config(args)
        if args.command == "check":
            from helpclient.cli_selfcheck import cmd_self_check  # noqa: PLC0415

            return cmd_self_check(args)
        if args.command == "collect":
            return cmd_collect(args.output, as_json=args.json, anonymize=args.anonymize)
        if args.command == "demo":
            from helpclient.demo.run import run_demo  # noqa: PLC0415

            return run_demo(data_dir=args.dir, gui=not args.no_gui, backend=args.backend)
    except HelpdeskError as exc:
        print(f"helpclient: {exc.message}", file=sys.stderr)
        return 2
    return _gui(args.command or "")


def _gui(command: str) -> int:
    """Start the app (or hand ``command`` to the one running)."""
    from helpclient.launch import run_gui  # noqa: PLC0415 (Qt only for the GUI)

    return run_gui(GUI_COMMANDS.get(command, "show"))


def _connection() -> Connection:
    from helpclient.services import build_connection  # noqa: PLC0415

    return build_connection()


def _cached_tickets(error: Transient) -> list[Ticket]:
    """The GUI's ticket cache, when the helpdesk cannot be reached: a stale list, said so on
    stderr, is more use to a script than none. No cache: the error stands."""
    from helpclient.core.tracking.cache import TicketCache  # noqa: PLC0415
    from helpclient.services import build_settings  # noqa: PLC0415

    settings, paths = build_settings()
    cache_file = paths.ticket_cache_file
    if not cache_file.exists():
        raise error
    cache = TicketCache(cache_file)
    try:
        if cache.get_meta("account") != settings.get("server.url") or cache.last_sync is None:
            raise error
        print(f"helpclient: {error.message} Showing the list as of "
              f"{cache.last_sync.astimezone():%Y-%m-%d %H:%M}.", file=sys.stderr)
        return [c.ticket for c in cache.tickets()]
    finally:
        cache.close()


def cmd_requests(*, as_json: bool, include_all: bool) -> int:
    """Print the user's tickets, newest change first (from the cache when offline)."""
    try:
        tickets = _connection().backend().list_my_tickets()
    except Transient as exc:
        tickets = _cached_tickets(exc)
    if not include_all:
        tickets = [t for t in tickets if t.status.is_active]
    if as_json:
        print(json.dumps([{
            "id": t.id, "subject": t.subject, "status": t.status.value,
            "raw_status": t.raw_status, "created": t.created.isoformat(),
            "updated": t.updated.isoformat(), "owner": t.owner, "url": t.url,
        } for t in tickets], ensure_ascii=False, indent=2))
        return 0
    if not tickets:
        print("No open requests." if not include_all else "No requests.")
    for t in tickets:
        print(f"#{t.id:<6} {t.status.value:<16} {t.updated:%Y-%m-%d %H:%M}  {t.subject}")
    return 0


def cmd_kb(args: argparse.Namespace) -> int:
    """``kb search`` / ``kb import`` / ``kb sync``."""
    from helpclient.services import Services  # noqa: PLC0415

    services = Services.for_user()
    kb = services.knowledge
    if args.kb_command == "import":
        if not args.path.is_dir():
            print(f"helpclient: {args.path} is not a folder", file=sys.stderr)
            return 2
        indexed, removed = kb.import_folder(args.path)
        print(f"{args.path}: {indexed} article(s) indexed, {removed} removed; "
              f"{kb.index.count()} in the index")
        return 0
    if args.kb_command == "sync":
        result = kb.sync(services.connection.backend(), services.settings.get("server.url"))
        print(f"synced: {result.added} added, {result.updated} updated, "
              f"{result.removed} removed")
        return 0
    kb.refresh_folders()
    hits = kb.search(args.query, max(1, args.limit))
    if args.json:
        print(json.dumps([{
            "id": h.article.id, "key": h.key, "title": h.article.title,
            "source": h.article.source, "score": round(h.score, 4),
            "snippet": h.snippet.text, "highlights": h.snippet.highlights,
            "url": h.article.url,
        } for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No articles match.")
    for h in hits:
        print(f"{h.score:6.2f}  {h.article.title}  [{h.article.source}]\n"
              f"        {h.snippet.marked('[', ']')}")
    return 0


def cmd_collect(output: Path, *, as_json: bool, anonymize: bool) -> int:
    """Collect system information into ``output``; print the manifest (JSON) or a summary."""
    from helpclient.core.sysinfo.bundle import manifest  # noqa: PLC0415
    from helpclient.services import build_settings, build_sysinfo  # noqa: PLC0415

    settings, paths = build_settings()
    service = build_sysinfo(settings, paths)
    if anonymize:
        service = service.with_options(anonymize=True)
    anonymized = service.redactor().anonymize
    plan = service.plan(service.collect())
    service.write(output, plan, anonymized=anonymized)
    info = manifest(plan, app_version=__version__, created=plan.collection.started,
                    anonymized=anonymized)
    if as_json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    for row in info["collectors"]:
        note = f"  {row['error']}" if "error" in row else ""
        print(f"{row['name']:<16} {row['status']:<8} {row['duration_ms']:>8.1f} ms "
              f"{row['size']:>9} B{note}")
    for row in info["excluded"]:
        print(f"{row['name']:<16} excluded  {row['reason']}")
    print(f"wrote {output} ({output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
