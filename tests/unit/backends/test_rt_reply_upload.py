"""What a reply's files look like on the wire to Request Tracker: each multipart part carries
the file's own content type (a screenshot is image/png, not application/octet-stream), whether
the reply goes at once or waited in the outbox."""

from __future__ import annotations

import email.parser
import email.policy
import json

import requests
from requests.adapters import HTTPAdapter

from helpclient.backends.rt.connector import RequestTrackerBackend
from helpclient.core.delivery.new_ticket import build_ticket
from helpclient.core.models import NewAttachment, UserInfo, content_type_of
from helpclient.core.report.problem import ProblemReport

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


class Recorder(HTTPAdapter):
    """The network edge: keeps each request's method, URL, headers and whole body, and answers
    as RT answers a correspondence."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []

    def send(self, request, **kwargs):
        body = request.body
        if hasattr(body, "read"):
            chunks = []
            while chunk := body.read(65536):
                chunks.append(chunk)
            body = b"".join(chunks)
        self.requests.append((request.method, request.url, dict(request.headers), body or b""))
        response = requests.Response()
        response.status_code = 201
        response.headers["Content-Type"] = "application/json"
        response._content = json.dumps(["Correspondence added"]).encode()
        response.url = request.url
        response.request = request
        return response


def backend_with(recorder: Recorder) -> RequestTrackerBackend:
    session = requests.Session()
    session.mount("https://", recorder)
    return RequestTrackerBackend("https://rt.example.com", "1-22-0123abcd", session=session)


def file_parts(headers: dict[str, str], body: bytes) -> list[tuple[str, str]]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + headers["Content-Type"].encode() + b"\r\n\r\n" + body)
    return [(part.get_filename(), part.get_content_type()) for part in message.iter_parts()
            if part.get_filename()]


def test_a_reply_screenshot_is_uploaded_as_image_png(tmp_path):
    shot = tmp_path / "screenshot-1.png"
    shot.write_bytes(PNG)
    log = tmp_path / "trace.weird-extension"
    log.write_bytes(b"x")
    recorder = Recorder()
    # how the reply box hands its files over: path and name, nothing else
    backend_with(recorder).reply("7", "See the picture.",
                                 [NewAttachment(shot, shot.name), NewAttachment(log, log.name)])
    (method, url, headers, body), = recorder.requests
    assert (method, url) == ("POST", "https://rt.example.com/REST/2.0/ticket/7/correspond")
    assert file_parts(headers, body) == [("screenshot-1.png", "image/png"),
                                         ("trace.weird-extension", "application/octet-stream")]


def test_a_reply_from_the_outbox_keeps_the_content_type(outbox, tmp_path):
    shot = tmp_path / "screenshot-1.png"
    shot.write_bytes(PNG)
    entry = outbox.enqueue_reply("7", "See the picture.", [NewAttachment(shot, shot.name)])
    recorder = Recorder()
    # what the sender does with a waiting reply (only copies of the files are left by then)
    backend_with(recorder).reply(entry.reply_ticket, entry.reply_body, entry.attachments,
                                 idempotency_key=entry.id)
    (_method, _url, headers, body), = recorder.requests
    assert file_parts(headers, body) == [("screenshot-1.png", "image/png")]


def test_one_content_type_rule_for_reports_and_replies(tmp_path):
    shot = tmp_path / "screenshot-1.png"
    ticket = build_ticket(ProblemReport(summary="x", attachments=(shot,)),
                          UserInfo(login="alice"))
    assert ticket.attachments[0].content_type == content_type_of(shot.name) == "image/png"
    assert NewAttachment(shot, "notes.txt").content_type == "text/plain"
    assert NewAttachment(shot, "x", "application/pdf").content_type == "application/pdf"
    assert content_type_of("no-extension") == "application/octet-stream"
