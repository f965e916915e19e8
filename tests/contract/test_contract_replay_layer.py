"""The replay layer itself: it must refuse every request that is not exactly the recorded one,
or the suite would let a lenient connector pass. (Not parametrised over targets.)"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
import requests
from exchanges import SeenRequest, match_request, match_value, parse_multipart
from recording import Redactions, request_spec
from servers import ReplayServer

from helpclient.backends.multipart import MultipartBody

SPEC = {"method": "POST", "path": "/api/tickets", "query": {"page": "1", "expand": "true"},
        "headers": {"Authorization": "Token token=abc", "X-Absent": None},
        "body": {"json": {"title": "Printer", "priority": {"$type": "integer"},
                          "tags": ["a", "b"]}}}


def request(method="POST", target="/api/tickets?page=1&expand=true", headers=None,
            body=b'{"title": "Printer", "priority": 2, "tags": ["a", "b"]}') -> SeenRequest:
    given = {"authorization": "Token token=abc", "content-type": "application/json"}
    return SeenRequest(method, target, {**given, **(headers or {})}, body)


def test_the_recorded_request_matches():
    assert match_request(SPEC, request()) == []


@pytest.mark.parametrize(("changed", "complaint"), [
    (request(method="PUT"), "method"),
    (request(target="/api/ticket?page=1&expand=true"), "path"),
    (request(target="/api/tickets?page=1"), "query: missing key 'expand'"),
    (request(target="/api/tickets?page=1&expand=true&per_page=5"), "unexpected key 'per_page'"),
    (request(target="/api/tickets?page=2&expand=true"), "query.page"),
    (request(headers={"authorization": "Token token=other"}), "header Authorization"),
    (request(headers={"x-absent": "1"}), "header X-Absent: expected none"),
    (request(body=b'{"title": "Printer", "priority": "2", "tags": ["a", "b"]}'), "integer"),
    (request(body=b'{"title": "Printer", "priority": 2, "tags": ["a"]}'), "expected 2 items"),
    (request(body=b'{"title": "Printer", "priority": 2, "tags": ["a", "b"], "x": 1}'),
     "unexpected key 'x'"),
    (request(body=b"title=Printer"), "expected JSON"),
    (request(body=b""), "expected JSON"),
])
def test_anything_else_is_refused_with_the_difference(changed, complaint):
    problems = match_request(SPEC, changed)
    assert problems and complaint in "; ".join(problems)


def test_an_unlisted_header_is_the_http_librarys_business():
    assert match_request(SPEC, request(headers={"accept-encoding": "gzip"})) == []


def test_no_body_means_none_at_all():
    spec = {"method": "GET", "path": "/x"}
    assert match_request(spec, SeenRequest("GET", "/x", {}, b"")) == []
    assert match_request(spec, SeenRequest("GET", "/x", {}, b"{}"))


def test_matchers():
    data = base64.b64encode(b"file").decode()
    assert match_value({"$base64_sha256": hashlib.sha256(b"file").hexdigest()}, data, "v") == []
    assert match_value({"$base64_sha256": hashlib.sha256(b"other").hexdigest()}, data, "v")
    assert match_value({"$regex": r"\d+"}, "12", "v") == []
    assert match_value({"$regex": r"\d+"}, "12a", "v")  # the whole text, not a part
    assert match_value({"$type": "integer"}, True, "v")  # a boolean is no number
    assert match_value(1, 1.0, "v") and match_value("1", 1, "v")  # types count
    assert match_value({"$any": True}, None, "v") == []


def drain(body: MultipartBody) -> bytes:
    chunks = []
    while chunk := body.read():
        chunks.append(chunk)
    return b"".join(chunks)


def test_multipart_parts_are_checked_part_by_part():
    body = MultipartBody([("JSON", None, b'{"a": 1}', "application/json"),
                          ("Attachments", "журнал.txt", b"log", "text/plain")])
    raw = drain(body)
    seen = SeenRequest("POST", "/t", {"content-type": body.content_type}, raw)
    spec = request_spec(seen, Redactions({}))
    assert spec["body"]["multipart"][1] == {
        "name": "Attachments", "filename": "журнал.txt", "content_type": "text/plain",
        "sha256": hashlib.sha256(b"log").hexdigest(), "size": 3}
    assert match_request(spec, seen) == []
    other = MultipartBody([("JSON", None, b'{"a": 1}', "application/json"),
                           ("Attachments", "журнал.txt", b"LOG", "text/plain")])
    changed = SeenRequest("POST", "/t", {"content-type": other.content_type}, drain(other))
    assert "content differs" in "; ".join(match_request(spec, changed))
    assert [p.filename for p in parse_multipart(raw, body.content_type)] == [None, "журнал.txt"]


def _steps():
    return [
        {"request": {"method": "GET", "path": "/a"},
         "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                      "json": {"self": "@@BASE@@/a"}}},
        {"support": "public_reply", "args": {"ticket": "1", "text": "Hi", "files": []}},
        {"request": {"method": "GET", "path": "/b"}, "response": {"status": 204}},
    ]


def test_the_server_plays_the_steps_in_order_with_its_own_address():
    server = ReplayServer(_steps(), "demo")
    with server.running() as url:
        assert requests.get(f"{url}/a", timeout=5).json() == {"self": f"{url}/a"}
        server.support("public_reply", {"ticket": "1", "text": "Hi", "files": []})
        assert requests.get(f"{url}/b", timeout=5).status_code == 204
    assert server.problems == [] and server.unused() == []


def test_a_request_where_support_should_act_is_a_mismatch():
    server = ReplayServer(_steps(), "demo")
    with server.running() as url:
        requests.get(f"{url}/a", timeout=5)
        answer = requests.get(f"{url}/b", timeout=5)
        assert answer.status_code == 501 and "support should public_reply" in answer.text
        # and everything after it, once derailed
        assert "earlier mismatch" in requests.get(f"{url}/b", timeout=5).text
    assert len(server.problems) == 1


def test_support_out_of_turn_fails_the_test_at_once():
    server = ReplayServer(_steps(), "demo")
    with server.running(), pytest.raises(AssertionError, match=r"request GET /a"):
        server.support("public_reply", {"ticket": "1", "text": "Hi", "files": []})


def test_steps_never_reached_are_listed():
    server = ReplayServer(_steps(), "demo")
    with server.running() as url:
        requests.get(f"{url}/a", timeout=5)
    assert server.unused() == ["support: public_reply", "GET /b"]


def test_recording_replaces_secrets_and_addresses():
    seen = SeenRequest("GET", "/u?x=1", {"authorization": "token live-secret",
                                         "user-agent": "HelpClient/0.1.0 (Linux 6; Python 3)"},
                       b"")
    spec = request_spec(seen, Redactions({"live-secret": "fake"}))
    assert spec["headers"]["Authorization"] == "token fake"
    assert match_request(spec, SeenRequest("GET", "/u?x=1", {
        "authorization": "token fake", "user-agent": "HelpClient/0.2 (Windows 11; Python 3)"},
        b"")) == []
    assert match_request(spec, SeenRequest("GET", "/u?x=1", {
        "authorization": "token fake", "user-agent": "Mozilla/5.0 (X11)"}, b""))
    assert json.dumps(spec).count("live-secret") == 0
