"""Fetching the known-problems feed: conditional requests (an unchanged feed is a 304), bounds
on size, typed errors for what is not a feed, and only https addresses (or this computer's).
The transport is replaced at the network edge; TLS is tested against a real server in
tests/integration/test_known_feed_tls.py."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from known_fakes import MAIL_OUTAGE, VPN_SLOW, feed
from requests.adapters import BaseAdapter
from rt_fakes import Raw, _response

from helpclient.backends.feed import MAX_FEED_BYTES, FeedReader
from helpclient.core.errors import (
    BadResponse,
    ConfigurationError,
    NotAHelpdesk,
    NotFound,
    ServerUnreachable,
    Transient,
)
from helpclient.core.feed_address import check_feed_url
from helpclient.core.settings import Settings

URL = "https://it.example.com/known-problems.json"


class FeedSite(BaseAdapter):
    """Serves the feed with an ETag, and 304 when the client has it."""

    def __init__(self, body: bytes) -> None:
        super().__init__()
        self.body = body
        self.etag = '"v1"'
        self.answer: Raw | None = None  # when set, answered instead
        self.seen: list[dict[str, str]] = []

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: Any = True, cert: Any = None,
             proxies: Any = None) -> requests.Response:
        self.seen.append(dict(request.headers))
        if self.answer is not None:
            return _response(request, self.answer)
        if request.headers.get("If-None-Match") == self.etag:
            return _response(request, Raw(b"", status=304))
        return _response(request, Raw(self.body, headers={"ETag": self.etag}))

    def close(self) -> None:
        """No connection to close."""


def reader(site: FeedSite, url: str = URL) -> FeedReader:
    session = requests.Session()
    session.mount("https://", site)
    session.mount("http://", site)
    return FeedReader(url, session=session)


def test_the_feed_is_fetched_then_asked_only_whether_it_changed():
    site = FeedSite(feed(MAIL_OUTAGE))
    feed_reader = reader(site)
    assert [a.key for a in feed_reader.fetch()] == ["feed:mail-b-0514"]
    assert "If-None-Match" not in site.seen[0]
    assert [a.key for a in feed_reader.fetch()] == ["feed:mail-b-0514"]  # a 304: kept
    assert site.seen[1]["If-None-Match"] == '"v1"'
    site.body, site.etag = feed(VPN_SLOW), '"v2"'
    assert [a.key for a in feed_reader.fetch()] == ["feed:7"]


def test_bad_announcements_are_reported_and_the_rest_used(caplog):
    feed_reader = reader(FeedSite(feed(MAIL_OUTAGE, {"title": "no id"})))
    assert len(feed_reader.fetch()) == 1
    assert feed_reader.problems == ["announcement 2: no \"id\" (text or a number); left out"]
    assert "no \"id\"" in caplog.text


@pytest.mark.parametrize(("answer", "error"), [
    (Raw(b"<html>Gateway timeout</html>", status=504, content_type="text/html"), Transient),
    (Raw(b"not found", status=404, content_type="text/plain"), NotFound),
    (Raw(b"<html>login</html>", status=200, content_type="text/html"), BadResponse),
    (Raw(b"x" * (MAX_FEED_BYTES + 1)), BadResponse),
    (Raw(b"", status=204), NotAHelpdesk),
])
def test_what_is_not_the_feed_is_a_typed_error(answer, error):
    site = FeedSite(b"")
    site.answer = answer
    with pytest.raises(error) as raised:
        reader(site).fetch()
    assert raised.value.__class__.__module__ == "helpclient.core.errors"


def test_a_connection_that_fails_is_unreachable():
    class Down(FeedSite):
        def send(self, request, **kwargs):
            raise requests.ConnectionError("connection refused")

    with pytest.raises(ServerUnreachable):
        reader(Down(b"")).fetch()


@pytest.mark.parametrize("url", ["http://it.example.com/feed.json", "ftp://it.example.com/f",
                                 "file:///etc/passwd", "javascript:alert(1)", "", "   "])
def test_only_https_addresses_are_read(url):
    with pytest.raises(ConfigurationError):
        FeedReader(url, session=requests.Session())


@pytest.mark.parametrize(("url", "fine"), [
    ("https://it.example.com/feed.json", True), ("http://127.0.0.1:8080/feed.json", True),
    ("http://localhost/feed.json", True), ("http://[::1]/f", True),
    ("http://10.0.0.5/feed.json", False), ("feed.json", False), ("https://", False)])
def test_the_setting_refuses_what_the_reader_would(tmp_path, url, fine):
    assert (check_feed_url(url) == "") is fine
    (tmp_path / "config.toml").write_text(f'[announcements]\nfeed_url = "{url}"\n')
    settings = Settings(tmp_path / "config.toml")
    assert (settings.get("announcements.feed_url") == url) is fine
