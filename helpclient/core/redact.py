"""Removing secrets from text before it is logged or sent (tokens, passwords, keys)."""

from __future__ import annotations

import functools
import ipaddress
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

# (kind, pattern): the secret is the group named "s"; what surrounds it is kept.
# Order matters: whole blocks and headers first, so a later, looser rule does not split them.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("private-key", re.compile(
        r"(?P<s>-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----)", re.S)),
    ("authorization", re.compile(
        r"(?i)(?:proxy-)?authorization['\"]?\s*[:=]\s*['\"]?"
        r"(?:(?:token|bearer|basic|digest|negotiate|ntlm)\s+)?(?P<s>[^\s,'\"]+)")),
    ("cookie", re.compile(r"(?i)\b(?:set-)?cookie['\"]?\s*[:=]\s*(?P<s>[^\r\n'\"]+)")),
    ("jwt", re.compile(r"(?P<s>\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})")),
    ("bearer", re.compile(r"(?i)\bbearer\s+(?P<s>[\w.~+/=-]{8,})")),
    ("url-password", re.compile(r"://[^/\s:@]+:(?P<s>[^/\s@]+)@")),
    ("aws-key", re.compile(r"(?P<s>\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)")),
    ("github-token", re.compile(r"(?P<s>\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_\w{30,}))")),
    ("slack-token", re.compile(r"(?P<s>\bxox[abposr]-[A-Za-z0-9-]{10,})")),
    ("google-api-key", re.compile(r"(?P<s>\bAIza[0-9A-Za-z_-]{35})")),
    ("azure-key", re.compile(r"(?i)\b(?:AccountKey|SharedAccessKey|sig)=(?P<s>[^;&\s'\"]+)")),
    ("api-key", re.compile(r"(?P<s>\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,})")),
    # command-line flags: --password hunter2, --token=abc
    ("secret", re.compile(
        r"(?i)--?(?:password|passwd|pass|token|secret|api-?key)(?:\s+|=)(?P<s>[^\s'\"]+)")),
    # key=value, key: value, "key": "value" — including ENV_STYLE_NAMES that end in the word
    ("secret", re.compile(
        r"(?i)\b(?:[a-z0-9]*_)*?(?:password|passwd|pwd|secret|token|api[_-]?key|"
        r"access[_-]?key|private[_-]?key|auth)(?:_[a-z0-9]*)*['\"]?\s?[=:]\s?['\"]?"
        r"(?!\[REDACTED)(?P<s>[^\s'\"&,;]+)")),
)

_EMAIL = re.compile(r"(?P<s>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)")
_IPV4 = re.compile(
    r"(?<![\w.])(?P<s>(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))"
    r"(?![\w.])")
# IPv6 candidates, confirmed by ipaddress (so times like 12:30:45 and MAC addresses stay)
_IPV6 = re.compile(r"(?<![\w:.])(?P<s>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?:%[\w.-]+)?"
                   r"(?![\w:])")
_MARK = re.compile(r"\[REDACTED:[\w-]+\]")


def _replace(kind: str, match: re.Match[str]) -> str:
    start, end = match.span("s")
    whole = match.group(0)
    offset = match.start()
    return f"{whole[:start - offset]}[REDACTED:{kind}]{whole[end - offset:]}"


def redact(text: str, extra_secrets: Iterable[str] = ()) -> str:
    """``text`` with every secret it recognises (and every one in ``extra_secrets``) replaced
    by ``[REDACTED:kind]``."""
    for secret in extra_secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "[REDACTED:secret]")
    for kind, pattern in _RULES:
        text = pattern.sub(functools.partial(_replace, kind), text)
    return text


def redaction_marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every ``[REDACTED:kind]`` mark in ``text`` (for highlighting)."""
    return [m.span() for m in _MARK.finditer(text)]


def _ipv6_mark(match: re.Match[str]) -> str:
    try:
        ipaddress.IPv6Address(match.group("s"))
    except ValueError:
        return match.group(0)
    return "[REDACTED:ip]"


@dataclass(frozen=True)
class Identity:
    """What identifies this user and computer, for anonymisation: login names, host names and
    home folders. Empty values are ignored."""

    user_names: tuple[str, ...] = ()
    host_names: tuple[str, ...] = ()
    home_dirs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redactor:
    """Secrets are always removed; with ``anonymize`` the user name, host name, home paths,
    e-mail addresses and IP addresses go too. Each removal leaves ``[REDACTED:kind]``."""

    known_secrets: frozenset[str] = frozenset()
    anonymize: bool = False
    identity: Identity = field(default_factory=Identity)

    def __call__(self, text: str) -> str:
        """``text`` redacted."""
        text = redact(text, self.known_secrets)
        if not self.anonymize:
            return text
        # home folders before user names: /home/alice is one mark, not "/home/[user]"
        for home in sorted({h.rstrip("/\\") for h in self.identity.home_dirs if len(h) > 3},
                           key=len, reverse=True):
            text = text.replace(home, "[REDACTED:home]")
        text = _EMAIL.sub(lambda m: _replace("email", m), text)
        text = _IPV6.sub(_ipv6_mark, text)
        text = _IPV4.sub(lambda m: _replace("ip", m), text)
        for kind, names in (("host", self.identity.host_names),
                            ("user", self.identity.user_names)):
            for name in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
                # whole words only: a user "al" must not eat "always"
                word = re.compile(rf"(?<![\w-])(?P<s>{re.escape(name)})(?![\w-])", re.I)
                text = word.sub(functools.partial(_replace, kind), text)
        return text


class RedactingFilter(logging.Filter):
    """A logging filter that redacts the formatted message of every record it passes.

    ``known_secrets`` holds the exact secrets of this run (the token), so they are removed even
    where no pattern would recognise them."""

    def __init__(self, known_secrets: set[str] | None = None) -> None:
        super().__init__()
        self.known_secrets: set[str] = known_secrets if known_secrets is not None else set()

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message with its redacted text; never drops a record."""
        message = record.getMessage()
        cleaned = redact(message, self.known_secrets)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(
                logging.Formatter().formatException(record.exc_info), self.known_secrets)
        elif record.exc_text:
            record.exc_text = redact(record.exc_text, self.known_secrets)
        return True
