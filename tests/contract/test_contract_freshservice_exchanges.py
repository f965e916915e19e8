"""Freshservice's scenario files are what ``write_freshservice.py`` writes from the API
reference: a changed request or answer is changed there (and reviewed in its diff), never by
hand in the JSON."""

from __future__ import annotations

import scenario_files
import write_freshservice


def test_the_scenario_files_are_what_write_freshservice_writes():
    odd, differ = scenario_files.stale(write_freshservice.FOLDER, write_freshservice.written())
    assert (odd, differ) == (set(), []), "run tests/contract/write_freshservice.py"
