"""What is particular to GLPI, replayed as strictly as the contract suite (the scenarios come from
``write_glpi_specific.py``): an ended API session, a requester's approval or refusal of a
solution, the satisfaction survey, every documented status, rich text as GLPI 10 stores it and
private follow-ups an older server sends, the knowledge base (GLPI 10 and 11), signing in with
a login and password, GLPI's configuration errors, and the probe."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import glpi_docs as d
import pytest
from exchanges import load_steps
from servers import ReplayServer

from helpclient.backends.glpi.connector import GlpiBackend
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.backends.glpi.probe import GlpiProbe
from helpclient.core.credentials import Credentials
from helpclient.core.errors import AuthError, ConfigurationError, Rejected
from helpclient.core.models import Capability, TicketStatus

TOKEN = GlpiCredentials(user_token=d.USER_TOKEN, app_token=d.APP_TOKEN)


@contextmanager
def replayed(name: str) -> Iterator[str]:
    """The address of a strict replay of ``exchanges/glpi/glpi-<name>.json``; every recorded
    step must have been taken, and nothing else."""
    server = ReplayServer(load_steps("glpi", f"glpi-{name}"), f"glpi/glpi-{name}")
    with server.running() as url:
        yield url
    assert server.problems == []
    assert server.unused() == []


@contextmanager
def glpi(name: str, credentials: GlpiCredentials = TOKEN) -> Iterator[GlpiBackend]:
    with replayed(name) as url, GlpiBackend(url, credentials) as backend:
        yield backend


def test_an_ended_session_is_opened_again_once():
    with glpi("session_expires") as backend:
        [ticket] = backend.list_my_tickets()
    assert ticket.subject == "Outlook asks for the password again"


def test_a_requester_confirms_the_proposed_solution():
    with glpi("solution_approved") as backend:
        ticket = backend.get_ticket("101")
        assert ticket.status is TicketStatus.SOLVED
        assert ticket.capabilities is not None
        assert Capability.SOLVE in ticket.capabilities
        assert Capability.REOPEN in ticket.capabilities
        backend.solve(ticket.id)  # add_close: GLPI closes it


def test_refusing_the_solution_sends_the_reason():
    with glpi("solution_refused") as backend:
        with pytest.raises(Rejected, match="reason"):
            backend.reopen("101", "  ")  # refused here: GLPI requires a text
        backend.reopen("101", "It flickers again.")


def test_nothing_is_confirmed_before_support_proposes_a_solution():
    with glpi("not_solved_yet") as backend, pytest.raises(Rejected, match="solved"):
        backend.solve("101")


def test_the_survey_is_offered_while_it_is_open():
    with glpi("satisfaction") as backend:
        closed = backend.get_ticket("101")
        assert closed.status is TicketStatus.CLOSED
        assert closed.capabilities is not None and Capability.CSAT in closed.capabilities
        assert Capability.REPLY not in closed.capabilities
        backend.rate(closed.id, satisfied=True, comment="Quick, thanks!")
        rated = backend.get_ticket("101")
        assert rated.capabilities is not None and Capability.CSAT not in rated.capabilities


def test_every_documented_status_is_mapped():
    with glpi("every_status") as backend:
        tickets = backend.list_my_tickets()
    assert [(t.status, t.raw_status) for t in tickets] == [
        (TicketStatus.NEW, "New"), (TicketStatus.OPEN, "Processing (assigned)"),
        (TicketStatus.OPEN, "Processing (planned)"), (TicketStatus.ON_HOLD, "Pending"),
        (TicketStatus.SOLVED, "Solved"), (TicketStatus.CLOSED, "Closed")]
    # Berlin time in the answers (Alice's zone in GLPI): 09:00 there is 08:00 UTC
    assert tickets[0].updated == datetime(2026, 12, 6, 8, 0, tzinfo=UTC)


def test_rich_text_is_decoded_and_sanitized_and_private_followups_stay_hidden():
    with glpi("rich_text") as backend:
        conversation = backend.conversation("101")
    messages = [m for m in conversation if m.kind == "message"]
    reply = messages[1]
    assert reply.is_html and reply.from_support and reply.author == d.TECH_NAME
    assert "<b>this</b> &amp; that" in reply.body  # decoded once: the text's & stays text
    for unsafe in ("<script", "alert(1)", "onerror", "evil.example", "javascript:"):
        assert unsafe not in reply.body
    assert all("INTERNAL" not in m.body for m in conversation)
    assert messages[-1].body == "<p>Client updated.</p>"  # the solution
    assert conversation[-1].kind == "status" and conversation[-1].status is TicketStatus.SOLVED


def test_the_knowledge_base():
    with glpi("knowledge_base") as backend:
        [found] = backend.search_articles("VPN")
        assert (found.id, found.title, found.summary) == ("11", "VPN & Wi-Fi: connect",
                                                          "Open FortiClient.")
        article = backend.get_article("11")
        assert article.is_html and "<b>FortiClient</b>" in article.body
        assert "script" not in article.body
        changed = backend.list_articles(changed_since=datetime(2026, 12, 1, tzinfo=UTC))
    assert [(a.id, a.updated) for a in changed] == [
        ("11", datetime(2026, 12, 2, 7, 0, tzinfo=UTC)),
        ("12", datetime(2026, 12, 3, 7, 0, tzinfo=UTC)),
        ("13", datetime(2026, 12, 4, 7, 0, tzinfo=UTC))]


def test_glpi_11_numbers_the_subject_1():
    with glpi("kb_glpi_11") as backend:
        assert [a.title for a in backend.search_articles("VPN")] == ["VPN"]
        assert backend.search_articles("mouse") == []  # on field 1 at once


def test_signing_in_with_login_and_password():
    credentials = GlpiCredentials(login="alice", password="pâss wörd", app_token=d.APP_TOKEN)
    with glpi("password_sign_in", credentials) as backend:
        assert backend.whoami().login == "alice"  # initSession
        assert backend.whoami().name == d.USER_NAME  # getFullSession


def test_signing_in_with_a_password_may_be_disabled():
    credentials = GlpiCredentials(login="alice", password="pâss wörd", app_token=d.APP_TOKEN)
    with glpi("credentials_disabled", credentials) as backend, \
            pytest.raises(AuthError, match="API token"):
        backend.whoami()


def test_a_missing_app_token_is_for_it_to_fix():
    with glpi("app_token_missing") as backend, \
            pytest.raises(ConfigurationError, match=r"server\.app_token"):
        backend.whoami()


def test_the_probe_knows_glpi_with_and_without_a_token():
    with replayed("probe") as url:
        probe = GlpiProbe(url)
        first = probe.identify()  # ERROR_LOGIN_PARAMETERS_MISSING: GLPI, no version told
        assert (first.product, first.version) == ("GLPI", "")
        with_token = probe.identify(Credentials.token(d.USER_TOKEN))
        assert (with_token.product, with_token.version) == ("GLPI", "10.0.10")
        assert with_token.api_url == f"{url}/apirest.php"
        with pytest.raises(ConfigurationError, match="API"):
            probe.identify()  # "API disabled"
