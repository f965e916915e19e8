"""Presence: the platform's reports combined into one answer for the poll policy."""

from __future__ import annotations

from helpclient.core.tracking.presence import (
    Fact,
    Presence,
    PresenceChange,
    PresenceSample,
    PresenceTracker,
)


def test_nothing_said_is_unknown_and_unknown_is_not_away():
    tracker = PresenceTracker(away_after=300)
    assert tracker.presence is Presence.UNKNOWN
    assert not tracker.presence.away
    assert tracker.sample("x11", PresenceSample()).presence is Presence.UNKNOWN


def test_input_idle_for_away_after_is_idle_and_input_brings_the_user_back():
    tracker = PresenceTracker(away_after=300)
    assert tracker.sample("x11", PresenceSample(idle_seconds=12)).presence is Presence.PRESENT
    assert tracker.sample("x11", PresenceSample(idle_seconds=299)).presence is Presence.PRESENT
    assert tracker.sample("x11", PresenceSample(idle_seconds=300)).presence is Presence.IDLE
    assert tracker.presence.away
    assert tracker.sample("x11", PresenceSample(idle_seconds=0.4)).presence is Presence.PRESENT


def test_locked_wins_over_recent_input_and_any_source_locking_counts():
    tracker = PresenceTracker(away_after=300)
    # typing the password at a lock screen is input, and still locked
    assert tracker.sample("windows", PresenceSample(idle_seconds=1, locked=True)).presence \
        is Presence.LOCKED
    tracker = PresenceTracker(away_after=300)
    tracker.apply([PresenceChange("logind", Fact.LOCKED, False),
                   PresenceChange("logind", Fact.IDLE, False)])
    assert tracker.presence is Presence.PRESENT
    update = tracker.apply([PresenceChange("screensaver:org.gnome.ScreenSaver", Fact.LOCKED,
                                           True)])
    assert update.presence is Presence.LOCKED
    tracker.apply([PresenceChange("logind", Fact.LOCKED, True)])
    tracker.apply([PresenceChange("screensaver:org.gnome.ScreenSaver", Fact.LOCKED, False)])
    assert tracker.presence is Presence.LOCKED, "logind still says locked"
    tracker.apply([PresenceChange("logind", Fact.LOCKED, False)])
    assert tracker.presence is Presence.PRESENT


def test_a_resume_is_passed_on_once_and_sleep_itself_changes_nothing():
    tracker = PresenceTracker(away_after=300)
    going = tracker.apply([PresenceChange("logind", Fact.ASLEEP, True)])
    assert not going.resumed and going.presence is Presence.UNKNOWN
    assert tracker.apply([PresenceChange("logind", Fact.ASLEEP, False)]).resumed
    assert not tracker.apply([]).resumed
    # both signals read in one go after the wake (the process was frozen in between)
    both = tracker.apply([PresenceChange("logind", Fact.ASLEEP, True),
                          PresenceChange("logind", Fact.ASLEEP, False)])
    assert both.resumed


def test_a_source_that_stops_knowing_or_goes_away_no_longer_counts():
    tracker = PresenceTracker(away_after=300)
    tracker.apply([PresenceChange("logind", Fact.IDLE, True)])
    assert tracker.apply([PresenceChange("logind", Fact.IDLE, None)]).presence \
        is Presence.UNKNOWN
    tracker.apply([PresenceChange("screensaver:org.freedesktop.ScreenSaver", Fact.LOCKED, True),
                   PresenceChange("x11", Fact.IDLE, False)])
    assert tracker.presence is Presence.LOCKED
    # the session bus closed: every screen saver it spoke for is forgotten, x11 remains
    assert tracker.forget("screensaver").presence is Presence.PRESENT
    assert tracker.forget("x11").presence is Presence.UNKNOWN
