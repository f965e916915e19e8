"""The report's idempotency marker line, shared by the connectors that keep it in the text."""

from __future__ import annotations

from helpclient.backends.report_key import body_with_key, has_key, key_marker, strip_key_marker


def test_key_marker_round_trip():
    body = body_with_key("My printer is broken.\n", "abc-123")
    assert body.endswith("HelpClient-Report: abc-123\n")
    assert key_marker("abc-123") in body
    assert strip_key_marker(body).rstrip() == "My printer is broken."
    assert body_with_key("text", "") == "text"
    assert strip_key_marker("no marker") == "no marker"


def test_has_key_matches_the_whole_line_only():
    body = body_with_key("Printer", "abc-123")
    assert has_key(body, "abc-123")
    assert not has_key(body, "abc")  # a key that is a prefix of another is not that one
    assert not has_key(body, "")
