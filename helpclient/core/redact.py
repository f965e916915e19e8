"""Removing secrets from text before it is logged or sent (tokens, passwords, keys)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

# (kind, pattern): the secret is the group named "s"; what surrounds it is kept
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("private-key", re.compile(
        r"(?P<s>-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----)", re.S)),
    ("authorization", re.compile(
        r"(?i)authorization['\"]?\s*[:=]\s*['\"]?(?:(?:token|bearer|basic|digest)\s+)?"
        r"(?P<s>[^\s,'\"]+)")),
    ("cookie", re.compile(r"(?i)\b(?:set-)?cookie['\"]?\s*[:=]\s*(?P<s>[^\r\n'\"]+)")),
    ("jwt", re.compile(r"(?P<s>\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})")),
    ("bearer", re.compile(r"(?i)\bbearer\s+(?P<s>[\w.~+/=-]{8,})")),
    ("url-password", re.compile(r"://[^/\s:@]+:(?P<s>[^/\s@]+)@")),
    ("aws-key", re.compile(r"(?P<s>\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)")),
    ("secret", re.compile(
        r"(?i)\b(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth)"
        r"['\"]?\s?[=:]\s?['\"]?(?P<s>[^\s'\"&,;]+)")),
)


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
        text = pattern.sub(lambda m, k=kind: _replace(k, m), text)  # type: ignore[misc]
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
