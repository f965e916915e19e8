"""The GLPI connector's API session and what it costs: one sign-in for concurrent callers, the
App-Token on every call and the user's token on ``initSession`` only, a session the server
ended opened again once (not in a loop), ``killSession`` on close, no secret in the log, and a
conversation fetched again asking only about what is new."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from glpi_fakes import SESSION, TOKEN, VALID, FakeGLPI, glpi_backend
from rt_fakes import Raw, _response

from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.core.errors import AuthError, Rejected

APP = "f7g3csp8mgatg5ebc5elnazakw20i9fyev1qopya7"
ENDED = Raw(b'["ERROR_SESSION_TOKEN_INVALID","session_token seems invalid"]', status=401)


def test_tokens_go_where_they_belong():
    adapter = FakeGLPI()
    with glpi_backend(adapter, GlpiCredentials(user_token=TOKEN, app_token=APP)) as backend:
        backend.list_my_tickets()
    init, search, kill = adapter.sent
    assert init.headers["Authorization"] == f"user_token {TOKEN}"
    assert "Session-Token" not in init.headers
    for call in (search, kill):
        assert call.headers["Session-Token"] == SESSION and "Authorization" not in call.headers
    assert all(call.headers["App-Token"] == APP for call in adapter.sent)
    assert urlsplit(kill.url).path == "/apirest.php/killSession"


def test_concurrent_callers_share_one_sign_in():
    adapter = FakeGLPI()
    with glpi_backend(adapter) as backend:
        threads = [threading.Thread(target=backend.list_my_tickets) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [r for r in adapter.requests if r[1] == "initSession"] == [("GET", "initSession")]


class EndsOnce(FakeGLPI):
    """The server forgets the session once, before the ``n``-th request."""

    def __init__(self, at: int) -> None:
        super().__init__()
        self.at = at

    def send(self, request, **kwargs):
        if len(self.requests) + 1 == self.at:
            self.requests.append((request.method, "(ended)"))
            return _response(request, ENDED)
        return super().send(request, **kwargs)


def test_an_ended_session_is_opened_again_and_the_call_made_again():
    adapter = EndsOnce(at=2)  # the search after the sign-in
    with glpi_backend(adapter) as backend:
        assert [t.id for t in backend.list_my_tickets()] == ["1"]
    assert [path for _, path in adapter.requests] == [
        "initSession", "(ended)", "initSession", "search/Ticket", "killSession"]


def test_a_session_refused_twice_is_an_auth_error_not_a_loop():
    adapter = FakeGLPI({**VALID, "tickets": ENDED})
    with glpi_backend(adapter) as backend, pytest.raises(AuthError):
        backend.list_my_tickets()
    assert [path for _, path in adapter.requests].count("initSession") == 2


def test_closing_ends_the_session_once_and_survives_a_dead_server():
    adapter = FakeGLPI({**VALID, "killed": Raw(b"<html>502</html>", status=502,
                                               content_type="text/html")})
    backend = glpi_backend(adapter)
    backend.whoami()
    backend.close()
    backend.close()
    assert [path for _, path in adapter.requests] == ["initSession", "killSession"]


def test_no_secret_reaches_the_log(caplog):
    caplog.set_level(logging.DEBUG)
    with glpi_backend(FakeGLPI()) as backend:
        backend.whoami()
        backend.conversation("1")
        list(backend.download_attachment("501"))
    assert TOKEN not in caplog.text and SESSION not in caplog.text


def test_a_conversation_fetched_again_asks_only_about_the_new():
    adapter = FakeGLPI()
    with glpi_backend(adapter) as backend:
        first = backend.conversation("1")
        start = len(adapter.requests)
        again = backend.conversation("1")
    assert again == first
    assert [path for _, path in adapter.requests[start:]] == [
        "Ticket/1", "Ticket/1/ITILFollowup", "Ticket/1/ITILSolution",
        "Ticket/1/Document_Item", "killSession"]
    # the private follow-up's files were never asked for
    assert ("GET", "ITILFollowup/302/Document_Item") not in adapter.requests


def test_changed_since_asks_from_a_second_before_in_the_servers_zone():
    adapter = FakeGLPI()
    since = datetime(2026, 12, 2, 9, 15, 34, tzinfo=UTC)  # 10:15:34 in Berlin
    with glpi_backend(adapter) as backend:
        assert [t.id for t in backend.list_my_tickets(since)] == ["1"]
        assert backend.list_my_tickets(datetime(2026, 12, 2, 9, 15, 35, tzinfo=UTC)) == []
    query = parse_qs(urlsplit(adapter.sent[1].url).query)
    assert query["criteria[2][field]"] == ["19"]
    assert query["criteria[2][searchtype]"] == ["morethan"]
    assert query["criteria[2][value]"] == ["2026-12-02 10:15:33"]


def test_rating_answers_the_open_survey_only():
    adapter = FakeGLPI()
    with glpi_backend(adapter) as backend:
        backend.rate("1", satisfied=False, comment="Slow")
    put = adapter.sent[-2]
    assert (put.method, urlsplit(put.url).path) == ("PUT", "/apirest.php/TicketSatisfaction/9")
    assert put.body == b'{"input": {"satisfaction": 1, "comment": "Slow"}}'
    answered = FakeGLPI({**VALID, "surveys": [{"id": 9, "type": 1,
                                               "date_answered": "2026-12-03 08:00:00"}]})
    with glpi_backend(answered) as backend, pytest.raises(Rejected, match="no open"):
        backend.rate("1", satisfied=True)
    assert all(method != "PUT" for method, _ in answered.requests)


class Expiring(FakeGLPI):
    """A server that ends sessions idle for ``lifetime`` seconds of ``now[0]``."""

    def __init__(self, now: list[float], lifetime: float) -> None:
        super().__init__()
        self.now, self.lifetime = now, lifetime
        self.used: dict[str, float] = {}

    def send(self, request, **kwargs):
        token = request.headers.get("Session-Token")
        if token is not None:
            if self.now[0] - self.used.get(token, -1e9) >= self.lifetime:
                self.requests.append((request.method, "(ended)"))
                return _response(request, ENDED)
            self.used[token] = self.now[0]
        answer = super().send(request, **kwargs)
        if urlsplit(request.url).path.endswith("initSession"):
            self.used[SESSION] = self.now[0]
        return answer


def test_an_idle_session_is_replaced_before_use_once_the_lifetime_is_known():
    now = [0.0]
    adapter = Expiring(now, lifetime=1440)
    with glpi_backend(adapter, clock=lambda: now[0]) as backend:
        backend.list_my_tickets()
        now[0] += 120  # a poll two minutes later: the session lives
        backend.list_my_tickets()
        now[0] += 6 * 3600  # six hours: refused, signed in again — and learnt
        backend.list_my_tickets()
        now[0] += 6 * 3600  # the next slow poll signs in at once
        backend.list_my_tickets()
    paths = [path for _, path in adapter.requests]
    assert paths == ["initSession", "search/Ticket", "search/Ticket",
                     "(ended)", "initSession", "search/Ticket",
                     "initSession", "search/Ticket", "killSession"]


def test_a_session_ended_early_teaches_nothing():
    now = [0.0]
    adapter = Expiring(now, lifetime=10)  # killed elsewhere, or the server restarted
    with glpi_backend(adapter, clock=lambda: now[0]) as backend:
        backend.list_my_tickets()
        now[0] += 60
        backend.list_my_tickets()
        now[0] += 30
        backend.list_my_tickets()
    paths = [path for _, path in adapter.requests]
    assert paths == ["initSession", "search/Ticket"] + [
        "(ended)", "initSession", "search/Ticket"] * 2 + ["killSession"]


def test_a_glpi_without_get_full_session_is_asked_for_the_session():
    adapter = FakeGLPI({**VALID, "session": {"session_token": SESSION}})  # GLPI 9.4
    with glpi_backend(adapter) as backend:
        me = backend.whoami()
    assert (me.login, me.name) == ("alice", "Alice Example")
    assert [path for _, path in adapter.requests] == ["initSession", "getFullSession",
                                                      "killSession"]
