"""The support side of a contract scenario: what an agent does in the helpdesk meanwhile.

A live backend's driver acts for real (RT: REST2 as root). Around it, ``RecordedSupport`` notes
each action in the recording proxy's log, in order with the connector's requests, so a scenario
file says where support acted; ``ReplayedSupport`` checks the action off against that file and
returns what the live action returned (a ticket number, say).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from servers import RecordingProxy, ReplayServer


@dataclass(frozen=True)
class SupportFile:
    """A file an agent attaches."""

    filename: str
    content: bytes
    content_type: str = "application/octet-stream"


class SupportDriver(Protocol):
    """What an agent does in the helpdesk, as the contract needs it."""

    def public_reply(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        """A reply the requester sees."""
        ...

    def internal_note(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        """A note for support only: the requester must never see it, nor its files."""
        ...

    def foreign_ticket(self, subject: str) -> str:
        """A ticket of someone else's, which the signed-in user may not read: its id."""
        ...


def _args(ticket_id: str, text: str, files: Sequence[SupportFile]) -> dict[str, Any]:
    return {"ticket": ticket_id, "text": text,
            "files": [{"filename": f.filename, "content_type": f.content_type,
                       "sha256": hashlib.sha256(f.content).hexdigest()} for f in files]}


class RecordedSupport:
    """A live driver whose actions are noted in ``proxy``'s log."""

    def __init__(self, live: SupportDriver, proxy: RecordingProxy) -> None:
        self._live = live
        self._proxy = proxy

    def public_reply(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._live.public_reply(ticket_id, text, files)
        self._proxy.note({"support": "public_reply", "args": _args(ticket_id, text, files)})

    def internal_note(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._live.internal_note(ticket_id, text, files)
        self._proxy.note({"support": "internal_note", "args": _args(ticket_id, text, files)})

    def foreign_ticket(self, subject: str) -> str:
        found = self._live.foreign_ticket(subject)
        self._proxy.note({"support": "foreign_ticket", "args": {"subject": subject},
                          "result": found})
        return found


class ReplayedSupport:
    """Support's recorded steps, checked off in order by ``server``."""

    def __init__(self, server: ReplayServer) -> None:
        self._server = server

    def public_reply(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._server.support("public_reply", _args(ticket_id, text, files))

    def internal_note(self, ticket_id: str, text: str, files: Sequence[SupportFile] = ()) -> None:
        self._server.support("internal_note", _args(ticket_id, text, files))

    def foreign_ticket(self, subject: str) -> str:
        found = self._server.support("foreign_ticket", {"subject": subject})
        return str(found)
