"""Freshservice's scenario files are what ``write_freshservice.py`` writes from the API
reference: a changed request or answer is changed there (and reviewed in its diff), never by
hand in the JSON."""

from __future__ import annotations

import write_freshservice


def test_the_scenario_files_are_what_write_freshservice_writes():
    folder = write_freshservice.FOLDER
    expected = {f"{name}.json": write_freshservice.document(name, steps)
                for name, steps in write_freshservice.scenarios().items()}
    expected["account.json"] = write_freshservice.account()
    found = {p.name for p in folder.glob("*.json")} - {"faults.json"}
    assert found == set(expected), "run tests/contract/write_freshservice.py"
    stale = [name for name, text in expected.items()
             if (folder / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run tests/contract/write_freshservice.py"
