"""The Redmine connector at the network edge (real Redmine 5.0.4 answers, tests/redmine_fakes.py):
what it asks for and how it reads the answers. The real server's behaviour is checked in
tests/integration/test_redmine_backend.py."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

import pytest
import requests
from redmine_fakes import BASE, KEY, VALID, FakeRedmine, Raw, redmine_backend

from helpclient.backends import (
    BACKEND_TYPES,
    SIGN_IN_METHODS,
    create_backend,
    create_probe,
    declared_capabilities,
)
from helpclient.backends.redmine.client import KeyAuth
from helpclient.backends.redmine.connector import RedmineBackend
from helpclient.backends.redmine.probe import RedmineProbe
from helpclient.backends.redmine.wiki import textile_to_html
from helpclient.core.credentials import Credentials, SignInMethod
from helpclient.core.errors import AuthError, ConfigurationError, NotFound, Rejected, TooLarge
from helpclient.core.models import Capability, NewAttachment, NewTicket, TicketStatus


def test_registered_lazily_with_all_but_ratings():
    assert BACKEND_TYPES["redmine"] == "Redmine"
    assert SIGN_IN_METHODS["redmine"] == (SignInMethod.TOKEN,)
    assert declared_capabilities("redmine") == RedmineBackend.CAPABILITIES
    with create_backend("redmine", BASE, Credentials.token(KEY), project="it-help") as backend:
        assert isinstance(backend, RedmineBackend)
        assert Capability.CSAT not in backend.capabilities
        assert Capability.SOLVE | Capability.REOPEN in backend.capabilities
    assert isinstance(create_probe("redmine", BASE), RedmineProbe)
    assert KEY not in repr(KeyAuth(KEY))
    # the connector sends no login and password: refused before anything is built
    with pytest.raises(ConfigurationError, match="does not accept"):
        create_backend("redmine", BASE, Credentials.password("alice", "secret"))


def test_a_refused_key_is_checked_before_a_list_reads_as_anonymous():
    fake = FakeRedmine({**VALID, "user": Raw(b"", status=401)})
    with redmine_backend(fake) as backend, pytest.raises(AuthError):
        backend.list_my_tickets()
    assert [path for _, path, _ in fake.requests] == ["users/current.json"]


def test_list_asks_for_every_status_of_the_users_own_changed_since():
    fake = FakeRedmine()
    with redmine_backend(fake) as backend:
        [ticket] = backend.list_my_tickets(datetime(2026, 12, 7, 12, 1, 45, tzinfo=UTC))
    assert (ticket.id, ticket.status, ticket.url) == ("2", TicketStatus.NEW, f"{BASE}/issues/2")
    listed = [r for r in fake.requests if r[1] == "issues.json"]
    assert len(listed) == 1


def test_conversation_hides_a_private_notes_file_and_the_key():
    with redmine_backend(FakeRedmine()) as backend:
        messages = backend.conversation("2")
    first, reply, status, own = messages
    assert first.body == "Body\nline" and [a.filename for a in first.attachments] == ["f.bin"]
    assert reply.from_support and reply.body == "Try this."
    assert [a.filename for a in reply.attachments] == ["fix.txt"]
    assert (status.kind, status.status, status.old_status) == (
        "status", TicketStatus.OPEN, TicketStatus.NEW)
    assert own.body == "Thanks" and not own.from_support
    # internal.txt came later and no visible journal names it: a private note's file
    assert all(a.filename != "internal.txt" for m in messages for a in m.attachments)


def test_create_uploads_first_then_names_the_tracker_by_id(tmp_path):
    path = tmp_path / "log.txt"
    path.write_bytes(b"x" * 1000)
    fake = FakeRedmine()
    seen: list[tuple[int, int]] = []
    with redmine_backend(fake, tracker="Support") as backend:
        backend.create_ticket(NewTicket("Subj", "Body", idempotency_key="k-9",
                                        attachments=(NewAttachment(path, "журнал.txt"),)),
                              progress=lambda sent, total: seen.append((sent, total)))
    methods = [(m, p) for m, p, _ in fake.requests]
    assert methods.index(("POST", "uploads.json")) < methods.index(("POST", "issues.json"))
    body = json.loads(next(b for m, p, b in fake.requests if (m, p) == ("POST", "issues.json")))
    issue = body["issue"]
    assert issue["project_id"] == "it-help" and issue["tracker_id"] == 3
    assert issue["uploads"][0]["filename"] == "журнал.txt"
    assert issue["description"].endswith("HelpClient-Report: k-9\n")
    assert seen[-1] == (1000, 1000)


def test_an_unknown_tracker_is_a_configuration_error():
    with redmine_backend(FakeRedmine(), tracker="Nope") as backend, \
            pytest.raises(ConfigurationError):
        backend.create_ticket(NewTicket("Subj", "Body"))


def test_one_byte_over_the_limit_is_too_large(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"x" * 10)
    refusal = Raw(json.dumps({"errors": ["This file cannot be uploaded because it exceeds the "
                                         "maximum allowed file size (5242880)"]}).encode(),
                  status=422)
    with redmine_backend(FakeRedmine({**VALID, "upload": refusal})) as backend, \
            pytest.raises(TooLarge, match="5 MB"):
        backend.reply("2", "file", [NewAttachment(path, "big.bin")])


def test_a_status_change_redmine_ignored_is_rejected():
    # 204, then the issue still reads "New"
    fake = FakeRedmine()
    with redmine_backend(fake) as backend, pytest.raises(Rejected, match="Edit own issues"):
        backend.solve("2")
    put = json.loads(next(b for m, _, b in fake.requests if m == "PUT"))
    assert put == {"issue": {"status_id": 5}}  # Closed: the only solved status allowed


def test_no_allowed_status_is_refused_unsent():
    answers = copy.deepcopy(VALID)
    answers["issue"]["issue"]["allowed_statuses"] = []
    fake = FakeRedmine(answers)
    with redmine_backend(fake) as backend:
        with pytest.raises(Rejected):
            backend.solve("2")
        with pytest.raises(Rejected):
            backend.reopen("2", "Again")
    assert not [m for m, _, _ in fake.requests if m == "PUT"]


def test_keys_are_found_in_descriptions_and_notes():
    with redmine_backend(FakeRedmine()) as backend:
        assert backend.find_ticket_by_key("k-1").id == "2"  # type: ignore[union-attr]
        assert backend.find_ticket_by_key("k-2") is None
        assert backend.find_reply_by_key("2", "k-1")
        assert not backend.find_reply_by_key("2", "k-2")
        # a key that is the beginning of the one sent is another key
        assert backend.find_ticket_by_key("k-") is None
        assert not backend.find_reply_by_key("2", "k-")


def test_a_missing_download_is_not_found_and_ids_are_numbers():
    with redmine_backend(FakeRedmine({**VALID, "download": Raw(b"<html>", 404,
                                                                 "text/html")})) as backend:
        with pytest.raises(NotFound):
            backend.download_attachment("7")
        with pytest.raises(NotFound):
            backend.download_attachment("../7")


def test_wiki_pages_become_safe_articles():
    with redmine_backend(FakeRedmine()) as backend:
        [listed] = backend.list_articles()
        article = backend.get_article("VPN")
        [found] = backend.search_articles("client")
    assert (listed.id, listed.title, listed.body) == ("VPN_setup", "VPN setup", "")
    assert article.is_html and "<strong>the</strong>" in article.body
    assert found.summary == "Use the client."  # the heading is the title, not the summary
    assert (found.id, found.title) == (listed.id, listed.title)  # one article, found twice


def test_textile_keeps_structure_and_drops_markup():
    html = textile_to_html('h2. Steps\n\n# Open *Settings*\n# Click "VPN":https://x.example/vpn\n'
                           '\n<script>alert(1)</script> and <b onclick="x">raw</b>\n\n'
                           '<pre>\nrm -rf <dir>\n</pre>\n\n"bad":javascript:alert(1)')
    assert "<h2>Steps</h2>" in html and "<ol>" in html and "<strong>Settings</strong>" in html
    assert 'href="https://x.example/vpn"' in html
    # raw HTML in a page is shown as the text it is, never run or rendered
    assert "<script" not in html and "<b " not in html and "&lt;script&gt;" in html
    assert "<pre>rm -rf &lt;dir&gt;</pre>" in html
    assert "<a" not in html.split("bad")[-1]


def test_the_app_builds_it_with_the_project_and_tracker_settings(monkeypatch):
    from helpclient.core.connection import ServerConfig  # noqa: PLC0415
    from helpclient.services import backend_factory  # noqa: PLC0415

    fake = FakeRedmine()

    def session_over_fake(*_args: object) -> requests.Session:
        session = requests.Session()
        session.mount("https://", fake)
        return session

    monkeypatch.setattr("helpclient.backends.base.make_session", session_over_fake)
    config = ServerConfig("redmine", BASE, project="it-help", tracker="Support")
    with backend_factory(config, Credentials.token(KEY)) as backend:
        assert isinstance(backend, RedmineBackend)
        backend.create_ticket(NewTicket("Subj", "Body"))
    body = json.loads(next(b for m, p, b in fake.requests if (m, p) == ("POST", "issues.json")))
    assert (body["issue"]["project_id"], body["issue"]["tracker_id"]) == ("it-help", 3)
