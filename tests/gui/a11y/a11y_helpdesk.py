"""A stand-in helpdesk for the accessibility tests: a report filed becomes a ticket, ticket #1
waits for the user's answer to support's question, a reply joins its conversation; and the app
signed in to it, as ``build_app`` wires it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app_builder import make_test_app

from helpclient.core.checks.model import Check, SafeAction, fine, problem
from helpclient.core.checks.suite import CheckConfig, program_checks
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.i18n import QT_TRANSLATE_NOOP
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.models import Capability, Message, NewTicket, Ticket, TicketStatus, UserInfo
from helpclient.core.report.problem import Category, Contact, ProblemReport, Started, Urgency
from helpclient.core.secrets import SessionSecretStore
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.collect import Collector, Privacy
from helpclient.core.sysinfo.service import SysinfoOptions, SysinfoService
from helpclient.ui.checks.session import CheckServices

T0 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
QUESTION = "Which printer is it? Please tell me the number on its label."
COMPLETE = ProblemReport(
    summary="Outlook cannot send mail", category=Category.EMAIL,
    actions=("Opened Outlook", "Clicked Send"), error_text="0x800CCC0F", started=Started.TODAY,
    software="Outlook", software_version="16.0", urgency=Urgency.HIGH,
    contact=Contact("Ann Smith", "ann@example.com", "+1 555 0100"))


class Helpdesk:
    """Tickets and conversations in memory; each change is a minute later than the last."""

    capabilities = (Capability.REPLY | Capability.REPLY_ATTACHMENTS | Capability.SOLVE
                    | Capability.REOPEN | Capability.CSAT)

    def __init__(self) -> None:
        self.minute = 0
        self.tickets: dict[str, Ticket] = {}
        self.messages: dict[str, list[Message]] = {}
        self.filed: list[NewTicket] = []
        self.keys: dict[str, str] = {}  # idempotency key -> ticket id (or reply's ticket id)
        self._ticket("1", "Printer jams", TicketStatus.WAITING_FOR_YOU)
        self._say("1", QUESTION, support=True)
        self._ticket("2", "VPN drops every hour", TicketStatus.SOLVED)

    def _now(self) -> datetime:
        self.minute += 1
        return T0 + timedelta(minutes=self.minute)

    def _ticket(self, ticket_id: str, subject: str, status: TicketStatus) -> Ticket:
        when = self._now()
        created = self.tickets[ticket_id].created if ticket_id in self.tickets else when
        ticket = Ticket(ticket_id, subject, status, status.value, created, when,
                        owner="Bob Support", url=f"https://help.example.com/ticket/{ticket_id}")
        self.tickets[ticket_id] = ticket
        self.messages.setdefault(ticket_id, [])
        return ticket

    def _say(self, ticket_id: str, body: str, *, support: bool) -> None:
        when = self._now()
        self.messages[ticket_id].append(Message(
            f"m{self.minute}", "Bob Support" if support else "Alice", when, body,
            from_support=support))

    def support_says(self, ticket_id: str, body: str) -> None:
        """Support writes in ``ticket_id`` (news the user has not seen yet)."""
        self._say(ticket_id, body, support=True)
        ticket = self.tickets[ticket_id]
        self._ticket(ticket_id, ticket.subject, ticket.status)

    # --- HelpdeskBackend, as far as the app uses it ---
    def whoami(self) -> UserInfo:
        return UserInfo("alice", "Alice", "alice@example.com")

    def create_ticket(self, ticket: NewTicket, progress=None) -> Ticket:
        self.filed.append(ticket)
        ticket_id = str(len(self.tickets) + 1)
        self.keys[ticket.idempotency_key] = ticket_id
        return self._ticket(ticket_id, ticket.subject, TicketStatus.NEW)

    def find_ticket_by_key(self, key: str, since=None) -> Ticket | None:
        ticket_id = self.keys.get(key)
        return self.tickets[ticket_id] if ticket_id is not None else None

    def list_my_tickets(self, changed_since=None) -> list[Ticket]:
        return [t for t in self.tickets.values()
                if changed_since is None or t.updated >= changed_since]

    def get_ticket(self, ticket_id: str) -> Ticket:
        return self.tickets[ticket_id]

    def conversation(self, ticket_id: str) -> list[Message]:
        return list(self.messages[ticket_id])

    def reply(self, ticket_id, body, attachments=(), idempotency_key="", progress=None) -> None:
        self.keys[idempotency_key] = ticket_id
        self._say(ticket_id, body, support=False)
        self._ticket(ticket_id, self.tickets[ticket_id].subject, TicketStatus.OPEN)

    def find_reply_by_key(self, ticket_id: str, key: str) -> bool:
        return self.keys.get(key) == ticket_id

    def search_articles(self, query: str, limit: int = 10) -> list:
        return []


class NoActions:
    """This computer offers no safe action (the checks window then offers none)."""

    def available(self, action: SafeAction) -> bool:
        return False

    def perform(self, action: SafeAction, target: str = "") -> None:
        raise AssertionError("no action is offered")


class AllActions(NoActions):
    """Every safe action is offered; what was done is recorded."""

    def __init__(self) -> None:
        self.done: list[SafeAction] = []

    def available(self, action: SafeAction) -> bool:
        return True

    def perform(self, action: SafeAction, target: str = "") -> None:
        self.done.append(action)


DISK = Check("disk", QT_TRANSLATE_NOOP("Checks", "Free disk space"),
             QT_TRANSLATE_NOOP("Checks", "disk is full free space"), 1.0,
             lambda d: problem(QT_TRANSLATE_NOOP("Checks", "The system disk is almost full: "
                                                 "{free} GB free of {total} GB ({percent} %)."),
                               action=SafeAction.OPEN_DISK_CLEANUP, free="0.6", total="250.0",
                               percent="0"))
MEMORY = Check("memory", QT_TRANSLATE_NOOP("Checks", "Memory"),
               QT_TRANSLATE_NOOP("Checks", "computer is slow memory"), 1.0,
               lambda d: fine(QT_TRANSLATE_NOOP("Checks", "{available} GB of {total} GB memory "
                                                "free."), available="9.0", total="16.0"))


def check_services(kb: KnowledgeBase, actions: NoActions) -> CheckServices:
    """The quick checks: the disk is full (an action can help), the memory is fine."""
    return CheckServices(lambda: [DISK, MEMORY],
                         lambda program, version: program_checks(CheckConfig(), program,
                                                                 version),
                         actions, kb)


def collectors() -> list[Collector]:
    """System information that takes no time to collect: one technical, one personal item."""
    return [Collector("os", "Operating system", "Many problems depend on the exact system "
                      "version.", Privacy.TECHNICAL, lambda: {"name": "Debian 12"},
                      optional=False),
            Collector("user", "User account", "why", Privacy.PERSONAL, lambda: {"login": "ann"})]


def signed_in_app(tmp_path, helpdesk: Helpdesk, *, with_sysinfo: bool = False, **overrides):
    """The app signed in to ``helpdesk``, with a tray, its files under ``tmp_path``; the
    wizard offers system information if ``with_sysinfo``."""
    connection = Connection(Settings(tmp_path / "config.toml"), SessionSecretStore(),
                            lambda config, token: helpdesk, environ={})
    connection.sign_in(ServerConfig("rt", "https://help.example.com", "General"),
                       Credentials.token("token"))
    if with_sysinfo:
        overrides["sysinfo"] = lambda: SysinfoService(collectors, SysinfoOptions(),
                                                      bundle_dir=tmp_path / "bundles")
    return make_test_app(tmp_path, connection, tray_available=True, **overrides)
