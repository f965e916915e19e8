"""``helpclient check``: the quick checks of this computer from a terminal — the network,
disk, memory, processor, clock, pending restart and print queue — one line each with its
cause, the article that fixes a problem, as text or ``--json``. No Qt is imported.

Exit codes: 0 when every check is fine (or could not tell), 1 when one needs attention or is a
problem.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from helpclient.core.checks.model import Check, CheckResult
    from helpclient.core.kb.index import Hit
    from helpclient.services import Services

log = logging.getLogger(__name__)

EXIT_MEANINGS = {0: "every check is fine (or could not tell)",
                 1: "a check needs attention or found a problem"}


def add_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``check`` on the CLI's subparsers."""
    check = sub.add_parser(
        "check", help="quick checks of this computer: network, helpdesk, disk, memory, "
        "processor, clock, pending restart, print queue",
        epilog="exit codes: " + "; ".join(f"{code} {text}" for code, text in
                                          EXIT_MEANINGS.items()) + ".")
    check.add_argument("--json", action="store_true", help="print JSON")


def cmd_self_check(args: argparse.Namespace, *, services: Services | None = None,
                   checks: Callable[[], Sequence[Check]] | None = None) -> int:
    """Run the checks, print them, return 1 when one needs a look (``services`` and
    ``checks``: this user's and this OS's unless given)."""
    # the checks load psutil and the network stack: only for this command
    from helpclient.core.checks.model import exit_code  # noqa: PLC0415
    from helpclient.core.checks.runner import run_checks  # noqa: PLC0415
    from helpclient.services import Services, build_self_checks  # noqa: PLC0415

    services = services or Services.for_user()
    settings = services.settings
    results = run_checks(checks() if checks is not None else build_self_checks(settings))
    articles = _articles(services, results)
    code = exit_code(results)
    if args.json:
        rows = []
        for result in results:
            row = result.as_json()
            hit = articles.get(result.name)
            row["article"] = {"title": hit.article.title, "url": hit.article.url,
                              "source": hit.article.source} if hit else None
            rows.append(row)
        print(json.dumps({"checks": rows, "exit_code": code}, ensure_ascii=False, indent=2))
        return code
    for result in results:
        print(f"{result.verdict.value:<10} {result.title:<20} {result.cause.render()}")
        hit = articles.get(result.name)
        if hit is not None:
            where = f" ({hit.article.url})" if hit.article.url else ""
            print(f"{'':<31} article: {hit.article.title}{where}")
    looks = sum(r.verdict.needs_look for r in results)
    print(f"\nresult: exit {code}, {EXIT_MEANINGS[code]}" + (f" ({looks})" if looks else ""))
    return code


def _articles(services: Services, results: Sequence[CheckResult]) -> dict[str, Hit]:
    """The article for each result that needs a look (none when the index cannot be read)."""
    from helpclient.core.checks.articles import article_for  # noqa: PLC0415

    if not any(r.verdict.needs_look for r in results):
        return {}
    found: dict[str, Hit] = {}
    try:
        kb = services.knowledge
        kb.refresh_folders()
        for result in results:
            hit = article_for(kb, result, language="en")
            if hit is not None:
                found[result.name] = hit
    except (sqlite3.Error, OSError) as exc:  # the checks stand without their articles
        log.warning("no articles for the checks: %s", exc)
    return found
