"""IT's known-problems feed read as hostile input: the documented format gives typed records;
anything else gives fewer records with the reason, or BadResponse for the whole document —
never another exception (Hypothesis tries arbitrary and near-valid feeds)."""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from known_fakes import MAIL_OUTAGE, NOW, VPN_SLOW, feed

from helpclient.core.errors import BadResponse
from helpclient.core.known.feed import MAX_ANNOUNCEMENTS, parse_feed
from helpclient.core.known.model import MAX_TEXT, MAX_TITLE, Announcement


def test_the_documented_format_gives_typed_announcements():
    result = parse_feed(feed(MAIL_OUTAGE, VPN_SLOW))
    assert result.problems == []
    mail, vpn = result.announcements  # the most recently started first
    assert mail.key == "feed:mail-b-0514"
    assert mail.localized("en").title == "E-mail is down in Building B"
    assert mail.localized("ru").title == "Не работает почта в корпусе Б"
    assert mail.since == datetime(2025, 5, 14, 6, 40, tzinfo=UTC)
    assert mail.since.tzinfo is not None
    assert mail.services == ("E-mail",)
    assert mail.keywords == ("outlook", "mail", "webmail", "почта")
    assert mail.url == "https://status.example.com/mail"
    assert mail.is_active(NOW)
    assert vpn.key == "feed:7"  # a number is an id too
    assert vpn.keywords == ("vpn", "remote access")  # one comma-separated text
    assert vpn.localized("ru").title == "VPN is slow from abroad"  # in no language: for all
    assert not vpn.is_active(NOW + timedelta(days=2))  # past "until"


def test_a_bare_list_is_a_feed_too_and_times_without_offset_are_utc():
    result = parse_feed(json.dumps([{"id": "x", "title": "Printers down",
                                     "since": "2025-05-14T09:00:00"}]).encode())
    assert result.announcements[0].since == datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("resolved", "active"), [
    (None, True), (False, True), (True, False), ("2025-05-14T11:05:00+03:00", False)])
def test_resolved_takes_a_time_or_true(resolved, active):
    announcement = parse_feed(feed({**MAIL_OUTAGE, "resolved": resolved})).announcements[0]
    assert announcement.is_active(NOW) is active


def test_an_announcement_that_starts_later_is_not_active_yet():
    later = parse_feed(feed({**MAIL_OUTAGE, "since": "2025-05-17T08:00:00Z"})).announcements[0]
    assert not later.is_active(NOW)


def test_languages_restrict_who_sees_it_and_the_text_falls_back():
    only_ru = parse_feed(feed({"id": "a", "title": {"ru": "Только по-русски"},
                               "languages": ["ru_RU", "RU"]})).announcements[0]
    assert only_ru.languages == ("ru",)
    assert only_ru.shown_to("ru") and not only_ru.shown_to("en")
    assert only_ru.localized("en").title == "Только по-русски"  # better than nothing


def test_bad_announcements_are_left_out_with_the_reason_and_the_rest_kept():
    result = parse_feed(feed(
        MAIL_OUTAGE,
        {"title": "no id"},
        {"id": "no-title"},
        {"id": "bad-date", "title": "x", "since": "yesterday morning"},
        {"id": True, "title": "a boolean id"},
        "not an object",
        {"id": "list-title", "title": ["a", "b"]},
    ))
    assert [a.key for a in result.announcements] == ["feed:mail-b-0514"]
    assert len(result.problems) == 6
    assert "announcement 4: its \"since\" 'yesterday morning' is not an ISO 8601 date" in \
        result.problems[2]


def test_an_id_given_twice_keeps_the_first():
    result = parse_feed(feed(MAIL_OUTAGE, {**MAIL_OUTAGE, "title": "Second"}))
    assert [a.localized("en").title for a in result.announcements] == [
        "E-mail is down in Building B"]


@pytest.mark.parametrize(("document", "why"), [
    (b"<html>Service Unavailable</html>", "not valid JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b'"just text"', "neither an object nor a list"),
    (b'{"announcements": {"id": 1}}', "are not a list"),
    (b'{"version": 2, "announcements": []}', "has version '2'; HelpClient reads version 1"),
    (b"[" * 5000 + b"]" * 5000, "nested deeper"),
    (b'{"announcements": [], "x": NaN}', "not valid JSON"),
])
def test_what_is_no_feed_is_one_typed_error(document, why):
    with pytest.raises(BadResponse, match=why):
        parse_feed(document)


def test_text_is_cleaned_for_showing():
    tricky = {"id": "evil\u202e", "title": "Mail\x00 is \u202edown\x1b[31m\n\n  everywhere",
              "text": "Line one\r\n\r\n\r\n\r\nLine\u2066 two\u0007", "url": "javascript:alert(1)"}
    announcement = parse_feed(feed(tricky)).announcements[0]
    assert announcement.key == "feed:evil"
    assert announcement.localized("en").title == "Mail is down[31m everywhere"
    assert announcement.localized("en").text == "Line one\n\nLine two"
    assert announcement.url == ""  # only http and https addresses
    long = parse_feed(feed({"id": "l", "title": "word " * 100, "text": "x" * 5000}))
    words = long.announcements[0].localized("")
    assert len(words.title) <= MAX_TITLE and words.title.endswith("…")
    assert len(words.text) <= MAX_TEXT


def test_at_most_fifty_announcements_the_newest():
    many = [{"id": str(n), "title": f"Problem {n}",
             "since": (NOW - timedelta(minutes=n)).isoformat()} for n in range(80)]
    kept = parse_feed(feed(*many)).announcements
    assert len(kept) == MAX_ANNOUNCEMENTS
    assert kept[0].key == "feed:0" and kept[-1].key == f"feed:{MAX_ANNOUNCEMENTS - 1}"


def test_dates_at_the_edge_of_the_calendar_are_refused_not_crashed_on():
    result = parse_feed(feed({"id": "a", "title": "t", "since": "0001-01-01T00:00:00+05:00"},
                             {"id": "b", "title": "t", "until": "9999-12-31T23:59:59-05:00"}))
    assert result.announcements == []
    assert len(result.problems) == 2


# --- fuzzing ----------------------------------------------------------------------------------

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
_SCALARS = (st.none() | st.booleans() | st.integers() | st.text(max_size=30)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.sampled_from(["", "2025-05-14T09:40:00Z", "2025-13-45T99:99:99",
                               "0001-01-01T00:00:00+14:00", "javascript:alert(1)",
                               "https://ok.example", "ru", "\u202e\x00", "1e400"]))
_KEYS = st.sampled_from(["id", "title", "text", "since", "until", "resolved", "languages",
                         "keywords", "services", "url", "en", "ru", "version", "announcements"])
ANY_JSON = st.recursive(
    _SCALARS, lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(_KEYS | st.text(max_size=6), inner, max_size=5), max_leaves=15)


def near(value: Any) -> st.SearchStrategy[Any]:
    """``value``, or with parts dropped, replaced by any JSON, or repeated."""
    if isinstance(value, dict):
        children = {key: near(child) for key, child in value.items()}
        return st.one_of(st.fixed_dictionaries(children),
                         st.fixed_dictionaries({}, optional=children), ANY_JSON)
    if isinstance(value, list):
        element = st.one_of(*(near(v) for v in value)) if value else ANY_JSON
        return st.one_of(st.lists(element, max_size=4), ANY_JSON)
    return st.one_of(st.just(value), _SCALARS)


VALID = {"version": 1, "announcements": [MAIL_OUTAGE, VPN_SLOW]}


def _check(announcement: Announcement) -> None:
    assert announcement.key.startswith("feed:") and len(announcement.key) <= 140
    assert announcement.texts
    for language, words in announcement.texts:
        assert isinstance(language, str) and len(language) <= 3
        assert 0 < len(words.title) <= MAX_TITLE and "\n" not in words.title
        assert len(words.text) <= MAX_TEXT
        for text in (words.title, words.text):
            assert not any(ord(c) < 32 and c != "\n" for c in text)
            assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2069")
    for moment in (announcement.since, announcement.until, announcement.resolved):
        assert moment is None or (isinstance(moment, datetime) and moment.utcoffset()
                                  == UTC.utcoffset(None))
    assert announcement.url == "" or announcement.url.startswith(("http://", "https://"))
    assert all(isinstance(t, str) and t for t in (*announcement.keywords,
                                                  *announcement.services))
    announcement.is_active(NOW)
    announcement.localized("ru")


@FUZZ
@given(st.one_of(near(VALID), ANY_JSON))
@example({"version": True, "announcements": []})
@example({"announcements": [{"id": "x", "title": {"en": None}}]})
@example([{"id": 10**5000 // 10**4990, "title": "t", "languages": "ru, en, ???"}])
def test_any_json_is_a_feed_or_one_typed_error(document):
    try:
        result = parse_feed(json.dumps(document).encode())
    except BadResponse as exc:
        assert exc.message
        return
    for announcement in result.announcements:
        _check(announcement)
    assert all(isinstance(p, str) for p in result.problems)


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_are_a_feed_or_one_typed_error(data):
    with contextlib.suppress(BadResponse):
        parse_feed(data)
