"""The composition root: every service of HelpClient, built one way for the app and the CLI.

Core declares interfaces and never chooses an implementation; this module does: the connector
factory, this OS's policy source and collectors, and where each file lives (``AppPaths`` owns
the names). No Qt here, so the terminal commands import it freely; the GUI wraps the services in
their Qt drivers in :mod:`helpclient.launch`.

:class:`Services` builds each service on first use, so a command that needs only the settings
opens no outbox, index or cache.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from helpclient import __version__
from helpclient.core.backend import HelpdeskBackend
from helpclient.core.connection import Connection, ServerConfig
from helpclient.core.credentials import Credentials
from helpclient.core.secrets import DeferredSecretStore, SecretStore, open_secret_store
from helpclient.core.settings import Settings
from helpclient.platform import policy_source
from helpclient.resources_path import resource_file
from helpclient.services_helpdesk import backend_factory, revoke_sign_in

if TYPE_CHECKING:  # each service's module is imported when the service is first built: none
    # is needed to show the tray icon, the windows' ones only with the windows, the quick
    # checks when they run, the known problems and crashes after start
    from helpclient.backends.feed import FeedReader
    from helpclient.core.checks.model import Check, SafeAction
    from helpclient.core.crashes.model import CrashSource
    from helpclient.core.crashes.offers import CrashOffers
    from helpclient.core.delivery.outbox import Outbox
    from helpclient.core.delivery.retry import RetryPolicy
    from helpclient.core.delivery.sender import Event, Sender
    from helpclient.core.i18n import Translate
    from helpclient.core.kb.service import KnowledgeBase
    from helpclient.core.known.matching import AnnouncementMatcher
    from helpclient.core.known.model import Announcement
    from helpclient.core.known.service import KnownProblems, Source
    from helpclient.core.paths import AppPaths
    from helpclient.core.redact import Identity
    from helpclient.core.report.drafts import DraftStore
    from helpclient.core.sysinfo.collect import Collector
    from helpclient.core.sysinfo.service import SysinfoService
    from helpclient.core.tracking.cache import TicketCache
    from helpclient.core.tracking.poll_policy import PollPolicy
    from helpclient.core.tracking.sync import TicketSync


def build_settings(paths: AppPaths | None = None) -> tuple[Settings, AppPaths]:
    """The effective settings for this user and machine."""
    if paths is None:
        from helpclient.core.paths import AppPaths  # noqa: PLC0415 (platformdirs on use)

        paths = AppPaths.for_user()
    return Settings(paths.user_settings_file, policy_source()), paths


def app_secret_store() -> SecretStore:
    """The GUI's secret store: the OS keyring asked from helper processes (``helpclient
    _keyring``), so its libraries never load into the app that runs all day. The commands,
    which run for a moment, open the keyring themselves."""
    from helpclient.core.secrets_process import (  # noqa: PLC0415
        HELPER_COMMAND,
        ProcessSecretStore,
    )

    if not getattr(sys, "frozen", False):
        return ProcessSecretStore([sys.executable, "-m", "helpclient.cli", HELPER_COMMAND])
    program = Path(sys.executable)
    if sys.platform == "win32":  # the windowed program has no standard streams
        console = program.with_name("helpclient-cli.exe")
        return ProcessSecretStore([str(console), HELPER_COMMAND],
                                  creation_flags=subprocess.CREATE_NO_WINDOW)
    return ProcessSecretStore([str(program), HELPER_COMMAND])


def build_connection(paths: AppPaths | None = None) -> Connection:
    """Settings + keyring + backend factory: what the CLI needs to talk to the helpdesk."""
    return Services.for_user(paths).connection


def build_sysinfo(settings: Settings, paths: AppPaths, *,
                  displays: tuple[dict[str, object], ...] | None = None,
                  known_secrets: frozenset[str] = frozenset()) -> SysinfoService:
    """The system-information service with this OS's collectors (``displays`` come from Qt).
    The collectors (psutil & co.) and this machine's names are loaded when it first collects,
    on that worker thread: opening a report does not wait for them."""
    from helpclient.core.sysinfo.service import (  # noqa: PLC0415 (on use)
        SysinfoService,
        options_from_settings,
        shareable_settings,
    )

    options = options_from_settings(settings)

    def collectors() -> Sequence[Collector]:
        from helpclient.backends.server_checks import ServerChecks  # noqa: PLC0415 (on the worker)
        from helpclient.platform.collectors import (  # noqa: PLC0415 (on the worker)
            CollectContext,
            build_collectors,
        )

        ca = settings.get("server.extra_ca_file")
        return build_collectors(CollectContext(
            app_version=__version__, server_url=settings.get("server.url"),
            check_urls=options.check_urls, settings=shareable_settings(settings),
            ntp_server=settings.get("sysinfo.ntp_server"), log_file=paths.log_file,
            displays=displays, server=ServerChecks(Path(ca) if ca else None)))

    def identity() -> Identity:
        from helpclient.platform.collectors import local_identity  # noqa: PLC0415

        return local_identity()

    return SysinfoService(collectors, options, identity_=identity, known_secrets=known_secrets,
                          app_version=__version__, bundle_dir=paths.bundle_dir)


def build_self_checks(settings: Settings, *, program: str = "",
                      program_version: str = "") -> list[Check]:
    """The quick checks that apply with the settings as they are now, over this OS's probes
    (``program``: the one the user picked in the report wizard, for the version check)."""
    from helpclient.backends.server_checks import ServerChecks  # noqa: PLC0415 (on use)
    from helpclient.core.checks.suite import CheckConfig, Probes, build_checks  # noqa: PLC0415
    from helpclient.platform.check_machine import OsMachine  # noqa: PLC0415
    from helpclient.platform.check_network import OsNetwork  # noqa: PLC0415
    from helpclient.platform.check_printing import os_printing  # noqa: PLC0415

    machine = OsMachine()
    ca = settings.get("server.extra_ca_file")
    probes = Probes(OsNetwork(), ServerChecks(Path(ca) if ca else None), machine, os_printing(),
                    machine.cores())
    return build_checks(CheckConfig.from_settings(settings), probes, program=program,
                        program_version=program_version)


class SafeActions:
    """The quick checks' safe actions on this OS (the platform's, loaded on first use)."""

    def available(self, action: SafeAction) -> bool:
        """True when this computer has what ``action`` needs."""
        from helpclient.platform.check_actions import OsActions  # noqa: PLC0415

        return OsActions().available(action)

    def perform(self, action: SafeAction, target: str = "") -> None:
        """Do ``action`` (blocking for a print queue; raises when it fails)."""
        from helpclient.platform.check_actions import OsActions  # noqa: PLC0415

        OsActions().perform(action, target)


def _it_folders(settings: Settings) -> list[Path]:
    return [Path(f).expanduser() for f in settings.get("kb.folders") if str(f).strip()]


def knowledge_folders(settings: Settings) -> list[Path]:
    """The folders the knowledge base imports: the bundled starter articles (unless turned
    off) and IT's (read afresh each time, so a settings change applies without a restart)."""
    return ([resource_file("kb")] if settings.get("kb.starter") else []) + _it_folders(settings)


def build_knowledge_base(settings: Settings, paths: AppPaths) -> KnowledgeBase:
    """The knowledge base over the user's index file, with the configured folders (read
    afresh at each refresh, so a settings change applies without a restart)."""
    from helpclient.core.kb.service import KnowledgeBase  # noqa: PLC0415 (on use)

    return KnowledgeBase(paths.kb_index_file, lambda: _it_folders(settings), resource_file("kb"),
                         use_starter=lambda: bool(settings.get("kb.starter")),
                         vocabulary_folder=resource_file("vocabulary"))


class Services:
    """The services of one user's HelpClient over ``paths`` and ``settings``, each built on
    first use — the connection too, so a command that never talks to the helpdesk (``kb
    search``, ``outbox`` listing) never opens the keyring. The app and the CLI take
    :meth:`for_user`; tests take :meth:`around` a connection of their own."""

    def __init__(self, paths: AppPaths, settings: Settings,
                 connect: Callable[[Settings], Connection]) -> None:
        self.paths = paths
        self.settings = settings
        self._connect = connect
        self._feeds: dict[str, FeedReader] = {}
        self._knowledge: KnowledgeBase | None = None
        self._knowledge_lock = threading.Lock()  # asked for on worker threads too

    @classmethod
    def for_user(cls, paths: AppPaths | None = None, *, secrets: SecretStore | None = None,
                 environ: Mapping[str, str] | None = None,
                 on_secret: Callable[[str], None] | None = None,
                 settings: Settings | None = None) -> Services:
        """This user's services: settings from the user file and machine policy (or
        ``settings`` already read from them), the credentials from the keyring — opened when
        first needed — or ``HELPCLIENT_TOKEN`` in ``environ``; ``on_secret`` learns each secret
        used (token, password), so the log redactor can hide it."""
        if settings is None or paths is None:
            settings, paths = build_settings(paths)

        def connect(settings: Settings) -> Connection:
            def factory(config: ServerConfig, credentials: Credentials) -> HelpdeskBackend:
                return backend_factory(config, credentials, announcement_class=str(
                    settings.get("announcements.rt_class")),
                    on_tokens=connection.keeper(config, credentials),
                    language=str(settings.get("ui.language")))

            connection = Connection(settings, secrets or DeferredSecretStore(open_secret_store),
                                    factory, environ, on_secret=on_secret,
                                    revoke=revoke_sign_in)
            return connection

        return cls(paths, settings, connect)

    @classmethod
    def around(cls, paths: AppPaths, connection: Connection) -> Services:
        """Services over ``paths`` that use ``connection`` (and its settings) as they are."""
        return cls(paths, connection.settings, lambda _settings: connection)

    @cached_property
    def connection(self) -> Connection:
        """Settings + credentials + the helpdesk's backend, built on demand."""
        return self._connect(self.settings)

    # -- delivery -------------------------------------------------------------------------------

    @cached_property
    def outbox(self) -> Outbox:
        """The user's outbox in the data folder (raises ``OutboxError`` when it cannot be
        opened: the app then says so and falls back to :meth:`temporary_outbox`)."""
        from helpclient.core.delivery.outbox import Outbox  # noqa: PLC0415 (on use)

        return Outbox(self.paths.data_dir)

    def temporary_outbox(self) -> Outbox:
        """An outbox in a new temporary folder, for a machine whose data folder cannot hold one:
        reports still go through the sender (retries, never twice), but only while the app
        runs."""
        from helpclient.core.delivery.outbox import Outbox  # noqa: PLC0415 (on use)

        return Outbox(Path(tempfile.mkdtemp(prefix="helpclient-outbox-")))

    def sender(self, outbox: Outbox, *, tr: Translate | None = None,
               policy: RetryPolicy | None = None,
               on_event: Callable[[Event], None] | None = None,
               on_progress: Callable[[str, int, int], None] | None = None,
               around_reply: Callable[[str, Callable[[], None]], None] | None = None) -> Sender:
        """A sender delivering ``outbox`` through the configured helpdesk; the lock lies beside
        the outbox's own files, so the app and ``helpclient submit`` never deliver at once.
        ``around_reply`` runs each reply's sending (see :class:`Sender`)."""
        from helpclient.core.delivery.sender import OutboxLock, Sender  # noqa: PLC0415
        from helpclient.core.i18n import identity  # noqa: PLC0415

        def max_file_bytes() -> int:
            return int(self.settings.get("outbox.max_attachment_mb")) * 1_000_000

        return Sender(outbox, self.connection.backend, self.connection.user,
                      OutboxLock(outbox.lock_file), policy=policy, tr=tr or identity,
                      on_event=on_event,
                      max_file_bytes=max_file_bytes, on_progress=on_progress,
                      around_reply=around_reply)

    # -- the report, the knowledge base, system information --------------------------------------

    @cached_property
    def drafts(self) -> DraftStore:
        """The autosaved drafts of reports being written."""
        from helpclient.core.report.drafts import DraftStore  # noqa: PLC0415 (on use)

        return DraftStore(self.paths.data_dir)

    @property
    def knowledge(self) -> KnowledgeBase:
        """The local knowledge base (built on first use, from any thread; its index opens when
        first searched or kept current)."""
        with self._knowledge_lock:
            if self._knowledge is None:
                self._knowledge = build_knowledge_base(self.settings, self.paths)
            return self._knowledge

    def sysinfo(self, *, displays: tuple[dict[str, object], ...] | None = None,
                known_secrets: frozenset[str] = frozenset()) -> SysinfoService:
        """System information with the settings as they are now (a report opened later sees a
        later change)."""
        return build_sysinfo(self.settings, self.paths, displays=displays,
                             known_secrets=known_secrets)

    # -- following requests ---------------------------------------------------------------------

    def open_ticket_cache(self) -> TicketCache:
        """The ticket cache of the configured account — empty while none is configured, so no
        earlier account's list shows before sign-in (the caller closes it)."""
        from helpclient.core.tracking.cache import TicketCache  # noqa: PLC0415 (on use)

        cache = TicketCache(self.paths.ticket_cache_file)
        cache.switch_account(str(self.settings.get("server.url")))
        return cache

    def ticket_sync(self, cache: TicketCache) -> TicketSync:
        """One poll's work: what changed on the helpdesk, into ``cache``."""
        from datetime import UTC, datetime  # noqa: PLC0415

        from helpclient.core.tracking.sync import TicketSync  # noqa: PLC0415 (on use)

        return TicketSync(self.connection.backend, cache, lambda: datetime.now(UTC))

    def poll_policy(self) -> PollPolicy:
        """How often to ask the helpdesk, from the settings — never more often than its
        connector asks (a helpdesk whose rate limit is the whole company's)."""
        from helpclient.core.tracking.poll_policy import PollPolicy  # noqa: PLC0415 (on use)

        chosen = 60.0 * max(1, int(self.settings.get("sync.poll_minutes")))
        return PollPolicy(active_interval=max(chosen, self._poll_floor()))

    def _poll_floor(self) -> float:
        from helpclient.backends import BACKEND_TYPES, poll_floor  # noqa: PLC0415 (on use)

        kind = str(self.settings.get("server.backend"))
        return poll_floor(kind) if kind in BACKEND_TYPES else 0.0

    # -- known problems and crashes --------------------------------------------------------------

    @cached_property
    def known_problems(self) -> KnownProblems:
        """IT's announcements of known problems: its feed (``announcements.feed_url``) and the
        helpdesk's (``announcements.rt_class``), both read afresh from the settings at each
        refresh; matched with the knowledge base's vocabulary — the matcher (an index, the
        knowledge base's modules) built once there are announcements."""
        from helpclient.core.known.service import KnownProblems  # noqa: PLC0415

        def matcher() -> AnnouncementMatcher:
            from helpclient.core.known.matching import AnnouncementMatcher  # noqa: PLC0415

            knowledge = self.knowledge
            return AnnouncementMatcher(self.paths.cache_dir / "known-problems.sqlite",
                                       lambda: knowledge.vocabulary, resource_file("kb"))

        return KnownProblems(self._announcement_sources,
                             self.paths.data_dir / "known-problems.json", matcher)

    def _announcement_sources(self) -> list[Source]:
        from helpclient.backends.feed import FeedReader  # noqa: PLC0415 (requests & co.)
        from helpclient.core.known.service import AnnouncementBackend, Source  # noqa: PLC0415

        url = str(self.settings.get("announcements.feed_url")).strip()
        ca = str(self.settings.get("server.extra_ca_file"))
        reader = self._feeds.get(url)
        if url and reader is None:
            # one reader per address: it remembers the last answer to ask "changed since?"
            reader = self._feeds[url] = FeedReader(url, Path(ca) if ca else None)

        def feed() -> list[Announcement] | None:
            return reader.fetch() if reader is not None else None

        def helpdesk() -> list[Announcement] | None:
            backend = self.connection.configured_backend()
            if isinstance(backend, AnnouncementBackend):
                return backend.announcements()
            return None

        return [Source("feed", feed), Source("rt", helpdesk)]

    def crash_offers(self) -> CrashOffers:
        """Which crashes to offer, throttled as ``crashes.throttle_hours`` says."""
        from helpclient.core.crashes.offers import CrashOffers  # noqa: PLC0415

        def throttle() -> timedelta:
            return timedelta(hours=max(0, int(self.settings.get("crashes.throttle_hours"))))

        return CrashOffers(self.paths.data_dir / "crash-offers.json", throttle)

    @staticmethod
    def crash_source(language: str = "") -> CrashSource | None:
        """This computer's crash records (None where HelpClient cannot read them)."""
        from helpclient.platform.crashes import crash_source  # noqa: PLC0415

        return crash_source(language=language)
