"""An announcement is matched to what the user types — by the knowledge base's relevance rules,
in English and Russian, through keywords and synonyms — and not to unrelated text."""

from __future__ import annotations

import pytest
from known_fakes import MAIL_OUTAGE, STARTER, VPN_SLOW, feed, shared_vocabulary

from helpclient.core.known.feed import parse_feed
from helpclient.core.known.matching import AnnouncementMatcher

PRINTERS = {"id": "printers-3", "title": "Printers on the 3rd floor do not print",
            "text": "The print server is being replaced until noon.",
            "keywords": ["printer", "print queue"]}


@pytest.fixture(scope="module")
def matcher(tmp_path_factory):
    matcher = AnnouncementMatcher(tmp_path_factory.mktemp("known") / "known.sqlite",
                                  shared_vocabulary, STARTER)
    matcher.load(parse_feed(feed(MAIL_OUTAGE, VPN_SLOW, PRINTERS)).announcements)
    return matcher


@pytest.mark.parametrize(("typed", "language", "expected"), [
    ("Outlook cannot connect", "en", "feed:mail-b-0514"),
    ("my e-mail does not work", "en", "feed:mail-b-0514"),
    ("webmail is not loading", "en", "feed:mail-b-0514"),
    ("mail server unreachable", "en", "feed:mail-b-0514"),
    ("не работает почта", "ru", "feed:mail-b-0514"),
    ("Аутлук не подключается", "ru", "feed:mail-b-0514"),  # a Russian spelling of Outlook
    ("the vpn is very slow today", "en", "feed:7"),
    ("впн тормозит", "ru", "feed:7"),
    ("cannot print", "en", "feed:printers-3"),
    ("принтер не печатает", "ru", "feed:printers-3"),  # «принтер» = printer (synonyms)
])
def test_an_announcement_matches_what_the_user_types(matcher, typed, language, expected):
    found = [a.key for a in matcher.match(typed, language)]
    assert found and found[0] == expected


@pytest.mark.parametrize("typed", [
    "Excel crashes when I save",
    "my computer is slow",             # the slow-computer article's, not the slow VPN's
    "the coffee machine is broken",
    "I forgot my password",
    "монитор мерцает",
    "it does not work",                # nothing specific
    "ou",                               # too short to mean anything
])
def test_unrelated_text_matches_nothing(matcher, typed):
    assert matcher.match(typed, "en") == []


def test_only_announcements_for_the_users_language_are_matched(tmp_path):
    matcher = AnnouncementMatcher(tmp_path / "k.sqlite", shared_vocabulary, STARTER)
    matcher.load(parse_feed(feed({**MAIL_OUTAGE, "languages": ["ru"]})).announcements)
    assert matcher.match("Outlook cannot connect", "en") == []
    assert [a.key for a in matcher.match("Outlook не подключается", "ru")] == [
        "feed:mail-b-0514"]


def test_loading_again_replaces_what_is_matched(matcher, tmp_path):
    fresh = AnnouncementMatcher(tmp_path / "k.sqlite", shared_vocabulary, STARTER)
    fresh.load(parse_feed(feed(MAIL_OUTAGE)).announcements)
    assert fresh.match("outlook", "en")
    fresh.load(parse_feed(feed(VPN_SLOW)).announcements)
    assert fresh.match("outlook", "en") == []
    assert fresh.match("vpn slow", "en")
