"""Problem reports to and from JSON, for drafts and the outbox.

Driven by the dataclass fields and their type hints, so a field added to ``ProblemReport`` (or
``Contact``) is saved without touching this module, as long as it is built from str, bool, int,
enums, ``Path``, tuples of those, optionals and nested dataclasses. Unknown keys in stored JSON
(written by a newer version) are ignored; missing keys take the field's default.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from pathlib import Path
from typing import Any

from helpclient.core.report.problem import ProblemReport

SCHEMA_VERSION = 1


def _dump(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def _load(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if raw is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _load(options[0], raw)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_load(item, v) for v in raw)
    if isinstance(hint, type):
        if dataclasses.is_dataclass(hint):
            return _from_dict(hint, raw)
        if issubclass(hint, enum.Enum):
            return hint(raw)
        if issubclass(hint, Path):
            return Path(raw)
        if hint is bool and not isinstance(raw, bool):
            raise TypeError(f"expected a boolean, got {raw!r}")
        if not isinstance(raw, hint):
            raise TypeError(f"expected {hint.__name__}, got {raw!r}")
    return raw


def _from_dict(cls: Any, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    values = {f.name: _load(hints[f.name], data[f.name])
              for f in dataclasses.fields(cls) if f.name in data}
    return cls(**values)


def report_to_json(report: ProblemReport) -> str:
    """The report as a JSON document with a schema version."""
    return json.dumps({"schema": SCHEMA_VERSION, "report": _dump(report)}, ensure_ascii=False)


def report_from_json(text: str) -> ProblemReport:
    """A report saved by :func:`report_to_json`; raises ValueError when it cannot be read."""
    try:
        document = json.loads(text)
        if document.get("schema") != SCHEMA_VERSION:
            raise ValueError(f"unknown report schema {document.get('schema')!r}")
        report: ProblemReport = _from_dict(ProblemReport, document["report"])
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not a saved report: {exc}") from exc
    return report
