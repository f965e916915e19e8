"""Where a report goes in Jira Service Management: the service desk, the request type its
category becomes, and the fields that type's form requires.

* The service desk is ``server.queue``: its number, project key or name; with none given (or a
  single desk to choose from) the first one the user may raise requests in.
* The request type: IT's mapping (``server.jsm_request_types``, "category=type name or number"),
  else the first type whose name speaks of the category ("VPN" for network), else a general one
  ("Get IT help", "Ask a question", …), else the first type the portal lists.
* Its form: HelpClient fills ``summary`` and ``description``; the wizard asks the user for the
  other required fields without a default that a person can type or choose (:func:`asked`);
  any required field still empty takes the form's default, or the request is refused before it
  is sent, naming the fields — the report stays in the outbox, and IT maps the category to
  another type or gives them defaults.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from helpclient.backends.jsm import records
from helpclient.backends.jsm.client import JsmClient
from helpclient.core.errors import ConfigurationError, Rejected
from helpclient.core.models import FieldChoice, FieldKind, FieldSpec

#: words in a request type's name that mean a report's category (English; IT maps others)
CATEGORY_WORDS: Mapping[str, tuple[str, ...]] = {
    "network": ("network", "wi-fi", "wifi", "vpn", "internet", "connectivity"),
    "hardware": ("hardware", "computer", "laptop", "device", "equipment"),
    "software": ("software", "application", "app", "program", "install"),
    "account": ("account", "access", "password", "login", "permission"),
    "printing": ("print", "printer", "printing", "scan", "scanner"),
    "email": ("e-mail", "email", "mail", "calendar", "outlook"),
    "other": (),
}
_GENERAL = ("get it help", "get help", "general", "ask a question", "other", "question",
            "something else", "it help", "support")
#: the fields HelpClient writes itself (files are attached once the request exists)
FILLED = ("summary", "description", "attachment")
#: Jira field types a person answers by typing
_TYPED = ("string", "number", "")


@dataclass(frozen=True)
class Destination:
    """Where a new request goes, and its form's fields."""

    service_desk_id: str
    request_type_id: str
    request_type: str
    fields: tuple[records.Field, ...]


def _pages(client: JsmClient, path: str, what: str) -> list[Any]:
    return [v for page in client.pages(path, {}, 50, what) for v in page.values]


def service_desk(client: JsmClient, wanted: str) -> str:
    """The id of the service desk ``wanted`` names (see the module docstring)."""
    desks = [records.service_desk_from(v) for v in _pages(client, "servicedesk",
                                                          "the service desks")]
    if not desks:
        raise ConfigurationError("Your Atlassian account cannot raise requests in any "
                                 "service desk of this site. Ask IT to add you as a customer.")
    text = wanted.strip().casefold()
    for desk, key in desks:
        if text and text in (desk.id, key.casefold(), desk.name.casefold()):
            return desk.id
    if not text or len(desks) == 1:
        return desks[0][0].id
    names = ", ".join(f"{d.name} ({k})" for d, k in desks[:10])
    raise ConfigurationError(f"There is no service desk “{wanted}” on this site. Choose one "
                             f"of these in HelpClient's settings: {names}.")


def _words(name: str) -> set[str]:
    return set(re.findall(r"[\w-]+", name.casefold()))


def choose_type(types: Sequence[records.Named], category: str,
                mapping: Mapping[str, str]) -> records.Named:
    """The request type for ``category`` (see the module docstring)."""
    if not types:
        raise ConfigurationError("This service desk offers you no request types. Ask IT "
                                 "which service desk HelpClient should use.")
    wanted = mapping.get(category, "").strip().casefold()
    if wanted:
        for kind in types:
            if wanted in (kind.id, kind.name.casefold()):
                return kind
        raise ConfigurationError(
            f"The request type “{mapping[category]}” that IT chose for “{category}” reports "
            "is not offered by this service desk. Ask IT to check the HelpClient policy "
            "(server.jsm_request_types).")
    for word in CATEGORY_WORDS.get(category, ()):
        for kind in types:
            if word in _words(kind.name) or (" " in word and word in kind.name.casefold()):
                return kind
    for general in _GENERAL:
        for kind in types:
            if kind.name.casefold() == general or general in kind.name.casefold():
                return kind
    return types[0]


def _value(field: records.Field, values: Sequence[str]) -> Any:
    """``values`` as the field's ``requestFieldValues`` entry takes them."""
    if field.kind == "array":
        return [{"id": v} for v in values]
    if field.kind in ("option", "priority") or field.valid:
        return {"id": values[0]}
    return values[0]


def asked(fields: Sequence[records.Field]) -> tuple[FieldSpec, ...]:
    """The required fields without a default that the user can answer: a choice among the
    form's values, or text (users, dates and the like are not asked)."""
    found = []
    for field in fields:
        if not field.required or field.id in FILLED or field.defaults:
            continue
        if field.valid:
            labels = field.labels if len(field.labels) == len(field.valid) else field.valid
            found.append(FieldSpec(field.id, field.name or field.id, FieldKind.CHOICE, tuple(
                FieldChoice(v, label or v) for v, label in zip(field.valid, labels,
                                                               strict=True))))
        elif field.kind in _TYPED:
            found.append(FieldSpec(field.id, field.name or field.id))
    return tuple(found)


def form_values(fields: Sequence[records.Field], request_type: str,
                answers: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The values of the required fields HelpClient does not fill: the user's ``answers``
    (field id → text or a choice's id), else the form's defaults; Rejected naming those it
    cannot fill. Answers to fields the form does not have are dropped."""
    answers = answers or {}
    values: dict[str, Any] = {}
    missing = []
    for field in fields:
        if field.id in FILLED:
            continue
        answer = answers.get(field.id, "").strip()
        if answer and (not field.valid or answer in field.valid):
            values[field.id] = _value(field, [answer])
        elif not field.required:
            continue
        elif not field.defaults:
            missing.append(field.name or field.id)
        else:
            values[field.id] = _value(field, field.defaults if field.kind == "array"
                                      else field.defaults[:1])
    if missing:
        raise Rejected(
            f"The request type “{request_type}” in Jira Service Management requires fields "
            f"HelpClient cannot fill: {', '.join(missing)}. The report is kept; ask IT to "
            "choose another request type for it or to give these fields defaults.")
    return values


def destination(client: JsmClient, wanted_desk: str, category: str,
                mapping: Mapping[str, str]) -> Destination:
    """Where a report of ``category`` goes, asked from the server (three requests)."""
    desk = service_desk(client, wanted_desk)
    types = [records.named_from(v, "a request type") for v in
             _pages(client, f"servicedesk/{desk}/requesttype", "the request types")]
    kind = choose_type(types, category, mapping)
    fields = records.fields_from(client.call(
        "GET", f"servicedesk/{desk}/requesttype/{kind.id}/field"))
    return Destination(desk, kind.id, kind.name, tuple(fields))


def parse_mapping(entries: Sequence[str]) -> dict[str, str]:
    """``server.jsm_request_types`` entries ("network=Fix a VPN problem") as a mapping."""
    found = {}
    for entry in entries:
        category, sep, kind = entry.partition("=")
        if sep and category.strip() and kind.strip():
            found[category.strip().casefold()] = kind.strip()
    return found
