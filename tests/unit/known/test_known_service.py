"""Known problems over time: what is news is told once (also across restarts), a fix is told to
those who were told of the problem, a source that cannot be reached keeps its last list for a
day, and a damaged state file is no reason to stop."""

from __future__ import annotations

from datetime import timedelta

from known_fakes import MAIL_OUTAGE, NOW, VPN_SLOW, Clock, FeedServer, feed, known_problems

from helpclient.core.errors import ServerUnreachable
from helpclient.core.known.service import Source


def keys(announcements):
    return [a.key for a in announcements]


def test_a_new_announcement_is_news_once_even_after_a_restart(tmp_path):
    server = FeedServer(MAIL_OUTAGE)
    service = known_problems(tmp_path, Source("feed", server.fetch))
    news = service.refresh("en")
    assert keys(news.new) == ["feed:mail-b-0514"] and news.resolved == []
    assert not service.refresh("en")
    again = known_problems(tmp_path, Source("feed", server.fetch))  # the app started again
    assert keys(again.active("en")) == ["feed:mail-b-0514"]  # known before any refresh
    assert not again.refresh("en")


def test_a_fix_is_told_once_to_whoever_was_told_of_the_problem(tmp_path):
    server = FeedServer(MAIL_OUTAGE)
    service = known_problems(tmp_path, Source("feed", server.fetch))
    service.refresh("en")
    server.document = feed({**MAIL_OUTAGE, "resolved": "2025-05-14T09:55:00Z"})
    news = service.refresh("en")
    assert keys(news.resolved) == ["feed:mail-b-0514"] and news.new == []
    assert service.active("en") == []
    assert not service.refresh("en")


def test_a_fix_of_a_problem_never_told_is_no_news(tmp_path):
    server = FeedServer({**MAIL_OUTAGE, "resolved": True})
    service = known_problems(tmp_path, Source("feed", server.fetch))
    assert not service.refresh("en")


def test_an_announcement_for_other_languages_is_not_news(tmp_path):
    server = FeedServer({**MAIL_OUTAGE, "languages": ["ru"]})
    service = known_problems(tmp_path, Source("feed", server.fetch))
    assert not service.refresh("en")
    assert service.active("en") == [] and keys(service.active("ru")) == ["feed:mail-b-0514"]
    assert keys(service.refresh("ru").new) == ["feed:mail-b-0514"]


def test_an_unreachable_source_keeps_its_list_for_a_day(tmp_path):
    clock = Clock()
    server = FeedServer(MAIL_OUTAGE, VPN_SLOW)
    service = known_problems(tmp_path, Source("feed", server.fetch), clock=clock)
    service.refresh("en")
    server.error = ServerUnreachable("no route to host")
    clock.now = NOW + timedelta(hours=3)
    assert not service.refresh("en")
    assert keys(service.active("en")) == ["feed:mail-b-0514", "feed:7"]
    assert service.problems == ["feed: no route to host"]
    clock.now = NOW + timedelta(days=1, hours=1)
    service.refresh("en")
    assert service.active("en") == []


def test_an_announcement_gone_from_its_source_goes_silently(tmp_path):
    server = FeedServer(MAIL_OUTAGE, VPN_SLOW)
    service = known_problems(tmp_path, Source("feed", server.fetch))
    service.refresh("en")
    server.document = feed(VPN_SLOW)
    assert not service.refresh("en")
    assert keys(service.active("en")) == ["feed:7"]


def test_a_source_no_longer_set_up_takes_its_announcements_along(tmp_path):
    server = FeedServer(MAIL_OUTAGE)
    configured = [True]

    def fetch():
        return server.fetch() if configured[0] else None  # None: no feed address set

    service = known_problems(tmp_path, Source("feed", fetch))
    service.refresh("en")
    configured[0] = False  # IT removed the feed address
    service.refresh("en")
    assert service.all() == []


def test_two_sources_are_merged_and_matched(tmp_path):
    feed_server = FeedServer(VPN_SLOW)
    helpdesk = FeedServer(MAIL_OUTAGE)
    service = known_problems(tmp_path, Source("feed", feed_server.fetch),
                             Source("rt", helpdesk.fetch))
    assert sorted(keys(service.refresh("en").new)) == ["feed:7", "feed:mail-b-0514"]
    assert keys(service.match("outlook cannot connect", "en")) == ["feed:mail-b-0514"]
    assert keys(service.match("vpn is slow", "en")) == ["feed:7"]


def test_an_expired_announcement_is_neither_active_nor_matched(tmp_path):
    clock = Clock()
    service = known_problems(tmp_path, Source("feed", FeedServer(VPN_SLOW).fetch), clock=clock)
    service.refresh("en")
    clock.now = NOW + timedelta(days=3)
    assert service.active("en") == []
    assert service.match("vpn is slow", "en") == []


def test_refresh_is_due_by_age(tmp_path):
    clock = Clock()
    service = known_problems(tmp_path, Source("feed", FeedServer(VPN_SLOW).fetch), clock=clock)
    assert service.due(timedelta(minutes=15))
    service.refresh("en")
    clock.now = NOW + timedelta(minutes=10)
    assert not service.due(timedelta(minutes=15))
    assert service.due(timedelta(minutes=2))
    clock.now = NOW - timedelta(hours=1)  # the clock was set back
    assert service.due(timedelta(minutes=15))


def test_a_damaged_state_file_starts_afresh(tmp_path):
    (tmp_path / "known.json").write_text('{"version": 1, "sources": {"feed": {"fetched": '
                                         '"yesterday", "announcements": 7}}, "told_new": 3}')
    service = known_problems(tmp_path, Source("feed", FeedServer(MAIL_OUTAGE).fetch))
    assert service.all() == []
    assert keys(service.refresh("en").new) == ["feed:mail-b-0514"]
    (tmp_path / "known.json").write_bytes(b"\x00garbage")
    assert known_problems(tmp_path).all() == []


def test_no_index_is_built_while_there_is_no_announcement(tmp_path):
    from known_fakes import STARTER, shared_vocabulary  # noqa: PLC0415

    from helpclient.core.known.matching import AnnouncementMatcher  # noqa: PLC0415
    from helpclient.core.known.service import KnownProblems  # noqa: PLC0415

    built = []

    def matcher():
        built.append(1)
        return AnnouncementMatcher(tmp_path / "known.sqlite", shared_vocabulary, STARTER)

    server = FeedServer()
    sources = [Source("feed", lambda: None), Source("rt", lambda: [])]  # none set up, or silent
    service = KnownProblems(lambda: sources, tmp_path / "known.json", matcher, Clock())
    service.refresh("en")
    assert service.match("outlook cannot connect", "en") == [] and built == []
    assert not (tmp_path / "known.sqlite").exists()
    server.document = feed(MAIL_OUTAGE)
    sources[0] = Source("feed", server.fetch)  # IT announces something
    service.refresh("en")
    assert built == [1]
    assert keys(service.match("outlook cannot connect", "en")) == ["feed:mail-b-0514"]
