"""``helpclient check-config``: every effective setting with its origin, then the deployment
checks of :mod:`helpclient.deployment_check`, as text or ``--json``. No Qt is imported.

Exit codes (the lowest problem's; see ``deployment_check.Exit``): 0 fine, 1 configuration,
2 server unreachable or not trusted, 3 not the configured helpdesk, 4 no or refused token.
"""

from __future__ import annotations

import argparse
import json

DEFAULT_TIMEOUT = 5.0

#: what each exit code means (the values of ``deployment_check.Exit``; README, man page, --help)
EXIT_MEANINGS = {
    0: "everything checked is fine",
    1: "a configuration problem (policy or settings file, server address, type, extra CA)",
    2: "the server cannot be reached or its certificate is not trusted",
    3: "something answers, but not the configured helpdesk",
    4: "no token for this user, or the server refuses it",
}


def add_command(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``check-config`` on the CLI's subparsers."""
    check = sub.add_parser(
        "check-config", help="print the effective settings and their origin, then check the "
        "deployment: server address, reachability, TLS, helpdesk, token",
        epilog="exit codes: " + "; ".join(f"{code} {text}" for code, text in EXIT_MEANINGS.items())
        + ". With several problems, the lowest code: fix that one first.")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument("--offline", action="store_true",
                       help="skip the network checks (settings, address and token only)")
    check.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                       help=f"limit of each network step (default {DEFAULT_TIMEOUT:g})")


def cmd_check_config(args: argparse.Namespace) -> int:
    """Print the settings and the checks; the exit code of the most basic problem."""
    # the checks load the network stack: only for this command, not at every start
    from helpclient.deployment_check import (  # noqa: PLC0415
        Status,
        exit_code,
        run_checks,
    )
    from helpclient.services import Services  # noqa: PLC0415

    services = Services.for_user()
    settings = services.settings
    rows = [{"key": s.key, "value": "(set, not shown)" if s.secret and value else value,
             "source": source.value, "locked": settings.is_locked(s.key), "doc": s.doc}
            for s, value, source in settings.effective()]
    checks = run_checks(services.connection, offline=args.offline,
                        timeout=max(0.1, args.timeout))
    code = exit_code(checks)
    info = {"user_file": str(services.paths.user_settings_file),
            "policy": settings.policy_source.describe(),
            "settings": rows, "problems": settings.problems,
            "checks": [c.as_json() for c in checks], "exit_code": int(code)}
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return int(code)
    print(f"user file: {info['user_file']}\npolicy:    {info['policy']}")
    for row in rows:
        lock = " (locked)" if row["locked"] else ""
        print(f"{row['key']:<28} {row['value']!r:<40} {row['source']}{lock}")
    print()
    for check in checks:
        action = f" → {check.action}" if check.action else ""
        print(f"{check.status.value:<8} {check.name:<11} {check.message}{action}")
    problems = sum(c.status is Status.PROBLEM for c in checks)
    print(f"\nresult: exit {int(code)}, {EXIT_MEANINGS[code]}"
          + (f" ({problems} problem{'s' if problems != 1 else ''})" if problems else ""))
    return int(code)
