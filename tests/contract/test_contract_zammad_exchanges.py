"""Zammad's scenario files are what ``write_zammad.py`` writes from the documentation: a changed
request or answer is changed there (and reviewed in its diff), never by hand in the JSON."""

from __future__ import annotations

import write_zammad


def test_the_scenario_files_are_what_write_zammad_writes():
    folder = write_zammad.FOLDER
    expected = {f"{name}.json": write_zammad.document(name, steps)
                for name, steps in write_zammad.scenarios().items()}
    expected["account.json"] = write_zammad.account()
    found = {p.name for p in folder.glob("*.json")} - {"faults.json"}
    assert found == set(expected), "run tests/contract/write_zammad.py"
    stale = [name for name, text in expected.items()
             if (folder / name).read_text(encoding="utf-8") != text]
    assert stale == [], "run tests/contract/write_zammad.py"
