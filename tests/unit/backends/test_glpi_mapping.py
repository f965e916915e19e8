"""GLPI's data rules without a server: statuses, urgency, per-ticket capabilities, the encoded
rich text of GLPI ≤ 10, the key marker, the zone of GLPI's naive dates, error codes, sign-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import requests

from helpclient.backends.glpi import clock, errors, mapping, text
from helpclient.backends.glpi.client import content_range, normalize_base_url
from helpclient.backends.glpi.credentials import GlpiCredentials
from helpclient.core.errors import (
    AuthError,
    ConfigurationError,
    NotFound,
    PermissionDenied,
    RateLimited,
    Rejected,
    Transient,
)
from helpclient.core.models import Capability, TicketStatus

ALL = (Capability.KB_SEARCH | Capability.REPLY | Capability.REPLY_ATTACHMENTS
       | Capability.SOLVE | Capability.REOPEN | Capability.CSAT | Capability.FIND_BY_KEY)


@pytest.mark.parametrize(("status", "common", "label"), [
    (1, TicketStatus.NEW, "New"), (2, TicketStatus.OPEN, "Processing (assigned)"),
    (3, TicketStatus.OPEN, "Processing (planned)"), (4, TicketStatus.ON_HOLD, "Pending"),
    (5, TicketStatus.SOLVED, "Solved"), (6, TicketStatus.CLOSED, "Closed"),
    (7, TicketStatus.OPEN, "Status 7"), (None, TicketStatus.OPEN, "Unknown")])
def test_every_documented_status_maps(status, common, label):
    assert mapping.map_status(status) == (common, label)


@pytest.mark.parametrize(("priority", "urgency"), [
    (None, None), (0, 2), (10, 2), (30, 3), (60, 4), (90, 5), (100, 5)])
def test_priority_becomes_glpi_urgency(priority, urgency):
    assert mapping.urgency(priority) == urgency


def test_what_a_requester_may_do_depends_on_the_status():
    active = mapping.ticket_capabilities(ALL, 2, survey_open=False)
    assert Capability.REPLY in active and Capability.SOLVE not in active
    solved = mapping.ticket_capabilities(ALL, 5, survey_open=False)
    assert Capability.SOLVE in solved and Capability.REOPEN in solved
    closed = mapping.ticket_capabilities(ALL, 6, survey_open=True)
    assert Capability.CSAT in closed and Capability.REPLY not in closed
    assert Capability.REOPEN not in closed  # GLPI takes no follow-up on a closed ticket
    # never more than the backend declares
    assert mapping.ticket_capabilities(ALL & ~Capability.CSAT, 6, survey_open=True) \
        & Capability.CSAT == Capability.NONE


@pytest.mark.parametrize(("stored", "shown"), [
    ("&#60;p&#62;Hello &#38;amp; bye&#60;/p&#62;", "<p>Hello &amp; bye</p>"),  # GLPI 10
    ("&lt;p&gt;Hello&lt;/p&gt;", "<p>Hello</p>"),  # GLPI 9.x
    ("<p>Hello &amp; bye</p>", "<p>Hello &amp; bye</p>"),  # GLPI 11: as written
    ("&#60;p&#62;x&#60;/p&#62;&#60;script&#62;alert(1)&#60;/script&#62;", "<p>x</p>"),
    ("<p onclick=\"x()\">a</p><iframe src=\"https://e.example\"></iframe>", "<p>a</p>"),
    ("Plain &#60;3 text", "Plain &lt;3 text"),  # no tag: still decoded once, then escaped
])
def test_rich_text_is_decoded_once_then_sanitized(stored, shown):
    assert text.rich_text(stored) == shown


def test_an_encoded_literal_tag_stays_text():
    # the user wrote "<b>" as text in GLPI 10: &lt; inside HTML, then encoded again
    assert text.rich_text("&#60;p&#62;type &#38;lt;b&#38;gt;&#60;/p&#62;") == \
        "<p>type &lt;b&gt;</p>"


def test_the_key_marker_is_sent_found_and_hidden():
    sent = text.to_html("Line 1\nLine <2>\n\nNext", key="k-1")
    assert sent == ("<p>Line 1<br>Line &lt;2&gt;</p><p>Next</p>"
                    "<p>HelpClient-Report: k-1</p>")
    stored = sent.replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")
    assert text.has_key(stored, "k-1") and not text.has_key(stored, "k-2")
    assert not text.has_key(stored, "")
    assert "HelpClient-Report" not in text.rich_text(stored)
    assert text.rich_text(stored).startswith("<p>Line 1<br>Line &lt;2&gt;</p><p>Next</p>")


def test_plain_fields_are_decoded():
    assert text.plain_field("R&#38;D &#60;team&#62;") == "R&D <team>"
    assert text.plain_field("Caf\u00e9 & co") == "Caf\u00e9 & co"


# --- dates --------------------------------------------------------------------------------------

def test_the_users_zone_reads_dates():
    zone = clock.server_zone({"glpi_tz": "Europe/Moscow"}, None, UTC)
    assert clock.parse_date("2026-12-07 12:00:00", zone) == datetime(2026, 12, 7, 9, tzinfo=UTC)
    assert clock.glpi_date(datetime(2026, 12, 7, 9, tzinfo=UTC), zone) == "2026-12-07 12:00:00"


def test_without_a_zone_the_servers_clock_tells_the_offset():
    session = {"glpi_currenttime": "2026-12-07 15:29:58"}  # India: UTC+5:30
    zone = clock.server_zone(session, "Mon, 07 Dec 2026 10:00:01 GMT", UTC)
    assert zone.utcoffset(None) == timedelta(hours=5, minutes=30)


@pytest.mark.parametrize("session", [
    {}, {"glpi_tz": "../../etc/passwd"}, {"glpi_tz": "Mars/Olympus"}, {"glpi_tz": 3},
    {"glpi_currenttime": "garbage"}, {"glpi_currenttime": "2026-12-09 10:00:00"}])  # +48 h
def test_otherwise_this_computers_zone(session):
    fallback = timezone(timedelta(hours=3))
    assert clock.server_zone(session, "Mon, 07 Dec 2026 10:00:00 GMT", fallback) is fallback


@pytest.mark.parametrize("value", [None, "", "0000-00-00 00:00:00", "2026-02-30 10:00:00",
                                   "yesterday", 20261207, "2026-12-07T10:00:00+02:00"])
def test_unreadable_dates_are_none(value):
    assert clock.parse_date(value, UTC) is None


# --- the wire -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "base"), [
    ("https://glpi.example.com/", "https://glpi.example.com"),
    ("https://example.com/glpi/apirest.php", "https://example.com/glpi"),
    ("https://example.com/glpi/api.php/v2/", "https://example.com/glpi")])
def test_the_address_may_be_the_api_s(given, base):
    assert normalize_base_url(given) == base


def test_an_address_that_is_not_one_is_a_configuration_error():
    with pytest.raises(ConfigurationError):
        normalize_base_url("glpi")


def test_content_range():
    assert content_range({"Content-Range": "50-99/120"}) == (50, 99, 120)
    assert content_range({"Content-Range": "0--1/0"}) == (0, -1, 0)
    assert content_range({}) is None


def _answer(status: int, body: bytes, content_type: str = "application/json") -> requests.Response:
    response = requests.Response()
    response.status_code, response._content = status, body
    response.headers["Content-Type"] = content_type
    response.url = "https://glpi.example.com/apirest.php/Ticket/1"
    return response


@pytest.mark.parametrize(("status", "body", "kind"), [
    (401, b'["ERROR_GLPI_LOGIN_USER_TOKEN","parameter user_token seems invalid"]', AuthError),
    (400, b'["ERROR_LOGIN_WITH_CREDENTIALS_DISABLED","disabled"]', AuthError),
    (400, b'["ERROR_APP_TOKEN_PARAMETERS_MISSING","missing parameter app_token; view '
          b'documentation in your browser at https://x/#ERROR"]', ConfigurationError),
    (400, b'["ERROR_NOT_ALLOWED_IP","no client for 10.0.0.1"]', ConfigurationError),
    (403, b'["ERROR_RIGHT_MISSING","You don\'t have permission"]', PermissionDenied),
    (401, b'["ERROR_RIGHT_MISSING","You don\'t have permission"]', PermissionDenied),  # 9.x
    (404, b'["ERROR_ITEM_NOT_FOUND","Item not found"]', NotFound),
    (500, b'["ERROR_SQL","Unexpected SQL Error"]', Transient),
    (400, b'["ERROR_GLPI_ADD","Mandatory field: Title"]', Rejected),
    (400, b'["ERROR_RANGE_EXCEED_TOTAL","Provided range exceed total count of data: 3"]',
     errors.RangeExceeded),
    (400, b'["ERROR","Bad field ID in search criteria"]', errors.Refused),
    (429, b"<html>slow down</html>", RateLimited),
])
def test_glpi_error_codes_decide_the_error(status, body, kind):
    error = errors.to_error(_answer(status, body, "application/json" if body[:1] == b"["
                                    else "text/html"))
    assert type(error) is kind
    assert "view documentation" not in error.message  # GLPI's doc link is left out


def test_api_disabled_is_for_it_to_fix():
    error = errors.to_error(_answer(400, b'["ERROR","API disabled"]'), signing_in=True)
    assert isinstance(error, ConfigurationError) and "Setup" in error.message


def test_credentials_never_show_their_secrets():
    credentials = GlpiCredentials(user_token=" abc123 \n", app_token="app-secret")
    assert credentials.authorization() == "user_token abc123"
    assert "abc123" not in repr(credentials) and "app-secret" not in repr(credentials)
    basic = GlpiCredentials(login="alice", password="pâss")
    assert basic.uses_password and basic.authorization() == "Basic YWxpY2U6cMOic3M="
    assert "pâss" not in repr(basic)
    with pytest.raises(AuthError):
        GlpiCredentials(login="alice").authorization()
