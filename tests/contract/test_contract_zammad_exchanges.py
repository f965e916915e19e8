"""Zammad's scenario files are what ``write_zammad.py`` writes from the documentation: a changed
request or answer is changed there (and reviewed in its diff), never by hand in the JSON."""

from __future__ import annotations

import scenario_files
import write_zammad


def test_the_scenario_files_are_what_write_zammad_writes():
    odd, differ = scenario_files.stale(write_zammad.FOLDER, write_zammad.written())
    assert (odd, differ) == (set(), []), "run tests/contract/write_zammad.py"
