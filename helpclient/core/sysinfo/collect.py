"""System information for support: collectors, and running them in parallel with time limits.

A :class:`Collector` declares what it gathers (name, privacy class, timeout, the OSes it runs on)
and a function that gathers it. :func:`run_collectors` runs every collector that applies at once,
each on its own daemon thread; one that fails becomes an error entry with its reason and one that
outlives its timeout is abandoned as a timeout entry, so collection never hangs and never loses the
rest. Collectors excluded by policy are not even started. The text of every item passes through
the redactor before anything else sees it.
"""

from __future__ import annotations

import enum
import json
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from helpclient.core.i18n import QT_TRANSLATE_NOOP, Number, Text, Translate, identity

CTX = "SystemInfo"

# what a collector returns: JSON-able data (saved as .json) or plain text (saved as .txt)
ItemData = dict[str, Any] | list[Any] | str


class Privacy(enum.Enum):
    """How sensitive an item is: policy can exclude a whole class."""

    TECHNICAL = "technical"
    PERSONAL = "personal"


class Status(enum.Enum):
    """What became of one collector."""

    OK = "ok"
    ERROR = "error"
    TIMEOUT = "timeout"


ALL_OSES = frozenset({"linux", "win32", "darwin"})


@dataclass(frozen=True)
class Collector:
    """One kind of system information.

    ``title`` and ``why`` are English marked for translation (context ``SystemInfo``): the item's
    name and the one line that tells the user why support needs it. ``summarize`` turns the
    collected data into a few summary lines for ``summary.txt`` (made with :func:`summary_line`)."""

    name: str
    title: str
    why: str
    privacy: Privacy
    collect: Callable[[], ItemData]
    timeout: float = 2.0
    oses: frozenset[str] = ALL_OSES
    optional: bool = True
    summarize: Callable[[ItemData], list[Text]] | None = None

    def runs_on(self, platform: str) -> bool:
        """True when this collector applies to ``platform`` (``sys.platform`` style)."""
        key = "linux" if platform.startswith("linux") else platform
        return key in self.oses


@dataclass(frozen=True)
class Item:
    """A collector's outcome: the redacted text that would be sent, or why there is none."""

    name: str
    title: str
    why: str
    privacy: Privacy
    status: Status
    duration: float
    text: str = ""
    filename: str = ""
    error: str = ""
    optional: bool = True
    summary: tuple[Text, ...] = ()

    @property
    def size(self) -> int:
        """Size in bytes of the file this item becomes in the bundle."""
        return len(self.text.encode("utf-8"))


@dataclass(frozen=True)
class Exclusion:
    """A collector that did not run, and why (policy, or not for this OS)."""

    name: str
    reason: str


@dataclass(frozen=True)
class Collection:
    """Everything one run gathered."""

    items: tuple[Item, ...]
    excluded: tuple[Exclusion, ...] = ()
    started: float = 0.0
    duration: float = 0.0
    anonymized: bool = False

    def item(self, name: str) -> Item:
        """The item called ``name``."""
        for item in self.items:
            if item.name == name:
                return item
        raise KeyError(name)


@dataclass(frozen=True)
class Policy:
    """What IT forbids collecting: item names and whole privacy classes."""

    excluded_items: frozenset[str] = frozenset()
    excluded_classes: frozenset[Privacy] = frozenset()

    @classmethod
    def from_settings(cls, items: str, classes: str) -> Policy:
        """From the comma-separated ``sysinfo.exclude_items`` / ``sysinfo.exclude_classes``."""
        names = frozenset(n.strip() for n in items.split(",") if n.strip())
        known = {p.value: p for p in Privacy}
        privacy = frozenset(known[c.strip()] for c in classes.split(",") if c.strip() in known)
        return cls(names, privacy)

    def reason(self, collector: Collector) -> str | None:
        """Why policy excludes ``collector``, or None."""
        if collector.name in self.excluded_items:
            return "excluded by policy (item)"
        if collector.privacy in self.excluded_classes:
            return f"excluded by policy ({collector.privacy.value} information)"
        return None


def render_data(data: ItemData) -> tuple[str, str]:
    """(text, file extension) for collected data: JSON pretty-printed, text as it is."""
    if isinstance(data, str):
        return data, "txt"
    return json.dumps(data, ensure_ascii=False, indent=2, default=str), "json"


@dataclass
class _Slot:
    done: threading.Event = field(default_factory=threading.Event)
    data: ItemData | None = None
    error: str = ""
    duration: float = 0.0


def _run_one(collector: Collector, slot: _Slot) -> None:
    start = time.perf_counter()
    try:
        slot.data = collector.collect()
    except Exception as exc:
        slot.error = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    slot.duration = time.perf_counter() - start
    slot.done.set()


def _finish(collector: Collector, slot: _Slot, redactor: Callable[[str], str]) -> Item:
    base = Item(collector.name, collector.title, collector.why, collector.privacy, Status.OK,
                slot.duration, optional=collector.optional)
    if not slot.done.is_set():
        return replace(base, status=Status.TIMEOUT, duration=collector.timeout,
                       error=f"no answer within {collector.timeout:g} s")
    if slot.error or slot.data is None:
        return replace(base, status=Status.ERROR, error=redactor(slot.error or "no data"))
    text, ext = render_data(slot.data)
    summary: list[Text] = []
    if collector.summarize is not None:
        try:
            summary = collector.summarize(slot.data)
        except Exception as exc:
            summary = [summary_line(SUMMARY_UNAVAILABLE, error=type(exc).__name__)]
    # the values are what the machine said: they are redacted, the wording is ours
    redacted = tuple(Text(t.context, t.source, {k: redactor(str(v)) for k, v in t.params.items()})
                     for t in summary)
    return replace(base, text=redactor(text), filename=f"{collector.name}.{ext}",
                   summary=redacted)


def run_collectors(collectors: Iterable[Collector], *, redactor: Callable[[str], str],
                   policy: Policy | None = None, platform: str = sys.platform) -> Collection:
    """Run every applicable collector in parallel, each bounded by its own timeout.

    Blocking: call it from a worker thread. Returns within the longest timeout (plus thread
    start-up), whatever the collectors do."""
    policy = policy or Policy()
    started_wall = time.time()
    start = time.perf_counter()
    excluded: list[Exclusion] = []
    running: list[tuple[Collector, _Slot]] = []
    for collector in collectors:
        reason = policy.reason(collector)
        if reason is None and not collector.runs_on(platform):
            reason = f"not available on {platform}"
        if reason is not None:
            excluded.append(Exclusion(collector.name, reason))
            continue
        slot = _Slot()
        # daemon: a collector stuck in a system call must not keep the process alive
        thread = threading.Thread(target=_run_one, args=(collector, slot), daemon=True,
                                  name=f"collect-{collector.name}")
        thread.start()
        running.append((collector, slot))
    for collector, slot in running:
        remaining = start + collector.timeout - time.perf_counter()
        slot.done.wait(max(0.0, remaining))
    items = tuple(_finish(c, s, redactor) for c, s in running)
    return Collection(items, tuple(excluded), started_wall, time.perf_counter() - start)


def item_title(item: Item | Collector, tr: Translate = identity) -> str:
    """The item's title in the user's language."""
    return tr(CTX, item.title)


def summary_line(template: str, **values: object) -> Text:
    """A summary line: ``template`` is English marked with ``QT_TRANSLATE_NOOP("SystemInfo",
    …)``, its ``{name}`` placeholders filled with ``values`` after translation (a
    :class:`~helpclient.core.i18n.Number` in the language's number format)."""
    return Text(CTX, template, {name: value if isinstance(value, Number) else str(value)
                                for name, value in values.items()})


SUMMARY_UNAVAILABLE = QT_TRANSLATE_NOOP("SystemInfo", "(summary unavailable: {error})")


def summary_lines(collection: Collection, names: Sequence[str] | None = None,
                  tr: Translate = identity) -> list[str]:
    """All summary lines of the (chosen) OK items, in order, in the language of ``tr``."""
    chosen = set(names) if names is not None else None
    return [text.render(tr) for item in collection.items
            if item.status is Status.OK and (chosen is None or item.name in chosen)
            for text in item.summary]


# Words the summary uses, marked for translation.
STATUS_LABELS: dict[Status, str] = {
    Status.OK: QT_TRANSLATE_NOOP("SystemInfo", "collected"),
    Status.ERROR: QT_TRANSLATE_NOOP("SystemInfo", "failed"),
    Status.TIMEOUT: QT_TRANSLATE_NOOP("SystemInfo", "timed out"),
}
