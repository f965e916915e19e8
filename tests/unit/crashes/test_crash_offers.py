"""Few offers, and only for what the user just saw: new crashes of programs from the menu, one
per program per throttle period, the newest of a burst, at most three an hour, remembered
across restarts."""

from __future__ import annotations

from datetime import timedelta

from known_fakes import NOW, Clock

from helpclient.core.crashes.model import Crash
from helpclient.core.crashes.offers import MAX_AGE, MAX_PER_HOUR, CrashOffers


def crash(program="Text Editor", minutes_ago=1.0, key=None, launchable=True, now=NOW):
    when = now - timedelta(minutes=minutes_ago)
    return Crash(key=key or f"{program}-{when.timestamp()}", program=program,
                 program_key=f"/usr/bin/{program}", time=when, launchable=launchable)


def offers(tmp_path, clock, hours=24):
    return CrashOffers(tmp_path / "offers.json", lambda: timedelta(hours=hours), clock)


def programs(found):
    return [c.program for c in found]


def test_a_new_crash_is_offered_once(tmp_path):
    clock = Clock()
    rules = offers(tmp_path, clock)
    first = crash()
    assert programs(rules.consider([first])) == ["Text Editor"]
    assert rules.consider([first]) == []  # the same record, read again


def test_the_same_program_is_offered_again_only_after_the_throttle(tmp_path):
    clock = Clock()
    rules = offers(tmp_path, clock, hours=24)
    assert rules.consider([crash()])
    clock.now = NOW + timedelta(hours=2)
    assert rules.consider([crash(now=clock.now)]) == []
    clock.now = NOW + timedelta(hours=25)
    assert programs(rules.consider([crash(now=clock.now)])) == ["Text Editor"]


def test_a_burst_is_one_offer_of_its_newest_crash(tmp_path):
    rules = offers(tmp_path, Clock())
    burst = [crash(minutes_ago=m) for m in (5, 3, 1)]
    found = rules.consider(burst)
    assert [c.key for c in found] == [burst[-1].key]


def test_no_flood_when_everything_crashes(tmp_path):
    rules = offers(tmp_path, Clock())
    many = [crash(program=f"App {n}") for n in range(10)]
    assert len(rules.consider(many)) == MAX_PER_HOUR
    assert rules.consider([crash(program="Yet another")]) == []


def test_background_helpers_and_old_crashes_are_not_offered(tmp_path):
    rules = offers(tmp_path, Clock())
    assert rules.consider([crash(program="tracker-miner", launchable=False),
                           crash(program="Late", minutes_ago=MAX_AGE.total_seconds() / 60 + 1)
                           ]) == []


def test_the_history_before_the_first_look_is_not_offered(tmp_path):
    rules = offers(tmp_path, Clock())
    assert rules.consider([crash(minutes_ago=20)]) == []  # before HelpClient watched
    assert rules.since() == NOW - timedelta(minutes=5)


def test_offers_and_throttles_survive_a_restart(tmp_path):
    clock = Clock()
    first = crash()
    assert offers(tmp_path, clock).consider([first])
    clock.now = NOW + timedelta(minutes=10)
    again = offers(tmp_path, clock)
    assert again.consider([first]) == []
    assert again.consider([crash(now=clock.now)]) == []  # throttled
    assert programs(again.consider([crash(program="Calculator", now=clock.now)])) == [
        "Calculator"]


def test_a_damaged_state_file_starts_afresh(tmp_path):
    (tmp_path / "offers.json").write_text('{"version": 1, "watermark": 5, "seen": "x", '
                                          '"offered": {"a": "never"}}')
    assert programs(offers(tmp_path, Clock()).consider([crash()])) == ["Text Editor"]
