"""Known problems and crash records for tests: IT's feed as a server would send it, the
knowledge base's vocabulary, a service over a temporary folder, and the crash records
systemd 252 printed (tests/data/crashes)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from helpclient.core.kb.search import STOP_WORDS
from helpclient.core.kb.text import Analyzer
from helpclient.core.kb.vocabulary import Vocabulary, read_frequencies, read_synonyms
from helpclient.core.known.feed import parse_feed
from helpclient.core.known.matching import AnnouncementMatcher
from helpclient.core.known.model import Announcement
from helpclient.core.known.service import KnownProblems, Source
from helpclient.resources_path import resource_file

DATA = Path(__file__).parent / "data"
CRASHES = DATA / "crashes"
NOW = datetime(2025, 5, 14, 10, 0, tzinfo=UTC)
STARTER = resource_file("kb")

MAIL_OUTAGE = {
    "id": "mail-b-0514",
    "title": {"en": "E-mail is down in Building B",
              "ru": "Не работает почта в корпусе Б"},
    "text": {"en": "Outlook and webmail cannot reach the mail server since 09:40. We are "
                   "working on it.",
             "ru": "Outlook и веб-почта не подключаются к почтовому серверу с 09:40. Мы "
                   "работаем над этим."},
    "since": "2025-05-14T09:40:00+03:00",
    "keywords": ["outlook", "mail", "webmail", "почта"],
    "services": ["E-mail"],
    "url": "https://status.example.com/mail",
}
VPN_SLOW = {
    "id": 7, "title": "VPN is slow from abroad",
    "text": "Connections through the VPN from outside the country are slow; the provider is "
            "fixing its link.",
    "since": "2025-05-14T06:00:00Z", "until": "2025-05-15T18:00:00Z",
    "keywords": "vpn, remote access",
}


def feed(*announcements: dict, version: int = 1) -> bytes:
    """A feed document as IT publishes it."""
    return json.dumps({"version": version, "announcements": list(announcements)},
                      ensure_ascii=False).encode()


def vocabulary() -> Vocabulary:
    """The knowledge base's vocabulary: general word weights and HelpClient's synonyms."""
    folder = resource_file("vocabulary")
    words = Vocabulary(read_frequencies(folder))
    words.add_synonyms(read_synonyms(folder / "synonyms.toml"), Analyzer(), STOP_WORDS)
    return words


_VOCABULARY: list[Vocabulary] = []


def shared_vocabulary() -> Vocabulary:
    """One vocabulary for a test session (reading the frequencies takes a moment)."""
    if not _VOCABULARY:
        _VOCABULARY.append(vocabulary())
    return _VOCABULARY[0]


class Clock:
    """A settable aware clock."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class FeedServer:
    """What the feed answers at the edge: announcements, or an error to raise."""

    def __init__(self, *announcements: dict) -> None:
        self.document = feed(*announcements)
        self.error: Exception | None = None
        self.calls = 0

    def fetch(self) -> list[Announcement]:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return parse_feed(self.document).announcements


def known_problems(folder: Path, *sources: Source, clock: Callable[[], datetime] | None = None
                   ) -> KnownProblems:
    """The service over ``folder`` with these sources and the real matcher (at NOW unless a
    ``clock`` is given)."""
    matcher = AnnouncementMatcher(folder / "known.sqlite", shared_vocabulary, STARTER)
    listed: Sequence[Source] = sources
    return KnownProblems(lambda: listed, folder / "known.json", matcher, clock or Clock())


def recorded_run(listing: str | None = None, journal: str | None = None,
                 packages: dict[str, tuple[str, str]] | None = None):
    """A RunTool answering like the machine the crash records come from: ``coredumpctl`` and
    ``journalctl`` with the recorded output, ``dpkg-query`` with ``packages`` (path →
    (package, version)). Every command run is kept in ``run.calls``."""
    listing = (CRASHES / "coredumpctl-list.json").read_text() if listing is None else listing
    journal = (CRASHES / "journal-coredumps.json").read_text() if journal is None else journal
    packages = packages or {}

    def run(argv, timeout):
        run.calls.append(tuple(argv))
        if argv[0] == "coredumpctl":
            return listing
        if argv[0] == "journalctl":
            return journal
        if argv[:2] == ("dpkg-query", "-S"):
            return "".join(f"{packages[p][0]}: {p}\n" for p in argv[2:] if p in packages)
        if argv[:2] == ("dpkg-query", "-W"):
            wanted = set(argv[4:])
            return "".join(f"{name}\t{version}\n" for name, version in packages.values()
                           if name in wanted)
        raise FileNotFoundError(argv[0])

    run.calls = []
    return run
