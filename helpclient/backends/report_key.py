"""The idempotency key in a message's text: how a connector whose helpdesk keeps no field of
ours finds the ticket (or reply) a retried submission already made.

The key goes into the body as one last line, ``HelpClient-Report: <key>``: support sees it (it
names the report in HelpClient's outbox and logs), the employee never does — connectors strip it
from the conversation they return.
"""

from __future__ import annotations

#: The line added to a new ticket's (or reply's) body, followed by the key.
KEY_MARKER = "HelpClient-Report:"


def key_marker(key: str) -> str:
    """The exact text searched for to find a message by its idempotency key."""
    return f"{KEY_MARKER} {key}"


def body_with_key(body: str, key: str) -> str:
    """The body with the idempotency marker line appended (when there is a key)."""
    if not key:
        return body
    return f"{body.rstrip()}\n\n{key_marker(key)}\n"


def strip_key_marker(text: str) -> str:
    """The body without the idempotency marker line (it is for HelpClient, not for people)."""
    if KEY_MARKER not in text:
        return text
    kept = [line for line in text.split("\n") if not line.startswith(KEY_MARKER)]
    return "\n".join(kept).rstrip() + "\n"


def has_key(text: str, key: str) -> bool:
    """Whether ``text`` holds the marker line of exactly this key."""
    wanted = key_marker(key)
    return bool(key) and any(line.strip() == wanted for line in text.splitlines())
