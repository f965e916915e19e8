"""Zendesk's scenario files are what ``write_zendesk.py`` writes from the documentation: a
changed request or answer is changed there (and reviewed in its diff), never by hand in the
JSON."""

from __future__ import annotations

import write_zendesk


def test_the_scenario_files_are_what_write_zendesk_writes():
    folder = write_zendesk.FOLDER
    expected = {f"{name}.json": write_zendesk.document(name, steps)
                for name, steps in write_zendesk.scenarios().items()}
    expected["account.json"] = write_zendesk.account()
    found = {p.name for p in folder.glob("*.json")} - {"faults.json"}
    assert found == set(expected), "run tests/contract/write_zendesk.py"
    stale = [name for name, text in expected.items()
             if (folder / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run tests/contract/write_zendesk.py"
