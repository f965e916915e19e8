"""Write helpclient(1) from the command line's own parser, so the page lists every command and
option the installed program has. Run by ``installer/linux/build-deb``:

    python installer/linux/manpage.py > helpclient.1
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

from helpclient import __version__
from helpclient.cli import _parser
from helpclient.cli_check import EXIT_MEANINGS
from helpclient.cli_outbox import EXIT_NEEDS_USER, EXIT_QUEUED
from helpclient.cli_selfcheck import EXIT_MEANINGS as CHECK_EXIT_MEANINGS

# man(7) text around the generated command list: what IT looks for in a man page
DESCRIPTION = r"""
HelpClient sits in the system tray and lets employees report a problem to their IT support
(with system information they review first), search the knowledge base, and follow their
requests. Without a command it starts the tray application, or shows the one already running.
The commands below serve terminals and IT scripts; those that print data take \fB\-\-json\fR.
"""

FILES = r"""
.TP
.I /etc/helpclient/policy.toml
Machine policy set by IT (TOML). A setting given here is locked: the user cannot change it.
The package installs a commented example listing every setting.
.TP
.I $XDG_CONFIG_DIRS/helpclient/policy.toml
Further policy files (default \fI/etc/xdg/helpclient/policy.toml\fR);
\fI/etc/helpclient/policy.toml\fR wins over them.
.TP
.I ~/.config/helpclient/config.toml
The user's own settings.
.TP
.I ~/.local/state/helpclient/log/helpclient.log
The application log (no secrets in it).
.TP
.I /etc/xdg/autostart/helpclient.desktop
Starts HelpClient when a user logs in to a desktop.
"""

ENVIRONMENT = r"""
.TP
.B XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME
Move the user's settings, data, cache and log folders.
.TP
.B XDG_CONFIG_DIRS
Folders searched for \fIhelpclient/policy.toml\fR.
.TP
.B HELPCLIENT_TOKEN
The helpdesk token to use when no secure keyring is available (never written to a file).
"""


def _escape(text: str) -> str:
    """Plain text as man(7) text: backslashes and hyphens escaped, no line read as a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(f"\\&{line}" if line.startswith((".", "'")) else line
                     for line in text.splitlines())


def _subcommands(parser: argparse.ArgumentParser,
                 ) -> Iterator[tuple[str, str, argparse.ArgumentParser]]:
    """(name, help, parser) of each sub-command, depth first (``kb``, then ``kb search``…)."""
    for action in parser._actions:  # argparse keeps sub-commands only there
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub
                for inner, text, deeper in _subcommands(sub):
                    yield f"{name} {inner}", text, deeper


def _metavar(action: argparse.Action, default: str) -> str:
    metavar = action.metavar or default
    return " ".join(metavar) if isinstance(metavar, tuple) else metavar


def _options(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
            continue
        if action.option_strings:
            names = ", ".join(f"\\fB{_escape(o)}\\fR" for o in action.option_strings)
            if action.nargs != 0:
                names += f" \\fI{_escape(_metavar(action, action.dest.upper()))}\\fR"
        else:
            names = f"\\fI{_escape(_metavar(action, action.dest))}\\fR"
        lines += [".RS", ".TP", names, _escape(action.help or ""), ".RE"]
    return lines


def render() -> str:
    """The whole man page."""
    parser = _parser()
    out = [
        f'.TH HELPCLIENT 1 "" "HelpClient {__version__}" "User Commands"',
        ".SH NAME",
        "helpclient \\- report a problem to IT support and follow your requests",
        ".SH SYNOPSIS",
        ".B helpclient",
        "[\\fB\\-\\-version\\fR] [\\fICOMMAND\\fR [\\fIOPTIONS\\fR]]",
        ".SH DESCRIPTION",
        DESCRIPTION.strip(),
        ".SH COMMANDS",
    ]
    for _name, text, sub in _subcommands(parser):
        usage = " ".join(sub.format_usage().removeprefix("usage: ").split()).replace(" [-h]", "")
        out += [".TP", f"\\fB{_escape(usage)}\\fR", _escape(text[:1].upper() + text[1:] + ".")]
        out += _options(sub)
    out += [
        ".SH OPTIONS",
        ".TP", "\\fB\\-\\-version\\fR", "Print the version and exit.",
        ".SH EXIT STATUS",
        "0 when the command did what it was asked; 2 when the helpdesk cannot be used (it "
        "refused, or cannot be reached) or the command line is wrong. "
        f"\\fBsubmit\\fR and \\fBoutbox\\fR: {EXIT_QUEUED} when a report is left queued to be "
        f"sent later, {EXIT_NEEDS_USER} when it needs the user. \\fBcheck\\-config\\fR: "
        + _escape("; ".join(f"{code} {text}" for code, text in EXIT_MEANINGS.items()))
        + " (with several problems, the lowest code; each problem is printed). "
        "\\fBcheck\\fR: "
        + _escape("; ".join(f"{code} {text}" for code, text in CHECK_EXIT_MEANINGS.items()))
        + ".",
        ".SH FILES", FILES.strip(),
        ".SH ENVIRONMENT", ENVIRONMENT.strip(),
    ]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
