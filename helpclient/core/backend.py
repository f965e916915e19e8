"""The protocol every helpdesk connector implements (see DESIGN.md §3 "Backend protocol")."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.models import (
    Article,
    Capability,
    FieldSpec,
    Message,
    NewAttachment,
    NewTicket,
    Ticket,
    UserInfo,
)


@dataclass(frozen=True)
class ServerIdentity:
    """What answered at a helpdesk address, as the connector recognised it."""

    product: str
    #: the product's version when the server tells ("" when it tells signed-in users only)
    version: str = ""
    #: the API address that answered, e.g. ``https://rt.example.com/REST/2.0``
    api_url: str = ""
    #: the sign-in methods the server says it accepts now (Zammad tells whether its admin
    #: enabled tokens and passwords); empty when it does not say
    sign_in: tuple[SignInMethod, ...] = ()


class ServerProbe(Protocol):
    """Every connector's "is this my helpdesk?": asked before (or without) signing in, so that
    ``check-config`` can tell a wrong address from a refused token."""

    def identify(self, credentials: Credentials | None = None) -> ServerIdentity:
        """The helpdesk answering at the address (with its version when ``credentials`` let the
        server say it; absent or refused credentials are no error here). Raises ``NotAHelpdesk``
        when something else answers, and the usual transport errors (``HostNotFound``,
        ``ServerUnreachable``, ``CertificateError``, ``Transient``)."""
        ...


class HelpdeskBackend(Protocol):
    """A helpdesk seen from HelpClient. Methods block (call them off the GUI thread) and raise
    only ``helpclient.core.errors.HelpdeskError`` subclasses.

    Declared capabilities are honoured: ``reply`` (``REPLY``; with files also
    ``REPLY_ATTACHMENTS``), ``solve`` (``SOLVE``), ``reopen`` (``REOPEN``) and ``rate`` (``CSAT``)
    raise ``Rejected`` without contacting the server when :attr:`capabilities` lacks theirs.
    A helpdesk that allows actions per ticket narrows them in the ``Ticket.capabilities`` that
    :meth:`get_ticket` returns (GLPI: a requester confirms or refuses a solution only while the
    ticket is solved, rates only while its survey is open).
    ``tests/contract/`` checks every connector for this and the rest of the protocol."""

    @property
    def name(self) -> str:
        """Human-readable product name, e.g. "Request Tracker"."""
        ...

    @property
    def capabilities(self) -> Capability:
        """What this backend supports; the methods consult it (see the class docstring)."""
        ...

    def whoami(self) -> UserInfo:
        """The signed-in user; also the cheapest way to test a connection and token."""
        ...

    def create_ticket(self, ticket: NewTicket,
                      progress: Callable[[int, int], None] | None = None) -> Ticket:
        """Create a ticket (with attachments) and return it as listed. ``progress(sent,
        total)`` follows the upload and may raise to stop it. ``ticket.priority`` is set only
        by backends declaring ``Capability.PRIORITY`` (the urgency is in the text anyway)."""
        ...

    def find_ticket_by_key(self, idempotency_key: str,
                           since: datetime | None = None) -> Ticket | None:
        """The ticket created earlier with this idempotency key, if any; ``since`` (when the
        report was queued) bounds the search when known, else the backend looks back over
        a recent window."""
        ...

    def list_my_tickets(self, changed_since: datetime | None = None) -> list[Ticket]:
        """The user's tickets (all pages), newest change first; only changed ones if asked."""
        ...

    def get_ticket(self, ticket_id: str) -> Ticket:
        """One ticket."""
        ...

    def conversation(self, ticket_id: str) -> list[Message]:
        """The public conversation in order, oldest first; internal notes never included."""
        ...

    def reply(
        self, ticket_id: str, body: str, attachments: Sequence[NewAttachment] = (),
        idempotency_key: str = "", progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Add a public reply from the user; with a key, the reply can be found again by
        :meth:`find_reply_by_key` (the marker stays invisible in :meth:`conversation`).
        ``progress(sent, total)`` follows the upload and may raise to stop it."""
        ...

    def find_reply_by_key(self, ticket_id: str, idempotency_key: str) -> bool:
        """Whether the ticket already holds the reply sent with this idempotency key."""
        ...

    def solve(self, ticket_id: str) -> None:
        """Mark the ticket solved ("my problem is solved"); where the helpdesk asks the
        requester to confirm a proposed solution (a solved ticket whose capabilities include
        ``SOLVE``), confirm it."""
        ...

    def reopen(self, ticket_id: str, reason: str) -> None:
        """Reopen a solved ticket (or refuse its proposed solution), with the user's reason
        as a reply."""
        ...

    def rate(self, ticket_id: str, satisfied: bool, comment: str = "") -> None:
        """The user's satisfaction with a solved ticket. Only called when ``capabilities``
        include ``Capability.CSAT``; other backends raise ``Rejected``."""
        ...

    def search_articles(self, query: str, limit: int = 10) -> list[Article]:
        """Articles matching the query (server-side search), without bodies if costly."""
        ...

    def list_articles(self, changed_since: datetime | None = None) -> list[Article]:
        """Every article the user may read, or those changed after ``changed_since``, without
        bodies but with ``updated`` (the knowledge-base sync compares it to fetch only what
        changed, and drops what is no longer listed)."""
        ...

    def get_article(self, article_id: str) -> Article:
        """One article with its body."""
        ...

    def download_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """The attachment's content, streamed in chunks."""
        ...


@runtime_checkable
class RequestFormBackend(Protocol):
    """A helpdesk whose new requests may need more than a subject and a text (Jira Service
    Management: the required fields of the request type a category becomes). Optional: the
    wizard asks nothing of a backend without it."""

    def required_fields(self, category: str) -> tuple[FieldSpec, ...]:
        """The fields a new report of ``category`` (a ``Category`` value) must fill, with no
        default the helpdesk would use (blocking; raises ``HelpdeskError``)."""
        ...


def fields_asked(backend: HelpdeskBackend | None, category: str) -> tuple[FieldSpec, ...]:
    """What ``backend`` requires for a new report of ``category``: nothing without a backend
    (not signed in) or from one without a request form (blocking)."""
    if isinstance(backend, RequestFormBackend):
        return backend.required_fields(category)
    return ()
