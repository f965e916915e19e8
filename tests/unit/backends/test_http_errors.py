"""The shared HTTP layer: error mapping, Retry-After, session configuration (no network)."""

from __future__ import annotations

import json
import logging
import socket
import ssl
from datetime import UTC, datetime, timedelta

import pytest
import requests
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NameResolutionError,
    NewConnectionError,
    ReadTimeoutError,
)

from helpclient import __version__
from helpclient.backends import http, http_errors
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.core.errors import (
    AuthError,
    CertificateError,
    ConfigurationError,
    HostNotFound,
    NotAHelpdesk,
    NotFound,
    PermissionDenied,
    RateLimited,
    Rejected,
    ServerTimeout,
    ServerUnreachable,
    TooLarge,
    Transient,
)

URL = "https://rt.example.com/REST/2.0/ticket/1"


def response(status, body=b"", content_type="application/json", headers=None, url=URL):
    r = requests.Response()
    r.status_code = status
    r._content = body if isinstance(body, bytes) else json.dumps(body).encode()
    r.headers["Content-Type"] = content_type
    r.headers.update(headers or {})
    r.url = url
    r.encoding = "utf-8"
    return r


def prepared(url=URL):
    return requests.Request("GET", url).prepare()


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, AuthError),
        (403, PermissionDenied),
        (404, NotFound),
        (410, NotFound),
        (408, Transient),
        (413, TooLarge),  # the user can shrink it: not a refusal only support resolves
        (429, RateLimited),
        (500, Transient),
        (502, Transient),
        (503, Transient),
        (400, Rejected),
        (409, Rejected),
        (422, Rejected),
        (302, NotAHelpdesk),
    ],
)
def test_status_codes_map_to_typed_errors(status, error):
    mapped = to_helpdesk_error(response(status))
    assert type(mapped) is error
    assert mapped.message


def test_messages_are_distinct_and_plain():
    messages = {
        status: to_helpdesk_error(response(status)).message
        for status in (401, 403, 404, 413, 429, 500, 400)
    }
    assert len(set(messages.values())) == len(messages)
    assert "sign in again" in messages[401].lower()
    assert "too large" in messages[413]


def test_rejected_carries_the_servers_message():
    error = to_helpdesk_error(response(400, {"message": "Invalid Queue"}))
    assert isinstance(error, Rejected)
    assert "Invalid Queue" in error.message
    listed = to_helpdesk_error(response(422, {"errors": ["Subject is empty", "Too long"]}))
    assert "Subject is empty" in listed.message
    plain = to_helpdesk_error(response(400, b"Bad things", content_type="text/plain"))
    assert "Bad things" in plain.message


def test_html_error_pages_are_not_shown_and_long_messages_are_cut():
    html = to_helpdesk_error(
        response(400, b"<html><body><h1>400</h1></body></html>", content_type="text/html")
    )
    assert "<" not in html.message
    long = to_helpdesk_error(response(400, {"message": "x" * 5000}))
    assert len(long.message) < 400


def test_429_reads_retry_after_in_both_forms():
    seconds = to_helpdesk_error(response(429, headers={"Retry-After": "120"}))
    assert isinstance(seconds, RateLimited)
    assert seconds.retry_after == 120
    dated = to_helpdesk_error(
        response(429, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    )
    assert isinstance(dated, RateLimited)
    assert dated.retry_after is not None and dated.retry_after > 0
    missing = to_helpdesk_error(response(429))
    assert isinstance(missing, RateLimited) and missing.retry_after is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("120", 120.0),
        (" 5 ", 5.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),  # in the past
        ("nonsense", None),
        ("inf", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after(value, expected):
    now = datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC)
    assert http_errors.parse_retry_after(value, now=now) == expected


def _connection_error(reason):
    return requests.exceptions.ConnectionError(
        MaxRetryError(None, URL, reason=reason), request=prepared()
    )


def test_dns_failure_is_host_not_found_with_the_host_name():
    reason = NameResolutionError("rt.example.com", None, socket.gaierror(-2, "Name unknown"))
    error = to_helpdesk_error(_connection_error(reason))
    assert isinstance(error, HostNotFound)
    assert error.message.startswith("The server name rt.example.com could not be found.")
    assert "Check the address, or your network connection." in error.message


def test_refused_reset_and_timeouts_are_server_unreachable():
    refused = NewConnectionError(None, "[Errno 111] Connection refused")
    for exc in (
        _connection_error(refused),
        requests.exceptions.ConnectionError(ConnectionResetError(104, "reset"), request=prepared()),
        requests.exceptions.ConnectTimeout("timed out", request=prepared()),
        requests.exceptions.ReadTimeout("read timed out", request=prepared()),
        requests.exceptions.ChunkedEncodingError("broken"),
    ):
        error = to_helpdesk_error(exc)
        assert isinstance(error, ServerUnreachable), exc
        assert isinstance(error, Transient)


def test_a_read_timeout_is_no_answer_in_time_not_no_connection():
    # requests reports a read timeout that urllib3 stopped retrying as a ConnectionError
    read = ReadTimeoutError(None, URL, "Read timed out. (read timeout=30)")
    for exc in (_connection_error(read),
                requests.exceptions.ReadTimeout("read timed out", request=prepared())):
        error = to_helpdesk_error(exc)
        assert isinstance(error, ServerTimeout), exc
        assert error.message.startswith("The server rt.example.com accepted the connection but "
                                        "did not answer in time.")
    connect = requests.exceptions.ConnectTimeout(
        MaxRetryError(None, URL, reason=ConnectTimeoutError(None, "timed out")),
        request=prepared())
    error = to_helpdesk_error(connect)
    assert isinstance(error, ServerUnreachable) and not isinstance(error, ServerTimeout)
    assert error.message.startswith("Could not connect to rt.example.com in time")


def test_deep_or_huge_error_bodies_give_a_short_message_or_none():
    deep = b"[" * 100_000 + b"]" * 100_000
    assert http_errors.server_message(response(400, deep)) == ""
    nested = json.dumps({"message": {"message": {"message": {"message": {"message": "x"}}}}})
    assert http_errors.server_message(response(400, nested.encode())) == ""
    long = http_errors.server_message(response(400, {"message": "x" * 10_000_000}))
    assert len(long) <= 300


def test_certificate_errors_are_certificate_errors():
    cert = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed")
    exc = requests.exceptions.SSLError(MaxRetryError(None, URL, reason=cert), request=prepared())
    error = to_helpdesk_error(exc)
    assert isinstance(error, CertificateError)
    assert error.message.startswith("The server's security certificate is not trusted")
    other = requests.exceptions.SSLError("wrong version number", request=prepared())
    assert isinstance(to_helpdesk_error(other), ServerUnreachable)


def test_bad_urls_are_configuration_errors():
    for exc in (requests.exceptions.MissingSchema("x"), requests.exceptions.InvalidURL("x")):
        assert isinstance(to_helpdesk_error(exc), ConfigurationError)
    assert isinstance(to_helpdesk_error(requests.exceptions.TooManyRedirects()), NotAHelpdesk)


def test_user_agent():
    agent = http.build_user_agent("Request Tracker")
    assert agent.startswith(f"HelpClient/{__version__} (")
    assert "Request Tracker" in agent
    assert "Mozilla" not in agent


def _recorder():
    """A stand-in for HTTPAdapter.send that records its keyword arguments."""
    calls = []

    def send(adapter, request, **kwargs):
        calls.append(kwargs)
        r = response(200, {"ok": True}, url=request.url)
        r.request = request
        r.elapsed = timedelta(milliseconds=5)
        return r

    return send, calls


def test_session_applies_default_timeout_and_never_disables_verification(monkeypatch):
    send, calls = _recorder()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
    with http.make_session("test") as session:
        assert session.trust_env
        assert session.headers["User-Agent"].startswith("HelpClient/")
        session.get("https://rt.example.com/a")
        session.get("https://rt.example.com/b", timeout=3, verify=False)
    assert calls[0]["timeout"] == http.DEFAULT_TIMEOUT
    assert calls[1]["timeout"] == 3
    assert calls[1]["verify"] is True


def test_session_uses_truststore_context():
    with http.make_session("test") as session:
        adapter = session.get_adapter("https://rt.example.com/")
        context = adapter.poolmanager.connection_pool_kw["ssl_context"]
        assert type(context).__module__.startswith("truststore")
        assert session.get_adapter("http://rt.example.com/") is adapter


def test_unreadable_extra_ca_is_a_configuration_error(tmp_path):
    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate")
    with pytest.raises(ConfigurationError):
        http.make_session("test", extra_ca_file=bogus)
    with pytest.raises(ConfigurationError):
        http.make_session("test", extra_ca_file=tmp_path / "missing.pem")


def test_logging_redacts_secret_query_values(monkeypatch, caplog):
    send, _ = _recorder()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
    caplog.set_level(logging.DEBUG, logger="helpclient.http")
    with http.make_session("test") as session:
        session.get(
            "https://rt.example.com/x",
            params={"token": "1-2-SECRET", "q": "printer"},
            headers={"Authorization": "token 1-2-SECRET"},
        )
    assert "rt.example.com/x" in caplog.text
    assert "printer" in caplog.text
    assert "SECRET" not in caplog.text
