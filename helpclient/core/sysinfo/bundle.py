"""The system-information bundle: a ZIP with ``manifest.json``, ``summary.txt`` and one file per
item, capped in size.

:func:`plan_bundle` decides what goes in (the user's choices, then the size cap, which drops the
largest optional items first); :func:`write_bundle` writes it. The manifest records every
collector's status and duration and everything left out and why; ``schema.json`` next to this
module describes it.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Translate, identity
from helpclient.core.storage.atomic import atomic_write_bytes
from helpclient.core.sysinfo.collect import CTX, STATUS_LABELS, Collection, Item, Status

SCHEMA_VERSION = 1
DEFAULT_SIZE_CAP = 2_000_000

# Why an item was left out of the bundle (manifest, English) — the summary translates them.
DESELECTED = QT_TRANSLATE_NOOP("SystemInfo", "left out by the user")
OVER_CAP = QT_TRANSLATE_NOOP("SystemInfo", "left out: the bundle would exceed {cap} bytes")


@dataclass(frozen=True)
class BundlePlan:
    """What the bundle will hold: the items sent, and the ones left out with their reason."""

    collection: Collection
    sent: tuple[Item, ...]
    left_out: tuple[tuple[Item, str], ...]
    size_cap: int

    @property
    def items_size(self) -> int:
        """Bytes of the item files that will be sent."""
        return sum(item.size for item in self.sent)


def plan_bundle(collection: Collection, *, deselected: frozenset[str] = frozenset(),
                size_cap: int = DEFAULT_SIZE_CAP) -> BundlePlan:
    """Choose the items: drop what the user unticked, then the largest optional items until the
    files fit in ``size_cap`` bytes. Failed items carry no file but stay in the manifest."""
    left_out: list[tuple[Item, str]] = []
    kept: list[Item] = []
    for item in collection.items:
        if item.name in deselected:
            left_out.append((item, DESELECTED))
        elif item.status is Status.OK:
            kept.append(item)
    total = sum(item.size for item in kept)
    for item in sorted((i for i in kept if i.optional), key=lambda i: i.size, reverse=True):
        if total <= size_cap:
            break
        kept.remove(item)
        total -= item.size
        left_out.append((item, OVER_CAP))
    return BundlePlan(collection, tuple(kept), tuple(left_out), size_cap)


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def manifest(plan: BundlePlan, *, app_version: str, created: float,
             anonymized: bool) -> dict[str, Any]:
    """The bundle's ``manifest.json`` content."""
    sent = {item.name for item in plan.sent}
    reasons = {item.name: reason.format(cap=plan.size_cap) for item, reason in plan.left_out}
    collectors = [{
        "name": item.name, "title": item.title, "privacy": item.privacy.value,
        "status": item.status.value, "duration_ms": round(item.duration * 1000, 1),
        "file": item.filename if item.name in sent else None, "size": item.size,
        **({"error": item.error} if item.error else {}),
    } for item in plan.collection.items]
    excluded = [{"name": e.name, "reason": e.reason} for e in plan.collection.excluded]
    excluded += [{"name": name, "reason": reason} for name, reason in reasons.items()]
    return {
        "schema_version": SCHEMA_VERSION, "app": "HelpClient", "app_version": app_version,
        "created": _iso(created), "collected": _iso(plan.collection.started or created),
        "collection_ms": round(plan.collection.duration * 1000, 1), "anonymized": anonymized,
        "size_cap": plan.size_cap, "collectors": collectors, "excluded": excluded,
    }


_SUMMARY: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("SystemInfo", "System information for support"),
    "created": QT_TRANSLATE_NOOP("SystemInfo", "Created: {when}"),
    "items": QT_TRANSLATE_NOOP("SystemInfo", "Items"),
    "left_out": QT_TRANSLATE_NOOP("SystemInfo", "Not included"),
    "anon": QT_TRANSLATE_NOOP(
        "SystemInfo", "User name, computer name, home folders, e-mail and IP addresses were "
        "replaced by [REDACTED:…] marks."),
}


def summary_text(plan: BundlePlan, *, created: float, anonymized: bool,
                 tr: Translate = identity) -> str:
    """``summary.txt``: the headline facts and each item's state, in the user's language."""

    def t(key: str, **params: object) -> str:
        return tr(CTX, _SUMMARY[key]).format(**params)

    lines = [t("title"), "=" * len(t("title")), t("created", when=_iso(created)), ""]
    sent = {item.name for item in plan.sent}
    for item in plan.sent:
        lines.extend(text.render(tr) for text in item.summary)
    lines += ["", t("items")]
    for item in plan.collection.items:
        state = tr(CTX, STATUS_LABELS[item.status])
        detail = f" — {item.error}" if item.error else ""
        if item.name in sent or item.status is not Status.OK:
            lines.append(f"- {tr(CTX, item.title)}: {state}{detail}")
    if plan.left_out or plan.collection.excluded:
        lines += ["", t("left_out")]
        lines += [f"- {tr(CTX, item.title)}: {tr(CTX, reason).format(cap=plan.size_cap)}"
                  for item, reason in plan.left_out]
        lines += [f"- {e.name}: {e.reason}" for e in plan.collection.excluded]
    if anonymized:
        lines += ["", t("anon")]
    return "\n".join(lines) + "\n"


def bundle_bytes(plan: BundlePlan, *, app_version: str, created: float, anonymized: bool,
                 tr: Translate = identity, extra_files: tuple[Path, ...] = ()) -> bytes:
    """The ZIP as bytes (``extra_files``, such as screenshots, go in under ``files/``)."""
    import io  # noqa: PLC0415 (only here)

    buffer = io.BytesIO()
    info = manifest(plan, app_version=app_version, created=created, anonymized=anonymized)
    info["files"] = [f"files/{p.name}" for p in extra_files]
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(info, ensure_ascii=False, indent=2))
        zf.writestr("summary.txt", summary_text(plan, created=created, anonymized=anonymized,
                                                tr=tr))
        for item in plan.sent:
            zf.writestr(f"items/{item.filename}", item.text)
        for path in extra_files:
            zf.write(path, f"files/{path.name}")
    return buffer.getvalue()


def write_bundle(path: Path, plan: BundlePlan, *, app_version: str, created: float,
                 anonymized: bool, tr: Translate = identity) -> Path:
    """Write the bundle ZIP atomically to ``path``."""
    atomic_write_bytes(path, bundle_bytes(plan, app_version=app_version, created=created,
                                          anonymized=anonymized, tr=tr))
    return path


def manifest_schema() -> dict[str, Any]:
    """The JSON schema ``manifest.json`` follows."""
    schema_file = resources.files("helpclient.core.sysinfo").joinpath("bundle_schema.json")
    text = schema_file.read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
