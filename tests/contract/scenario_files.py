"""What the scenario writers of helpdesks that cannot run here share (``write_zammad.py``,
``write_jsm.py``, ``write_zendesk.py``, ``write_freshservice.py``): collecting a writer's
``test_*`` scenarios, its fault scenarios and those that make no request; the files' stable text;
writing them; and the check that the committed files are what the writer writes."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

Steps = list[dict[str, Any]]

#: scenarios that end before any request (an unreachable server, an undeclared action)
NO_REQUEST = ("test_a_server_that_is_not_there_is_unreachable",
              "test_an_unknown_host_is_host_not_found",
              *(f"test_an_undeclared_action_is_refused_unsent-{a}"
                for a in ("rate", "reopen", "reply", "reply_files", "solve")))


def collect(namespace: Mapping[str, Any], faults: Iterable[tuple[str, Steps]],
            no_request: Iterable[str] = NO_REQUEST) -> dict[str, Steps]:
    """Every scenario's steps by name: the writer's ``test_*`` functions, its faults, and the
    scenarios without a request."""
    written: dict[str, Callable[[], Steps]] = {
        name: value for name, value in namespace.items()
        if name.startswith("test_") and callable(value)}
    found = {name: make() for name, make in written.items()}
    found.update(faults)
    found.update((name, []) for name in no_request)
    return found


def document(name: str, steps: Steps, source: str) -> str:
    """A scenario file's text (stable formatting: a change shows as a readable diff)."""
    return json.dumps({"scenario": name, "source": source, "steps": steps}, indent=1,
                      ensure_ascii=False) + "\n"


def fault_cases(folder: Path) -> Iterable[tuple[str, dict[str, Any]]]:
    """The cases of ``folder/faults.json`` (without its "about")."""
    table = json.loads((folder / "faults.json").read_text(encoding="utf-8"))
    return ((case, fault) for case, fault in table.items() if case != "about")


def expected_files(scenarios: Mapping[str, Steps], source: str,
                   account: str) -> dict[str, str]:
    """File name → text of every file a writer writes."""
    found = {f"{name}.json": document(name, steps, source)
             for name, steps in scenarios.items()}
    found["account.json"] = account
    return found


def write(folder: Path, files: Mapping[str, str]) -> None:
    """Write ``files`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def stale(folder: Path, files: Mapping[str, str]) -> tuple[set[str], list[str]]:
    """(files there are too many or too few of, files whose text differs), faults.json aside."""
    found = {p.name for p in folder.glob("*.json")} - {"faults.json"}
    differ = [name for name, text in files.items()
              if name in found and (folder / name).read_text(encoding="utf-8") != text]
    return found ^ set(files), differ
