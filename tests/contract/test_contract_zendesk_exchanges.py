"""Zendesk's scenario files are what ``write_zendesk.py`` writes from the documentation: a
changed request or answer is changed there (and reviewed in its diff), never by hand in the
JSON."""

from __future__ import annotations

import scenario_files
import write_zendesk


def test_the_scenario_files_are_what_write_zendesk_writes():
    odd, differ = scenario_files.stale(write_zendesk.FOLDER, write_zendesk.written())
    assert (odd, differ) == (set(), []), "run tests/contract/write_zendesk.py"
