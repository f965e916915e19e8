"""Plain data shared by core, backends and the UI: tickets, messages, articles, the user."""

from __future__ import annotations

import enum
import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


class TicketStatus(enum.Enum):
    """The common status vocabulary every backend maps its own states onto."""

    NEW = "new"
    OPEN = "open"
    WAITING_FOR_YOU = "waiting_for_you"
    ON_HOLD = "on_hold"
    SOLVED = "solved"
    CLOSED = "closed"

    @property
    def is_active(self) -> bool:
        """True while support still has work to do (not solved or closed)."""
        return self not in (TicketStatus.SOLVED, TicketStatus.CLOSED)


class Capability(enum.Flag):
    """What a backend can do; the UI shows or hides actions from these, never by backend name."""

    NONE = 0
    KB_SEARCH = enum.auto()
    REPLY = enum.auto()
    REPLY_ATTACHMENTS = enum.auto()
    SOLVE = enum.auto()
    REOPEN = enum.auto()
    CSAT = enum.auto()
    FIND_BY_KEY = enum.auto()
    PRIORITY = enum.auto()  # the report's urgency sets the ticket's priority


@dataclass(frozen=True)
class UserInfo:
    """The signed-in user as the helpdesk knows them."""

    login: str
    name: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AttachmentInfo:
    """An attachment on a message: shown by name and size, downloaded only on request."""

    id: str
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class Message:
    """One public entry of a ticket's conversation (internal notes are never included)."""

    id: str
    author: str
    created: datetime
    body: str
    is_html: bool = False
    from_support: bool = False
    kind: str = "message"  # "message", or "status" for a status change event
    attachments: tuple[AttachmentInfo, ...] = ()
    # A status event carries no text of the helpdesk's, only these (the UI words them):
    status: TicketStatus | None = None  # the new status
    old_status: TicketStatus | None = None  # the one before, when the helpdesk said


@dataclass(frozen=True)
class Ticket:
    """A ticket as listed: enough for the list view and notifications."""

    id: str
    subject: str
    status: TicketStatus
    raw_status: str
    created: datetime
    updated: datetime
    owner: str = ""
    queue: str = ""
    url: str = ""
    #: what this ticket allows when the helpdesk says so per ticket (GLPI: confirm a solution
    #: only while solved, rate only while its survey is open); None: the backend's declared
    #: capabilities apply. Actions check the backend's ``capabilities`` & this.
    capabilities: Capability | None = None


@dataclass(frozen=True)
class Article:
    """A knowledge-base article; ``body`` is Markdown, plain text or HTML as ``is_html`` says."""

    id: str
    title: str
    body: str = ""
    is_html: bool = False
    summary: str = ""
    source: str = ""
    language: str = ""
    updated: datetime | None = None
    url: str = ""
    category: str = ""  # a topic for browsing (the report's category values where it fits)
    #: the words of ``summary`` a helpdesk's own search marked as matches, as (start, end)
    summary_highlights: tuple[tuple[int, int], ...] = ()


def content_type_of(filename: str) -> str:
    """The MIME type a helpdesk should store for a file, from its name; ``application/
    octet-stream`` when the name says nothing (the helpdesk then offers it as a download only)."""
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"


@dataclass(frozen=True)
class NewAttachment:
    """A file to upload with a ticket or reply; ``filename`` is what the helpdesk shows.
    ``content_type`` defaults to what the file name says (:func:`content_type_of`), so a
    screenshot arrives as ``image/png`` whichever path (report, reply, outbox) it took."""

    path: Path
    filename: str
    content_type: str = ""

    def __post_init__(self) -> None:
        if not self.content_type:
            # frozen: set once here, so every way of making one gets the same answer
            object.__setattr__(self, "content_type", content_type_of(self.filename))


class FieldKind(enum.Enum):
    """How the user answers a field a helpdesk's form asks for."""

    TEXT = "text"
    CHOICE = "choice"


@dataclass(frozen=True)
class FieldChoice:
    """One answer of a choice field: the id the helpdesk takes, the label the user sees."""

    id: str
    label: str


@dataclass(frozen=True)
class FieldSpec:
    """A field a helpdesk requires for a new request besides its subject and text (Jira Service
    Management's request-type form). ``name``, ``description`` and the choices' labels come
    from the server: shown as plain text only."""

    id: str
    name: str
    kind: FieldKind = FieldKind.TEXT
    choices: tuple[FieldChoice, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class NewTicket:
    """Everything a backend needs to create a ticket."""

    subject: str
    body: str
    requestor_email: str = ""
    priority: int | None = None
    idempotency_key: str = ""
    attachments: tuple[NewAttachment, ...] = field(default_factory=tuple)
    #: what the report is about (``Category`` values: "network", "printing", …; "" unknown):
    #: a helpdesk that files requests by kind (Jira Service Management's request types) uses it
    category: str = ""
    #: the user's answers to the fields the helpdesk asked for (``FieldSpec``): (field id,
    #: text or a choice's id)
    field_values: tuple[tuple[str, str], ...] = ()
