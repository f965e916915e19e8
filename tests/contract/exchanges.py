"""Recorded exchanges: the data a replayed helpdesk runs from, and how a request the connector
makes is held against the one recorded (or documented) for that step.

One JSON file per contract scenario and backend, ``exchanges/<backend>/<scenario>.json``::

    {"scenario": "test_x", "source": "where the answers come from",
     "steps": [STEP, ...]}

A STEP is an HTTP exchange, in the order the connector makes them::

    {"request": {"method": "GET", "path": "/REST/2.0/tickets",
                 "query": {"page": "1", "per_page": "100"},
                 "headers": {"Authorization": "token 1-27-…", "Accept": "application/json"},
                 "body": {"json": {...}}},
     "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                  "json": {...}}}

or what support does meanwhile (see ``support.py``)::

    {"support": "public_reply", "args": {"ticket": "12", "text": "…", "files": []},
     "result": null}

Requests are matched strictly, so a connector cannot pass by being lenient:

* ``method`` and ``path`` exactly; ``query`` as a whole (no parameter missing, none extra);
* each header listed (names case-insensitive) present with that value, ``null`` = absent;
  headers not listed are the HTTP library's business and not checked;
* ``body`` absent = no body; ``{"json": P}``, ``{"form": P}``, ``{"text": P}``,
  ``{"sha256": H, "size": N}``, or ``{"multipart": [PART, ...]}`` where a PART has ``name``,
  ``filename`` (absent = the part has none), ``content_type`` and its content as ``json``,
  ``text`` or ``sha256``/``size``;
* a JSON pattern P matches objects key for key (no key missing, none extra), lists item for
  item, scalars by value and type; ``{"$regex": R}`` (a whole string), ``{"$type": T}``
  (string, integer, number, boolean, null, object, array), ``{"$any": true}`` and
  ``{"$base64_sha256": H}`` (a base64 string whose bytes have that digest) match by kind.

Responses: ``status``, ``headers`` and one of ``json``, ``text``, ``base64`` (or none: empty).
``@@BASE@@`` in a response stands for the replay server's address.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

BASE = "@@BASE@@"
EXCHANGES = Path(__file__).with_name("exchanges")

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "null": (type(None),), "object": (dict,), "array": (list,),
}


@dataclass(frozen=True)
class SeenRequest:
    """A request as it reached a server: method, path and query as sent, headers, whole body."""

    method: str
    target: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, Any]:
        return query_dict(urlsplit(self.target).query)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    def summary(self) -> str:
        return f"{self.method} {self.target}"


@dataclass(frozen=True)
class Part:
    """One part of a multipart/form-data body, as the server reads it."""

    name: str
    filename: str | None
    content_type: str
    content: bytes


def query_dict(query: str) -> dict[str, Any]:
    """A query string as {name: value}, or {name: [values]} for a repeated name."""
    found: dict[str, Any] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name in found:
            previous = found[name]
            found[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            found[name] = value
    return found


def parse_multipart(body: bytes, content_type: str) -> list[Part]:
    """The parts of a multipart/form-data body; file names exactly as sent (not unescaped)."""
    match = re.search(r'boundary="?([^";]+)"?', content_type)
    if not match:
        raise ValueError(f"no boundary in {content_type!r}")
    delimiter = b"\r\n--" + match.group(1).encode()
    sections = (b"\r\n" + body).split(delimiter)
    if len(sections) < 3 or not sections[-1].startswith(b"--"):
        raise ValueError("the multipart body is not closed by its boundary")
    parts = []
    for section in sections[1:-1]:
        head, separator, content = section.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            raise ValueError("a multipart part has no header end")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        params = dict(re.findall(r';\s*(name|filename)="((?:[^"\\]|\\.)*)"', disposition))
        parts.append(Part(params.get("name", ""), params.get("filename"),
                          headers.get("content-type", ""), content))
    return parts


# --- matching ---------------------------------------------------------------------------------


def _is_matcher(pattern: Any) -> bool:
    return isinstance(pattern, dict) and len(pattern) == 1 and next(iter(pattern)).startswith("$")


def match_value(pattern: Any, value: Any, where: str) -> list[str]:
    """Differences between a JSON pattern and a value ([] when it matches)."""
    if _is_matcher(pattern):
        (kind, arg), = pattern.items()
        if kind == "$any":
            return []
        if kind == "$type":
            ok = isinstance(value, _TYPES[arg]) and not (
                arg in ("integer", "number") and isinstance(value, bool))
            return [] if ok else [f"{where}: expected a {arg}, got {value!r}"]
        if kind == "$regex":
            ok = isinstance(value, str) and re.fullmatch(arg, value, re.DOTALL) is not None
            return [] if ok else [f"{where}: expected text matching {arg!r}, got {value!r}"]
        if kind == "$base64_sha256":
            try:
                digest = hashlib.sha256(base64.b64decode(value, validate=True)).hexdigest()
            except (binascii.Error, TypeError, ValueError):
                return [f"{where}: expected base64, got {value!r:.80}"]
            return [] if digest == arg else [f"{where}: the decoded content differs"]
        raise ValueError(f"unknown matcher {kind} at {where}")
    if isinstance(pattern, dict):
        if not isinstance(value, dict):
            return [f"{where}: expected an object, got {value!r:.80}"]
        problems = [f"{where}: missing key {k!r}" for k in pattern if k not in value]
        problems += [f"{where}: unexpected key {k!r} = {value[k]!r:.80}"
                     for k in value if k not in pattern]
        for key in pattern:
            if key in value:
                problems += match_value(pattern[key], value[key], f"{where}.{key}")
        return problems
    if isinstance(pattern, list):
        if not isinstance(value, list) or len(value) != len(pattern):
            return [f"{where}: expected {len(pattern)} items, got {value!r:.120}"]
        return [p for i, item in enumerate(pattern)
                for p in match_value(item, value[i], f"{where}[{i}]")]
    same = value == pattern and type(value) is type(pattern)
    return [] if same else [f"{where}: expected {pattern!r:.120}, got {value!r:.120}"]


def _match_content(spec: Mapping[str, Any], content: bytes, where: str) -> list[str]:
    if "json" in spec:
        try:
            value = json.loads(content)
        except ValueError:
            return [f"{where}: expected JSON, got {content[:80]!r}"]
        return match_value(spec["json"], value, where)
    if "form" in spec:
        return match_value(spec["form"], query_dict(content.decode("utf-8", "replace")), where)
    if "text" in spec:
        return match_value(spec["text"], content.decode("utf-8", "replace"), where)
    problems = []
    if "sha256" in spec and hashlib.sha256(content).hexdigest() != spec["sha256"]:
        problems.append(f"{where}: the content differs ({len(content)} bytes)")
    if "size" in spec and len(content) != spec["size"]:
        problems.append(f"{where}: expected {spec['size']} bytes, got {len(content)}")
    return problems


def _match_multipart(parts_spec: list[Any], request: SeenRequest) -> list[str]:
    try:
        parts = parse_multipart(request.body, request.header("Content-Type") or "")
    except ValueError as exc:
        return [f"body: not multipart/form-data ({exc})"]
    if len(parts) != len(parts_spec):
        names = [(p.name, p.filename) for p in parts]
        return [f"body: expected {len(parts_spec)} parts, got {len(parts)}: {names}"]
    problems = []
    for i, (spec, part) in enumerate(zip(parts_spec, parts, strict=True)):
        where = f"body part {i + 1}"
        problems += match_value(spec["name"], part.name, f"{where} name")
        problems += match_value(spec.get("filename"), part.filename, f"{where} filename")
        if "content_type" in spec:
            problems += match_value(spec["content_type"], part.content_type,
                                    f"{where} content type")
        problems += _match_content(spec, part.content, where)
    return problems


def match_request(spec: Mapping[str, Any], request: SeenRequest) -> list[str]:
    """How ``request`` differs from the recorded ``spec`` ([] when it is the same request)."""
    problems = match_value(spec["method"], request.method, "method")
    problems += match_value(spec["path"], request.path, "path")
    problems += match_value(spec.get("query", {}), request.query, "query")
    for name, expected in spec.get("headers", {}).items():
        actual = request.header(name)
        if expected is None:
            if actual is not None:
                problems.append(f"header {name}: expected none, got {actual!r}")
        elif actual is None:
            problems.append(f"header {name}: missing")
        else:
            problems += match_value(expected, actual, f"header {name}")
    body = spec.get("body")
    if body is None:
        if request.body:
            problems.append(f"body: expected none, got {request.body[:80]!r}")
    elif "multipart" in body:
        problems += _match_multipart(body["multipart"], request)
    else:
        problems += _match_content(body, request.body, "body")
    return problems


def describe(spec: Mapping[str, Any]) -> str:
    """A recorded request in one line, for messages."""
    query = "&".join(f"{k}={v}" for k, v in spec.get("query", {}).items())
    return f"{spec['method']} {spec['path']}{'?' + query if query else ''}"


# --- responses --------------------------------------------------------------------------------


def _with_base(value: Any, base: str) -> Any:
    if isinstance(value, str):
        return value.replace(BASE, base)
    if isinstance(value, list):
        return [_with_base(v, base) for v in value]
    if isinstance(value, dict):
        return {k: _with_base(v, base) for k, v in value.items()}
    return value


def render_response(spec: Mapping[str, Any], base: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body bytes of a recorded response, served from ``base``."""
    headers = {k: _with_base(v, base) for k, v in spec.get("headers", {}).items()}
    if "json" in spec:
        body = json.dumps(_with_base(spec["json"], base), ensure_ascii=False).encode()
    elif "text" in spec:
        body = _with_base(spec["text"], base).encode()
    elif "base64" in spec:
        body = base64.b64decode(spec["base64"])
    else:
        body = b""
    return spec["status"], headers, body


# --- files ------------------------------------------------------------------------------------


def scenario_path(backend: str, scenario: str) -> Path:
    """Where a backend's steps for one scenario are kept."""
    return EXCHANGES / backend / f"{scenario}.json"


def load_steps(backend: str, scenario: str) -> list[dict[str, Any]]:
    """The steps of a scenario; FileNotFoundError names what to do when there are none."""
    path = scenario_path(backend, scenario)
    if not path.exists():
        raise FileNotFoundError(
            f"no exchanges for {scenario} in {path.parent}: record them from a live server "
            "(Request Tracker: tests/contract/record_rt.py) or write them from the vendor's "
            "documentation (see README, Testing)")
    steps: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["steps"]
    return steps


def save_steps(backend: str, scenario: str, steps: list[dict[str, Any]], source: str) -> Path:
    """Write a scenario's steps (stable formatting, so re-recording shows a readable diff)."""
    path = scenario_path(backend, scenario)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"scenario": scenario, "source": source, "steps": steps}
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load_table(backend: str, name: str) -> dict[str, Any]:
    """A backend's JSON table next to its scenarios (``account.json``, ``faults.json``)."""
    table: dict[str, Any] = json.loads((EXCHANGES / backend / name).read_text(encoding="utf-8"))
    return table


def save_table(backend: str, name: str, content: dict[str, Any]) -> None:
    """Write one of a backend's tables (the recorder writes ``account.json``)."""
    path = EXCHANGES / backend / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
