"""Jira Service Management's scenario files are what ``write_jsm.py`` writes from the
documentation: a changed request or answer is changed there (and reviewed in its diff), never by
hand in the JSON."""

from __future__ import annotations

import write_jsm


def test_the_scenario_files_are_what_write_jsm_writes():
    folder = write_jsm.FOLDER
    expected = {f"{name}.json": write_jsm.document(name, steps)
                for name, steps in write_jsm.scenarios().items()}
    expected["account.json"] = write_jsm.account()
    found = {p.name for p in folder.glob("*.json")} - {"faults.json"}
    assert found == set(expected), "run tests/contract/write_jsm.py"
    stale = [name for name, text in expected.items()
             if (folder / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run tests/contract/write_jsm.py"
