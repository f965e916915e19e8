"""The Redmine connector against a real Redmine 5.0.4 on loopback: the behaviour particular to
Redmine that the conformance suite (tests/contract) does not cover — each pitfall measured in
REDMINE.md, shown on the server first, then what the connector makes of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests
from redmine_server import key_session
from rt_server import clear_proxies

from helpclient.backends import create_probe
from helpclient.backends.redmine.connector import RedmineBackend
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError, Rejected, TooLarge
from helpclient.core.models import NewAttachment, NewTicket, TicketStatus
from helpclient.core.tracking.activity import detect_changes
from helpclient.demo.redmine_instance import RedmineInstance

WRONG_KEY = "0" * 40


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_proxies(monkeypatch)


@pytest.fixture
def alice(redmine: RedmineInstance) -> Iterator[RedmineBackend]:
    """The connector as alice (Reporter who may close and reopen her own requests)."""
    with RedmineBackend(redmine.url, redmine.user_key, project=redmine.project,
                        tracker="Support") as backend:
        yield backend


def test_a_wrong_key_reads_as_anonymous_but_is_an_auth_error(redmine: RedmineInstance,
                                                                alice: RedmineBackend) -> None:
    alice.create_ticket(NewTicket("Mine", "So the list is not empty."))
    with key_session(WRONG_KEY) as anonymous:
        raw = anonymous.get(f"{redmine.url}/issues.json",
                            params={"author_id": "me", "status_id": "*"}, timeout=30)
    assert raw.status_code == 200 and raw.json()["issues"] == []  # the pitfall
    with RedmineBackend(redmine.url, WRONG_KEY, project=redmine.project) as wrong:
        with pytest.raises(AuthError):
            wrong.list_my_tickets()
        with pytest.raises(AuthError):
            wrong.whoami()
    assert alice.list_my_tickets()


def test_a_status_change_redmine_ignores_is_rejected(redmine: RedmineInstance) -> None:
    """bob has Redmine's default Reporter rights: allowed_statuses lists Closed, the change
    answers 204, and nothing changes."""
    with RedmineBackend(redmine.url, redmine.plain_key, project=redmine.project) as bob:
        ticket = bob.create_ticket(NewTicket("Cannot close", "Default rights."))
        with key_session(redmine.plain_key) as raw:
            answer = raw.put(f"{redmine.url}/issues/{ticket.id}.json",
                             json={"issue": {"status_id": redmine.status_id("Closed")}},
                             timeout=30)
        assert answer.status_code == 204  # the pitfall: success, ignored
        with pytest.raises(Rejected, match="Edit own issues"):
            bob.solve(ticket.id)
        assert bob.get_ticket(ticket.id).status is TicketStatus.NEW


def test_solve_then_reopen_only_where_the_workflow_allows(redmine: RedmineInstance,
                                                            alice: RedmineBackend) -> None:
    ticket = alice.create_ticket(NewTicket("Closable", "Alice may close her own."))
    alice.solve(ticket.id)
    assert alice.get_ticket(ticket.id).raw_status == "Closed"
    alice.reopen(ticket.id, "Broken again.")
    assert alice.get_ticket(ticket.id).raw_status == "In Progress"
    # without the Closed → In Progress transition, nothing is sent and the user is told
    redmine.runner("WorkflowTransition.where(old_status_id: IssueStatus.where(is_closed: true))"
                   ".where(role_id: Role.find_by(name: 'Reporter').id).delete_all")
    try:
        alice.solve(ticket.id)
        with pytest.raises(Rejected, match="reopen"):
            alice.reopen(ticket.id, "Still broken.")
        assert alice.get_ticket(ticket.id).raw_status == "Closed"
    finally:
        redmine.runner(
            "r = Role.find_by(name: 'Reporter'); c = IssueStatus.find_by(name: 'Closed'); "
            "p = IssueStatus.find_by(name: 'In Progress'); Tracker.all.each { |t| "
            "WorkflowTransition.create!(tracker_id: t.id, role_id: r.id, old_status_id: c.id, "
            "new_status_id: p.id) }")


def test_a_private_note_is_never_shown_and_is_no_news(redmine: RedmineInstance,
                                                       redmine_admin: requests.Session,
                                                       alice: RedmineBackend) -> None:
    ticket = alice.create_ticket(NewTicket("VPN", "Drops."))
    before = alice.get_ticket(ticket.id)
    seen = alice.conversation(ticket.id)
    answer = redmine_admin.put(f"{redmine.url}/issues/{ticket.id}.json", timeout=30, json={
        "issue": {"notes": "INTERNAL: old laptop", "private_notes": True}})
    assert answer.status_code == 204
    after = alice.list_my_tickets(changed_since=before.updated)
    [moved] = [t for t in after if t.id == ticket.id]
    conversation = alice.conversation(ticket.id)
    assert conversation == seen  # nothing of the note
    assert detect_changes(before, moved, conversation) == []  # and so no news


def test_a_blank_subject_is_rejected_with_redmines_words(alice: RedmineBackend) -> None:
    with pytest.raises(Rejected, match="Subject cannot be blank"):
        alice.create_ticket(NewTicket("", "No subject."))


def test_the_tracker_is_the_one_set_and_an_unknown_one_is_a_configuration_error(
        redmine: RedmineInstance, alice: RedmineBackend) -> None:
    ticket = alice.create_ticket(NewTicket("Tracker", "Support, please."))
    with key_session(redmine.user_key) as raw:
        issue = raw.get(f"{redmine.url}/issues/{ticket.id}.json", timeout=30).json()["issue"]
    assert issue["tracker"]["name"] == "Support"
    with RedmineBackend(redmine.url, redmine.user_key, project=redmine.project,
                        tracker="Nope") as wrong, pytest.raises(ConfigurationError):
        wrong.create_ticket(NewTicket("Tracker", "Unknown."))


def test_one_byte_over_the_size_limit_is_too_large(redmine: RedmineInstance,
                                                    alice: RedmineBackend, tmp_path) -> None:
    redmine.runner("Setting.attachment_max_size = '1'")  # KB
    try:
        fits, over = tmp_path / "fits.bin", tmp_path / "over.bin"
        fits.write_bytes(b"x" * 1024)
        over.write_bytes(b"x" * 1025)
        ticket = alice.create_ticket(NewTicket("Sizes", "Files.",
                                               attachments=(NewAttachment(fits, "fits.bin"),)))
        with pytest.raises(TooLarge, match=r"accepts \(1 KB\)"):
            alice.reply(ticket.id, "Too big.", [NewAttachment(over, "over.bin")])
        files = [a.filename for m in alice.conversation(ticket.id) for a in m.attachments]
        assert files == ["fits.bin"]
    finally:
        redmine.runner("Setting.attachment_max_size = '5120'")


def test_the_probe_knows_redmine_with_and_without_a_key(redmine: RedmineInstance) -> None:
    probe = create_probe("redmine", redmine.url)
    assert probe.identify().product == "Redmine"
    signed_in = probe.identify(Credentials.token(redmine.user_key))
    assert (signed_in.product, signed_in.sign_in) == ("Redmine", (SignInMethod.TOKEN,))
    assert probe.identify(Credentials.token(WRONG_KEY)).product == "Redmine"


def test_wiki_pages_in_english_and_russian(redmine: RedmineInstance,
                                           redmine_admin: requests.Session,
                                           alice: RedmineBackend) -> None:
    since = datetime.now(UTC) - timedelta(seconds=5)
    for title, text in (("Printer_setup", "h1. Printer setup\n\n# Open *Settings*"),
                        ("Настройка_VPN", "h1. Настройка VPN\n\nНажмите _Подключить_.")):
        answer = redmine_admin.put(f"{redmine.url}/projects/{redmine.project}/wiki/{title}.json",
                                   json={"wiki_page": {"text": text}}, timeout=30)
        assert answer.status_code in (201, 204), answer.text
    listed = {a.id: a for a in alice.list_articles(changed_since=since)}
    assert {"Printer_setup", "Настройка_VPN"} <= set(listed)
    assert listed["Настройка_VPN"].title == "Настройка VPN"
    article = alice.get_article("Настройка_VPN")
    assert "<em>Подключить</em>" in article.body and article.is_html
    assert [a.id for a in alice.search_articles("Printer")] == ["Printer_setup"]
