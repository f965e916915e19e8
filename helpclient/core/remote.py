"""Remote assistance: the tool IT configured for support to connect to this computer, read and
checked from settings, and the command line or web address it starts with, placeholders filled.

IT writes a command line (``remote.command``) or a web address (``remote.url``) with
placeholders — ``{ticket}``, ``{user}``, ``{computer}``, ``{email}``, ``{name}`` — and HelpClient
fills them when the user has agreed. The command is split into words here, never handed to a
shell, and each word is filled on its own, so a value can never become a second argument or a
shell command; in a web address each value is percent-encoded. Every mistake is a typed
:class:`RemoteConfigError` (named by ``helpclient check-config``), and a configuration with one is
not offered at all: a half-working consent dialog is worse than none.
"""

from __future__ import annotations

import logging
import re
import shlex
import shutil
import string
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import PureWindowsPath
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Text
from helpclient.core.web_address import web_address_problem

log = logging.getLogger(__name__)

#: The placeholders IT may use, each filled from :class:`Facts`.
PLACEHOLDERS = ("ticket", "user", "computer", "email", "name")
# a ticket id comes from the helpdesk (hostile): only a plain id is ever put on a command line
_TICKET_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
TOOL_NAME_LIMIT = 80
HOW_TO_STOP_LIMIT = 500
CTX = "RemoteAssist"

# one piece of a template: literal text, then a placeholder's name (None: no placeholder)
Piece = tuple[str, str | None]
Which = Callable[[str], str | None]


class RemoteConfigError(ValueError):
    """A remote-assistance setting that cannot be used as written (the message says why)."""


class ProgramNotFound(RemoteConfigError):
    """The command's program is not installed on this computer (the setting itself is fine)."""


class SettingsReader(Protocol):
    """What remote assistance needs from settings: a value by key."""

    def get(self, key: str) -> Any:
        """The effective value of ``key``."""


@dataclass(frozen=True)
class Facts:
    """The values placeholders are filled with ("" when unknown)."""

    ticket: str = ""
    user: str = ""
    computer: str = ""
    email: str = ""
    name: str = ""

    @classmethod
    def gather(cls, settings: SettingsReader, *, ticket: str, user: str,
               computer: str) -> Facts:
        """The facts for a session about ``ticket`` (""), by OS login ``user`` on ``computer``,
        with the contact details the user gave with their last report. Control characters are
        removed, and a ticket id that is not a plain id is left out."""
        ticket = _clean(ticket)
        if ticket and not _TICKET_ID.fullmatch(ticket):
            log.warning("ticket id %r is not a plain id; {ticket} left empty", ticket[:80])
            ticket = ""
        return cls(ticket=ticket, user=_clean(user), computer=_clean(computer),
                   email=_clean(str(settings.get("contact.email"))),
                   name=_clean(str(settings.get("contact.name"))))

    def value(self, placeholder: str) -> str:
        """The value of one of :data:`PLACEHOLDERS`."""
        return str(getattr(self, placeholder))


def _clean(value: str) -> str:
    return "".join(ch for ch in value if ch.isprintable()).strip()


def parse_template(text: str) -> tuple[Piece, ...]:
    """``text`` as literal pieces and placeholders; ``{{`` and ``}}`` are literal braces.
    Raises :class:`RemoteConfigError` for unbalanced braces or an unknown placeholder (a format
    spec, conversion or attribute counts as unknown: only the bare names are filled)."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise RemoteConfigError(f"unbalanced braces in {text!r} ({exc}); write {{{{ and }}}} "
                                "for a literal brace") from None
    pieces: list[Piece] = []
    for literal, field, spec, conversion in parsed:
        if field is None:
            pieces.append((literal, None))
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            written = "{" + field + (f"!{conversion}" if conversion else "") + \
                (f":{spec}" if spec else "") + "}"
            raise RemoteConfigError(f"unknown placeholder {written}; the placeholders are "
                                    + ", ".join("{" + p + "}" for p in PLACEHOLDERS))
        pieces.append((literal, field))
    return tuple(pieces)


def fill(pieces: tuple[Piece, ...], facts: Facts,
         encode: Callable[[str], str] = lambda value: value) -> str:
    """The template's text with each placeholder replaced by ``encode(value)``."""
    return "".join(literal + (encode(facts.value(field)) if field else "")
                   for literal, field in pieces)


def _only_placeholders(pieces: tuple[Piece, ...]) -> bool:
    return all(not literal for literal, _field in pieces) and any(f for _l, f in pieces)


def split_command(text: str, *, windows: bool) -> list[str]:
    """The words of a command line as a POSIX shell splits them (quotes group words), without
    ever running a shell. On Windows a backslash is a plain character, so
    ``"C:\\Program Files\\Tool\\tool.exe" --id {ticket}`` keeps its path."""
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    if windows:
        lexer.escape = ""
    try:
        return list(lexer)
    except ValueError as exc:  # "No closing quotation", "No escaped character"
        raise RemoteConfigError(f"cannot be split into words ({exc})") from None


@dataclass(frozen=True)
class CommandLaunch:
    """A program to start, with argument templates."""

    program: str  # the full path found on this computer
    arguments: tuple[tuple[Piece, ...], ...]

    def argv(self, facts: Facts) -> list[str]:
        """The arguments, each filled on its own. An argument that is nothing but placeholders
        whose values are empty is left out (no empty positional argument)."""
        out: list[str] = []
        for pieces in self.arguments:
            value = fill(pieces, facts)
            if value or not _only_placeholders(pieces):
                out.append(value)
        return out


@dataclass(frozen=True)
class UrlLaunch:
    """A web page to open in the browser."""

    pieces: tuple[Piece, ...]
    host: str  # written out by IT (never a placeholder): safe to name in logs

    def url(self, facts: Facts) -> str:
        """The address with each value percent-encoded (UTF-8), so none can add a query
        parameter, a path segment or a fragment."""
        return fill(self.pieces, facts, lambda value: quote(value, safe=""))


@dataclass(frozen=True)
class RemoteAssist:
    """A usable remote-assistance configuration."""

    tool: str
    launch: CommandLaunch | UrlLaunch
    how_to_stop: str = ""

    @property
    def opens_browser(self) -> bool:
        """True when the tool is a web page (HelpClient cannot stop it)."""
        return isinstance(self.launch, UrlLaunch)


@dataclass(frozen=True)
class RemoteSetup:
    """What the settings give: the tool (None: not offered) and every problem found."""

    assist: RemoteAssist | None
    problems: tuple[str, ...] = ()


def parse_command(text: str, *, windows: bool, which: Which) -> CommandLaunch:
    """The command line ``text`` checked and its program found with ``which``. Raises
    :class:`ProgramNotFound` when the program is not installed here, or
    :class:`RemoteConfigError` for a command that cannot be used as written."""
    words = split_command(text, windows=windows)
    if not words:
        raise RemoteConfigError("holds no program")
    program, *arguments = words
    program_pieces = parse_template(program)
    if any(field for _literal, field in program_pieces):
        raise RemoteConfigError(f"the program must be written out, not a placeholder: {program!r}")
    parsed = tuple(parse_template(argument) for argument in arguments)
    found = which(fill(program_pieces, Facts()))  # {{ in a path is a literal brace there too
    if not found:
        raise ProgramNotFound(f"the program {program!r} is not installed on this computer "
                              "(not found as written nor on the PATH)")
    return CommandLaunch(found, parsed)


def parse_url(text: str) -> UrlLaunch:
    """The web address ``text`` checked: http or https, its scheme and server written out
    (placeholders only after them), no spaces. Raises :class:`RemoteConfigError`."""
    pieces = parse_template(text)
    if problem := web_address_problem(text):
        raise RemoteConfigError(f"{problem}: {text!r}")
    parts = urlsplit(text)
    if "{" in parts.netloc or "}" in parts.netloc:
        raise RemoteConfigError(f"the server must be written out, not a placeholder: {text!r}")
    return UrlLaunch(pieces, parts.hostname or parts.netloc)


def _default_tool_name(launch: CommandLaunch | UrlLaunch) -> str:
    if isinstance(launch, UrlLaunch):
        return launch.host
    # Windows' path rules read both separators, so this names a POSIX path's program too
    return PureWindowsPath(launch.program).stem


def read_remote_assist(settings: SettingsReader, *, windows: bool = sys.platform == "win32",
                       which: Which = shutil.which) -> RemoteSetup:
    """Remote assistance as the settings configure it on this computer.

    Not configured (no command, no address): nothing offered, no problem. Any mistake in the
    settings: a problem, nothing offered. A command whose program is not installed here: the
    address when one is set (a web session, or where to get the tool), else a problem."""
    tool = _clean(str(settings.get("remote.tool_name")))[:TOOL_NAME_LIMIT]
    command = str(settings.get("remote.command")).strip()
    url = str(settings.get("remote.url")).strip()
    how_to_stop = str(settings.get("remote.how_to_stop")).strip()[:HOW_TO_STOP_LIMIT]
    if not command and not url:
        given = [key for key, value in (("remote.tool_name", tool),
                                        ("remote.how_to_stop", how_to_stop)) if value]
        if given:  # IT meant to offer it: say what is missing
            return RemoteSetup(None, (f"{' and '.join(given)} set, but neither remote.command "
                                      "nor remote.url; remote assistance is not offered",))
        return RemoteSetup(None)
    problems: list[str] = []
    web: UrlLaunch | None = None
    if url:
        try:
            web = parse_url(url)
        except RemoteConfigError as exc:
            problems.append(f"remote.url: {exc}")
    launch: CommandLaunch | UrlLaunch | None = web
    if command:
        try:
            launch = parse_command(command, windows=windows, which=which)
        except ProgramNotFound as exc:
            if web is None:
                problems.append(f"remote.command: {exc}")
            else:
                log.info("remote.command: %s; remote.url is offered instead", exc)
        except RemoteConfigError as exc:
            problems.append(f"remote.command: {exc}")
    if problems or launch is None:
        problems = [f"{p}; remote assistance is not offered" for p in problems]
        return RemoteSetup(None, tuple(problems))
    return RemoteSetup(RemoteAssist(tool or _default_tool_name(launch), launch, how_to_stop))


def ticket_note(tool: str, *, opens_browser: bool, when: datetime) -> Text:
    """The line added to the user's request, in the language support reads (``when``: local,
    aware)."""
    if opens_browser:
        source = QT_TRANSLATE_NOOP(
            "RemoteAssist", "Remote assistance: I agreed to let support connect to my computer "
            "with {tool}. HelpClient opened it in my browser at {time}.")
    else:
        source = QT_TRANSLATE_NOOP(
            "RemoteAssist", "Remote assistance: I agreed to let support connect to my computer "
            "with {tool}. HelpClient started it at {time}.")
    stamp = when.strftime("%Y-%m-%d %H:%M (UTC%z)")
    return Text(CTX, source, {"tool": tool, "time": stamp})
