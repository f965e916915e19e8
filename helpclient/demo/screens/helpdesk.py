"""The stand-in helpdesk the screens are rendered over: a few of the user's requests with their
conversations, in memory. Replies and new reports "cannot reach" it, so they wait in the outbox
— the queued reply and the waiting report the screens show."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from helpclient.core.connection import ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.errors import NotFound, ServerUnreachable
from helpclient.core.models import (
    Article,
    Capability,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    TicketStatus,
    UserInfo,
)

URL = "https://help.example.com"
TOKEN = "demo-token-not-a-secret"  # noqa: S105 (the stand-in takes any token)
USER = UserInfo("anna.smith", "Anna Smith", "anna.smith@example.com", "+1 555 0100")
SUPPORT = "Ben Miller (IT support)"
#: the moment the screens are taken: the requests' times are relative to it, so My requests
#: says "30 min ago" whenever they are rendered
NOW = datetime.now(UTC).replace(second=0, microsecond=0)
CAPABILITIES = (Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE
                | Capability.REOPEN | Capability.CSAT | Capability.FIND_BY_KEY)


def _at(hours: float) -> datetime:
    return NOW - timedelta(hours=hours)


def _ticket(ticket_id: str, subject: str, status: tuple[TicketStatus, str],
            hours: tuple[float, float]) -> Ticket:
    """A request created and last updated ``hours`` ago."""
    return Ticket(ticket_id, subject, *status, _at(hours[0]), _at(hours[1]), owner=SUPPORT,
                  queue="General", url=f"{URL}/Ticket/Display.html?id={ticket_id}")


TICKETS = [
    _ticket("1042", "The printer on floor 3 prints blank pages",
            (TicketStatus.WAITING_FOR_YOU, "stalled"), (26, 0.5)),
    _ticket("1038", "VPN disconnects every hour", (TicketStatus.OPEN, "open"), (74, 3)),
    _ticket("1045", "Outlook cannot send mail (0x800CCC0F)", (TicketStatus.NEW, "new"), (1, 1)),
    _ticket("1029", "Access to the Finance shared folder", (TicketStatus.ON_HOLD, "on hold"),
            (170, 50)),
    _ticket("1021", "A second monitor for the meeting room", (TicketStatus.SOLVED, "resolved"),
            (240, 30)),
    _ticket("1007", "Laptop battery lasts less than an hour", (TicketStatus.CLOSED, "closed"),
            (700, 400)),
]


def _message(number: int, author: str, hours: float, body: str, support: bool) -> Message:
    return Message(f"m{number}", author, _at(hours), body, from_support=support)


def _status(number: int, hours: float, old: TicketStatus, new: TicketStatus) -> Message:
    return Message(f"s{number}", SUPPORT, _at(hours), "", from_support=True, kind="status",
                   status=new, old_status=old)


#: the requests support answered since the first listing
NEWS = ("1042", "1038")

CONVERSATIONS: dict[str, list[Message]] = {
    "1042": [
        _message(1, USER.name, 26, "Since this morning the printer next to the kitchen on "
                 "floor 3 prints blank pages. The paper comes out, but nothing is on it.", False),
        _status(2, 25, TicketStatus.NEW, TicketStatus.OPEN),
        _message(3, SUPPORT, 25, "Thank you, Anna. We replaced the toner cartridge this "
                 "afternoon. Could you print a test page?", True),
        _message(4, USER.name, 6, "The test page is still blank.", False),
        _message(5, SUPPORT, 0.5, "Which printer is it exactly? Please tell us the number on "
                 "its label (it starts with P-).", True),
        _status(6, 0.5, TicketStatus.OPEN, TicketStatus.WAITING_FOR_YOU),
    ],
    "1038": [
        _message(1, USER.name, 74, "The VPN disconnects every hour, exactly on the hour, "
                 "when I work from home.", False),
        _message(2, SUPPORT, 50, "We see the disconnections in the VPN gateway's log. Are "
                 "you using the new VPN client (version 5)?", True),
        _message(3, USER.name, 49, "Yes, version 5.2.", False),
        _message(4, SUPPORT, 3, "Thank you. We have raised the session timeout for your "
                 "account. Does the VPN still disconnect today?", True),
    ],
    "1045": [_message(1, USER.name, 1, "Outlook says 0x800CCC0F when I send mail.", False)],
}


class DemoHelpdesk:
    """The demo user's requests; the helpdesk cannot be reached for anything new (replies and
    reports wait in the outbox)."""

    name = "Request Tracker"
    capabilities = CAPABILITIES

    def __init__(self, config: ServerConfig | None = None,
                 credentials: Credentials | None = None) -> None:
        self.tickets = {t.id: t for t in TICKETS}
        self._listed = 0

    def whoami(self) -> UserInfo:
        """The demo user."""
        return USER

    def _offline(self) -> ServerUnreachable:
        return ServerUnreachable("The helpdesk cannot be reached.")

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """Never reached: the report waits in the outbox."""
        raise self._offline()

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """Never reached."""
        raise self._offline()

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The requests, newest change first. The first listing has support's latest answers
        not yet given, so the next one brings news: those requests show unread."""
        self._listed += 1
        tickets = list(self.tickets.values())
        if self._listed == 1:
            tickets = [replace(t, status=TicketStatus.OPEN, raw_status="open",
                               updated=_at(20)) if t.id in NEWS else t for t in tickets]
        return sorted(tickets, key=lambda t: t.updated, reverse=True)

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One request."""
        if ticket_id not in self.tickets:
            raise NotFound(f"Request {ticket_id} does not exist.")
        return self.tickets[ticket_id]

    def conversation(self, ticket_id: str) -> list[Message]:
        """The request's conversation (just the description for the rest)."""
        return list(CONVERSATIONS.get(ticket_id, [
            _message(1, USER.name, 200, self.get_ticket(ticket_id).subject + ".", False)]))

    def reply(self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
              idempotency_key: str = "", progress: Callable[[int, int], None] | None = None,
              ) -> None:
        """Never reached: the reply waits in the outbox."""
        raise self._offline()

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Never reached."""
        raise self._offline()

    def solve(self, ticket_id: str) -> None:
        """Never reached."""
        raise self._offline()

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Never reached."""
        raise self._offline()

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """Never reached."""
        raise self._offline()

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """The helpdesk's own articles: none (the starter knowledge base answers)."""
        return []

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """None: the bundled starter articles are the knowledge base."""
        return []

    def get_article(self, article_id: str) -> Article:
        """None exist."""
        raise NotFound(article_id)

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """None exist."""
        raise NotFound(attachment_id)

    def close(self) -> None:
        """Nothing to close."""


class FixedPolicy:
    """Machine policy as IT might set it: the helpdesk's address and type locked."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def load(self) -> dict[str, Any]:
        """The fixed values."""
        return dict(self.values)

    def describe(self) -> str:
        """Named as the demo's."""
        return "the screens demo's policy"

    def problems(self) -> list[str]:
        """None."""
        return []


#: what IT locked in the demo (Settings shows these greyed out, with the note why)
POLICY: dict[str, Any] = {"server.url": URL,
                          "sysinfo.anonymize": True}


#: IT's announcement of a known problem (its feed, as published): the wizard says "we already
#: know" for the demo report, and the tray lists it
KNOWN_PROBLEMS = {"version": 1, "announcements": [{
    "id": "print-floor-3",
    "title": {"en": "Printers on floor 3 print blank pages",
              "ru": "Принтеры на 3-м этаже печатают пустые страницы",
              "de": "Drucker im 3. Stock drucken leere Seiten",
              "fr": "Les imprimantes du 3e étage impriment des pages blanches",
              "es": "Las impresoras de la planta 3 imprimen páginas en blanco"},
    "text": {"en": "A faulty toner batch reached floor 3. We are replacing the cartridges "
                   "today; until then, please print on floor 2.",
             "ru": "На 3-й этаж попала бракованная партия тонера. Сегодня мы заменим "
                   "картриджи; до тех пор печатайте, пожалуйста, на 2-м этаже.",
             "de": "Auf den 3. Stock ist eine fehlerhafte Tonerlieferung gelangt. Wir tauschen "
                   "die Kartuschen heute aus; drucken Sie bis dahin bitte im 2. Stock.",
             "fr": "Un lot de toner défectueux est arrivé au 3e étage. Nous remplaçons les "
                   "cartouches aujourd'hui ; d'ici là, imprimez au 2e étage.",
             "es": "Llegó a la planta 3 un lote de tóner defectuoso. Hoy cambiamos los "
                   "cartuchos; mientras tanto, imprima en la planta 2."},
    "since": (NOW - timedelta(hours=2)).isoformat(),
    "keywords": ["printer", "print", "blank", "принтер", "Drucker", "imprimante", "impresora"],
    "services": ["Printing"],
}]}
