"""From what the recording proxy saw to a scenario file (see ``exchanges`` for the format).

Requests keep everything the connector chose: method, path, the whole query, the body (JSON as
JSON, multipart part by part with each file's digest) and the headers that carry meaning
(``RECORDED_HEADERS``). What changes from run to run without the connector choosing it becomes
a pattern: the multipart boundary, HelpClient's version in the User-Agent. Secrets and
addresses are replaced (``Redactions``): the live token by the fake one the replay signs in
with, the live server's address by ``@@BASE@@``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from exchanges import BASE, SeenRequest, parse_multipart, query_dict
from servers import Relayed

#: The request headers a scenario pins; the rest is the HTTP library's business.
RECORDED_HEADERS = ("Authorization", "Accept", "Content-Type", "User-Agent")
#: HelpClient's own User-Agent, whatever its version and OS; never a browser's ("Mozilla"
#: gets a login page instead of a 401 from some helpdesks).
USER_AGENT = {"$regex": r"HelpClient/\S+ \([^()]*\)"}
_MULTIPART = {"$regex": r"multipart/form-data; boundary=\S+"}
_DROPPED_RESPONSE_HEADERS = {"set-cookie", "date", "server", "content-length", "connection"}


@dataclass(frozen=True)
class Redactions:
    """Literal texts replaced everywhere in a recording: live secret → fake, address → base."""

    texts: Mapping[str, str]

    def text(self, value: str) -> str:
        for live, kept in self.texts.items():
            value = value.replace(live, kept)
        return value

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k): self.value(v) for k, v in value.items()}
        return value


def for_addresses(*addresses: str, secrets: Mapping[str, str]) -> Redactions:
    """Redactions replacing each server address by ``@@BASE@@`` and each secret by its fake."""
    return Redactions({**secrets, **dict.fromkeys(addresses, BASE)})


def _content(content: bytes, content_type: str, redact: Redactions) -> dict[str, Any]:
    if "json" in content_type:
        try:
            return {"json": redact.value(json.loads(content))}
        except ValueError:
            pass
    if "x-www-form-urlencoded" in content_type:
        return {"form": redact.value(query_dict(content.decode("utf-8", "replace")))}
    return {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}


def request_spec(request: SeenRequest, redact: Redactions) -> dict[str, Any]:
    """The recorded form of a request (see the module docstring)."""
    spec: dict[str, Any] = {"method": request.method, "path": redact.text(request.path)}
    if request.query:
        spec["query"] = redact.value(request.query)
    content_type = request.header("Content-Type") or ""
    headers: dict[str, Any] = {}
    for name in RECORDED_HEADERS:
        value = request.header(name)
        if value is None:
            continue
        if name == "User-Agent":
            headers[name] = USER_AGENT
        elif name == "Content-Type" and content_type.startswith("multipart/form-data"):
            headers[name] = _MULTIPART
        else:
            headers[name] = redact.text(value)
    spec["headers"] = headers
    if not request.body:
        return spec
    if content_type.startswith("multipart/form-data"):
        parts = []
        for part in parse_multipart(request.body, content_type):
            described: dict[str, Any] = {"name": part.name}
            if part.filename is not None:
                described["filename"] = part.filename
            described["content_type"] = part.content_type
            described.update(_content(part.content, part.content_type, redact))
            parts.append(described)
        spec["body"] = {"multipart": parts}
    else:
        spec["body"] = _content(request.body, content_type, redact)
    return spec


def _sorted(value: Any) -> Any:
    """JSON with object keys in order: Perl (RT) orders them anew on every run."""
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def response_spec(relayed: Relayed, redact: Redactions) -> dict[str, Any]:
    """The recorded form of an answer: status, meaningful headers, body as JSON or text."""
    headers = {name: redact.text(value) for name, value in sorted(relayed.headers.items())
               if name.lower() not in _DROPPED_RESPONSE_HEADERS}
    spec: dict[str, Any] = {"status": relayed.status, "headers": headers}
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if not relayed.body:
        return spec
    if "json" in content_type:
        try:
            spec["json"] = _sorted(redact.value(json.loads(relayed.body)))
            return spec
        except ValueError:
            pass
    try:
        spec["text"] = redact.text(relayed.body.decode("utf-8"))
    except UnicodeDecodeError:
        spec["base64"] = base64.b64encode(relayed.body).decode()
    return spec


def to_steps(log: list[Relayed | dict[str, Any]], redact: Redactions) -> list[dict[str, Any]]:
    """A scenario's steps from the proxy's log."""
    steps = []
    for entry in log:
        if isinstance(entry, Relayed):
            steps.append({"request": request_spec(entry.request, redact),
                          "response": response_spec(entry, redact)})
        else:
            steps.append(redact.value(entry))
    return steps
