"""System information from settings to bundle: the one sequence the app and the CLI share.

:func:`options_from_settings` reads what policy and the user decided (anonymise, size cap,
exclusions); :class:`SysinfoService` runs the injected collectors with those options and writes
the bundle. The collectors themselves come from ``platform`` via the composition root.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from helpclient.core.i18n import Translate, identity
from helpclient.core.redact import Identity, Redactor
from helpclient.core.report.problem import ProblemReport
from helpclient.core.settings import Settings
from helpclient.core.sysinfo.bundle import BundlePlan, plan_bundle, write_bundle
from helpclient.core.sysinfo.collect import Collection, Collector, Policy, run_collectors

BUNDLE_NAME = "system-info.zip"


@dataclass(frozen=True)
class SysinfoOptions:
    """How to collect: exclusions, anonymisation (and whether policy forces it), size cap."""

    policy: Policy = field(default_factory=Policy)
    anonymize: bool = False
    anonymize_locked: bool = False
    size_cap: int = 2_000_000
    enabled: bool = True
    check_urls: tuple[str, ...] = ()


#: room in the bundle ZIP for manifest.json, summary.txt and the ZIP's own headers
BUNDLE_HEADROOM = 200_000


def bundle_cap(size_cap: int, max_attachment_mb: int) -> int:
    """The items' size cap, lowered so the bundle fits the helpdesk's attachment limit (the
    user then never has to compress or leave out the bundle; 0 MB means no limit)."""
    size_cap = max(0, size_cap)
    if max_attachment_mb <= 0:
        return size_cap
    return max(0, min(size_cap, max_attachment_mb * 1_000_000 - BUNDLE_HEADROOM))


def options_from_settings(settings: Settings) -> SysinfoOptions:
    """The options the effective settings (policy included) give."""
    return SysinfoOptions(
        policy=Policy.from_settings(settings.get("sysinfo.exclude_items"),
                                    settings.get("sysinfo.exclude_classes")),
        anonymize=bool(settings.get("sysinfo.anonymize")),
        anonymize_locked=settings.is_locked("sysinfo.anonymize"),
        size_cap=bundle_cap(int(settings.get("sysinfo.size_cap")),
                            int(settings.get("outbox.max_attachment_mb"))),
        enabled=bool(settings.get("sysinfo.enabled")),
        check_urls=tuple(u.strip() for u in settings.get("sysinfo.check_urls").split(",")
                         if u.strip()))


def shareable_settings(settings: Settings) -> dict[str, Any]:
    """The settings worth showing support: everything but the user's contact details (they are
    in the ticket already); a deployment's credential (GLPI's App-Token) only as set or not.
    The user's own secrets are never settings: those live in the keyring."""
    return {s.key: {"value": "(set)" if s.secret and value else value, "source": source.value}
            for s, value, source in settings.effective() if not s.key.startswith("contact.")}


class SysinfoService:
    """Collect with the options, then plan and write bundles. Blocking: use from a worker."""

    def __init__(self, collectors: Callable[[], Sequence[Collector]], options: SysinfoOptions,
                 *, identity_: Identity | Callable[[], Identity] | None = None,
                 known_secrets: frozenset[str] = frozenset(),
                 app_version: str = "", bundle_dir: Path | None = None) -> None:
        """``identity_`` (the names anonymisation hides) may be a function: it is then asked
        when first needed, on the worker that collects (finding the host's full name may wait
        on DNS)."""
        self._collectors = collectors
        self.bundle_dir = bundle_dir
        self.options = options
        self._identity_source = identity_ or Identity()
        self._known_secrets = known_secrets
        self.app_version = app_version

    @property
    def _identity(self) -> Identity:
        if callable(self._identity_source):
            self._identity_source = self._identity_source()
        return self._identity_source

    def redactor(self, anonymize: bool | None = None) -> Redactor:
        """The redactor for ``anonymize`` (default: the options'); policy forcing it wins."""
        wanted = self.options.anonymize if anonymize is None else anonymize
        if self.options.anonymize_locked:
            wanted = self.options.anonymize
        return Redactor(self._known_secrets, wanted, self._identity)

    def collect(self, anonymize: bool | None = None) -> Collection:
        """Run the collectors (policy exclusions are never started)."""
        redactor = self.redactor(anonymize)
        collection = run_collectors(self._collectors(), redactor=redactor,
                                    policy=self.options.policy)
        return replace(collection, anonymized=redactor.anonymize)

    def plan(self, collection: Collection, deselected: frozenset[str] = frozenset()
             ) -> BundlePlan:
        """What would be sent with the user's choices and the size cap."""
        return plan_bundle(collection, deselected=deselected, size_cap=self.options.size_cap)

    def write(self, path: Path, plan: BundlePlan, *, anonymized: bool,
              tr: Translate = identity) -> Path:
        """Write the bundle ZIP for ``plan`` to ``path``."""
        return write_bundle(path, plan, app_version=self.app_version, created=time.time(),
                            anonymized=anonymized, tr=tr)

    def with_options(self, **changes: Any) -> SysinfoService:
        """A copy with some options changed (the CLI's --anonymize)."""
        return SysinfoService(self._collectors, replace(self.options, **changes),
                              identity_=self._identity_source, known_secrets=self._known_secrets,
                              app_version=self.app_version, bundle_dir=self.bundle_dir)

    def attach_bundle(self, report: ProblemReport, collection: Collection,
                      tr: Translate = identity) -> ProblemReport:
        """``report`` with the bundle of the items it keeps ticked attached (written to
        ``bundle_dir``); unchanged when nothing is ticked or the user did not agree."""
        if not report.sysinfo_items or not report.sysinfo_consent:
            return report
        if self.bundle_dir is None:
            raise ValueError("no folder to write the system-information bundle to")
        chosen = set(report.sysinfo_items)
        deselected = frozenset(i.name for i in collection.items if i.name not in chosen)
        path = self.bundle_dir / f"system-info-{report.report_id[:12]}.zip"
        self.write(path, self.plan(collection, deselected), anonymized=collection.anonymized,
                   tr=tr)
        others = tuple(p for p in report.attachments if p != path)
        return report.with_changes(attachments=(*others, path))
